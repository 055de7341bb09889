// The audit trail's Spreadsheet side and the workflow's document properties.
// - Edits in input sheets and appraisal tabs are logged by the installable onEdit trigger.
// - Supervisor overrides are logged by recompute once (rows built in sheets/log-perubahan.ts).

import {
  LOG_ARCHIVE_MAX_ROWS,
  LOG_ARCHIVE_SHEET,
  LOG_MAX_ROWS,
  LOG_PERUBAHAN_HEADER,
  LOG_ROTATE_ROWS,
  logLinesUnder,
} from '../sheets/log-perubahan';
import {SHEET} from '../sheets/schema';
import {trimNewSheet} from './output-sheets';
import {activeSpreadsheet, contractSheet, rangeFor} from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const PROP_STALE = 'kinerja.stale';
export const lastComputedKey = (period: string) =>
  `kinerja.lastComputed.${period}`;

export function markStale(): void {
  PropertiesService.getDocumentProperties().setProperty(PROP_STALE, '1');
}

/** Log time in the spreadsheet's own time zone (WIB, WITA or WIT). */
export function logTime(date: Date, timeZone: string): string {
  return Utilities.formatDate(date, timeZone, 'yyyy-MM-dd HH:mm:ss');
}

/**
 * Appends rows (contract order) to Log Perubahan, placing each value under its header (users may
 * reorder columns). Creates the sheet with its header when missing. O(1) calls, any row count.
 */
export function appendLog(rows: unknown[][]): void {
  if (rows.length === 0) return;
  const ss = activeSpreadsheet();
  let sheet = contractSheet(ss, SHEET.logPerubahan);
  let header: unknown[];
  if (!sheet) {
    sheet = newLogSheet(SHEET.logPerubahan, LOG_PERUBAHAN_HEADER);
    header = [...LOG_PERUBAHAN_HEADER];
  } else {
    const width = Math.max(sheet.getLastColumn(), LOG_PERUBAHAN_HEADER.length);
    header = sheet.getRange(1, 1, 1, width).getValues()[0];
  }
  appendLogUnder(sheet, header, rows);
}

/**
 * Appends rows below the last row of a Log Perubahan whose header row is known. The last row is
 * asked for just before writing, so an edit logged meanwhile is never overwritten.
 */
export function appendLogUnder(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  header: readonly unknown[],
  rows: unknown[][],
): void {
  if (rows.length === 0) return;
  const out = logLinesUnder(header, rows);
  let last = Math.max(sheet.getLastRow(), 1);
  if (last - 1 >= LOG_MAX_ROWS + LOG_ROTATE_ROWS) {
    last = rotateLog(sheet, out[0].length, last);
  }
  const start = last + 1;
  const target = rangeFor(sheet, start, 1, out.length, out[0].length);
  target.setNumberFormat('@');
  target.setValues(out);
}

/** A new log sheet with its header row, frozen, its grid as wide as the header (not 26 columns). */
function newLogSheet(name: string, header: readonly unknown[]): Sheet {
  const sheet = activeSpreadsheet().insertSheet(name);
  trimNewSheet(sheet, 2, header.length);
  const first = sheet.getRange(1, 1, 1, header.length);
  first.setNumberFormat('@');
  first.setValues([[...header]]);
  sheet.setFrozenRows(1);
  return sheet;
}

/**
 * Moves the oldest rows of Log Perubahan (`last`: its last row) to the archive sheet, keeping
 * LOG_MAX_ROWS, and drops the archive's oldest rows past LOG_ARCHIVE_MAX_ROWS (sheets/
 * log-perubahan.ts): both sheets stay bounded. Under the document lock, waiting at most a second:
 * when another execution holds it, the next edit rotates instead. Returns the new last row.
 */
function rotateLog(sheet: Sheet, width: number, last: number): number {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(1000)) return last;
  try {
    const count = last - 1 - LOG_MAX_ROWS;
    const moved = sheet.getRange(2, 1, count, width).getValues();
    const header = sheet.getRange(1, 1, 1, width).getValues()[0];
    const archive =
      activeSpreadsheet().getSheetByName(LOG_ARCHIVE_SHEET) ??
      newLogSheet(LOG_ARCHIVE_SHEET, header);
    const archived = Math.max(archive.getLastRow(), 1);
    const target = rangeFor(archive, archived + 1, 1, count, width);
    target.setNumberFormat('@');
    target.setValues(moved);
    const excess = archived - 1 + count - LOG_ARCHIVE_MAX_ROWS;
    if (excess > 0) archive.deleteRows(2, excess);
    sheet.deleteRows(2, count);
    // A log made by Siapkan Lembar has 26 columns: the grid keeps only those with data.
    const columns = sheet.getMaxColumns();
    if (columns > width) sheet.deleteColumns(width + 1, columns - width);
    return last - count;
  } finally {
    lock.releaseLock();
  }
}
