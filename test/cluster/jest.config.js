// `npm run test:cluster`: failure tests on the replicated topology of `npm run cluster` (Galera, HAProxy,
// replicas). Needs Debian's mariadb-server, galera-4, haproxy, redis-server and rsync; takes a few minutes.
const path = require('node:path');

module.exports = {
  displayName: 'cluster',
  rootDir: path.resolve(__dirname, '../..'),
  preset: 'ts-jest',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/cluster/**/*.test.ts'],
  setupFiles: ['reflect-metadata'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }] },
  testTimeout: 600_000,
};
