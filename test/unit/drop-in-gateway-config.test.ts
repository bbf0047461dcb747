import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot, SUBGRAPH_SECRET_HEADER, subgraphUrlVariable, type ServiceName } from '@ugf/runtime';
import { hiveGatewayConfig, SUBGRAPHS } from '../../deploy/hive-gateway/hive-gateway-config';
import { supergraphSubgraphs } from '../helpers/supergraph-subgraphs';

const routerYamlText = fs.readFileSync(path.join(repoRoot, 'deploy', 'apollo-router', 'router.yaml'), 'utf8');
const supergraphNames = supergraphSubgraphs().map((subgraph) => subgraph.name);

const DEPLOYING_GUIDE = 'docs/operators/deploying.md';

/** The text of one `## ` section of the deploying guide. */
function guideSection(title: string): string {
  const guide = fs.readFileSync(path.join(repoRoot, DEPLOYING_GUIDE), 'utf8');
  const start = guide.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`${DEPLOYING_GUIDE} has no section "${title}"`);
  const end = guide.indexOf('\n## ', start + 1);
  return guide.slice(start, end < 0 ? undefined : end);
}

/** The parts of router.yaml the tests read. */
interface RouterYaml {
  override_subgraph_url: Record<string, string>;
  headers: { all: { request: Record<string, { named?: string; name?: string; value?: string }>[] }; subgraphs?: unknown };
  supergraph: { introspection: boolean };
  sandbox: { enabled: boolean };
  health_check: unknown;
  include_subgraph_errors: { all: boolean };
  cors: { allow_any_origin?: boolean; policies: { origins: string[] }[] };
  limits: Record<string, unknown>;
}

describe('deploy/apollo-router/router.yaml', () => {
  const router = parse(routerYamlText, { uniqueKeys: true, strict: true }) as RouterYaml;

  it('sends each subgraph of the supergraph to the URL in its environment variable, and no other', () => {
    const expected = Object.fromEntries(supergraphNames.map((name) => [name, `\${env.${subgraphUrlVariable(name as ServiceName)}}`]));
    expect(router.override_subgraph_url).toEqual(expected);
  });

  it('forwards the caller’s authorization header and inserts the subgraph secret from the environment on every subgraph request', () => {
    const rules = router.headers.all.request;
    expect(rules).toContainEqual({ propagate: { named: 'authorization' } });
    expect(rules).toContainEqual({ insert: { name: SUBGRAPH_SECRET_HEADER, value: '${env.SUBGRAPH_SECRET}' } });
    expect(router.headers.subgraphs).toBeUndefined();
  });

  it('is fit for production: no introspection, sandbox or wildcard origin; health check on; subgraph error codes kept', () => {
    expect(router.supergraph.introspection).toBe(false);
    expect(router.sandbox.enabled).toBe(false);
    expect(router.health_check).toMatchObject({ enabled: true, path: '/health' });
    expect(router.include_subgraph_errors.all).toBe(true);
    expect(router.cors.allow_any_origin).toBeUndefined();
    const origins = router.cors.policies.flatMap((policy) => policy.origins);
    expect(origins.length).toBeGreaterThan(0);
    expect(origins.filter((origin) => origin.includes('*'))).toEqual([]);
    expect(Object.keys(router.limits)).toEqual(expect.arrayContaining(['max_depth', 'max_aliases', 'parser_max_tokens', 'http_max_request_bytes']));
  });

  it(`reads only environment variables that ${DEPLOYING_GUIDE} documents under "Drop-in gateways"`, () => {
    const configLines = routerYamlText.split('\n').filter((line) => !line.trimStart().startsWith('#'));
    const variables = [
      ...new Set(
        configLines
          .join('\n')
          .match(/\$\{env\.([A-Z0-9_]+)/g)
          ?.map((reference) => reference.slice(6)),
      ),
    ];
    expect(variables.length).toBeGreaterThan(0);
    const section = guideSection('Drop-in gateways');
    expect(variables.filter((variable) => !section.includes(`\`${variable}\``))).toEqual([]);
  });
});

describe('deploy/hive-gateway configuration', () => {
  const secret = 'a-subgraph-secret-of-at-least-32-characters';
  const headersFor = async (config: ReturnType<typeof hiveGatewayConfig>, clientHeaders: Record<string, string>) =>
    config.propagateHeaders?.fromClientToSubgraphs?.({ request: new Request('http://gateway/graphql', { headers: clientHeaders }), subgraphName: 'cities', context: {} as never });

  it('names the same subgraphs as the committed supergraph', () => {
    expect([...SUBGRAPHS].sort()).toEqual([...supergraphNames].sort());
  });

  it('refuses to build without the subgraph secret', () => {
    expect(() => hiveGatewayConfig({})).toThrow('SUBGRAPH_SECRET');
  });

  it('sends the secret to every subgraph, with the caller’s token and request id when there are some', async () => {
    const config = hiveGatewayConfig({ SUBGRAPH_SECRET: secret });
    expect(await headersFor(config, { authorization: 'Bearer t', 'x-request-id': 'r-1', cookie: 'c=1' })).toEqual({
      [SUBGRAPH_SECRET_HEADER]: secret,
      authorization: 'Bearer t',
      'x-request-id': 'r-1',
    });
    expect(await headersFor(config, {})).toEqual({ [SUBGRAPH_SECRET_HEADER]: secret });
  });

  it('takes subgraph URLs from the same variables as our gateway, and the supergraph’s URLs for the rest', () => {
    const config = hiveGatewayConfig({ SUBGRAPH_SECRET: secret, [subgraphUrlVariable('cases')]: 'http://cases.internal:4004/graphql' });
    expect(config.transportEntries).toEqual({ cases: { location: 'http://cases.internal:4004/graphql' } });
  });

  it('in production turns off introspection, suggestions and CORS unless configured', () => {
    expect(hiveGatewayConfig({ SUBGRAPH_SECRET: secret, NODE_ENV: 'production' })).toMatchObject({ disableIntrospection: {}, blockFieldSuggestions: true, cors: false, graphiql: false });
    expect(hiveGatewayConfig({ SUBGRAPH_SECRET: secret, NODE_ENV: 'production', ALLOW_INTROSPECTION: 'true', CORS_ORIGINS: 'https://a.example, https://b.example' })).toMatchObject({
      disableIntrospection: undefined,
      blockFieldSuggestions: false,
      cors: { origin: ['https://a.example', 'https://b.example'] },
    });
  });
});

describe('deploy/grafbase/grafbase.toml', () => {
  const configFile = path.join(repoRoot, 'deploy', 'grafbase', 'grafbase.toml');
  const configLines = fs
    .readFileSync(configFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.trimStart().startsWith('#'));
  /** Its tables (`[name]`, each `[[name]]` on its own) as key = raw value, in order; the top-level keys under ''. */
  const tables = configLines.reduce<{ name: string; values: Record<string, string> }[]>(
    (found, line) => {
      const heading = /^\[\[?([^\]]+)\]\]?$/.exec(line.trim());
      if (heading) return [...found, { name: heading[1], values: {} }];
      const [key, ...value] = line.split('=');
      found[found.length - 1].values[key.trim()] = value.join('=').trim();
      return found;
    },
    [{ name: '', values: {} }],
  );
  const table = (name: string) => tables.find((candidate) => candidate.name === name)?.values;

  it('composes each subgraph of the supergraph from its SDL in gateway/subgraphs/, sent to the URL in its environment variable, and no other', () => {
    const subgraphs = tables.filter(({ name }) => name.startsWith('subgraphs.'));
    expect(subgraphs.map(({ name }) => name.slice('subgraphs.'.length)).sort()).toEqual([...supergraphNames].sort());
    for (const { name, values } of subgraphs) {
      const subgraph = name.slice('subgraphs.'.length) as ServiceName;
      expect(values.url).toBe(`"{{ env.${subgraphUrlVariable(subgraph)} }}"`);
      const schemaPath = path.resolve(path.dirname(configFile), JSON.parse(values.schema_path) as string);
      expect(path.relative(repoRoot, schemaPath)).toBe(path.join('gateway', 'subgraphs', `${subgraph}.graphql`));
      expect(fs.existsSync(schemaPath)).toBe(true);
    }
  });

  it('forwards the caller’s authorization header and inserts the subgraph secret from the environment on every subgraph request', () => {
    const rules = tables.filter(({ name }) => name === 'headers').map(({ values }) => values);
    expect(rules).toContainEqual({ rule: '"forward"', name: '"authorization"' });
    expect(rules).toContainEqual({ rule: '"insert"', name: `"${SUBGRAPH_SECRET_HEADER}"`, value: '"{{ env.SUBGRAPH_SECRET }}"' });
  });

  it('sets introspection off, a health check, no wildcard origin, and our depth and alias limits', () => {
    expect(table('graph')?.introspection).toBe('false');
    expect(table('health')).toMatchObject({ enabled: 'true', path: '"/health"' });
    expect(table('cors')?.allow_origins).not.toContain('*');
    expect(Object.keys(table('operation_limits') ?? {})).toEqual(expect.arrayContaining(['depth', 'aliases']));
  });

  it(`reads only environment variables that ${DEPLOYING_GUIDE} documents under "Drop-in gateways"`, () => {
    const variables = [
      ...new Set(
        configLines
          .join('\n')
          .match(/\{\{ env\.[A-Z0-9_]+/g)
          ?.map((reference) => reference.slice('{{ env.'.length)),
      ),
    ];
    expect(variables.length).toBeGreaterThan(0);
    const section = guideSection('Drop-in gateways');
    expect(variables.filter((variable) => !section.includes(`\`${variable}\``))).toEqual([]);
  });
});
