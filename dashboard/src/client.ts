import { Client, cacheExchange, fetchExchange } from 'urql';
import { GATEWAY_URL } from './gateway-urls';
import { liveRefreshExchange } from './live-refresh';

export const client = new Client({
  url: GATEWAY_URL,
  exchanges: [liveRefreshExchange, cacheExchange, fetchExchange],
  requestPolicy: 'cache-first',
  preferGetMethod: false,
});
