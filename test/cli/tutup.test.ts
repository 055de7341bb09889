// `kinerja-asn tutup`: a final quarter's tabs move to Arsip Penilaian; recompute reads them there,
// the tabs are not made again, and closing twice says so.
import path from 'node:path';
import {readWorkbook} from '../../src/local/xlsx';
import {cliHarness} from './harness';
import {tabModelsOfPeriod} from '../../src/local/tabs';

// The demo now also computes TPP for its quarter's three months.
jest.setTimeout(60_000);
const {dir, run} = cliHarness('kinerja-tutup-');
const period = '2026-TW1';

async function hasil() {
  const workbook = await readWorkbook(path.join(dir(), 'demo.xlsx'));
  const sheet = workbook.sheets.find(s => s.name === 'Hasil')!;
  const rows: unknown[][] = [];
  for (let r = 2; r <= sheet.lastRow(); r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= 13; c++) row.push(sheet.get('value', r, c) ?? '');
    if (row[0] === period) rows.push(row);
  }
  return {workbook, rows};
}

describe('tutup', () => {
  it('closes the quarter; recompute gives the same Hasil; tabs are refused', async () => {
    expect(
      (await run('demo', 'demo.xlsx', '--pegawai', '30', '--periode', period))
        .code,
    ).toBe(0);
    expect(
      (await run('recompute', 'demo.xlsx', '--periode', period)).code,
    ).toBe(0);
    const before = (await hasil()).rows;
    expect(before.length).toBeGreaterThan(20);
    const closed = await run('tutup', 'demo.xlsx', '--periode', period);
    expect([closed.code, closed.out]).toEqual([
      0,
      expect.stringMatching(
        /Periode 2026-TW1 ditutup: \d+ tab \(\d+ baris\) dipindah ke Arsip Penilaian/,
      ),
    ]);
    const {workbook} = await hasil();
    const names = workbook.sheets.map(s => s.name);
    expect(names).toContain('Arsip Penilaian');
    expect(tabModelsOfPeriod(workbook, period)).toEqual([]);
    expect(
      (await run('recompute', 'demo.xlsx', '--periode', period)).code,
    ).toBe(0);
    expect((await hasil()).rows).toEqual(before);
    const tabs = await run('tabs', 'demo.xlsx', '--periode', period);
    expect([tabs.code, tabs.out]).toEqual([
      1,
      expect.stringContaining('sudah ditutup'),
    ]);
    const again = await run('tutup', 'demo.xlsx', '--periode', period);
    expect([again.code, again.out]).toEqual([
      0,
      expect.stringContaining('sudah ditutup'),
    ]);
    // Seven CLI runs: some 6 s on a quiet machine, more on a busy one.
  }, 60_000);
});
