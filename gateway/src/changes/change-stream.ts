import type { Request, Response } from 'express';
import { ErrorCode } from '@ugf/runtime';
import { list } from '../export/export-definitions';
import { fail } from '../export/export-route';
import type { ChangeBus, ChangeMessage } from './change-bus';
import type { ChangeRelay } from './change-relay';

/** Open streams one replica keeps at most, and how often an idle stream is sent a comment so that proxies keep it open. */
export const STREAM_LIMITS = { clients: 1000, heartbeatMs: 15_000 } as const;

/**
 * `GET /changes/stream[?cityIds=…][&indicatorCodes=…]`: Server-Sent Events, one `change` event per revision
 * of a value (its id is the change feed's), for a dashboard to refresh what it shows. A client that
 * reconnects with `Last-Event-ID` (as EventSource does) first gets the events it missed.
 */
export function changeStream(bus: ChangeBus, relay: ChangeRelay): { handler: (req: Request, res: Response) => Promise<unknown>; close(): void } {
  let open = 0;
  // Each open stream, with what stops its timer and its subscription.
  const streams = new Map<Response, () => void>();
  const handler = async (req: Request, res: Response) => {
    const params = new URL(req.originalUrl, 'http://gateway').searchParams;
    const cities = new Set(list(params, 'cityIds'));
    const indicators = new Set(list(params, 'indicatorCodes'));
    const lastEventId = req.get('last-event-id')?.trim();
    if (lastEventId !== undefined && !/^\d{1,15}$/.test(lastEventId)) {
      return fail(res, 400, ErrorCode.BAD_USER_INPUT, 'Last-Event-ID is the id of a change event.');
    }
    if (open >= STREAM_LIMITS.clients) {
      return fail(res, 503, ErrorCode.SERVICE_UNAVAILABLE, 'Too many open change streams on this gateway; retry later.');
    }
    open += 1;
    const wanted = (event: ChangeMessage) => (cities.size === 0 || cities.has(event.cityId)) && (indicators.size === 0 || indicators.has(event.indicatorCode));
    let sentUpTo = 0;
    const write = (text: string) => {
      if (!res.writableEnded && !res.destroyed) res.write(text);
    };
    const send = (event: ChangeMessage) => {
      if (Number(event.id) <= sentUpTo || !wanted(event)) return;
      sentUpTo = Number(event.id);
      write(`id: ${event.id}\nevent: change\ndata: ${JSON.stringify(event)}\n\n`);
    };
    // no-transform keeps the compression middleware from buffering the stream.
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    res.write('retry: 5000\n\n');
    const pending: ChangeMessage[] = [];
    let replaying = lastEventId !== undefined;
    const unsubscribe = bus.subscribe((event) => (replaying ? pending.push(event) : send(event)));
    const heartbeat = setInterval(() => write(': keep-alive\n\n'), STREAM_LIMITS.heartbeatMs);
    let stopped = false;
    const stop = () => {
      if (stopped) return;
      stopped = true;
      unsubscribe();
      clearInterval(heartbeat);
      streams.delete(res);
      open -= 1;
    };
    streams.set(res, stop);
    req.on('close', stop);
    if (lastEventId !== undefined) {
      sentUpTo = Number(lastEventId);
      try {
        (await relay.since(lastEventId)).forEach(send);
      } catch {
        write('event: missed\ndata: {"reason":"the events missed could not be read; reload the data"}\n\n');
      }
      replaying = false;
      pending.forEach(send);
    }
  };
  // Ends every open stream, so that a stopping gateway need not wait for them (clients reconnect elsewhere).
  const close = () =>
    streams.forEach((stop, res) => {
      stop();
      res.end();
    });
  return { handler, close };
}
