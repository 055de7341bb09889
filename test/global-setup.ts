// Builds dist/ and build/ once before any test file runs: the bundle tests load the very
// dist/Code.js that ships, and building once avoids test files rewriting it under each other.
import {execFileSync} from 'child_process';
import * as path from 'path';

export default function globalSetup(): void {
  execFileSync(
    process.execPath,
    [path.join(__dirname, '../scripts/build.mjs')],
    {
      cwd: path.join(__dirname, '..'),
      stdio: 'pipe',
    },
  );
}
