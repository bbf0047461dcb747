import type { Identity, TokenVerifier } from '@ugf/shared';

export interface GatewayContext {
  /** The caller's `Authorization` header, forwarded unchanged to the subgraphs. */
  authorization?: string;
  identity: Identity;
}

/**
 * The gateway verifies the token first, so a bad token is refused before any subgraph is called; the
 * subgraphs still verify it themselves.
 */
export async function createGatewayContext(verifyToken: TokenVerifier, authorization: string | undefined): Promise<GatewayContext> {
  return { authorization, identity: await verifyToken(authorization) };
}
