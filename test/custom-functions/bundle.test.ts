// The custom functions as they ship: dist/Code.js in the Apps Script emulator, on a realistic
// Hasil sheet, counting the service calls the budgets are about.

import * as fs from 'fs';
import * as path from 'path';
import {createEmulator, type Emulator} from '../../src/local/emulator';
import {loadBundle, type BundleContext} from '../../src/local/loader';
import {HASIL_HEADER, hasilRow} from './fakes';

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
