// Range.setBorder and Sheet.getRangeList in the emulator, and borders kept in .xlsx.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {createEmulator} from '../../src/local/emulator';
import {readWorkbook, writeWorkbook} from '../../src/local/xlsx';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

function setup() {
  const emu = createEmulator({});
  const g = emu.globals as Any;
  const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  const model = () => emu.workbook.sheets[0];
  return {
    emu,
    g,
    sheet,
    border: (r: number, c: number) => model().get('border', r, c),
  };
}

describe('Range.setBorder', () => {
  it('draws the outer edges and inner lines asked for, and leaves null sides alone', () => {
    const {g, sheet, border} = setup();
    sheet
      .getRange('B2:C3')
      .setBorder(
        true,
        null,
        true,
        null,
        null,
        true,
        '#ff0000',
        g.SpreadsheetApp.BorderStyle.DASHED,
      );
    expect(border(2, 2)).toEqual({
      top: 'DASHED #ff0000',
      bottom: 'DASHED #ff0000',
    });
    expect(border(3, 3)).toEqual({
      top: 'DASHED #ff0000',
      bottom: 'DASHED #ff0000',
    });
    expect(border(1, 2)).toBeUndefined();
    // false removes, null keeps; default colour black, style SOLID.
    sheet.getRange('B2:C2').setBorder(false, true, null, null, null, null);
    expect(border(2, 2)).toEqual({
      left: 'SOLID #000000',
      bottom: 'DASHED #ff0000',
    });
    expect(border(2, 3)).toEqual({bottom: 'DASHED #ff0000'});
    expect(() =>
      sheet
        .getRange('A1')
        .setBorder(true, true, true, true, true, true, null, 'WAVY'),
    ).toThrow(/style/);
  });

  it('RangeList: one counted call formats every range and writes all their cells', () => {
    const {emu, sheet, border} = setup();
    emu.calls.reset();
    const list = sheet.getRangeList(['A1:B1', 'D4:D5']);
    list.setBackground('#fff8dc').setBorder(null, null, true, null, null, null);
    expect(list.getRanges().map((r: Any) => r.getA1Notation())).toEqual([
      'A1:B1',
      'D4:D5',
    ]);
    expect(sheet.getRange('B1').getBackground()).toBe('#fff8dc');
    expect(sheet.getRange('D5').getBackground()).toBe('#fff8dc');
    expect(sheet.getRange('C1').getBackground()).toBe('#ffffff');
    expect(border(5, 4)).toEqual({bottom: 'SOLID #000000'});
    expect(border(4, 4)).toBeUndefined();
    expect(emu.calls.count('RangeList.setBackground')).toBe(1);
    expect(emu.calls.count('Range.setBackground')).toBe(0);
    expect(() => sheet.getRangeList([])).toThrow();
  });

  it('clearFormat removes borders, and borders survive an .xlsx round trip', async () => {
    const {emu, g, sheet, border} = setup();
    sheet.getRange('A1:B1').setValues([['x', 'y']]);
    sheet
      .getRange('A1:B1')
      .setBorder(
        null,
        null,
        true,
        null,
        null,
        null,
        '#8c8c8c',
        g.SpreadsheetApp.BorderStyle.SOLID_MEDIUM,
      );
    // C3 is blank; its row holds a value (ExcelJS's writer drops rows without any value).
    sheet.getRange('A3').setValue('z');
    sheet.getRange('C3').setBorder(true, true, true, true, null, null);
    const file = path.join(
      fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-b-')),
      'b.xlsx',
    );
    await writeWorkbook(emu.workbook, file);
    const back = await readWorkbook(file);
    expect(back.sheets[0].get('border', 1, 2)).toEqual({
      bottom: 'SOLID_MEDIUM #8c8c8c',
    });
    expect(back.sheets[0].get('border', 3, 3)).toEqual({
      top: 'SOLID #000000',
      left: 'SOLID #000000',
      bottom: 'SOLID #000000',
      right: 'SOLID #000000',
    });
    sheet.getRange('A1:B1').clearFormat();
    expect(border(1, 1)).toBeUndefined();
  });
});
