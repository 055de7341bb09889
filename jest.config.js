// Jest projects, so the fast tests run alone (`npx jest --selectProjects unit`) while `npm test`
// and CI run them all. Only projects that need dist/ build it: test/global-setup.ts runs once
// when any of them is selected, never for unit alone.
/* global require, __dirname, module */
'use strict';
const path = require('path');

/** Tests that run the built dist/Code.js (or the CLI over it) in the emulator. */
const BUNDLE = [
  'test/bundle/**',
  'test/workflow/**',
  'test/cli/cli.test.ts',
  'test/cli/repo-root.test.ts',
  'test/cli/send.test.ts',
  'test/custom-functions/bundle.test.ts',
  'test/email/default-template.test.ts',
  'test/email/send.test.ts',
  'test/email/time-budget.test.ts',
  'test/emulator/services.test.ts',
  'test/pipeline/audit-custom-functions.test.ts',
];
/** Tests that drive Chromium: the sidebar page and the local workbench. */
const BROWSER = ['test/browser/**'];
/** Benchmark-sized workbooks. */
const PERF = ['test/perf/**', 'test/emulator/perf.test.ts'];

/** Absolute globs of test files (a folder's `**` means every test in it). */
const tests = globs =>
  globs.map(glob =>
    path.join(__dirname, glob.endsWith('/**') ? `${glob}/*.test.ts` : glob),
  );

const base = {
  rootDir: __dirname,
  roots: ['<rootDir>/test'],
  preset: 'ts-jest',
  testEnvironment: 'node',
  transform: {'^.+\\.ts$': ['ts-jest', {diagnostics: false}]},
};
const built = {...base, globalSetup: '<rootDir>/test/global-setup.ts'};

module.exports = {
  projects: [
    {
      ...base,
      displayName: 'unit',
      testMatch: [
        ...tests(['test/**']),
        ...tests([...BUNDLE, ...BROWSER, ...PERF]).map(glob => `!${glob}`),
      ],
    },
    {...built, displayName: 'bundle', testMatch: tests(BUNDLE)},
    {...built, displayName: 'browser', testMatch: tests(BROWSER)},
    {...built, displayName: 'perf', testMatch: tests(PERF)},
  ],
};
