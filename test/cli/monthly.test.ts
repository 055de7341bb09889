// `kinerja-asn tabs|recompute --periode 2026-03` under Siklus Evaluasi = Bulanan (issue 13).
import path from 'node:path';
import {readWorkbook, writeWorkbook} from '../../src/local/xlsx';
import {cliHarness} from './harness';

jest.setTimeout(120_000);
const {dir, run} = cliHarness('kinerja-monthly-');

describe('monthly periods from the CLI', () => {
  it('makes tabs for 2026-03, recomputes the month, and refuses a quarter tab', async () => {
    const file = path.join(dir(), 'demo.xlsx');
    const args = ['--pegawai', '12', '--periode', '2026-TW1'];
    expect((await run('demo', 'demo.xlsx', ...args)).code).toBe(0);
    let workbook = await readWorkbook(file);
    const pengaturan = workbook.sheets.find(s => s.name === 'Pengaturan')!;
    let row = 2;
    while (pengaturan.get('value', row, 1) !== 'Siklus Evaluasi') row++;
    pengaturan.set('value', row, 2, 'Bulanan');
    await writeWorkbook(workbook, file);

    const tabs = await run('tabs', 'demo.xlsx', '--periode', '2026-03');
    expect(tabs.code).toBe(0);
    workbook = await readWorkbook(file);
    const monthTabs = workbook.sheets.filter(s =>
      s.name.startsWith('2026-03 '),
    );
    expect(monthTabs.length).toBeGreaterThan(0);
    expect(monthTabs[0].get('value', 2, 1)).toBe('2026-03');

    const recompute = await run(
      'recompute',
      'demo.xlsx',
      '--periode',
      '2026-03',
    );
    expect(recompute.code).toBe(0);
    workbook = await readWorkbook(file);
    const hasil = workbook.sheets.find(s => s.name === 'Hasil')!;
    const periods = new Set<unknown>();
    for (let r = 2; hasil.get('value', r, 2) !== undefined && r < 500; r++)
      periods.add(hasil.get('value', r, 1));
    expect(periods.has('2026-03')).toBe(true);

    const quarter = await run('tabs', 'demo.xlsx', '--periode', '2026-TW2');
    expect(quarter.code).not.toBe(0);
    expect(quarter.out + quarter.err).toMatch(
      /Pengaturan!B\d+: Siklus Evaluasi = Bulanan: tab penilaian dibuat per bulan \(mis\. 2026-04\)/,
    );
  });
});
