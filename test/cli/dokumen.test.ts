// `kinerja-asn dokumen` and `kinerja-asn ekspor --format siasn` on a demo workbook (issue 14).
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import {cliHarness} from './harness';
import {SIASN_COLUMNS} from '../../src/core/dokumen/siasn';

const cli = cliHarness('kinerja-dokumen-');
const run = cli.run;

describe('dokumen and ekspor', () => {
  it('refuses a missing --out or a wrong --jenis / --format (exit 2)', async () => {
    expect((await run('dokumen', 'x.xlsx')).code).toBe(2);
    expect(
      (await run('dokumen', 'x.xlsx', '--out', 'd', '--jenis', 'lain')).code,
    ).toBe(2);
    expect(
      (await run('ekspor', 'x.xlsx', '--out', 'e.xlsx', '--format', 'csv'))
        .code,
    ).toBe(2);
  });

  it("writes one employee's PDF and the SIASN workbook with one row per employee", async () => {
    expect((await run('demo', 'demo.xlsx', '--pegawai', '12')).code).toBe(0);
    expect(
      (await run('recompute', 'demo.xlsx', '--periode', '2026-TW1')).code,
    ).toBe(0);
    const out = await run(
      'ekspor',
      'demo.xlsx',
      '--format',
      'siasn',
      '--out',
      'siasn.xlsx',
      '--periode',
      '2026-TW1',
    );
    expect(out.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(cli.dir(), 'siasn.xlsx'));
    const rows: unknown[][] = [];
    book.getWorksheet('SIASN')!.eachRow(row => {
      rows.push((row.values as unknown[]).slice(1));
    });
    expect(rows[0]).toEqual([...SIASN_COLUMNS]);
    const nips = rows.slice(1).map(r => String(r[0]));
    expect(new Set(nips).size).toBe(nips.length);
    for (const nip of nips) expect(nip).toMatch(/^\d{18}$/);
    const nip = nips[1];
    const doc = await run(
      'dokumen',
      'demo.xlsx',
      '--periode',
      '2026-TW1',
      '--nip',
      nip,
      '--out',
      'pdf',
    );
    expect(doc.code).toBe(0);
    const files = fs.readdirSync(path.join(cli.dir(), 'pdf'));
    expect(files).toHaveLength(1);
    expect(files[0]).toContain(nip);
    const text = execFileSync(
      'pdftotext',
      [path.join(cli.dir(), 'pdf', files[0]), '-'],
      {encoding: 'utf8'},
    );
    expect(text).toContain(nip);
    expect(text).toContain('DOKUMEN EVALUASI KINERJA PEGAWAI');
  }, 120_000);
});
