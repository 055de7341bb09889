// The custom functions as they ship: dist/Code.js in the Apps Script emulator, on a realistic
// Hasil sheet, counting the service calls the budgets are about.

import * as fs from 'fs';
import * as path from 'path';
import {createEmulator, type Emulator} from '../../src/local/emulator';
import {loadBundle, type BundleContext} from '../../src/local/loader';
import {HASIL_HEADER, hasilRow} from '../support/workbook';
import {parseWorkbook} from '../../src/sheets/read';
import {appraisePeriod} from '../../src/core/appraise/period';
import {hasilRows} from '../../src/sheets/hasil';
import {HEADERS} from '../../src/sheets/schema';
import {BUDI, CITRA, DEWI, SITI, TODAY, fixture} from '../pipeline/fixture';

jest.setTimeout(30_000);

const repo = path.join(__dirname, '../..');
const CODE = path.join(repo, 'dist/Code.js');

const NIPS = Array.from(
  {length: 300},
  (_, i) => `1990020220150${i % 2 ? 1 : 2}${String(i).padStart(4, '0')}`,
);

function setup(): {emulator: Emulator; ctx: BundleContext} {
  const emulator = createEmulator({
    now: () => new Date('2026-04-02T03:00:00Z'),
  });
  const app = emulator.globals
    .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  const pengaturan = ss.insertSheet('Pengaturan');
  pengaturan.getRange(1, 1, 4, 2).setValues([
    ['Kunci', 'Nilai'],
    ['Periode Aktif', '2026-TW1'],
    ['Model Penilaian', 'KUADRAN'],
    ['Bahasa', 'id'],
  ]);
  const rows: unknown[][] = [HASIL_HEADER];
  NIPS.forEach((nip, i) => {
    rows.push(
      hasilRow(
        '2026-TW1',
        nip,
        80 + (i % 40) * 0.75,
        i % 3 ? 'Baik' : 'Sangat Baik',
      ),
    );
    rows.push(
      hasilRow('2025-TW4', nip, 70 + (i % 40) * 0.75, 'Butuh Perbaikan'),
    );
  });
  const hasil = ss.insertSheet('Hasil');
  // NIP and NIP Atasan columns as plain text, as the add-on writes them: Sheets would turn an
  // 18-digit string into a number (and lose digits) otherwise.
  hasil.getRange(1, 2, rows.length, 1).setNumberFormat('@');
  hasil.getRange(1, 5, rows.length, 1).setNumberFormat('@');
  hasil.getRange(1, 1, rows.length, HASIL_HEADER.length).setValues(rows);
  const ctx = loadBundle(emulator, CODE, {customFunction: true});
  emulator.calls.reset();
  return {emulator, ctx};
}

describe('custom functions in the built bundle', () => {
  it('declares each function at top level with @customfunction in its JSDoc', () => {
    const code = fs.readFileSync(CODE, 'utf8');
    for (const name of [
      'ASN_SCORE',
      'ASN_PREDIKAT',
      'ASN_CAPAIAN',
      'ASN_KUADRAN',
      'ASN_IKM',
      'ASN_NIP',
    ]) {
      const match = new RegExp(
        `/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nfunction ${name}\\(`,
      ).exec(code);
      expect([name, match !== null]).toEqual([name, true]);
      expect(match![1]).toContain('@customfunction');
      expect(match![1]).toContain('Contoh: =');
      expect(match![1]).toMatch(/@param \{[^}]+\} \w+ /);
    }
    // Internal modules are not entry points.
    expect(code).not.toMatch(
      /\nfunction (readHasilIndex|invalidateHasilCache)\(/,
    );
  });

  it('ASN_CAPAIAN works on values and ranges without touching the sheets', () => {
    const {emulator, ctx} = setup();
    expect(ctx.ASN_CAPAIAN(9, 8, 'Turun')).toBe(87.5);
    expect(
      ctx.ASN_CAPAIAN([[9], ['110']], [[8], [100]], [['Turun'], ['Naik']]),
    ).toEqual([[87.5], [110]]);
    expect(emulator.calls.count('Range.getValues')).toBe(0);
    expect(() => ctx.ASN_CAPAIAN(5, 0)).toThrow('Target harus lebih dari 0');
  });

  it('ASN_SCORE reads Hasil once for a whole column, and the next call comes from the cache', () => {
    const {emulator, ctx} = setup();
    const column = NIPS.map(nip => [nip]);
    const scores = ctx.ASN_SCORE(column) as unknown[][];
    expect(scores).toHaveLength(300);
    expect(scores[0]).toEqual([80]);
    expect(scores[41]).toEqual([80.75]);
    // One read of Hasil, plus one of Pengaturan for the default period (Periode Aktif): no
    // recompute has run yet, so there is no kinerja.settings property to take it from.
    expect(emulator.calls.count('Range.getValues')).toBe(2);

    emulator.calls.reset();
    const again = loadBundle(emulator, CODE, {customFunction: true}); // another execution, as the next recalculation is
    expect(again.ASN_SCORE([[NIPS[0]], [NIPS[1]]])).toEqual([[80], [80.75]]);
    expect(again.ASN_PREDIKAT(NIPS[0], '2025-TW4')).toBe('Butuh Perbaikan');
    expect(emulator.calls.count('Range.getValues')).toBe(0);
  });

  it('with the period given, one getValues in all; Pengaturan is read only to word a problem', () => {
    const {emulator, ctx} = setup();
    expect(ctx.ASN_PREDIKAT([[NIPS[0]], [NIPS[1]]], '2026-TW1')).toEqual([
      ['Sangat Baik'],
      ['Baik'],
    ]);
    expect(emulator.calls.count('Range.getValues')).toBe(1);
    expect(ctx.ASN_PREDIKAT([[NIPS[0]], ['199']], '2026-TW1')).toEqual([
      ['Sangat Baik'],
      ['NIP 199 tidak ada di sheet Hasil untuk periode 2026-TW1'],
    ]);
    expect(emulator.calls.count('Range.getValues')).toBe(2); // + Pengaturan for Bahasa
  });

  it('a single unknown NIP is an Error with the message (the #ERROR! tooltip)', () => {
    const {ctx} = setup();
    expect(() => ctx.ASN_SCORE('199')).toThrow(
      'NIP 199 tidak ada di sheet Hasil untuk periode 2026-TW1',
    );
  });

  it('ASN_NIP returns a Date of the bundle realm and text columns', () => {
    const {ctx} = setup();
    const [[birth, tmt, gender, status]] = ctx.ASN_NIP('19660801 198803 1 001');
    expect(Object.prototype.toString.call(birth)).toBe('[object Date]');
    expect([birth.getFullYear(), birth.getMonth(), birth.getDate()]).toEqual([
      1966, 7, 1,
    ]);
    expect([tmt, gender, status]).toEqual(['1988-03', 'Pria', 'PNS']);
  });

  it('ASN_KUADRAN and ASN_IKM', () => {
    const {ctx} = setup();
    expect(ctx.ASN_KUADRAN('Di Atas Ekspektasi', 'Sesuai Ekspektasi')).toBe(
      'Baik',
    );
    let lower = 89;
    const answers = Array.from({length: 29}, () =>
      Array.from({length: 9}, () => (lower-- > 0 ? 3 : 4)),
    );
    const [[value, mutu, kinerja]] = ctx.ASN_IKM(answers, '1/9', true);
    expect(Math.round(value * 100) / 100).toBe(91.48);
    expect([mutu, kinerja]).toEqual(['A', 'Sangat Baik']);
  });
});

// Arguments as Sheets passes them (numbers, text, booleans, '' for empty cells, Date objects, 2-D
// arrays for ranges) on a Hasil produced by the real pipeline; messages in Bahasa Indonesia
// (English with Bahasa = en), and no writes.
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The fixture workbook's Hasil as the pipeline writes it, Pengaturan, and a calculator sheet. */
function setupRealistic(bahasa: 'id' | 'en' = 'id'): {
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
    const {emulator, ctx, sheets} = setupRealistic();
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
    const {emulator, ctx, sheets} = setupRealistic();
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
    const {ctx} = setupRealistic();
    // eslint-disable-next-line no-loss-of-precision
    expect(() => ctx.ASN_SCORE(199001202015031001, '2026-TW1')).toThrow(
      /tersimpan sebagai angka/,
    );
  });

  it('speaks English when Bahasa = en, Indonesian otherwise', () => {
    const en = setupRealistic('en').ctx;
    expect(() => en.ASN_CAPAIAN(5, 0)).toThrow(
      'Target must be greater than 0 (now 0)',
    );
    expect(() => en.ASN_SCORE('199', '2026-TW1')).toThrow(
      /^NIP 199 .*2026-TW1/,
    );
    expect(en.ASN_KUADRAN([['Diatas']], [['bogus']])).toEqual([
      [expect.stringMatching(/bogus/)],
    ]);
    const id = setupRealistic('id').ctx;
    expect(() => id.ASN_CAPAIAN(5, 0)).toThrow(
      'Target harus lebih dari 0 (sekarang 0)',
    );
    expect(() => id.ASN_NIP('19660801 198803 3 001')).toThrow(
      'digit 15 (3) harus 1 (pria) atau 2 (wanita)',
    );
  });
});
