// Builds everything the add-on ships and everything that runs it locally:
//   dist/Code.js          one classic Apps Script file (scripts/build-code.mjs), size printed and budgeted
//   dist/Sidebar.html     the sidebar, scripts and styles inlined
//   dist/appsscript.json  the manifest
//   build/Code.js.map     Code.js's source map (scripts/trace.mjs), kept out of what clasp pushes
//   build/*.js            Node bundles: the CLI / local workbench and the benchmark
//   build/workbench/*.js  the workbench's browser code, inlined into its pages by the server
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {CODE_BUDGET_BYTES, bundleCodeWithMap} from './build-code.mjs';
import {BROWSER_BUNDLE, sidebarHtml} from './build-sidebar.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const out = path.join(root, 'build');

async function buildCode() {
  const {code, map} = await bundleCodeWithMap(
    path.join(root, 'src/gas/index.ts'),
  );
  fs.writeFileSync(path.join(dist, 'Code.js'), code);
  // Outside dist/ so clasp never pushes it; scripts/trace.mjs reads it.
  fs.writeFileSync(path.join(out, 'Code.js.map'), map);
  const size = Buffer.byteLength(code);
  if (size > CODE_BUDGET_BYTES) {
    throw new Error(
      `dist/Code.js is ${kb(size)}, over its budget of ${kb(CODE_BUDGET_BYTES)} (scripts/build-code.mjs)`,
    );
  }
}

async function buildSidebar() {
  fs.writeFileSync(path.join(dist, 'Sidebar.html'), await sidebarHtml());
}

async function buildNode() {
  const entries = {cli: 'src/local/cli/main.ts', bench: 'scripts/bench.ts'};
  for (const [name, file] of Object.entries(entries)) {
    if (!fs.existsSync(path.join(root, file))) continue;
    await esbuild.build({
      entryPoints: [path.join(root, file)],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      packages: 'external',
      sourcemap: 'inline',
      outfile: path.join(out, `${name}.js`),
    });
  }
}

/** The workbench's browser scripts (src/local/workbench/client/*.ts), one file each. */
async function buildWorkbenchClient() {
  const dir = path.join(root, 'src/local/workbench/client');
  await esbuild.build({
    ...BROWSER_BUNDLE,
    // Each .ts file is a page's script; parts/ holds what they share.
    entryPoints: fs
      .readdirSync(dir)
      .filter(name => name.endsWith('.ts'))
      .map(name => path.join(dir, name)),
    outdir: path.join(out, 'workbench'),
  });
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

fs.mkdirSync(dist, {recursive: true});
fs.mkdirSync(out, {recursive: true});
fs.copyFileSync(
  path.join(root, 'appsscript.json'),
  path.join(dist, 'appsscript.json'),
);
try {
  await Promise.all([
    buildCode(),
    buildSidebar(),
    buildNode(),
    buildWorkbenchClient(),
  ]);
} catch (error) {
  console.error(`build failed: ${error.message}`);
  process.exit(1);
}
const size = file => kb(fs.statSync(path.join(dist, file)).size);
console.log(
  `built dist/Code.js (${size('Code.js')}, budget ${kb(CODE_BUDGET_BYTES)}), dist/Sidebar.html (${size('Sidebar.html')}), dist/appsscript.json and build/`,
);
