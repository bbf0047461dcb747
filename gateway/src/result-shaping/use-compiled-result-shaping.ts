import * as apolloResultShaping from '@apollo/gateway/dist/resultShaping';
import { computeResponse } from './compiled-result-shaping';

/**
 * Makes @apollo/gateway shape its answers with compiled-result-shaping.ts: its plan executor calls the
 * `computeResponse` export of this module of its own at every request. @apollo/gateway is pinned (~2.14);
 * should a release move or rename it, the gateway refuses to start instead of silently shaping the slow way.
 */
export function useCompiledResultShaping(): void {
  const target = apolloResultShaping as { computeResponse: unknown };
  if (typeof target.computeResponse !== 'function') throw new Error('@apollo/gateway/dist/resultShaping has no computeResponse: check compiled-result-shaping.ts against this @apollo/gateway release');
  target.computeResponse = computeResponse;
}
