// The 10 million cell limit of a spreadsheet, counted over every sheet's grid (docs/PLATFORM-LIMITS.md §1).
import {CELL_LIMIT_MESSAGE} from '../../src/local/emulator/limits';
import {type Any, setup} from './setup';

/** Sheet1 grown to 384,615 x 26 = 9,999,990 cells: 10 short of the limit. */
function nearlyFull() {
  const s = setup();
  s.sheet.insertRowsAfter(1000, 384_615 - 1000);
  return s;
}

function thrown(action: () => unknown): Any {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the action to throw');
}

describe('the 10 million cell limit', () => {
  test('a new sheet counts its whole 1,000 x 26 grid, empty cells included', () => {
    const {ss} = setup();
    const added = ss.insertSheet('Kosong');
    expect([added.getMaxRows(), added.getMaxColumns()]).toEqual([1000, 26]);
  });

  test("growing past the limit throws Google's text and changes nothing", () => {
    const {ss, sheet} = nearlyFull();
    expect(sheet.getMaxRows()).toBe(384_615);
    const error = thrown(() => sheet.insertRowsAfter(1, 1));
    expect(error.name).toBe('Exception');
    expect(error.message).toBe(CELL_LIMIT_MESSAGE);
    expect(() => sheet.insertColumnsAfter(26, 1)).toThrow(CELL_LIMIT_MESSAGE);
    expect(() => ss.insertSheet('Hasil')).toThrow(CELL_LIMIT_MESSAGE);
    expect(sheet.getMaxRows()).toBe(384_615);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(ss.getSheets()).toHaveLength(1);
  });

  test('appendRow fills the grid it has, but may not grow it past the limit', () => {
    const {sheet} = nearlyFull();
    sheet.getRange(384_614, 1).setValue('isi');
    sheet.appendRow(['baris terakhir']);
    expect(sheet.getRange(384_615, 1).getValue()).toBe('baris terakhir');
    expect(() => sheet.appendRow(['satu lagi'])).toThrow(CELL_LIMIT_MESSAGE);
    expect(sheet.getMaxRows()).toBe(384_615);
  });

  test('deleting rows makes room again', () => {
    const {ss, sheet} = nearlyFull();
    sheet.deleteRows(2, 1000);
    expect(ss.insertSheet('Hasil').getMaxRows()).toBe(1000);
  });
});
