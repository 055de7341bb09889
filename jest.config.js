// Jest projects, so the fast tests run alone (`npx jest --selectProjects unit`) while `npm test`
// and CI run them all. Only projects that need dist/ build it: test/global-setup.ts runs once
// when any of them is selected, never for unit alone.
/* global require, __dirname, module */
'use strict';
const fs = require('fs');
const path = require('path');

const TEST = path.join(__dirname, 'test');
/** Tests that drive Chromium: the sidebar page and the local workbench. */
const BROWSER = ['browser'];
/** Benchmark-sized workbooks. */
const PERF = ['perf', 'emulator/perf.test.ts'];

/**
 * What marks a test (or a test helper it imports) as running the build: the path of dist/, a
 * CODE_FILE, or the CLI/runtime that load dist/Code.js. Membership is found, not listed, so a new
 * test that loads the bundle can't land in `unit` and fail there on a fresh clone.
 */
const LOADS_BUILD =
  /\bdist\/|'\.\.\/\.\.\/dist'|\bCODE_FILE\b|src\/local\/cli\/main|src\/local\/runtime/;

const walk = dir =>
  fs
    .readdirSync(dir, {withFileTypes: true})
    .flatMap(e =>
      e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
    );

const loadsBuild = (file, seen = new Set()) => {
  if (seen.has(file)) return false;
  seen.add(file);
  const text = fs.readFileSync(file, 'utf8');
  if (LOADS_BUILD.test(text)) return true;
  // Follow the test's own helpers (relative imports inside test/).
  return [...text.matchAll(/from '(\.[^']+)'/g)].some(([, spec]) => {
    const target = path.resolve(path.dirname(file), spec);
    const helper = [`${target}.ts`, target].find(
      f => f.startsWith(TEST) && fs.existsSync(f) && fs.statSync(f).isFile(),
    );
    return helper !== undefined && loadsBuild(helper, seen);
  });
};

const inside = (file, places) =>
  places.some(
    p =>
      file === path.join(TEST, p) ||
      file.startsWith(path.join(TEST, p) + path.sep),
  );

const all = walk(TEST).filter(f => f.endsWith('.test.ts'));
const browser = all.filter(f => inside(f, BROWSER));
const perf = all.filter(f => inside(f, PERF));
const bundle = all.filter(
  f =>
    !browser.includes(f) &&
    !perf.includes(f) &&
    (inside(f, ['bundle']) || loadsBuild(f)),
);
const unit = all.filter(f => ![...browser, ...perf, ...bundle].includes(f));

const base = {
  rootDir: __dirname,
  roots: ['<rootDir>/test'],
  preset: 'ts-jest',
  testEnvironment: 'node',
  transform: {'^.+\\.ts$': ['ts-jest', {diagnostics: false}]},
};
const built = {...base, globalSetup: '<rootDir>/test/global-setup.ts'};

module.exports = {
  // Tests that run the built Code.js (CLI processes, whole workbooks) take seconds; on a 2-core CI
  // machine under load jest's 5 s default failed ones that pass in 1-2 s when idle. A global
  // option: jest ignores testTimeout inside a project's config.
  testTimeout: 30_000,
  projects: [
    {...base, displayName: 'unit', testMatch: unit},
    {...built, displayName: 'bundle', testMatch: bundle},
    {...built, displayName: 'browser', testMatch: browser},
    {...built, displayName: 'perf', testMatch: perf},
  ],
};
