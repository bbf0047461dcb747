import type { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '@ugf/runtime';
import type { GatewayContext } from '../context';
import { jobQuery } from '../export/job-query';
import type { ChangeBus, ChangeMessage } from './change-bus';

/** The change feed's page a relay reads after a write; it reads on while pages are full. */
const PAGE = 1000;

export const RELAY_QUERY = `query ChangeRelay($afterId: ID, $since: DateTimeISO, $first: Int!) {
  changes(afterId: $afterId, since: $since, first: $first) {
    pageInfo { hasNextPage }
    nodes { id kind at byRole revision value status observation { period city { id } indicator { code } breakdown { dimension code } } }
  }
}`;

interface FeedPage {
  changes: {
    pageInfo: { hasNextPage: boolean };
    nodes: (Omit<ChangeMessage, 'cityId' | 'indicatorCode' | 'period' | 'breakdown'> & {
      observation: { period: string; city: { id: string }; indicator: { code: string }; breakdown: { dimension: string; code: string }[] };
    })[];
  };
}

export interface ChangeRelay {
  /** Reads the events after the last one relayed (all of them, page by page) and publishes them. */
  relay(): Promise<void>;
  /** The events after `afterId` (at most one page), for a stream client that reconnects with Last-Event-ID. */
  since(afterId: string): Promise<ChangeMessage[]>;
  /** Relays after every request that changed stored data. */
  plugin: ApolloServerPlugin<GatewayContext>;
}

const message = ({ observation, ...event }: FeedPage['changes']['nodes'][number]): ChangeMessage => ({
  ...event,
  cityId: observation.city.id,
  indicatorCode: observation.indicator.code,
  period: observation.period,
  breakdown: observation.breakdown,
});

/**
 * Feeds the live stream from the write path: after a request through this replica that a subgraph says
 * changed data, it reads the change feed from the last event it relayed and publishes what is new. Reads go
 * through this gateway like any query, as an anonymous job of its own (`change-relay`, outside the callers' budgets). One read runs at a
 * time; writes during it are picked up by one more read after it. (`apollo` is a getter: the relay's plugin is
 * given to the server it then reads through.)
 */
export function createChangeRelay(apollo: () => ApolloServer<GatewayContext>, bus: ChangeBus, log: Logger): ChangeRelay {
  const run = jobQuery(apollo, 'change-relay');
  let lastId: string | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  // Until it has relayed an event, the relay reads from a second before it started (revision times may be kept
  // to the second): an event relayed twice is delivered once (change-bus.ts), and none written since is missed.
  const startedAt = new Date(Date.now() - 1_000);

  async function readAll(): Promise<void> {
    for (;;) {
      const page: FeedPage = await run<FeedPage>(RELAY_QUERY, lastId === null ? { since: startedAt, first: PAGE } : { afterId: lastId, first: PAGE });
      const events: ChangeMessage[] = page.changes.nodes.map(message);
      if (events.length > 0) {
        await bus.publish(events);
        lastId = events[events.length - 1].id;
      }
      if (!page.changes.pageInfo.hasNextPage) return;
    }
  }

  async function relay(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await readAll().catch((error: unknown) => log.warn({ err: String(error) }, 'change relay could not read the change feed'));
      } while (again);
      running = null;
    })();
    return running;
  }

  return {
    relay,
    async since(afterId) {
      return (await run<FeedPage>(RELAY_QUERY, { afterId, first: PAGE })).changes.nodes.map(message);
    },
    plugin: {
      async requestDidStart() {
        return {
          async willSendResponse({ contextValue }) {
            if (contextValue.dataChanged) void relay();
          },
        };
      },
    },
  };
}
