// `kinerja-asn presensi` and `kinerja-asn tpp` on a demo file: the demo's quarter already has TPP
// for its three months; a month imported again (CSV and .xlsx exports) replaces that month only.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import {readWorkbook} from '../../src/local/xlsx';
import {cliHarness} from './harness';

jest.setTimeout(120_000);
const {dir, run} = cliHarness('kinerja-tpp-');

async function table(name: string): Promise<unknown[][]> {
  const workbook = await readWorkbook(path.join(dir(), 'demo.xlsx'));
  const sheet = workbook.sheets.find(s => s.name === name)!;
  const rows: unknown[][] = [];
  for (let r = 1; r <= sheet.lastRow(); r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= 15; c++) row.push(sheet.get('value', r, c) ?? '');
    rows.push(row);
  }
  return rows;
}

describe('presensi and tpp', () => {
  it('imports a month from CSV and .xlsx exports and computes its TPP', async () => {
    const demo = await run(
      'demo',
      'demo.xlsx',
      '--pegawai',
      '30',
      '--periode',
      '2026-TW1',
    );
    expect(demo.code).toBe(0);
    expect(demo.out).toMatch(/TPP 2026-03: \d+ pegawai/);
    const hasilTpp = await table('Hasil TPP');
    for (const month of ['2026-01', '2026-02', '2026-03'])
      expect(hasilTpp.filter(r => r[0] === month).length).toBeGreaterThan(20);
    const pegawai = await table('Pegawai');
    const kelas = pegawai[0].indexOf('Kelas Jabatan');
    const staff = pegawai.find((r, i) => i > 0 && r[kelas] === 7)!;
    const nip = String(staff[0]);
    const besaran = (await table('Kelas Jabatan')).find(r => r[0] === 7)![1];
    // February again for one person: TK 1, TM2 2, PC1 1 -> 5,5 %.
    fs.writeFileSync(
      path.join(dir(), 'feb.csv'),
      `NIP,Hari Kerja,Hadir,TK,TM1,TM2,TM3,TM4,PC1,PC2,PC3,PC4,Cuti,Dinas Luar\n'${nip},20,19,1,0,2,0,0,1,0,0,0,0,0\n`,
    );
    const imported = await run(
      'presensi',
      'demo.xlsx',
      'feb.csv',
      '--periode',
      '2026-02',
    );
    expect([imported.code, imported.out]).toEqual([
      0,
      expect.stringContaining('Presensi 2026-02: 1 baris diimpor'),
    ]);
    const presensi = await table('Presensi');
    expect(presensi.filter(r => r[0] === '2026-02').length).toBe(1);
    expect(presensi.filter(r => r[0] === '2026-03').length).toBeGreaterThan(20);
    const tpp = await run('tpp', 'demo.xlsx', '--periode', '2026-02');
    expect(tpp.out).toMatch(/^TPP 2026-02: /);
    const row = (await table('Hasil TPP')).find(
      r => r[0] === '2026-02' && r[1] === nip,
    )!;
    expect(row[5]).toBe(besaran);
    expect(row[8]).toBe(5.5);
    expect(row[10]).toBe(Math.round((Number(besaran) * 0.4 * 94.5) / 100));
    // The same person from an .xlsx export with an unknown NIP: refused, naming the cell.
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Rekap Absensi');
    sheet.addRow(['NIP', 'Jumlah Hari Kerja', 'Hadir', 'Alpa', 'Cuti', 'DL']);
    sheet.addRow(['199909092020011009', 20, 20, 0, 0, 0]);
    await wb.xlsx.writeFile(path.join(dir(), 'mar.xlsx'));
    const bad = await run(
      'presensi',
      'demo.xlsx',
      'mar.xlsx',
      '--periode',
      '2026-03',
    );
    expect(bad.code).toBe(1);
    expect(bad.err).toContain(
      'mar.xlsx!A2: NIP 199909092020011009 tidak ada di sheet Pegawai',
    );
    const usage = await run('tpp', 'demo.xlsx', '--periode', '2026-TW1');
    expect(usage.code).toBe(2);
  });
});
