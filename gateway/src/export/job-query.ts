import type { ApolloServer } from '@apollo/server';
import { ANONYMOUS } from '@ugf/runtime';
import type { GatewayContext } from '../context';
import { executeExport } from './export-route';

type Job = NonNullable<GatewayContext['job']>;

/** A failed read of a job: the HTTP status and body an export would have answered. */
export class JobQueryFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: object,
  ) {
    super(`the graph answered ${status}: ${JSON.stringify(body)}`);
  }
}

/**
 * Runs the gateway's own reads (`job`): through this gateway like any query, as an anonymous caller outside
 * every caller's budget and the response cache; an answer with errors throws a JobQueryFailure. (`apollo` is
 * a getter, for a job whose plugin is given to the server it then reads through.)
 */
export function jobQuery(apollo: () => ApolloServer<GatewayContext>, job: Job) {
  return async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const context: GatewayContext = { identity: ANONYMOUS, clientAddress: job, job, requestId: `${job}-${Date.now()}` };
    const answer = await executeExport(apollo(), context, query, variables);
    if (!answer.ok) throw new JobQueryFailure(answer.status, answer.body);
    return answer.data as T;
  };
}
