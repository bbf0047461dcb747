/** Roles of DESIGN §6; a token carries exactly one. */
export enum Role {
  RESEARCHER = 'researcher',
  CITY_EDITOR = 'city_editor',
  VERIFIER = 'verifier',
  ADMIN = 'admin',
}

export const ROLES: readonly Role[] = Object.values(Role);

/** Who is calling: verified from the bearer token, or anonymous when there is none. */
export interface Identity {
  /** Token subject; `anonymous` without a token. */
  sub: string;
  role: Role | 'anonymous';
  /** The one city a `city_editor` may write for. */
  cityId?: string;
}

export const ANONYMOUS: Identity = Object.freeze({ sub: 'anonymous', role: 'anonymous' });
