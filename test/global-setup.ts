// Builds dist/ and build/ before the bundle, browser and perf tests (jest.config.js): they load
// the very dist/Code.js that ships. Jest runs a setup module once however many projects name it,
// so test files never rewrite dist/ under each other; unit tests need no build.
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
