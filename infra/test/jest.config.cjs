// All tests in one run. Projects: unit (no I/O), component and integration (real Kafka and
// PostgreSQL, provided by libs/testing), lint (the module-boundary rule must bite).
const path = require('node:path');
const { root, libs, swcOptions } = require('../build/swc.cjs');

const moduleNameMapper = Object.fromEntries(
  libs.map((l) => [`^@tdkt/${l}$`, path.join(root, `libs/${l}/src/index.ts`)]),
);
const base = {
  rootDir: root,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', swcOptions({ withPaths: false })] },
  moduleNameMapper,
  moduleFileExtensions: ['ts', 'js', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/lint-fixtures/'],
};

module.exports = {
  rootDir: root,
  projects: [
    {
      ...base,
      displayName: 'unit',
      testMatch: ['<rootDir>/{libs,services}/*/src/**/*.spec.ts', '<rootDir>/infra/**/*.spec.ts'],
    },
    {
      ...base,
      displayName: 'infra',
      testMatch: ['<rootDir>/{libs,services}/*/test/**/*.test.ts', '<rootDir>/infra/test/**/*.test.ts'],
      globalSetup: '<rootDir>/libs/testing/src/jest/global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/jest/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/libs/testing/src/jest/setup-infra-tests.ts'],
      slowTestThreshold: 30,
    },
  ],
};
