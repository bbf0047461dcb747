import { SignJWT } from 'jose';
import type { Role } from './identity';

export interface DevTokenClaims {
  sub: string;
  role: Role;
  city?: string;
}

/** An HS256 token for development and tests, signed with the development secret. */
export function signDevToken(secret: string, claims: DevTokenClaims, expiresIn: string | number = '8h'): Promise<string> {
  const { sub, ...rest } = claims;
  return new SignJWT({ ...rest }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setSubject(sub).setIssuedAt().setExpirationTime(expiresIn).sign(new TextEncoder().encode(secret));
}
