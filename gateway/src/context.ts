import type { Identity, TokenVerifier } from '@ugf/runtime';

export interface GatewayContext {
  /** The caller's `Authorization` header, forwarded unchanged to the subgraphs. */
  authorization?: string;
  identity: Identity;
  /** The client's address, for rate limits of anonymous callers. */
  clientAddress: string;
  /** Generated here (or taken from a well-formed `x-request-id`), sent to the subgraphs, logged, and shown in errors. */
  requestId: string;
  /**
   * Set for the gateway's own reads (the change relay, the bulk download's build): no caller's budget pays
   * for them and the response cache neither serves nor keeps their answers. Never set from a request.
   */
  job?: 'change-relay' | 'bulk-download';
  /** Set when a subgraph says a mutation of this request changed stored data (DATA_CHANGED_HEADER). */
  dataChanged?: boolean;
}

/**
 * The gateway verifies the token first, so a bad token is refused before any subgraph is called; the
 * subgraphs still verify it themselves.
 */
export async function createGatewayContext(verifyToken: TokenVerifier, request: { authorization?: string; clientAddress?: string; requestId: string }): Promise<GatewayContext> {
  return {
    authorization: request.authorization,
    identity: await verifyToken(request.authorization),
    clientAddress: request.clientAddress ?? 'unknown',
    requestId: request.requestId,
  };
}
