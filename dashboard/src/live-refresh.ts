import { makeOperation, type Exchange, type Operation } from '@urql/core';
import { pipe, tap } from 'wonka';
import { onDataChange } from './live-updates';

/** Changes that come together (one submission of many values) refresh the page once. */
const SETTLE_MS = 300;

/**
 * Keeps the queries on screen current: when the gateway's change stream reports a change of stored data,
 * every query a page is showing runs again from the network (the cache would answer with what changed).
 * The pages keep their answer in view, marked busy, until the new one arrives.
 */
export const liveRefreshExchange: Exchange = ({ client, forward }) => {
  const shown = new Map<number, Operation>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  onDataChange(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      for (const operation of shown.values()) client.reexecuteOperation(makeOperation('query', operation, { ...operation.context, requestPolicy: 'network-only' }));
    }, SETTLE_MS);
  });
  return (operations$) =>
    forward(
      pipe(
        operations$,
        tap((operation) => {
          if (operation.kind === 'query') shown.set(operation.key, operation);
          else if (operation.kind === 'teardown') shown.delete(operation.key);
        }),
      ),
    );
};
