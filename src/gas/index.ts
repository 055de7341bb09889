// Every Apps Script entry point: menu actions, triggers, sidebar API, custom functions.
// scripts/build.mjs turns each function exported here into a real top-level declaration in
// dist/Code.js, keeping its JSDoc (custom functions need `@customfunction` there).
// Only entry-point modules are re-exported here; services stay internal to the bundle.

export * from './menu';
export * from './triggers';
export * from './sidebar-api';
export * from './custom-functions';
