import { EventEmitter } from 'node:events';
import { createClient } from '@redis/client';
import type { Logger } from '@ugf/runtime';

/** One revision of a value, as the live stream sends it (the change feed's event, with the observation's key). */
export interface ChangeMessage {
  id: string;
  kind: string;
  at: string;
  byRole: string | null;
  revision: number;
  value: number;
  status: string;
  cityId: string;
  indicatorCode: string;
  period: string;
  breakdown: { dimension: string; code: string }[];
}

export interface ChangeBus {
  /** Sends the events to every subscriber of every gateway replica (through Redis when configured). */
  publish(events: readonly ChangeMessage[]): Promise<void>;
  /** Calls the listener once per event, in the order of their ids; returns how to stop. */
  subscribe(listener: (event: ChangeMessage) => void): () => void;
  close(): Promise<void>;
}

/**
 * The events of this replica, or of every replica through Redis pub/sub when a URL is given. Replicas may
 * publish the same event twice (each relays what it reads after its own writes): it is delivered once, since
 * only an id greater than the last delivered one goes on.
 */
export function createChangeBus(redisUrl: string | undefined, channel: string, log: Logger): ChangeBus {
  const local = new EventEmitter();
  local.setMaxListeners(0);
  let lastDelivered = 0;
  const deliver = (event: ChangeMessage) => {
    if (Number(event.id) <= lastDelivered) return;
    lastDelivered = Number(event.id);
    local.emit('change', event);
  };
  const subscribe = (listener: (event: ChangeMessage) => void) => {
    local.on('change', listener);
    return () => void local.off('change', listener);
  };
  if (!redisUrl) {
    return { publish: async (events) => events.forEach(deliver), subscribe, close: async () => undefined };
  }
  const publisher = createClient({ url: redisUrl });
  const subscriber = publisher.duplicate();
  for (const client of [publisher, subscriber]) client.on('error', (error: Error) => log.warn({ err: error.message }, 'change stream (Redis) unavailable'));
  const ready = Promise.all([publisher.connect(), subscriber.connect()]).then(() =>
    subscriber.subscribe(channel, (message) => {
      try {
        deliver(JSON.parse(message) as ChangeMessage);
      } catch (error) {
        log.warn({ err: String(error) }, 'change stream message unreadable');
      }
    }),
  );
  ready.catch((error: unknown) => log.warn({ err: String(error) }, 'change stream (Redis) did not connect'));
  return {
    async publish(events) {
      await ready;
      for (const event of events) await publisher.publish(channel, JSON.stringify(event));
    },
    subscribe,
    async close() {
      await Promise.allSettled([subscriber.quit(), publisher.quit()]);
    },
  };
}
