import { z } from 'zod';
import { parseTrustedProxies } from './trusted-proxies';
import { databaseUrlVariable, portVariable, SERVICES, SUBGRAPHS, urlVariable } from '@ugf/services';

const blankIsUnset = (schema: z.ZodType) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
const wholeNumber = (min: number, max: number) =>
  blankIsUnset(z.string().regex(/^\d+$/, 'must be a whole number').refine((value) => Number(value) >= min && Number(value) <= max, `must be from ${min} to ${max}`));
const flag = blankIsUnset(z.string().regex(/^(1|0|true|false|yes|no|on|off)$/i, 'must be true or false'));
const url = (protocols: string[]) =>
  blankIsUnset(
    z.string().refine((value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, `must be a URL starting with ${protocols.map((protocol) => `${protocol}//`).join(' or ')}`),
  );
const text = blankIsUnset(z.string());
const port = wholeNumber(0, 65535);
const databaseUrl = url(['mysql:', 'mariadb:']);
const httpUrl = url(['http:', 'https:']);
/** The same form for one variable of each service of the manifest (`CITIES_URL`, `INITIATIVES_URL`, …). */
const eachOf = <S>(services: readonly S[], variable: (service: S) => string, schema: z.ZodType) =>
  Object.fromEntries(services.map((service) => [variable(service), schema]));

/**
 * Every setting a process of this project reads, with its form. Checked at start-up, so that a wrong
 * setting stops the process with its name and what is wrong, all problems at once; the variables not
 * listed here are none of the project's business and are ignored.
 */
export const settingsSchema = z.object({
  NODE_ENV: text,
  HOST: text,
  PORT: port,
  LOG_LEVEL: blankIsUnset(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])),
  DATA_DIR: text,
  SEEDS_DIR: text,
  DATABASE_URL: databaseUrl,
  SQLITE_PATH: text,
  SEED: flag,
  DATABASE_CREATE: flag,
  EXPOSE_SQL_STATS: flag,
  CACHE_MAX_AGE: wholeNumber(0, 31_536_000),
  JWT_SECRET: text,
  JWT_PUBLIC_KEY: text,
  JWT_PUBLIC_KEY_FILE: text,
  JWT_JWKS_FILE: text,
  JWT_ISSUER: text,
  JWT_AUDIENCE: text,
  JWT_MAX_AGE: blankIsUnset(z.string().regex(/^\d+(s|m|h|d)?$/, 'must be a number of seconds, or of minutes, hours or days such as 30m, 8h, 1d')),
  JWT_ROLE_CLAIM: text,
  JWT_CITY_CLAIM: text,
  OIDC_ISSUER_URL: httpUrl,
  OIDC_JWKS_MAX_AGE: wholeNumber(0, 86_400),
  OIDC_JWKS_COOLDOWN: wholeNumber(0, 3_600),
  SUBGRAPH_SECRET: text,
  SUPERGRAPH_PATH: text,
  ...eachOf(SUBGRAPHS, urlVariable, httpUrl),
  CORS_ORIGINS: text,
  ALLOW_INTROSPECTION: flag,
  GRAPHQL_IDE: flag,
  DASHBOARD_DIR: text,
  DASHBOARD_OIDC_CLIENT_ID: text,
  DASHBOARD_OIDC_SCOPE: text,
  MAX_DEPTH: wholeNumber(1, 1000),
  MAX_ALIASES: wholeNumber(0, 10_000),
  MAX_DIRECTIVES: wholeNumber(0, 10_000),
  MAX_TOKENS: wholeNumber(1, 10_000_000),
  MAX_RESOLVED_OBJECTS: wholeNumber(1, 100_000_000),
  MAX_QUERY_LENGTH: wholeNumber(100, 10_000_000),
  METRICS_PORT: port,
  PERSISTED_QUERY_TTL_SECONDS: wholeNumber(1, 31_536_000),
  PERSISTED_QUERY_MAX_BYTES: wholeNumber(100, 1_000_000),
  VENDOR_TELEMETRY: flag,
  TRACING: blankIsUnset(z.enum(['off', 'otlp'])),
  OTEL_SERVICE_NAME: text,
  OTEL_EXPORTER_OTLP_ENDPOINT: httpUrl,
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: httpUrl,
  OTEL_TRACES_SAMPLER: blankIsUnset(z.enum(['always_on', 'always_off', 'traceidratio', 'parentbased_always_on', 'parentbased_always_off', 'parentbased_traceidratio'])),
  OTEL_TRACES_SAMPLER_ARG: blankIsUnset(z.string().refine((value) => /^(0|1|0?\.\d+|1\.0*)$/.test(value), 'must be a number from 0 to 1')),
  METRICS_HOST: text,
  METRICS_OPERATION_NAMES: blankIsUnset(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}(,\s*[A-Za-z_][A-Za-z0-9_]{0,63})*$/, 'must be operation names separated by commas')),
  MAX_COST: wholeNumber(1, 100_000_000),
  RATE_LIMIT_READS_PER_MINUTE: wholeNumber(1, 1_000_000_000),
  RATE_LIMIT_WRITES_PER_MINUTE: wholeNumber(1, 1_000_000_000),
  REDIS_URL: url(['redis:', 'rediss:']),
  TRUST_PROXY: blankIsUnset(
    z.string().refine((value) => parseTrustedProxies(value) !== undefined, 'must be false, a number of proxies, or addresses, subnets (CIDR), loopback, linklocal or uniquelocal separated by commas'),
  ),
  SUBGRAPH_TIMEOUT_MS: wholeNumber(100, 600_000),
  SUBGRAPH_BREAKER_RESET_MS: wholeNumber(100, 3_600_000),
  SUBGRAPH_DEDUPE_QUERIES: flag,
  RESPONSE_CACHE: flag,
  RESPONSE_CACHE_MAX_MB: wholeNumber(1, 65_536),
  CACHE_NAMESPACE: blankIsUnset(z.string().regex(/^[\w.:-]{1,64}$/, 'must be 1 to 64 letters, digits, ".", ":", "_" or "-"')),
  ...eachOf(SERVICES, portVariable, port),
  MYSQL_URL: databaseUrl,
  ...eachOf(SUBGRAPHS, databaseUrlVariable, databaseUrl),
});

/** Throws one error that names every wrong setting. */
export function validateSettings(env: NodeJS.ProcessEnv = process.env): void {
  const result = settingsSchema.safeParse(env);
  if (result.success) return;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`Invalid settings:\n${problems.join('\n')}`);
}
