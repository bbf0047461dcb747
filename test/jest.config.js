// Three projects always run; `database-faults` needs a MySQL/MariaDB server it can cut off (through a
// proxy), so it runs with TEST_DATABASE=mysql, as `.ci/run` does.
const path = require('node:path');

const project = (displayName, folder) => ({
  displayName,
  rootDir: path.resolve(__dirname, '..'),
  preset: 'ts-jest',
  testEnvironment: 'node',
  testMatch: [`<rootDir>/test/${folder}/**/*.test.ts`],
  setupFiles: ['reflect-metadata'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }] },
});

module.exports = {
  // Opening and seeding a MariaDB database on a busy 2-core machine can take longer than jest's 5 s default.
  testTimeout: 60_000,
  projects: [
    project('unit', 'unit'),
    project('contract', 'contract'),
    project('integration', 'integration'),
    ...(process.env.TEST_DATABASE === 'mysql' ? [project('database-faults', 'database-faults')] : []),
  ],
};
