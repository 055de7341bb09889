// Output sheets the add-on rewrites as a whole (Validasi, Rekap): created when missing, replaced
// with one clearContents and one setValues.

import type {Issue} from '../core/types';
import {type KnownSize, writeTable} from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A sheet made by insertSheet has 1000 rows and 26 columns. */
export const NEW_SHEET_SIZE: KnownSize = {rows: 1000, columns: 26};

export function sheetOrCreate(
  ss: Spreadsheet,
  sheets: Map<string, Sheet>,
  name: string,
): {sheet: Sheet; created: boolean} {
  const existing = sheets.get(name);
  if (existing) return {sheet: existing, created: false};
  const sheet = ss.insertSheet(name);
  sheets.set(name, sheet);
  return {sheet, created: true};
}

/** Replaces a whole output table (header row first): clearContents, then one setValues. */
export function replaceTable(
  ss: Spreadsheet,
  sheets: Map<string, Sheet>,
  name: string,
  rows: unknown[][],
): Sheet {
  const {sheet, created} = sheetOrCreate(ss, sheets, name);
  if (!created) sheet.clearContents();
  writeTable(sheet, rows, {known: created ? NEW_SHEET_SIZE : undefined});
  return sheet;
}

/** Errors (Galat) and warnings among the issues. */
export function issueCounts(issues: Issue[]) {
  const errors = issues.filter(i => i.level === 'Galat').length;
  return {errors, warnings: issues.length - errors};
}
