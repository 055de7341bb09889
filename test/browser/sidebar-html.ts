// Builds the sidebar page in memory exactly as scripts/build.mjs does (same esbuild options and
// inlining), so UI tests can run in parallel with a full build writing dist/.
import * as esbuild from 'esbuild';
import fs from 'fs';
import path from 'path';

const root = path.resolve(__dirname, '../..');

export async function buildSidebarHtml(): Promise<string> {
  const html = fs.readFileSync(path.join(root, 'sidebar/index.html'), 'utf8');
  const css = fs.readFileSync(path.join(root, 'sidebar/styles.css'), 'utf8');
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'sidebar/main.tsx')],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    bundle: true,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    minify: true,
    charset: 'utf8',
    write: false,
  });
  const js = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  return html
    .replace('<!-- inline:styles -->', () => `<style>\n${css}</style>`)
    .replace('<!-- inline:script -->', () => `<script>\n${js}</script>`);
}
