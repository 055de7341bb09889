// The audit trail's Spreadsheet side and the workflow's document properties.
// - Edits in input sheets and appraisal tabs are logged by the installable onEdit trigger.
// - Supervisor overrides are logged by recompute once (rows built in sheets/log-perubahan.ts).

import {LOG_PERUBAHAN_HEADER, logLinesUnder} from '../sheets/log-perubahan';
import {SHEET} from '../sheets/schema';
import {activeSpreadsheet, contractSheet, rangeFor} from './workbook';

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
    sheet = ss.insertSheet(SHEET.logPerubahan);
    header = [...LOG_PERUBAHAN_HEADER];
    sheet.getRange(1, 1, 1, header.length).setValues([header]);
    sheet.setFrozenRows(1);
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
  const start = Math.max(sheet.getLastRow(), 1) + 1;
  const target = rangeFor(sheet, start, 1, out.length, out[0].length);
  target.setNumberFormat('@');
  target.setValues(out);
}
