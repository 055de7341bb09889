// readValues: one getSheetValues per sheet, and a sheet with no data at all still reads as one
// empty cell when getSheetValues refuses the -1 extent (the reference leaves that case open).
import {readValues} from '../../src/gas/workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function fakeSheet(values: unknown[][] | null): Sheet & {calls: string[]} {
  const calls: string[] = [];
  return {
    calls,
    getSheetValues: () => {
      calls.push('getSheetValues');
      if (!values)
        throw new Error('The number of rows in the range must be at least 1.');
      return values;
    },
    getDataRange: () => {
      calls.push('getDataRange');
      return {getValues: () => [['']]};
    },
  } as unknown as Sheet & {calls: string[]};
}

describe('readValues', () => {
  it('reads a sheet with data in one getSheetValues call', () => {
    const sheet = fakeSheet([['NIP'], ['198001012005011001']]);
    expect(readValues(sheet)).toEqual([['NIP'], ['198001012005011001']]);
    expect(sheet.calls).toEqual(['getSheetValues']);
  });

  it('falls back to getDataRange when getSheetValues refuses an empty sheet', () => {
    const sheet = fakeSheet(null);
    expect(readValues(sheet)).toEqual([['']]);
    expect(sheet.calls).toEqual(['getSheetValues', 'getDataRange']);
  });
});
