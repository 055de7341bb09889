import {setup} from './setup';

describe('DataValidation', () => {
  test('data validation round trip', () => {
    const {g, sheet} = setup();
    const rule = g.SpreadsheetApp.newDataValidation()
      .requireValueInList(['Ya', 'Tidak'], true)
      .setAllowInvalid(false)
      .setHelpText('Ya atau Tidak')
      .build();
    sheet.getRange('A2:A3').setDataValidation(rule);
    const got = sheet.getRange('A3').getDataValidation();
    expect(got.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect(got.getCriteriaValues()).toEqual([['Ya', 'Tidak'], true]);
    expect(got.getAllowInvalid()).toBe(false);
    expect(sheet.getRange('A4').getDataValidation()).toBeNull();
  });
});
