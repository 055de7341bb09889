// The audit trail (Log Perubahan) and the workflow's document properties.
// - Edits in input sheets and appraisal tabs are logged by the installable onEdit trigger.
// - A supervisor's rating that differs from the suggestion, with its reason (DOMAIN §3), is logged
//   by recompute once: a row is keyed by Sheet + Sel + Nilai Baru, so recomputing again adds
//   nothing until the override or its reason changes.

import {msg} from '../core/i18n';
import {parseRating} from '../core/rating';
import type {EmployeeResult, Rating} from '../core/types';
import type {WorkbookInput} from '../sheets/read';
import {
  HEADERS,
  INPUT_SHEETS,
  PENILAIAN_PREFIX,
  SHEET,
  normalizeHeader,
} from '../sheets/schema';
import {cellOf, headerColumns} from '../sheets/table';
import {cellText} from '../core/cell-text';
import {safeText} from './ui';
import {activeSpreadsheet, contractSheet, rangeFor} from './workbook';

export const PROP_STALE = 'kinerja.stale';
export const lastComputedKey = (periode: string) =>
  `kinerja.lastComputed.${periode}`;

export function markStale(): void {
  PropertiesService.getDocumentProperties().setProperty(PROP_STALE, '1');
}

const AUDITED_INPUT_SHEETS = new Set<string>(INPUT_SHEETS);

/** Edits worth auditing: input sheets and appraisal tabs (not output sheets, not others). */
export function isAuditedSheet(name: string): boolean {
  return AUDITED_INPUT_SHEETS.has(name) || name.startsWith(PENILAIAN_PREFIX);
}

/** Log time in the spreadsheet's own time zone (WIB, WITA or WIT). */
export function logTime(date: Date, timeZone: string): string {
  return Utilities.formatDate(date, timeZone, 'yyyy-MM-dd HH:mm:ss');
}

/** A log row in contract order: Waktu | Pengguna | Sheet | Sel | Nilai Lama | Nilai Baru. */
export function logRow(
  waktu: string,
  pengguna: string,
  sheet: string,
  sel: string,
  nilaiLama: unknown,
  nilaiBaru: unknown,
): unknown[] {
  return [
    waktu,
    pengguna,
    sheet,
    sel,
    cellText(nilaiLama),
    cellText(nilaiBaru),
  ].map(v => safeText(String(v)));
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
    header = [...HEADERS.logPerubahan];
    sheet.getRange(1, 1, 1, header.length).setValues([header]);
    sheet.setFrozenRows(1);
  } else {
    const width = Math.max(sheet.getLastColumn(), HEADERS.logPerubahan.length);
    header = sheet.getRange(1, 1, 1, width).getValues()[0];
  }
  appendLogUnder(sheet, header, rows);
}

/**
 * Appends rows (contract order) below the last row of a Log Perubahan whose header row is known,
 * each value under its header; a missing header column goes after the others. The last row is
 * asked for just before writing, so an edit logged meanwhile is never overwritten.
 */
export function appendLogUnder(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  header: readonly unknown[],
  rows: unknown[][],
): void {
  if (rows.length === 0) return;
  const columns = headerColumns(header as unknown[]);
  const place = HEADERS.logPerubahan.map(
    (h, i) => columns[normalizeHeader(h)] ?? header.length + 1 + i,
  );
  const width = Math.max(header.length, ...place);
  const out = rows.map(row => {
    const line: unknown[] = new Array(width).fill('');
    place.forEach((column, i) => (line[column - 1] = row[i] ?? ''));
    return line;
  });
  const start = Math.max(sheet.getLastRow(), 1) + 1;
  const target = rangeFor(sheet, start, 1, out.length, width);
  target.setNumberFormat('@');
  target.setValues(out);
}

/** Key of a log row for de-duplication: Sheet + Sel + Nilai Baru, read by header. */
function logKeys(values: unknown[][] | undefined): Set<string> {
  const keys = new Set<string>();
  if (!values || values.length === 0) return keys;
  const columns = headerColumns(values[0]);
  const c = (h: string) => (columns[normalizeHeader(h)] ?? 0) - 1;
  const [sheet, sel, baru] = [c('Sheet'), c('Sel'), c('Nilai Baru')];
  if (sheet < 0 || sel < 0 || baru < 0) return keys;
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    keys.add(
      `${cellText(row[sheet])}|${cellText(row[sel])}|${cellText(row[baru])}`,
    );
  }
  return keys;
}

/**
 * Log rows for supervisor overrides used by this recompute (a Ringkasan HK/PK rating that differs
 * from the suggestion and has a reason) not logged before. Pure but for time formatting.
 */
export function overrideLogRows(
  input: WorkbookInput,
  results: EmployeeResult[],
  existingLog: unknown[][] | undefined,
  stamp: () => {waktu: string; pengguna: string},
): unknown[][] {
  const known = logKeys(existingLog);
  const byNip = new Map(results.map(r => [r.nip, r]));
  const rows: unknown[][] = [];
  for (const row of input.appraisals) {
    if (row.jenis !== 'Ringkasan' || row.alasan.trim() === '') continue;
    const code = row.kode.trim().toUpperCase();
    if (code !== 'HK' && code !== 'PK') continue;
    const result = byNip.get(row.nip);
    if (!result) continue;
    const typed = parseRating(row.rating);
    if (typed === null || typed === 'invalid') continue;
    const [suggested, effective]: [Rating | null, Rating | null] =
      code === 'HK'
        ? [result.suggestedHasilKerja, result.ratingHasilKerja]
        : [result.suggestedPerilaku, result.ratingPerilaku];
    // Only the row that decided the result: its rating is the one in effect and differs.
    if (!suggested || effective !== typed || typed === suggested) continue;
    const sel = cellOf(input.columns, row.src, 'Rating');
    // Log text stays in Bahasa Indonesia like every sheet content, so its key never changes.
    const nilaiBaru = safeText(
      msg('workflow.audit.override', {
        what: msg(
          code === 'HK'
            ? 'workflow.audit.overrideHK'
            : 'workflow.audit.overridePK',
        ).id,
        suggested,
        rating: typed,
        reason: row.alasan.trim(),
      }).id,
    );
    const key = `${row.src.sheet}|${sel}|${nilaiBaru}`;
    if (known.has(key)) continue;
    known.add(key);
    const {waktu, pengguna} = stamp();
    rows.push(
      logRow(waktu, pengguna, row.src.sheet, sel, suggested, nilaiBaru),
    );
  }
  return rows;
}
