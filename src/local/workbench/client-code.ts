// The workbench's browser code as built by scripts/build.mjs (src/local/workbench/client/*.ts ->
// build/workbench/*.js), for the server to inline into its pages.
import fs from 'node:fs';
import path from 'node:path';
import {repoRoot} from '../loader';

export type ClientScript = 'script-run' | 'page' | 'viewer';

/** A <script> element holding the built file; read on each page, so a rebuild shows at once. */
export function inlineScript(name: ClientScript): string {
  const file = path.join(repoRoot(), 'build', 'workbench', `${name}.js`);
  if (!fs.existsSync(file)) {
    throw new Error(`${file} not found: run npm run build first`);
  }
  // "</script" inside inlined code would end the tag early.
  const code = fs
    .readFileSync(file, 'utf8')
    .replace(/<\/script/gi, '<\\/script');
  return `<script>${code}</script>`;
}
