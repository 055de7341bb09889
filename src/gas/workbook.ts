// Reads the workbook in one batch: one getDataRange().getValues() per sheet read, never per row.
// Service calls are the cost that matters in Apps Script, so everything here is O(sheets).

import {parsePeriod, quartersOf} from '../core/period';
import type {RawWorkbook} from '../sheets/read';
import {periodOfTabName} from '../sheets/read';
import {PENILAIAN_PREFIX, SHEET} from '../sheets/schema';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type SheetKey = keyof typeof SHEET;

export function activeSpreadsheet(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** Every sheet by name: one getSheets() plus one getName() per sheet. */
export function sheetsByName(ss: Spreadsheet): Map<string, Sheet> {
  const map = new Map<string, Sheet>();
  for (const sheet of ss.getSheets()) map.set(sheet.getName(), sheet);
  return map;
}

/** All values of a sheet, row 1 = headers ([] for an empty sheet). */
export function readValues(sheet: Sheet): unknown[][] {
  return sheet.getDataRange().getValues() as unknown[][];
}

/**
 * Whether a tab of period `tabPeriod` feeds period `periode`: the period itself and every shorter
 * period of the same year inside it (an S1 reads TW1 and TW2 tabs; a year reads all of them).
 */
export function tabFeedsPeriod(tabPeriod: string, periode: string): boolean {
  const tab = parsePeriod(tabPeriod);
  const target = parsePeriod(periode);
  if (!tab || !target || tab.year !== target.year) return false;
  const inside = quartersOf(target);
  return quartersOf(tab).every(q => inside.includes(q));
}

export interface ReadOptions {
  /** Contract sheets to read (default: the inputs appraisal needs). */
  tables?: readonly SheetKey[];
  /** Appraisal tabs of the periods feeding this one are read; none when absent. */
  periode?: string;
  /** Read every appraisal tab of every period (summary, period list). */
  allTabs?: boolean;
  /** Also read the tabs whose name starts with this (createTabs: exactly one period's tabs). */
  tabPrefix?: string;
}

export const INPUT_TABLES: readonly SheetKey[] = [
  'pengaturan',
  'unit',
  'pegawai',
  'indikator',
  'skp',
  'perilaku',
  'pelatihan',
  'templateEmail',
];

export interface WorkbookRead {
  ss: Spreadsheet;
  sheets: Map<string, Sheet>;
  raw: RawWorkbook;
  /** Names of all appraisal tabs in the spreadsheet (read or not). */
  tabNames: string[];
}

/** Reads the requested tables and tabs; a missing sheet is simply absent from `raw`. */
export function readWorkbook(options: ReadOptions = {}): WorkbookRead {
  const ss = activeSpreadsheet();
  const sheets = sheetsByName(ss);
  const raw: RawWorkbook = {tables: {}, tabs: []};
  for (const key of options.tables ?? INPUT_TABLES) {
    const sheet = sheets.get(SHEET[key]);
    if (sheet) raw.tables[key] = readValues(sheet);
  }
  const tabNames = [...sheets.keys()].filter(n =>
    n.startsWith(PENILAIAN_PREFIX),
  );
  for (const name of tabNames) {
    const wanted =
      options.allTabs ||
      (options.tabPrefix !== undefined && name.startsWith(options.tabPrefix)) ||
      (options.periode !== undefined &&
        tabFeedsPeriod(periodOfTabName(name), options.periode));
    if (wanted) raw.tabs.push({name, values: readValues(sheets.get(name)!)});
  }
  return {ss, sheets, raw, tabNames};
}

/**
 * Grows a sheet to at least rows x columns: a range beyond the sheet's size throws ("The
 * coordinates of the range are outside the dimensions of the sheet"), and a new sheet has 1000 rows.
 */
export function ensureSize(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) {
    sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  }
}

/**
 * Writes a table's rows below its header in one setValues, and blanks the rows a shrinking table
 * leaves behind (one clearContent). `previousRows` counts the header.
 */
export function writeBlock(
  sheet: Sheet,
  rows: unknown[][],
  previousRows: number,
  startRow = 1,
  textColumns: readonly number[] = [],
): void {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  if (rows.length && width) {
    ensureSize(sheet, startRow - 1 + rows.length, width);
    // NIP columns as text before writing: rows added since setup lack the '@' format, and an
    // 18-digit NIP written into a number cell loses its last digits.
    for (const column of textColumns) {
      sheet.getRange(startRow, column, rows.length, 1).setNumberFormat('@');
    }
    const padded = rows.map(r =>
      r.length === width ? r : [...r, ...new Array(width - r.length).fill('')],
    );
    sheet.getRange(startRow, 1, padded.length, width).setValues(padded);
  }
  const end = startRow - 1 + rows.length;
  if (previousRows > end) {
    sheet
      .getRange(end + 1, 1, previousRows - end, Math.max(width, 1))
      .clearContent();
  }
}

export type LockOutcome<T> = {ok: true; value: T} | {ok: false};

/**
 * Runs `fn` holding the document lock, so two recomputes (or a recompute and a send chunk) never
 * interleave. Waits up to 30 s; {ok: false} when another execution keeps it.
 */
export function withDocumentLock<T>(
  fn: () => T,
  waitMs = 30000,
): LockOutcome<T> {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(waitMs)) return {ok: false};
  try {
    return {ok: true, value: fn()};
  } finally {
    lock.releaseLock();
  }
}
