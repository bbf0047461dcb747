// End-to-end tests in a real browser (Debian's Chromium driven by playwright-core) against the stack on
// free ports: `npm run test:e2e`, run by `.ci/run` after installing chromium when it is missing.
const path = require('node:path');

module.exports = {
  testTimeout: 60_000,
  // One worker per core, as in test/jest.config.js: the browser and the stack it drives are other processes.
  maxWorkers: '100%',
  projects: [
    {
      displayName: 'e2e',
      rootDir: path.resolve(__dirname, '../..'),
      preset: 'ts-jest',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      setupFiles: ['reflect-metadata'],
      transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }] },
    },
  ],
};
