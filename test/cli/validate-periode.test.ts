// `kinerja-asn validate --periode P` checks the appraisal tabs of that period (issue 12).
import path from 'node:path';
import {readWorkbook, writeWorkbook} from '../../src/local/xlsx';
import {cliHarness} from './harness';

jest.setTimeout(120_000);
const {dir, run} = cliHarness('kinerja-validate-');

describe('validate --periode', () => {
  it('names a bad Realisasi of a TW2 tab for 2026-TW2 only', async () => {
    const file = path.join(dir(), 'demo.xlsx');
    const args = ['--pegawai', '12', '--periode', '2026-TW1'];
    expect((await run('demo', 'demo.xlsx', ...args)).code).toBe(0);
    expect((await run('tabs', 'demo.xlsx', '--periode', '2026-TW2')).code).toBe(
      0,
    );
    const workbook = await readWorkbook(file);
    const tab = workbook.sheets.find(s => s.name.includes('2026-TW2'))!;
    let row = 2;
    while (tab.get('value', row, 4) !== 'Hasil Kerja') row++;
    tab.set('value', row, 9, 'abc');
    await writeWorkbook(workbook, file);
    const bad = `${tab.name}!I${row}: Realisasi bukan angka: "abc"`;
    const tw2 = await run('validate', 'demo.xlsx', '--periode', '2026-TW2');
    expect(tw2.err).toContain(bad);
    expect(tw2.code).not.toBe(0);
    const active = await run('validate', 'demo.xlsx', '--periode', '2026-TW1');
    expect(active.err).not.toContain(bad);
  });
});
