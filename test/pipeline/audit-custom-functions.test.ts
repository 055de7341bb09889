// Audit of the custom functions as they ship (dist/Code.js, built by jest's global setup) in the
// Apps Script emulator, on a Hasil sheet produced by the real pipeline from the fixture workbook:
// arguments as Sheets passes them (numbers, text, booleans, '' for empty cells, Date objects, 2-D
// arrays for ranges), messages in Bahasa Indonesia (English with Bahasa = en), and no writes.

import * as path from 'path';
import {createEmulator, type Emulator} from '../../src/local/emulator';
import {loadBundle, type BundleContext} from '../../src/local/loader';
import {parseWorkbook} from '../../src/sheets/read';
import {appraisePeriod} from '../../src/core/appraise/period';
import {hasilRows} from '../../src/sheets/write';
import {HEADERS} from '../../src/sheets/schema';
import {BUDI, CITRA, DEWI, SITI, TODAY, fixture} from './fixture';

jest.setTimeout(30_000);

const CODE = path.join(__dirname, '../../dist/Code.js');

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function setup(bahasa: 'id' | 'en' = 'id'): {
  emulator: Emulator;
  ctx: BundleContext;
  sheets: Record<string, Sheet>;
} {
  const emulator = createEmulator({now: () => TODAY});
  const ss = (
    emulator.globals
      .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
  ).getActiveSpreadsheet();
  const put = (
    name: string,
    values: unknown[][],
    textColumns: number[] = [],
  ) => {
    const sheet = ss.insertSheet(name);
    const width = Math.max(...values.map(r => r.length));
    const rows = values.map(r => [...r, ...Array(width - r.length).fill('')]);
    // NIP columns as plain text, as the add-on formats them.
    for (const c of textColumns)
      sheet.getRange(1, c, rows.length, 1).setNumberFormat('@');
    sheet.getRange(1, 1, rows.length, width).setValues(rows);
    return sheet;
  };
  const pengaturan = put('Pengaturan', [
    ['Kunci', 'Nilai'],
    ['Periode Aktif', '2026-TW1'],
    ['Bahasa', bahasa],
  ]);
  // Hasil as recompute writes it: the pipeline's rows for 2026-TW1 under the contract header.
  const {input} = parseWorkbook(fixture(), TODAY);
  const {results} = appraisePeriod(input, '2026-TW1');
  const hasil = put(
    'Hasil',
    [[...HEADERS.hasil], ...hasilRows(results, 'id')],
    [2, 5],
  );
  // What an HR officer types next to it: realisasi, target, arah, batas.
  const kalkulator = put('Kalkulator', [
    ['Realisasi', 'Target', 'Arah', 'Batas'],
    [9, 8, 'Turun', ''],
    ['87,5', 100, 'Naik', ''],
    [11, 10, '', ''],
    ['', 10, 'Naik', ''],
    [true, 10, 'Naik', ''],
    [new Date(2026, 0, 5), 10, 'Naik', ''],
    [130, 100, 'naik', 150],
    [5, 5, 'Naik', 0],
  ]);
  const ctx = loadBundle(emulator, CODE, {customFunction: true});
  // The write detector sees the set-up's own writes (so an empty list below means something).
  expect(writeCalls(emulator)).toContain('Range.setValues');
  emulator.calls.reset();
  return {emulator, ctx, sheets: {pengaturan, hasil, kalkulator}};
}

/** Every value of every sheet, to prove nothing changed. */
function snapshot(sheets: Record<string, Sheet>): string {
  return JSON.stringify(
    Object.values(sheets).map(s => s.getDataRange().getValues()),
  );
}

/** Calls that change a document: any set*, insert*, clear*, delete*, append*, remove* on a sheet/range/properties. */
function writeCalls(emulator: Emulator): string[] {
  return Object.keys(emulator.calls.byMethod()).filter(
    name =>
      !name.startsWith('Cache.') &&
      /\.(set|insert|clear|delete|append|remove|copy|move|sort|protect)/i.test(
        name,
      ),
  );
}

describe('custom functions through the bundle on a realistic workbook', () => {
  it('ASN_CAPAIAN(B2; C2; "Turun") and ranges with the value types Sheets passes', () => {
    const {emulator, ctx, sheets} = setup();
    const before = snapshot(sheets);
    const column = (c: number) =>
      sheets.kalkulator.getRange(2, c, 8, 1).getValues();
    const [b, c, d, e] = [1, 2, 3, 4].map(column);
    emulator.calls.reset();
    // Single cells arrive as plain values.
    expect(ctx.ASN_CAPAIAN(b[0][0], c[0][0], 'Turun')).toBe(87.5);
    // Ranges pair row by row; a bad row becomes its own text, in Bahasa Indonesia.
    const out = ctx.ASN_CAPAIAN(b, c, d, e) as unknown[][];
    expect(out.slice(0, 5)).toEqual([
      [87.5], // (2 − 9/8) × 100
      [87.5], // '87,5' of 100
      [110], // Arah blank = Naik; exactly 110
      [''], // realisasi not yet typed: a blank cell, not an error
      ['Realisasi: "true" bukan angka'], // a checkbox is not a number
    ]);
    expect(String(out[5][0])).toMatch(/^Realisasi: ".*" bukan angka$/); // a date is not either
    expect(out[6]).toEqual([130]); // batas 150 lets 130 stand
    expect(out[7]).toEqual(['Batas: "0" bukan angka']);
    // The values come as arguments: the only read is Pengaturan (once), for the language of the
    // row messages. Nothing was written and nothing changed.
    expect(emulator.calls.byMethod()['Range.getValues']).toBe(1);
    expect(writeCalls(emulator)).toEqual([]);
    expect(snapshot(sheets)).toBe(before);
  });

  it('ASN_SCORE / ASN_PREDIKAT read the pipeline Hasil; a range gives one value per row', () => {
    const {emulator, ctx, sheets} = setup();
    const before = snapshot(sheets);
    // Worked numbers of the fixture (test/pipeline/appraise.test.ts): Budi 114 Sangat Baik,
    // Siti 100 Baik, Citra 100 Kurang/Misconduct; Dewi is incomplete (no Nilai Akhir).
    expect(ctx.ASN_SCORE(BUDI, '2026-TW1')).toBe(114);
    expect(
      ctx.ASN_PREDIKAT([
        [BUDI],
        [SITI],
        [CITRA],
        [''],
        ['19900120 201503 1 001'],
      ]),
    ).toEqual([
      ['Sangat Baik'],
      ['Baik'],
      ['Kurang/Misconduct'],
      [''],
      ['Sangat Baik'],
    ]);
    expect(() => ctx.ASN_SCORE(DEWI, '2026-TW1')).toThrow(
      `NIP ${DEWI} periode 2026-TW1 belum punya Nilai Akhir`,
    );
    expect(writeCalls(emulator)).toEqual([]);
    expect(snapshot(sheets)).toBe(before);
  });

  it('a NIP that Sheets turned into a number is refused, not looked up with wrong digits', () => {
    const {ctx} = setup();
    // eslint-disable-next-line no-loss-of-precision
    expect(() => ctx.ASN_SCORE(199001202015031001, '2026-TW1')).toThrow(
      /tersimpan sebagai angka/,
    );
  });

  it('speaks English when Bahasa = en, Indonesian otherwise', () => {
    const en = setup('en').ctx;
    expect(() => en.ASN_CAPAIAN(5, 0)).toThrow(
      'Target must be greater than 0 (now 0)',
    );
    expect(() => en.ASN_SCORE('199', '2026-TW1')).toThrow(
      /^NIP 199 .*2026-TW1/,
    );
    expect(en.ASN_KUADRAN([['Diatas']], [['bogus']])).toEqual([
      [expect.stringMatching(/bogus/)],
    ]);
    const id = setup('id').ctx;
    expect(() => id.ASN_CAPAIAN(5, 0)).toThrow(
      'Target harus lebih dari 0 (sekarang 0)',
    );
    expect(() => id.ASN_NIP('19660801 198803 3 001')).toThrow(
      'digit 15 (3) harus 1 (pria) atau 2 (wanita)',
    );
  });
});
