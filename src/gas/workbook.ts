// Reads the workbook in one batch: one getSheetValues per sheet read, never per row. Service
// calls are the cost that matters in Apps Script, so everything here is O(sheets), and a size that
// a read already told us is never asked for again.

import {normalizeNip} from '../core/nip';
import {normalizePeriod} from '../core/period';
import {headerColumns} from '../sheets/table';
import type {RawWorkbook} from '../sheets/read';
import {readSettings} from '../sheets/pengaturan';
import {SHEET, normalizeHeader} from '../sheets/schema';
import {movedTab, readArchiveRuns} from './closed-periods';
import {type FoundTab, findTabs, tabFeedsPeriod} from './tabs/find';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type SheetKey = keyof typeof SHEET;

export function activeSpreadsheet(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** Contract sheet names by their lower-case form. */
const CONTRACT_NAMES = new Map<string, string>(
  Object.values(SHEET).map(name => [name.toLowerCase(), name]),
);

/**
 * The contract name a sheet's name stands for ("PEGAWAI", " pegawai " -> Pegawai), else the name
 * itself. Sheets keeps names unique ignoring case, so an HR roster already named "PEGAWAI" is our
 * Pegawai: inserting a second one would fail.
 */
function canonicalName(name: string): string {
  return CONTRACT_NAMES.get(name.trim().toLowerCase()) ?? name;
}

/** Every sheet by name: one getSheets() plus one getName() per sheet; contract names canonical. */
export function sheetsByName(ss: Spreadsheet): Map<string, Sheet> {
  const map = new Map<string, Sheet>();
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    const key = canonicalName(name);
    // An exact name wins over a look-alike ("Pegawai" beside "Pegawai ").
    if (key === name || !map.has(key)) map.set(key, sheet);
  }
  return map;
}

/**
 * A contract sheet by name: getSheetByName, and only when that finds nothing a look through the
 * sheets for the same name in another case or with spaces around it.
 */
export function contractSheet(ss: Spreadsheet, name: string): Sheet | null {
  return (
    ss.getSheetByName(name) ??
    ss.getSheets().find(s => canonicalName(s.getName()) === name) ??
    null
  );
}

/**
 * All values of a sheet, row 1 = headers, in one call: -1 rows/columns mean "up to the last row or
 * column that has data" (developers.google.com/apps-script/reference/spreadsheet/sheet
 * #getsheetvaluesstartrow,-startcolumn,-numrows,-numcolumns), as getDataRange().getValues() but
 * without the Range call. An empty sheet gives one empty cell, as getDataRange does. The reference
 * does not say what -1 means on a sheet with no data at all (zero rows would be an error for
 * getRange), so a failure there falls back to getDataRange, which documents an empty sheet as A1.
 */
export function readValues(sheet: Sheet): unknown[][] {
  try {
    return sheet.getSheetValues(1, 1, -1, -1) as unknown[][];
  } catch {
    return sheet.getDataRange().getValues() as unknown[][];
  }
}

/** Rows x columns a sheet is known to have at least (a read's extent): no need to ask again. */
export interface KnownSize {
  rows: number;
  columns: number;
}

/** The extent a read proves the sheet has. */
export function sizeOf(values: unknown[][] | undefined): KnownSize {
  return {rows: values?.length ?? 0, columns: values?.[0]?.length ?? 0};
}

export {tabFeedsPeriod};

/** NIPs with rows in each quarter's tabs (read): what a closed earlier quarter must give. */
function nipsByQuarter(tabs: RawWorkbook['tabs']): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const tab of tabs) {
    const period = tab.period ? normalizePeriod(tab.period) : null;
    const column = headerColumns(tab.values[0] ?? [])[normalizeHeader('NIP')];
    if (!period || !column) continue;
    const nips = out.get(period) ?? new Set<string>();
    for (let r = 1; r < tab.values.length; r++) {
      const nip = normalizeNip(tab.values[r][column - 1]);
      if (nip) nips.add(nip);
    }
    out.set(period, nips);
  }
  return out;
}

export interface ReadOptions {
  /** Contract sheets to read (default: the inputs appraisal needs). */
  tables?: readonly SheetKey[];
  /**
   * Appraisal tabs of the periods feeding this one are read; none when absent. 'active': the
   * Periode Aktif of the Pengaturan just read (so Pengaturan is read once, not twice).
   */
  period?: string;
  /** Also read the tabs of exactly this period. */
  tabPeriod?: string;
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
  /** Every appraisal tab in the spreadsheet (read or not), found by identity. */
  tabs: FoundTab[];
  /** Their names. */
  tabNames: string[];
  /** The period whose tabs were read ('active' resolved), or null. */
  period: string | null;
}

/**
 * Reads the requested tables and tabs; a missing sheet is simply absent from `raw`. Sheets are
 * found with one getSheets() and one getName() each (O(sheets)); the appraisal tabs among them by
 * the identity index (src/gas/tabs/find.ts: one getProperties, metadata only for unknown names).
 */
export function readWorkbook(options: ReadOptions = {}): WorkbookRead {
  const ss = activeSpreadsheet();
  const sheets = sheetsByName(ss);
  const raw: RawWorkbook = {tables: {}, tabs: []};
  for (const key of options.tables ?? INPUT_TABLES) {
    const sheet = sheets.get(SHEET[key]);
    if (sheet) raw.tables[key] = readValues(sheet);
  }
  const period =
    options.period === 'active'
      ? readSettings(raw.tables.pengaturan).settings.periodeAktif
      : (options.period ?? null);
  const tabs = findTabs(sheets);
  const skip = period !== null || options.tabPeriod ? movedTab() : '';
  for (const tab of tabs) {
    const p = tab.identity.period;
    const wanted =
      (options.tabPeriod !== undefined && p === options.tabPeriod) ||
      (period !== null && tabFeedsPeriod(p, period));
    if (wanted && tab.name !== skip)
      raw.tabs.push({name: tab.name, period: p, values: readValues(tab.sheet)});
  }
  // A closed period's rows, from Arsip Penilaian.
  for (const run of readArchiveRuns(sheets, period, {
    openNips: nipsByQuarter(raw.tabs),
  }))
    raw.tabs.push(run);
  return {ss, sheets, raw, tabs, tabNames: tabs.map(tab => tab.name), period};
}

/**
 * Grows a sheet to at least rows x columns: a range beyond the sheet's size throws ("The
 * coordinates of the range are outside the dimensions of the sheet"), and a new sheet has 1000 rows.
 */
export function ensureSize(sheet: Sheet, rows: number, columns: number): void {
  ensureRows(sheet, rows);
  ensureColumns(sheet, columns);
}

/**
 * The range row/column/numRows/numColumns, growing the sheet first when needed, with as few calls
 * as the facts allow:
 * - inside `known` (what a read of this sheet returned): just getRange;
 * - beyond it: getMaxRows / getMaxColumns only for the dimension that may be short;
 * - nothing known: getRange at once, and grow only when it throws ("The coordinates of the range
 *   are outside the dimensions of the sheet", thrown by getRange itself), then ask again.
 */
export function rangeFor(
  sheet: Sheet,
  row: number,
  column: number,
  numRows: number,
  numColumns: number,
  known?: KnownSize,
): GoogleAppsScript.Spreadsheet.Range {
  const lastRow = row + numRows - 1;
  const lastColumn = column + numColumns - 1;
  if (known) {
    if (lastRow > known.rows) ensureRows(sheet, lastRow);
    if (lastColumn > known.columns) ensureColumns(sheet, lastColumn);
    return sheet.getRange(row, column, numRows, numColumns);
  }
  try {
    return sheet.getRange(row, column, numRows, numColumns);
  } catch {
    ensureSize(sheet, lastRow, lastColumn);
    return sheet.getRange(row, column, numRows, numColumns);
  }
}

function ensureRows(sheet: Sheet, rows: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
}

function ensureColumns(sheet: Sheet, columns: number): void {
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) {
    sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  }
}

/**
 * Runs of adjacent columns to format together: columns `textColumns` plus, to join two of them
 * into one call, the columns in between that `joinable` allows (text columns anyway).
 */
export function textColumnRuns(
  textColumns: readonly number[],
  joinable: (column: number) => boolean,
): [number, number][] {
  const sorted = [...new Set(textColumns)]
    .filter(c => c > 0)
    .sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const column of sorted) {
    const last = runs[runs.length - 1];
    let bridge = !!last;
    for (let c = last ? last[1] + 1 : column; bridge && c < column; c++) {
      bridge = joinable(c);
    }
    if (last && bridge) last[1] = column;
    else runs.push([column, column]);
  }
  return runs;
}

export interface WriteOptions {
  /** First row written (1 = the header row). */
  startRow?: number;
  /** Rows the table had before (header counted): rows beyond the new end are blanked. */
  previousRows?: number;
  /** Columns set to text ('@') before writing: an 18-digit NIP in a number cell loses digits. */
  textColumns?: readonly number[];
  /** Columns between two text columns that may be set to text too (one call for the run). */
  joinable?: (column: number) => boolean;
  /** What a read of this sheet proved about its size. */
  known?: KnownSize;
  /** Backgrounds for the written block (same shape as rows), set on the same range. */
  backgrounds?: (string | null)[][];
}

/**
 * Writes a block in one setValues on one range (the text format and backgrounds reuse it or one
 * range per run of text columns), and blanks the rows a shrinking table leaves behind.
 */
export function writeTable(
  sheet: Sheet,
  rows: unknown[][],
  options: WriteOptions = {},
): void {
  const startRow = options.startRow ?? 1;
  const previousRows = options.previousRows ?? 0;
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  if (rows.length && width) {
    const target = rangeFor(
      sheet,
      startRow,
      1,
      rows.length,
      width,
      options.known,
    );
    // The target range exists now: the format runs inside it need no size check.
    const inside = {rows: startRow - 1 + rows.length, columns: width};
    const runs = textColumnRuns(
      (options.textColumns ?? []).filter(c => c <= width),
      options.joinable ?? (() => false),
    );
    for (const [first, last] of runs) {
      rangeFor(
        sheet,
        startRow,
        first,
        rows.length,
        last - first + 1,
        inside,
      ).setNumberFormat('@');
    }
    const padded = rows.map(r =>
      r.length === width ? r : [...r, ...new Array(width - r.length).fill('')],
    );
    target.setValues(padded);
    if (options.backgrounds)
      target.setBackgrounds(options.backgrounds as string[][]);
  }
  const end = startRow - 1 + rows.length;
  if (previousRows > end) {
    sheet
      .getRange(end + 1, 1, previousRows - end, Math.max(width, 1))
      .clearContent();
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
  if (rows.length && width)
    ensureSize(sheet, startRow - 1 + rows.length, width);
  writeTable(sheet, rows, {
    startRow,
    previousRows,
    textColumns,
    known: {rows: startRow - 1 + rows.length, columns: width},
  });
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
