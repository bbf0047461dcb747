import { parseTrustedProxies, type TrustedProxies } from '../trusted-proxies';
import { flag, matching, readBy, url, wholeNumber } from './setting-forms';
import { section, setting } from './setting';

const trustedProxies = readBy<TrustedProxies>(
  parseTrustedProxies,
  'must be false, a number of proxies, or addresses, subnets (CIDR), loopback, linklocal or uniquelocal separated by commas',
  '`false`, a number of proxy hops, or addresses, CIDR subnets, `loopback`, `linklocal`, `uniquelocal` separated by commas (`true` is refused)',
  (value) => (Array.isArray(value) ? value.join(',') : String(value)),
);

export const gatewayLimits = section("The gateway's limits and caches", {
  MAX_DEPTH: setting(wholeNumber(1, 1_000), { description: 'deepest nesting of fields an operation may have', default: 12 }),
  MAX_ALIASES: setting(wholeNumber(0, 10_000), { description: 'most aliases in an operation', default: 30 }),
  MAX_DIRECTIVES: setting(wholeNumber(0, 10_000), { description: 'most directives in an operation', default: 20 }),
  MAX_TOKENS: setting(wholeNumber(1, 10_000_000), { description: 'most tokens in an operation', default: 10_000 }),
  MAX_QUERY_LENGTH: setting(wholeNumber(100, 10_000_000), { description: 'characters of query text; a longer one is refused unread with `PAYLOAD_TOO_LARGE`', default: 50_000 }),
  MAX_COST: setting(wholeNumber(1, 100_000_000), {
    description: 'most objects an answer may hold, every list counted at its bound (`COST_LIMIT_EXCEEDED`; docs/bounded-answers.md)',
    default: 100_000,
  }),
  PERSISTED_QUERY_TTL_SECONDS: setting(wholeNumber(1, 31_536_000), { description: 'seconds an automatic persisted query is kept', default: 86_400 }),
  PERSISTED_QUERY_MAX_BYTES: setting(wholeNumber(100, 1_000_000), { description: 'longest query text stored as a persisted query', default: 20_000 }),
  RATE_LIMIT_READS_PER_MINUTE: setting(wholeNumber(1, 1_000_000_000), { description: 'queries per caller (token subject, else client address) per minute', default: 600 }),
  RATE_LIMIT_WRITES_PER_MINUTE: setting(wholeNumber(1, 1_000_000_000), { description: 'mutations per caller per minute', default: 60 }),
  REDIS_URL: setting(url(['redis:', 'rediss:']), {
    description: 'rate-limit counts, response cache, persisted queries and the live change stream shared by every gateway replica',
    unset: 'in memory, per replica',
    example: 'redis://127.0.0.1:6379',
  }),
  TRUST_PROXY: setting(trustedProxies, {
    description: 'the load balancers allowed to name the client in `X-Forwarded-For` (rate limits and logs count that address); trusting any peer would let a client choose its own budget',
    default: false,
  }),
  RESPONSE_CACHE: setting(flag, { description: 'cache answers to anonymous queries (invalidated by every accepted write)', default: true }),
  RESPONSE_CACHE_MAX_MB: setting(wholeNumber(1, 65_536), { description: 'size bound of the in-memory cache (response cache and persisted queries, without Redis)', default: 64 }),
  CACHE_NAMESPACE: setting(matching(/^[\w.:-]{1,64}$/, 'must be 1 to 64 letters, digits, ".", ":", "_" or "-"', '1 to 64 letters, digits, `.`, `:`, `_`, `-`'), {
    description: "prefix of the cache's Redis keys, so that deployments sharing one Redis stay apart",
    default: 'ugf-gateway',
  }),
});
