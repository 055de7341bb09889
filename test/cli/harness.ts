// The CLI run in-process on a temporary folder, with output captured and the clock fixed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {main} from '../../src/local/cli/main';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/**
 * Makes a fresh temporary folder before the file's tests and removes it after; `run` calls the
 * CLI there on 10 February 2026 (UTC). `dir()` is the folder.
 */
export function cliHarness(prefix: string): {
  dir: () => string;
  run: (...argv: string[]) => Promise<CliRun>;
} {
  let dir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  }, 120_000);
  afterAll(() => {
    fs.rmSync(dir, {recursive: true, force: true});
  });
  const run = async (...argv: string[]): Promise<CliRun> => {
    let out = '';
    let err = '';
    const code = await main(argv, {
      cwd: dir,
      stdout: text => (out += text),
      stderr: text => (err += text),
      now: () => new Date(Date.UTC(2026, 1, 10)),
    });
    return {code, out, err};
  };
  return {dir: () => dir, run};
}
