// Reading an appraisal tab so that what people typed in it can be written back exactly as it is
// (a typed text stays text, a formula stays a formula), and making the columns of the texts the
// add-on copies from the inputs plain text so that none becomes a formula (issue 11). The rules:
// src/sheets/values.ts.

import {keptInputs, parsesAsOther, tabTextColumns} from '../sheets/values';
import {normalizeHeader} from '../sheets/schema';
import {headerColumns} from '../sheets/table';
import {readValues, textColumnRuns} from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * A tab's values (one read) with its inputs and the user's own columns as setValues must get them
 * back. Formulas are read only over the columns kept (Realisasi..Alasan and the user's own: one
 * call, 5 of 13 columns in the contract layout), and number formats only when a kept text would
 * parse as something else (rare): reading both of every whole tab tripled a refresh's cells (at
 * 10,000 employees 476 s pessimistic, past the 6-minute limit).
 */
export function readTabKeepingInputs(sheet: Sheet): unknown[][] {
  const values = readValues(sheet);
  const width = values[0]?.length ?? 0;
  if (values.length < 2 || !width) return values;
  const text = tabTextColumns(values[0]);
  const target = headerColumns(values[0])[normalizeHeader('Target')];
  const kept = (c: number) => !text.has(c) && c !== (target ?? 0) - 1;
  let first = 0;
  while (first < width && !kept(first)) first++;
  if (first >= width) return values;
  const span = width - first;
  const formulas = sheet
    .getRange(1, first + 1, values.length, span)
    .getFormulas()
    .map(row => [...new Array<string>(first).fill(''), ...row]);
  const needsFormat = values.some(
    (row, r) =>
      r > 0 &&
      row.some(
        (v, c) =>
          kept(c) &&
          typeof v === 'string' &&
          !formulas[r][c] &&
          parsesAsOther(v),
      ),
  );
  const formats = needsFormat
    ? sheet
        .getRange(1, first + 1, values.length, span)
        .getNumberFormats()
        .map(row => [...new Array<string>(first).fill(''), ...row])
    : [];
  return keptInputs(values, formulas, formats, c => !text.has(c));
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
