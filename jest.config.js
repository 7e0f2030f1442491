// Four projects: `unit` (handlers, adapters, scripts; no browser, no Taro build — the
// fast inner loop), `build` (the mini-program build checked by WeChat's compilers),
// `weapp` (that build run headless in Node, its pages driven through three journeys) and
// `e2e` (real Chromium against the local host). `npm test` runs them all (scripts/test.ts).
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' } }] }

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/', '<rootDir>/test/build/', '<rootDir>/test/weapp/'],
      // the run's scratch folders (test/fixtures/services.ts) are removed when it ends
      globalSetup: '<rootDir>/test/support/testRunSetup.ts',
      globalTeardown: '<rootDir>/test/support/testRunTeardown.ts',
    },
    {
      displayName: 'build',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/build/**/*.test.ts'],
      // one weapp build for every build test file
      globalSetup: '<rootDir>/test/build/globalSetup.ts',
    },
    {
      displayName: 'weapp',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/weapp/**/*.test.ts'],
      globalSetup: '<rootDir>/test/weapp/support/buildOnce.ts',
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
    },
  ],
}
