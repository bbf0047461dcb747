import { loadServiceConfig } from '@ugf/runtime';
import { loadGatewayConfig } from '@ugf/gateway';

describe('configuration from the environment', () => {
  it('defaults a subgraph to its DESIGN port and embedded SQLite', () => {
    const config = loadServiceConfig('indicators', {});
    expect(config.port).toBe(4003);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.sqlitePath).toMatch(/data[/\\]indicators\.sqlite$/);
  });

  it('switches a subgraph to MySQL when DATABASE_URL is set', () => {
    expect(loadServiceConfig('cities', { DATABASE_URL: 'mysql://root@db:3306/ugf_cities', PORT: '5001' })).toMatchObject({
      databaseUrl: 'mysql://root@db:3306/ugf_cities',
      port: 5001,
    });
  });

  it('refuses a malformed port with the variable name in the message', () => {
    expect(() => loadServiceConfig('cases', { PORT: 'forty' })).toThrow(/PORT must be a non-negative integer/);
  });

  it('lets each subgraph URL of the gateway be overridden', () => {
    const config = loadGatewayConfig({ CITIES_URL: 'http://cities:4001/graphql' });
    expect(config.subgraphUrls).toEqual({ cities: 'http://cities:4001/graphql' });
    expect(config.port).toBe(4000);
  });
});
