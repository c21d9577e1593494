/**
 * Pure domain tests; API tests against an in-process Strapi on a throw-away database; and the demo portal in
 * a real browser (chromium), which `npm test` leaves out because a newcomer's machine may lack chromium.
 */
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest'] };

module.exports = {
  testTimeout: 120000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
    },
    {
      displayName: 'api',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/tests/api/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/compile.ts',
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/tests/browser/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/browser-setup.ts',
    },
  ],
};
