// Fast unit tests (two projects named 'unit', see below), the deployment files, and integration tests against the
// real embedded Neo4j (run in band).
const shared = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  moduleNameMapper: {
    '^@newsgraph/([a-z0-9-]+)$': '<rootDir>/packages/$1/src/index.ts',
    '^@newsgraph/([a-z0-9-]+)/testing$': '<rootDir>/packages/$1/src/testing.ts',
    '^@newsgraph/extractor/training$': '<rootDir>/packages/extractor/scripts/conll04.ts',
  },
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }] },
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/packages/*/src/**/*.test.ts',
        '<rootDir>/tests/**/*.test.ts',
        '<rootDir>/bench/**/*.test.ts',
        '!**/*.int.test.ts',
        '!**/tests/deploy/**',
        '!**/packages/viewer/**',
      ],
    },
    {
      ...shared,
      // the viewer is an ES module package and jest runs CommonJS: its own project compiles it to CommonJS
      // (ts-jest keeps one compiler set-up per project, so a second transform in the unit project would not apply)
      displayName: 'unit',
      testMatch: ['<rootDir>/packages/viewer/src/**/*.test.ts'],
      transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/packages/viewer/tsconfig.test.json' }] },
    },
    {
      ...shared,
      // checks the deployment files with docker-compose itself (no Docker engine needed), which .ci/run installs
      displayName: 'deploy',
      testMatch: ['<rootDir>/tests/deploy/**/*.test.ts'],
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: [
        '<rootDir>/packages/*/src/**/*.int.test.ts',
        '<rootDir>/packages/*/tests/**/*.int.test.ts',
        '<rootDir>/tests/**/*.int.test.ts',
      ],
      globalSetup: '<rootDir>/tests/support/neo4j-global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/neo4j-global-teardown.ts',
    },
  ],
};
