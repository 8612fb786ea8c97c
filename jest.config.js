// Two projects: fast unit tests, and integration tests against the real embedded Neo4j (run in band).
const shared = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  moduleNameMapper: {
    '^@newsgraph/([a-z0-9-]+)$': '<rootDir>/packages/$1/src/index.ts',
    '^@newsgraph/([a-z0-9-]+)/testing$': '<rootDir>/packages/$1/src/testing.ts',
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
      ],
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
