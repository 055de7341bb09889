import {setup} from './setup';

describe('Range values', () => {
  test('1-based indexing and empty cells read as empty strings', () => {
    const {sheet} = setup();
    sheet.getRange(2, 3).setValue(5);
    expect(sheet.getRange(1, 1, 2, 3).getValues()).toEqual([
      ['', '', ''],
      ['', '', 5],
    ]);
    expect(sheet.getRange('C2').getValue()).toBe(5);
    expect(sheet.getLastRow()).toBe(2);
    expect(sheet.getLastColumn()).toBe(3);
  });

  test.each([
    [
      [[1, 2]],
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    ],
    [
      [[1], [2]],
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    ],
  ])('setValues dimension mismatch %j', (data, message) => {
    const {sheet} = setup();
    expect(() => sheet.getRange('A1:B2').setValues(data)).toThrow(message);
  });

  test.each([
    [
      '196608011988031001',
      196608011988031000,
      'General cell turns a NIP into a number (precision lost)',
    ],
    ['007', 7, 'leading zeros are lost'],
    ['87.5', 87.5, 'decimal'],
    ['1,250.5', 1250.5, 'grouping'],
    ['50%', 0.5, 'percent'],
    ['TRUE', true, 'boolean'],
    ["'0123", '0123', 'apostrophe forces text'],
    ['2026-TW1', '2026-TW1', 'period code stays text'],
    ['Budi', 'Budi', 'plain text'],
  ] as [string, unknown, string][])(
    'General cell: %j -> %j (%s)',
    (input, expected) => {
      const {sheet} = setup();
      sheet.getRange('A1').setValues([[input]]);
      expect(sheet.getRange('A1').getValue()).toEqual(expected);
    },
  );

  test("'@' text format keeps numeric-looking strings as text", () => {
    const {sheet} = setup();
    const col = sheet.getRange('A1:A2');
    col.setNumberFormat('@');
    col.setValues([['196608011988031001'], ['007']]);
    expect(col.getValues()).toEqual([['196608011988031001'], ['007']]);
    expect(col.getDisplayValues()).toEqual([['196608011988031001'], ['007']]);
  });

  test('an ISO date string becomes a Date at midnight in the spreadsheet time zone', () => {
    const {sheet} = setup({timeZone: 'Asia/Makassar'});
    sheet.getRange('A1').setValue('2026-03-31');
    const v = sheet.getRange('A1').getValue();
    expect(v).toBeInstanceOf(Date);
    expect(v.toISOString()).toBe('2026-03-30T16:00:00.000Z');
  });

  test("'=' sets a formula; value stays '' and getFormulas returns it", () => {
    const {sheet} = setup();
    sheet.getRange('A1:B1').setValues([['=ASN_SCORE(A2)', 'x']]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([
      ['=ASN_SCORE(A2)', ''],
    ]);
    expect(sheet.getRange('A1').getValue()).toBe('');
    sheet.getRange('A1').setValue('plain');
    expect(sheet.getRange('A1').getFormula()).toBe('');
  });

  test.each([
    [1234.5, '#,##0.00', '1,234.50'],
    [1234.5, '#,##0', '1,235'],
    [0.875, '0%', '88%'],
    [0.875, '0.0%', '87.5%'],
    [87.456, '0.00', '87.46'],
    [196608011988031000, 'General', '1.96608E+17'],
    [42, '@', '42'],
    [true, 'General', 'TRUE'],
  ])('display of %j with %j is %j', (value, format, shown) => {
    const {sheet} = setup();
    sheet.getRange('A1').setNumberFormat(format).setValue(value);
    expect(sheet.getRange('A1').getDisplayValue()).toBe(shown);
  });

  test.each([
    ['yyyy-mm-dd', '2026-01-05'],
    ['dd/mm/yyyy', '05/01/2026'],
    ['dd mmm yyyy hh:mm', '05 Jan 2026 09:30'],
  ])('date display %j', (format, shown) => {
    const {sheet} = setup();
    sheet
      .getRange('A1')
      .setNumberFormat(format)
      .setValue(new Date('2026-01-05T02:30:00Z'));
    expect(sheet.getRange('A1').getDisplayValues()).toEqual([[shown]]);
  });

  test.each([
    [() => 0, 1, 'The starting row of the range is too small.'],
    [() => 1, 0, 'The starting column of the range is too small.'],
    [
      () => 1001,
      1,
      'The coordinates of the range are outside the dimensions of the sheet.',
    ],
  ])('getRange out of bounds throws', (row, col, message) => {
    const {sheet} = setup();
    expect(() => sheet.getRange(row(), col)).toThrow(message);
  });
});

describe('A1 notation', () => {
  test.each([
    ['A1', 1, 1, 1, 1, 'A1'],
    ['B2:C5', 2, 2, 4, 2, 'B2:C5'],
    ['A:A', 1, 1, 1000, 1, 'A1:A1000'],
    ['A2:C', 2, 1, 999, 3, 'A2:C1000'],
    ['1:1', 1, 1, 1, 26, 'A1:Z1'],
    ['$B$3', 3, 2, 1, 1, 'B3'],
    ['Z10', 10, 26, 1, 1, 'Z10'],
  ])('%s', (a1, row, col, numRows, numCols, back) => {
    const {sheet} = setup();
    const r = sheet.getRange(a1);
    expect([
      r.getRow(),
      r.getColumn(),
      r.getNumRows(),
      r.getNumColumns(),
    ]).toEqual([row, col, numRows, numCols]);
    expect(r.getA1Notation()).toBe(back);
  });

  test('sheet-qualified reference through the spreadsheet', () => {
    const {ss} = setup();
    const s = ss.insertSheet('My Sheet');
    s.getRange('B2').setValue('x');
    expect(ss.getRange("'My Sheet'!B2").getValue()).toBe('x');
    expect(() => ss.getRange('Nope!A1')).toThrow('Range not found');
    expect(() => s.getRange('A')).toThrow('Range not found');
  });
});

describe('Range styles', () => {
  test('each attribute reads its default until set, one cell or a grid at a time', () => {
    const {sheet} = setup();
    const r = sheet.getRange('A1:B1');
    expect([
      r.getBackground(),
      r.getFontColor(),
      r.getFontWeight(),
      r.getNumberFormat(),
      r.getHorizontalAlignment(),
      r.getWrap(),
      r.getNote(),
      r.getDataValidation(),
    ]).toEqual([
      '#ffffff',
      '#000000',
      'normal',
      '0.###############',
      'general',
      false,
      '',
      null,
    ]);
    r.setBackgrounds([['#ff0000', null]]).setFontWeight('bold');
    r.setFontColors([['#00ff00', '']]).setNotes([['', 'Catatan']]);
    expect(r.getBackgrounds()).toEqual([['#ff0000', '#ffffff']]);
    expect(r.getFontWeights()).toEqual([['bold', 'bold']]);
    expect(r.getFontColors()).toEqual([['#00ff00', '#000000']]);
    expect(r.getNotes()).toEqual([['', 'Catatan']]);
    expect(() => r.setBackgrounds([['#ff0000']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(() => r.setNumberFormats('0' as never)).toThrow(
      "The parameters (string) don't match the method signature for SpreadsheetApp.Range.setNumberFormats.",
    );
  });
});
