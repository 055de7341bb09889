// The sidebar page and the browser bundles' shared esbuild options, used by scripts/build.mjs and
// by the browser tests (which build the page in memory so they can run beside a build writing dist/).
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** esbuild options for code that runs in a browser page: one minified IIFE, es2019. */
export const BROWSER_BUNDLE = {
  bundle: true,
  format: 'iife',
  target: 'es2019',
  platform: 'browser',
  minify: true,
  charset: 'utf8',
};

/** dist/Sidebar.html's text: sidebar/index.html with its styles and its Preact bundle inlined. */
export async function sidebarHtml() {
  const html = fs.readFileSync(path.join(root, 'sidebar/index.html'), 'utf8');
  const css = fs.readFileSync(path.join(root, 'sidebar/styles.css'), 'utf8');
  const result = await esbuild.build({
    ...BROWSER_BUNDLE,
    entryPoints: [path.join(root, 'sidebar/main.tsx')],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    write: false,
  });
  // "</script" inside inlined code would end the tag early.
  const js = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  return html
    .replace('<!-- inline:styles -->', () => `<style>\n${css}</style>`)
    .replace('<!-- inline:script -->', () => `<script>\n${js}</script>`);
}
