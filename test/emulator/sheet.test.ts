import {setup} from './setup';

describe('Sheet', () => {
  test('getLastRow after deleteRows and appendRow', () => {
    const {sheet} = setup();
    sheet.getRange('A1:A5').setValues([[1], [2], [3], [4], [5]]);
    sheet.deleteRows(4, 2);
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getMaxRows()).toBe(998);
    sheet.appendRow(['x', 'y']);
    expect(sheet.getRange('A4:B4').getValues()).toEqual([['x', 'y']]);
    sheet.insertRowsBefore(1, 2);
    expect(sheet.getRange('A3').getValue()).toBe(1);
    expect(sheet.getLastRow()).toBe(6);
  });

  test('frozen rows, widths, hidden, tab colour, data range', () => {
    const {ss, sheet} = setup();
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(2, 180);
    sheet.setTabColor('#ff0000');
    ss.insertSheet('Other');
    sheet.hideSheet();
    expect([
      sheet.getFrozenRows(),
      sheet.getColumnWidth(2),
      sheet.getTabColor(),
      sheet.isSheetHidden(),
    ]).toEqual([1, 180, '#ff0000', true]);
    sheet.getRange('B3').setValue(1);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B3');
  });
});

describe('Sheet.getSheetValues', () => {
  it.each([
    // [startRow, startColumn, numRows, numColumns, expected]
    [
      1,
      1,
      -1,
      -1,
      [
        ['a', 'b', ''],
        [1, 2, 3],
      ],
    ],
    [2, 2, -1, -1, [[2, 3]]],
    [1, 2, 2, 1, [['b'], [2]]],
    [1, 1, 1, -1, [['a', 'b', '']]],
    [-1, -1, 1, 1, [[3]]],
  ] as const)(
    'getSheetValues(%p, %p, %p, %p): -1 means the last row/column with data',
    (row, col, rows, cols, expected) => {
      const {emu, sheet} = setup();
      sheet.getRange(1, 1, 2, 3).setValues([
        ['a', 'b', ''],
        [1, 2, 3],
      ]);
      emu.calls.reset();
      expect(sheet.getSheetValues(row, col, rows, cols)).toEqual(expected);
      // One call, counted as itself (no Range call behind it).
      expect(emu.calls.byMethod()).toEqual({'Sheet.getSheetValues': 1});
    },
  );

  it('reads an empty sheet as one empty cell, as getDataRange().getValues() does', () => {
    const {sheet} = setup();
    expect(sheet.getSheetValues(1, 1, -1, -1)).toEqual([['']]);
    expect(sheet.getSheetValues(1, 1, -1, -1)).toEqual(
      sheet.getDataRange().getValues(),
    );
  });
});

describe('inserted rows take the formatting of their neighbour', () => {
  it.each([
    // method, position, rows inserted, their format: after row p, row p's; before row p, row p's
    // (which moves down).
    ['insertRowsAfter', 2, [3, 4], '@'],
    ['insertRowAfter', 3, [4], '0.00'],
    ['insertRowsBefore', 2, [2, 3], '@'],
    ['insertRowBefore', 4, [4], 'dd/MM/yyyy'],
  ] as const)('%s(%p) → rows %p get %p', (method, at, rows, format) => {
    const {sheet} = setup();
    sheet.getRange(1, 1).setNumberFormat('#,##0');
    sheet.getRange(2, 1).setNumberFormat('@');
    sheet.getRange(2, 1).setBackground('#ff0000');
    sheet.getRange(3, 1).setNumberFormat('0.00');
    sheet.getRange(4, 1).setNumberFormat('dd/MM/yyyy');
    const s = sheet as unknown as Record<string, (...a: number[]) => void>;
    if (method.includes('Rows')) s[method](at, rows.length);
    else s[method](at);
    for (const r of rows) {
      expect([r, sheet.getRange(r, 1).getNumberFormat()]).toEqual([r, format]);
    }
    // Row 1 is never touched; the neighbours keep their own format.
    expect(sheet.getRange(1, 1).getNumberFormat()).toBe('#,##0');
  });

  it('growing a sheet at its end copies the last row: NIP columns stay text', () => {
    const {sheet} = setup();
    sheet.getRange(1, 2, 1000, 1).setNumberFormat('@');
    sheet.insertRowsAfter(sheet.getMaxRows(), 500);
    expect(sheet.getMaxRows()).toBe(1500);
    expect(sheet.getRange(1500, 2).getNumberFormat()).toBe('@');
    sheet.getRange(1500, 2).setValue('199002022015012002');
    expect(sheet.getRange(1500, 2).getValue()).toBe('199002022015012002');
  });
});
