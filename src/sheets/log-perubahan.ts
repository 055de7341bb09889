// The Log Perubahan sheet (change audit): Waktu | Pengguna | Sheet | Sel | Nilai Lama | Nilai Baru.
// This module knows its headers, which sheets are audited, how rows are laid out under the headers
// users may have reordered, and the override rows recompute adds (DOMAIN §3). src/gas/audit.ts
// only moves the rows to and from the Spreadsheet service.

import {cellText} from '../core/cell-text';
import {msg} from '../core/i18n';
import {parseRating} from '../core/rating';
import type {EmployeeResult, Lang, Rating} from '../core/types';
import type {WorkbookInput} from './read';
import {
  HEADERS,
  INPUT_SHEETS,
  PENILAIAN_INPUT_HEADERS,
  SHEET,
  normalizeHeader,
} from './schema';
import {cellOf, headerColumns} from './table';

/** The contract header row of Log Perubahan, for a new sheet. */
export const LOG_PERUBAHAN_HEADER: readonly string[] = HEADERS.logPerubahan;

// Arsip Penilaian: after a period is closed, HR's corrections there change its results. The
// output sheets too: they are HR's (SHEETS.md, Roles), and a hand-typed Predikat in Hasil must be
// seen. The add-on's own writes fire no edit event; Log Perubahan itself is not logged.
const AUDITED_INPUT_SHEETS = new Set<string>([
  ...INPUT_SHEETS,
  SHEET.arsipPenilaian,
  SHEET.hasil,
  SHEET.rekap,
  SHEET.validasi,
  SHEET.logEmail,
]);

/** Edits worth auditing: HR's sheets and the input columns of appraisal tabs. */
export function isAuditedSheet(name: string, isTab: boolean): boolean {
  return AUDITED_INPUT_SHEETS.has(name) || isTab;
}

/** Sheets of the contract: never an appraisal tab, whatever their metadata. */
export function isContractSheet(name: string): boolean {
  return (Object.values(SHEET) as string[]).includes(name);
}

const TAB_INPUTS = new Set<string>(
  PENILAIAN_INPUT_HEADERS.map(normalizeHeader),
);

/**
 * Whether the header cells above an edit of a tab name an input column (Realisasi, Rating, Bukti
 * Dukung, Umpan Balik, Alasan): the other columns are generated, and an edit there is undone by the
 * next tab refresh, so it is not an input to audit.
 */
export function touchesTabInput(headerCells: readonly unknown[]): boolean {
  return headerCells.some(h => TAB_INPUTS.has(normalizeHeader(h)));
}

/** The Log Perubahan row text for a multi-cell edit, in the workbook's language (Bahasa). */
export function pasteText(cells: number, range: string, lang: Lang): string {
  return msg('workflow.audit.paste', {cells, range})[lang];
}

/**
 * Log Perubahan is kept bounded: past LOG_MAX_ROWS + LOG_ROTATE_ROWS data rows, the oldest
 * LOG_ROTATE_ROWS move to LOG_ARCHIVE_SHEET, which keeps its newest LOG_ARCHIVE_MAX_ROWS. That is
 * at most 5,500 x 6 + 50,000 x 6 = 333,000 cells (3 % of a spreadsheet's 10 million), and one
 * rotation (a few service calls) every 500 edits.
 */
export const LOG_MAX_ROWS = 5_000;
export const LOG_ROTATE_ROWS = 500;
export const LOG_ARCHIVE_SHEET = 'Log Perubahan Arsip';
export const LOG_ARCHIVE_MAX_ROWS = 50_000;

/** A log row in contract order, every value as text that never becomes a formula. */
export function logRow(
  waktu: string,
  pengguna: string,
  sheet: string,
  sel: string,
  nilaiLama: unknown,
  nilaiBaru: unknown,
): string[] {
  return [
    waktu,
    pengguna,
    sheet,
    sel,
    cellText(nilaiLama),
    cellText(nilaiBaru),
  ].map(v => String(v)); // written into plain-text ('@') cells (gas/audit.ts): kept as typed
}

/**
 * Rows (contract order) laid out under an existing header row: each value under its header, a
 * missing header column after the others.
 */
export function logLinesUnder(
  header: readonly unknown[],
  rows: readonly unknown[][],
): unknown[][] {
  const columns = headerColumns(header as unknown[]);
  const place = HEADERS.logPerubahan.map(
    (h, i) => columns[normalizeHeader(h)] ?? header.length + 1 + i,
  );
  const width = Math.max(header.length, ...place);
  return rows.map(row => {
    const line: unknown[] = new Array(width).fill('');
    place.forEach((column, i) => (line[column - 1] = row[i] ?? ''));
    return line;
  });
}

/** Key of a log row for de-duplication: Sheet + Sel + Nilai Baru, read by header. */
export function logKeys(values: unknown[][] | undefined): Set<string> {
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
 * from the suggestion and has a reason) not logged before: a row is keyed by Sheet + Sel + Nilai
 * Baru, so recomputing again adds nothing until the override or its reason changes.
 */
export function overrideLogRows(
  input: WorkbookInput,
  results: EmployeeResult[],
  existingLog: unknown[][] | undefined,
  stamp: () => {waktu: string; pengguna: string},
  lang: Lang,
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
    // The text is in Bahasa; an override logged in the other language before is not logged again.
    const whatKey =
      code === 'HK' ? 'workflow.audit.overrideHK' : 'workflow.audit.overridePK';
    const textIn = (l: Lang) =>
      msg('workflow.audit.override', {
        what: msg(whatKey)[l],
        suggested,
        rating: typed,
        reason: row.alasan.trim(),
      })[l];
    const texts = {id: textIn('id'), en: textIn('en')};
    const keyOf = (l: Lang) => `${row.src.sheet}|${sel}|${texts[l]}`;
    if (known.has(keyOf('id')) || known.has(keyOf('en'))) continue;
    known.add(keyOf(lang));
    const nilaiBaru = texts[lang];
    const {waktu, pengguna} = stamp();
    rows.push(
      logRow(waktu, pengguna, row.src.sheet, sel, suggested, nilaiBaru),
    );
  }
  return rows;
}
