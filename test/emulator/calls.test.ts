import {setup} from './setup';

describe('call counting', () => {
  test('every public call is counted once, internals are not', () => {
    const {emu, g} = setup();
    emu.calls.reset();
    const sheet =
      g.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1');
    sheet.getRange('A1:B2').setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.getRange(1, 1, 2, 2).getValues();
    sheet.appendRow([5, 6]);
    expect(emu.calls.byMethod()).toEqual({
      'Range.getValues': 1,
      'Range.setValues': 1,
      'Sheet.appendRow': 1,
      'Sheet.getRange': 2,
      'Spreadsheet.getSheetByName': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
    expect(emu.calls.total('Range.')).toBe(2);
    expect(emu.calls.total()).toBe(7);
    expect(emu.calls.count('Range.getValues')).toBe(1);
  });
});
