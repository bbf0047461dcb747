// Three projects always run; `database-faults` needs a MySQL/MariaDB server it can cut off (through a
// proxy), so it runs with TEST_DATABASE=mysql, as `.ci/run` does.
const path = require('node:path');

// Integration tests of the gateway's front door, identity, HTTP surface, response cache, circuit breakers and
// trace propagation: what they check does not depend on the database engine (SQL spans come from the project's
// wrapper of TypeORM's query runner, the same for both engines), so the MariaDB pass (`npm run test:mysql`) leaves
// them to the SQLite pass and stays short. The engine's own behaviour is what the contract, database-faults and
// the remaining integration tests (statement counts, migrations, imports, analytics) check on both.
const DATABASE_INDEPENDENT = ['abuse', 'auth', 'dashboard-http', 'drop-in-gateways', 'fuzz-gateway', 'gateway-startup', 'hostile-use', 'oidc', 'resilience', 'response-cache', 'supergraph', 'tracing'];

const project = (displayName, folder, ignored = []) => ({
  displayName,
  rootDir: path.resolve(__dirname, '..'),
  preset: 'ts-jest',
  testEnvironment: 'node',
  testMatch: [`<rootDir>/test/${folder}/**/*.test.ts`],
  testPathIgnorePatterns: ['/node_modules/', ...ignored.map((name) => `/test/${folder}/${name}\\.test\\.ts$`)],
  setupFiles: ['reflect-metadata'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }] },
});

module.exports = {
  // Opening and seeding a MariaDB database on a busy 2-core machine can take longer than jest's 5 s default.
  testTimeout: 60_000,
  // One worker per core, not jest's default of one fewer: the integration tests spend much of their time waiting
  // for the processes they start. On this 2-core machine the MariaDB pass took 2m02 instead of 3m12.
  maxWorkers: '100%',
  projects: [
    project('unit', 'unit'),
    project('contract', 'contract'),
    project('integration', 'integration', process.env.TEST_DATABASE === 'mysql' ? DATABASE_INDEPENDENT : []),
    ...(process.env.TEST_DATABASE === 'mysql' ? [project('database-faults', 'database-faults')] : []),
  ],
};
