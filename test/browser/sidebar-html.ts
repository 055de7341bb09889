// Builds the sidebar page in memory with the build's own code (scripts/build-sidebar.mjs), so UI
// tests can run in parallel with a full build writing dist/. That module is ESM, which these
// CommonJS tests cannot import: a child Node process runs it and hands back the page.
import {execFile} from 'child_process';
import path from 'path';
import {pathToFileURL} from 'url';

const MODULE = pathToFileURL(
  path.join(__dirname, '../../scripts/build-sidebar.mjs'),
).href;

export function buildSidebarHtml(): Promise<string> {
  const script = `import {sidebarHtml} from ${JSON.stringify(MODULE)};
process.stdout.write(await sidebarHtml());`;
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--input-type=module', '-e', script],
      {encoding: 'utf8', maxBuffer: 16 * 1024 * 1024},
      (error, stdout, stderr) =>
        error ? reject(new Error(stderr || error.message)) : resolve(stdout),
    );
  });
}
