import {type Any, setup} from './setup';

describe('Spreadsheet', () => {
  test('insertSheet duplicate name throws like Sheets', () => {
    const {ss} = setup();
    ss.insertSheet('Pegawai');
    expect(() => ss.insertSheet('Pegawai')).toThrow(
      'A sheet with the name "Pegawai" already exists. Please enter another name.',
    );
    expect(ss.getSheets().map((s: Any) => s.getName())).toEqual([
      'Sheet1',
      'Pegawai',
    ]);
    ss.insertSheet('Unit', 0);
    expect(ss.getSheetByName('Unit').getIndex()).toBe(1);
    expect(ss.getSheetByName('Hilang')).toBeNull();
  });

  test('named ranges follow inserted rows', () => {
    const {ss, sheet} = setup();
    ss.setNamedRange('Data', sheet.getRange('A2:B3'));
    sheet.insertRowsBefore(1, 1);
    expect(ss.getRangeByName('Data').getA1Notation()).toBe('A3:B4');
    expect(ss.getRangeByName('None')).toBeNull();
  });
});
