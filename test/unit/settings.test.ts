import { loadSettings, parseTrustedProxies, SETTINGS_SECTIONS, settingInfo, settingsSchema } from '@ugf/runtime';

/** The message of the error `loadSettings(env)` throws. */
function problemsOf(env: NodeJS.ProcessEnv): string {
  try {
    loadSettings(env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the settings were accepted');
}

const settingNames = Object.keys(settingsSchema.shape) as (keyof typeof settingsSchema.shape)[];

describe('settings read at start-up', () => {
  it('accepts no settings at all, and blank ones, as defaults', () => {
    expect(() => loadSettings({})).not.toThrow();
    expect(() => loadSettings({ PORT: '', DATABASE_URL: '' })).not.toThrow();
  });

  it('applies the defaults, typed', () => {
    expect(loadSettings({})).toMatchObject({ HOST: '0.0.0.0', LOG_LEVEL: 'info', MAX_DEPTH: 12, SEED: true, RESPONSE_CACHE: true, TRUST_PROXY: false, CORS_ORIGINS: [], OTEL_TRACES_SAMPLER_ARG: 1 });
    expect(loadSettings({}).PORT).toBeUndefined();
  });

  it('takes a blank or space-only value as unset, and reads a value without the spaces around it', () => {
    const settings = loadSettings({ MAX_DEPTH: '  ', SEED: '', PORT: ' ', REDIS_URL: '\t', CACHE_MAX_AGE: ' 30 ' });
    expect(settings).toMatchObject({ MAX_DEPTH: 12, SEED: true, CACHE_MAX_AGE: 30 });
    expect(settings.PORT).toBeUndefined();
    expect(settings.REDIS_URL).toBeUndefined();
  });

  it('reads each form into its type', () => {
    expect(
      loadSettings({
        PORT: '4001',
        SEED: 'off',
        ALLOW_INTROSPECTION: 'yes',
        CORS_ORIGINS: 'https://a.example, https://b.example',
        JWT_MAX_AGE: '900',
        JWT_PUBLIC_KEY: 'line one\\nline two',
        TRUST_PROXY: '2',
      }),
    ).toMatchObject({
      PORT: 4001,
      SEED: false,
      ALLOW_INTROSPECTION: true,
      CORS_ORIGINS: ['https://a.example', 'https://b.example'],
      JWT_MAX_AGE: 900,
      JWT_PUBLIC_KEY: 'line one\nline two',
      TRUST_PROXY: 2,
    });
    expect(loadSettings({ JWT_MAX_AGE: '8h' }).JWT_MAX_AGE).toBe('8h');
  });

  it('accepts well-formed settings', () => {
    expect(() =>
      loadSettings({
        PORT: '4001',
        DATABASE_URL: 'mariadb://root@127.0.0.1:3306/ugf_cities',
        LOG_LEVEL: 'warn',
        REDIS_URL: 'redis://127.0.0.1:6379',
        SEED: 'false',
        CITIES_URL: 'http://cities:4001/graphql',
      }),
    ).not.toThrow();
  });

  it('refuses a value out of range, naming the variable and the range', () => {
    expect(problemsOf({ MAX_DEPTH: '0' })).toMatch(/^ {2}MAX_DEPTH: must be from 1 to 1000$/m);
    expect(problemsOf({ PORT: '99999' })).toMatch(/^ {2}PORT: must be from 0 to 65535$/m);
    expect(problemsOf({ RESPONSE_CACHE_MAX_MB: '0' })).toMatch(/^ {2}RESPONSE_CACHE_MAX_MB: /m);
  });

  it('names every wrong setting at once, with what is wrong', () => {
    const message = problemsOf({ PORT: '70000', DATABASE_URL: 'postgres://db/x', LOG_LEVEL: 'loud', MAX_DEPTH: 'deep', REDIS_URL: 'http://cache', SEED: 'maybe', PATH: '/usr/bin' });
    expect(message).toMatch(/^Invalid settings:\n/);
    for (const setting of ['PORT', 'DATABASE_URL', 'LOG_LEVEL', 'MAX_DEPTH', 'REDIS_URL', 'SEED']) expect(message).toMatch(new RegExp(`^  ${setting}: `, 'm'));
    expect(message).not.toMatch(/PATH/);
  });

  it('takes TRACING as off or otlp, and the OTLP endpoints as URLs', () => {
    expect(loadSettings({ TRACING: 'otlp', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SERVICE_NAME: 'ugf-cities' }).TRACING).toBe('otlp');
    expect(loadSettings({ TRACING: 'off' }).TRACING).toBe('off');
    expect(problemsOf({ TRACING: 'jaeger', OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toMatch(/TRACING: [^]*OTEL_EXPORTER_OTLP_ENDPOINT: /);
  });

  it('reads which proxies may name the client, and refuses trusting every peer or a malformed address', () => {
    expect(parseTrustedProxies(undefined)).toBe(false);
    expect(parseTrustedProxies('false')).toBe(false);
    expect(parseTrustedProxies('2')).toBe(2);
    expect(parseTrustedProxies('loopback, 10.0.0.0/8,fd00::/8')).toEqual(['loopback', '10.0.0.0/8', 'fd00::/8']);
    expect(loadSettings({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).TRUST_PROXY).toEqual(['loopback', '10.0.0.0/8']);
    for (const wrong of ['true', '10.0.0.0/33', '300.1.1.1', 'proxy.example.org']) {
      expect(parseTrustedProxies(wrong)).toBeUndefined();
      expect(problemsOf({ TRUST_PROXY: wrong })).toMatch(/TRUST_PROXY: /);
    }
  });
});

describe('the description of every setting', () => {
  it('is in exactly one section of .env.example and of the configuration guide', () => {
    const listed = SETTINGS_SECTIONS.flatMap((section) => Object.keys(section.settings));
    expect([...listed].sort()).toEqual([...settingNames].sort());
  });

  it('says what the setting does and which values it takes', () => {
    const undescribed = settingNames.filter((name) => !settingInfo.get(settingsSchema.shape[name])?.description || !settingInfo.get(settingsSchema.shape[name])?.allowed);
    expect(undescribed).toEqual([]);
  });

  it('states the default the schema applies, as it would be written in the environment', () => {
    const defaults = loadSettings({});
    for (const name of settingNames) {
      const documented = settingInfo.get(settingsSchema.shape[name])?.default;
      const applied = defaults[name];
      if (applied === undefined || (typeof applied === 'string' && applied.startsWith('/'))) continue;
      const written = Array.isArray(applied) ? applied.join(',') : String(applied);
      expect({ name, documented }).toEqual({ name, documented: written === '' ? 'none' : `\`${written}\`` });
    }
  });
});
