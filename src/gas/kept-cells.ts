// Reading an appraisal tab so that what people typed in it can be written back exactly as it is
// (a typed text stays text, a formula stays a formula), and writing the texts the add-on copies
// from the inputs so that none becomes a formula (issue 11). The rules: src/sheets/values.ts.

import {
  generatedInputs,
  keptInputs,
  tabGeneratedColumns,
} from '../sheets/values';
import {readValues} from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * A tab's values (one read) with its inputs and the user's own columns as setValues must get them
 * back: formulas and number formats of the same range read in one call each.
 */
export function readTabKeepingInputs(sheet: Sheet): unknown[][] {
  const values = readValues(sheet);
  const width = values[0]?.length ?? 0;
  if (values.length < 2 || !width) return values;
  const range = sheet.getRange(1, 1, values.length, width);
  const generated = tabGeneratedColumns(values[0]);
  return keptInputs(
    values,
    range.getFormulas(),
    range.getNumberFormats(),
    c => !generated.has(c) && c !== nipColumn(values[0]),
  );
}

function nipColumn(header: readonly unknown[]): number {
  return header.findIndex(h => String(h).trim().toUpperCase() === 'NIP');
}

/** A tab's planned values for its one setValues: copied texts behind an apostrophe when needed. */
export function tabInputs(values: unknown[][]): unknown[][] {
  const generated = tabGeneratedColumns(values[0] ?? []);
  return generatedInputs(values, c => generated.has(c));
}
