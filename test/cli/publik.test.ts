// `kinerja-asn publik FILE --out DIR` on a demo workbook (issue 15 item 6): the Publik sheet and
// one self-contained index.html with no name, no NIP and no network resource.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import {cliHarness} from './harness';
import {formatNumberId} from '../../src/core/numbers';
import {HEADERS} from '../../src/sheets/schema';

const cli = cliHarness('kinerja-publik-');
const run = cli.run;

async function sheetRows(file: string, name: string): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const rows: unknown[][] = [];
  book.getWorksheet(name)!.eachRow(row => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

describe('publik', () => {
  it('refuses a missing --out (exit 2)', async () => {
    expect((await run('publik', 'x.xlsx')).code).toBe(2);
  });

  it('writes the Publik sheet and a page holding its figures, no name, NIP or URL', async () => {
    expect((await run('demo', 'demo.xlsx', '--pegawai', '30')).code).toBe(0);
    expect(
      (await run('recompute', 'demo.xlsx', '--periode', '2026-TW1')).code,
    ).toBe(0);
    const out = await run('publik', 'demo.xlsx', '--out', 'web');
    expect(out.code).toBe(0);
    const file = path.join(cli.dir(), 'demo.xlsx');
    const publik = await sheetRows(file, 'Publik');
    expect(publik[0]).toEqual([...HEADERS.publik]);
    const body = publik.slice(1);
    expect(body.length).toBeGreaterThan(0);
    // Every employee of Hasil's period counted once, no group under 5.
    const hasil = (await sheetRows(file, 'Hasil')).slice(1);
    const inPeriod = hasil.filter(r => r[0] === '2026-TW1');
    const counted = body
      .filter(r => r[0] === '2026-TW1')
      .reduce((n, r) => n + Number(r[3]), 0);
    expect(counted).toBe(inPeriod.length);
    for (const r of body) expect(Number(r[3])).toBeGreaterThanOrEqual(5);

    const html = fs.readFileSync(
      path.join(cli.dir(), 'web', 'index.html'),
      'utf8',
    );
    expect(html).toMatch(/^<!DOCTYPE html><html lang="id">/);
    expect(html).not.toMatch(
      /https?:|\/\/[a-z]|<script|<link|<img|@import|url\(/i,
    );
    expect(html).toContain('<svg');
    for (const r of body) {
      expect(html).toContain(`<td>${formatNumberId(Number(r[5]), 1)}</td>`);
    }
    for (const r of inPeriod) {
      expect(html).not.toContain(String(r[1]));
      expect(html).not.toContain(String(r[2]));
    }
  }, 120_000);
});
