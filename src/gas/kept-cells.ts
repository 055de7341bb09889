// Reading an appraisal tab so that what people typed in it can be written back exactly as it is
// (a typed text stays text, a formula stays a formula), and making the columns of the texts the
// add-on copies from the inputs plain text so that none becomes a formula (issue 11). The rules:
// src/sheets/values.ts.

import {keptInputs, tabTextColumns} from '../sheets/values';
import {readValues, textColumnRuns} from './workbook';

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
  const text = tabTextColumns(values[0]);
  return keptInputs(
    values,
    range.getFormulas(),
    range.getNumberFormats(),
    c => !text.has(c),
  );
}

/**
 * Makes a tab's copied-text columns (NIP, Nama, Uraian...: tabTextColumns) plain text for its
 * first `rows` rows: one setNumberFormat per run of adjacent columns (one in the contract layout).
 */
export function formatTabText(
  sheet: Sheet,
  header: readonly unknown[],
  rows: number,
): void {
  const columns = [...tabTextColumns(header)].map(c => c + 1);
  for (const [first, last] of textColumnRuns(columns, () => false))
    sheet.getRange(1, first, rows, last - first + 1).setNumberFormat('@');
}
