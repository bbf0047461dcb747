import path from 'node:path';
import { loadServiceConfig, loadSettings, repoRoot, settingInfo, settingsSchema } from '@ugf/runtime';
import { loadGatewayConfig } from '@ugf/gateway';
import { loadDashboardConfig } from '../../gateway/src/dashboard/serve-dashboard';

/** The default the configuration guide states for a setting whose default the process applies itself. */
const documentedDefault = (name: keyof typeof settingsSchema.shape) => settingInfo.get(settingsSchema.shape[name])?.default;

describe('configuration from the settings', () => {
  it('defaults a subgraph to its DESIGN port and embedded SQLite', () => {
    const config = loadServiceConfig('indicators', loadSettings({}));
    expect(config.port).toBe(4003);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.sqlitePath).toMatch(/data[/\\]indicators\.sqlite$/);
  });

  it('switches a subgraph to MySQL when DATABASE_URL is set', () => {
    expect(loadServiceConfig('cities', loadSettings({ DATABASE_URL: 'mysql://root@db:3306/ugf_cities', PORT: '5001' }))).toMatchObject({
      databaseUrl: 'mysql://root@db:3306/ugf_cities',
      port: 5001,
    });
  });

  it('seeds the sample data in development, not in production unless SEED_SAMPLE_DATA asks for it', () => {
    const seedSample = (env: NodeJS.ProcessEnv) => loadServiceConfig('indicators', loadSettings(env)).seedSample;
    expect(seedSample({})).toBe(true);
    expect(seedSample({ NODE_ENV: 'production' })).toBe(false);
    expect(seedSample({ NODE_ENV: 'production', SEED_SAMPLE_DATA: 'true' })).toBe(true);
    expect(seedSample({ SEED_SAMPLE_DATA: 'false' })).toBe(false);
  });

  it('lets each subgraph URL of the gateway be overridden', () => {
    const config = loadGatewayConfig(loadSettings({ CITIES_URL: 'http://cities:4001/graphql' }));
    expect(config.subgraphUrls).toEqual({ cities: 'http://cities:4001/graphql' });
    expect(config.port).toBe(4000);
  });

  it('takes the limits of the gateway from the checked settings only: MAX_DEPTH=0, once let through, is refused', () => {
    expect(loadGatewayConfig(loadSettings({ MAX_DEPTH: '1' })).limits.maxDepth).toBe(1);
    expect(() => loadGatewayConfig(loadSettings({ MAX_DEPTH: '0' }))).toThrow(/^ {2}MAX_DEPTH: must be from 1 to 1000$/m);
  });

  it('finds the supergraph and the dashboard where the configuration guide says they are by default', () => {
    const relative = (file: string) => `\`${path.relative(repoRoot, file).split(path.sep).join('/')}\``;
    expect(relative(loadGatewayConfig(loadSettings({})).supergraphPath)).toBe(documentedDefault('SUPERGRAPH_PATH'));
    expect(relative(loadDashboardConfig(loadSettings({})).dir)).toBe(documentedDefault('DASHBOARD_DIR'));
  });
});
