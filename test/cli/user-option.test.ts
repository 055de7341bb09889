// Every verb takes --user EMAIL (SHEETS.md, Command line) and roles apply to it: a supervisor's
// recompute is refused in Bahasa with exit 1 and the file untouched; the owner (the default) works.
import fs from 'node:fs';
import path from 'node:path';
import {cliHarness} from './harness';

const {dir, run} = cliHarness('kinerja-user-');

describe('--user', () => {
  it('a supervisor cannot recompute; the default user (the owner, HR) can', async () => {
    const demo = await run(
      'demo',
      'k.xlsx',
      '--pegawai',
      '12',
      '--periode',
      '2026-TW1',
    );
    expect(demo.code).toBe(0);
    const file = path.join(dir(), 'k.xlsx');
    const before = fs.readFileSync(file);
    const refused = await run(
      'recompute',
      'k.xlsx',
      '--user',
      'orang@lain.go.id',
    );
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(
      'Hanya HR (Email HR di Pengaturan) yang dapat menjalankan Hitung Ulang.',
    );
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    const ok = await run('recompute', 'k.xlsx');
    expect(ok.code).toBe(0);
  }, 60_000);
});
