import { parseTrustedProxies, validateSettings } from '@ugf/runtime';

describe('settings checked at start-up', () => {
  it('accepts no settings at all, and blank ones, as defaults', () => {
    expect(() => validateSettings({})).not.toThrow();
    expect(() => validateSettings({ PORT: '', DATABASE_URL: '' })).not.toThrow();
  });

  it('accepts well-formed settings', () => {
    expect(() =>
      validateSettings({ PORT: '4001', DATABASE_URL: 'mariadb://root@127.0.0.1:3306/ugf_cities', LOG_LEVEL: 'warn', REDIS_URL: 'redis://127.0.0.1:6379', SEED: 'false', CITIES_URL: 'http://cities:4001/graphql' }),
    ).not.toThrow();
  });

  it('names every wrong setting at once, with what is wrong', () => {
    let message = '';
    try {
      validateSettings({ PORT: '70000', DATABASE_URL: 'postgres://db/x', LOG_LEVEL: 'loud', MAX_DEPTH: 'deep', REDIS_URL: 'http://cache', SEED: 'maybe', PATH: '/usr/bin' });
    } catch (error) {
      message = (error as Error).message;
    }
    for (const setting of ['PORT', 'DATABASE_URL', 'LOG_LEVEL', 'MAX_DEPTH', 'REDIS_URL', 'SEED']) expect(message).toMatch(new RegExp(`^  ${setting}: `, 'm'));
    expect(message).not.toMatch(/PATH/);
  });

  it('takes TRACING as off or otlp, and the OTLP endpoints as URLs', () => {
    expect(() => validateSettings({ TRACING: 'otlp', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SERVICE_NAME: 'ugf-cities' })).not.toThrow();
    expect(() => validateSettings({ TRACING: 'off' })).not.toThrow();
    expect(() => validateSettings({ TRACING: 'jaeger', OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(/TRACING: [^]*OTEL_EXPORTER_OTLP_ENDPOINT: /);
  });

  it('reads which proxies may name the client, and refuses trusting every peer or a malformed address', () => {
    expect(parseTrustedProxies(undefined)).toBe(false);
    expect(parseTrustedProxies('false')).toBe(false);
    expect(parseTrustedProxies('2')).toBe(2);
    expect(parseTrustedProxies('loopback, 10.0.0.0/8,fd00::/8')).toEqual(['loopback', '10.0.0.0/8', 'fd00::/8']);
    for (const wrong of ['true', '10.0.0.0/33', '300.1.1.1', 'proxy.example.org']) {
      expect(parseTrustedProxies(wrong)).toBeUndefined();
      expect(() => validateSettings({ TRUST_PROXY: wrong })).toThrow(/TRUST_PROXY: /);
    }
  });
});
