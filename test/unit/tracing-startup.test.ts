import { execFileSync } from 'node:child_process';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '../..');

/** What a subgraph process has loaded after its tracing.ts and the shared runtime, as its main.ts loads them. */
function startUp(env: NodeJS.ProcessEnv): { enabled: boolean; sdkModules: number } {
  const script = `
    require('./subgraphs/cities/dist/tracing.js');
    const runtime = require('@ugf/runtime');
    const sdkModules = Object.keys(require.cache).filter((file) => /@opentelemetry[\\\\/](sdk-trace|instrumentation|exporter)/.test(file)).length;
    process.stdout.write(JSON.stringify({ enabled: runtime.tracingEnabled(), sdkModules }));
    process.exit(0);`;
  const { TRACING: _ignored, ...rest } = process.env;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: repoRoot, env: { ...rest, ...env }, encoding: 'utf8' })) as { enabled: boolean; sdkModules: number };
}

describe('tracing at start-up', () => {
  it('loads no OpenTelemetry SDK, exporter or instrumentation when TRACING is not set', () => {
    expect(startUp({})).toEqual({ enabled: false, sdkModules: 0 });
    expect(startUp({ TRACING: 'off', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' })).toEqual({ enabled: false, sdkModules: 0 });
  });

  it('starts them with TRACING=otlp', () => {
    const on = startUp({ TRACING: 'otlp', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9' });
    expect(on.enabled).toBe(true);
    expect(on.sdkModules).toBeGreaterThan(0);
  });
});
