// Hasil as recompute writes it: one period's rows replaced where they stood, every other row kept.
// With several years in Hasil, the usual case reads only row 1, the Periode column and the period's
// own block, and writes that block (rows inserted or deleted at its end when the count changed):
// O(the period), not O(Hasil). The whole table is read and rewritten only when the period's rows
// are not together or the header lacks a contract column.

import {cellText} from '../core/cell-text';
import {normalizePeriod} from '../core/period';
import {mergeHasil} from '../sheets/hasil';
import {HEADERS, SHEET, normalizeHeader} from '../sheets/schema';
import {headerColumns, isBlankRow} from '../sheets/table';
import {type OutputGrids, sheetOrCreate} from './output-sheets';
import {
  type WorkbookRead,
  rangeFor,
  readValues,
  sizeOf,
  writeTable,
} from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Background of the Predikat cell: green for the best, red for the worst. */
export const PREDIKAT_COLOURS: Record<string, string> = {
  'Sangat Baik': '#b7e1cd',
  Baik: '#d9ead3',
  'Butuh Perbaikan': '#fff2cc',
  'Kurang/Misconduct': '#fce5cd',
  Kurang: '#fce5cd',
  'Sangat Kurang': '#f4cccc',
};

/** Hasil columns holding text: set to '@' with the NIP columns between them (one call). */
const HASIL_TEXT_HEADERS = new Set(
  ['NIP', 'Nama', 'Kode Unit', 'NIP Atasan', 'Status', 'Rekomendasi'].map(
    normalizeHeader,
  ),
);

/** What recompute reads of Hasil for one period: row 1, the Periode column, the period's rows. */
export interface HasilBlock {
  header: unknown[];
  /** Last row with data in the sheet. */
  lastRow: number;
  /** First row of the period's block (lastRow + 1 when the period is new). */
  first: number;
  /** Rows of the block. */
  count: number;
  /**
   * The block's rows, read only when Hasil has columns of its own beyond the contract's (their
   * cells follow each NIP); otherwise every cell of the block is rewritten and none is needed.
   */
  block: unknown[][];
}

/**
 * Row 1 and the Periode column (two getSheetValues; a third for the block when Hasil has users'
 * columns). Null when the whole sheet must be read: no header or Periode column, or the period's
 * rows are not together.
 */
export function readHasilBlock(
  sheet: Sheet,
  period: string,
): HasilBlock | null {
  const header = (sheet.getSheetValues(1, 1, 1, -1) as unknown[][])[0] ?? [];
  if (isBlankRow(header)) return null;
  const column = headerColumns(header)[normalizeHeader('Periode')];
  if (!column) return null;
  const periods = sheet.getSheetValues(1, column, -1, 1) as unknown[][];
  const target = normalizePeriod(period) ?? period.trim();
  let first = 0;
  let last = 0;
  for (let r = 2; r <= periods.length; r++) {
    const text = cellText(periods[r - 1][0]);
    if ((normalizePeriod(text) ?? text) !== target) continue;
    if (first && last !== r - 1) return null;
    if (!first) first = r;
    last = r;
  }
  const count = first ? last - first + 1 : 0;
  const ownColumns = header.length > HEADERS.hasil.length;
  return {
    header,
    lastRow: periods.length,
    first: first || periods.length + 1,
    count,
    block:
      count && ownColumns
        ? (sheet.getSheetValues(first, 1, count, header.length) as unknown[][])
        : [],
  };
}

/** The text-format runs and the Predikat colours of Hasil rows under `header`. */
function hasilStyle(header: readonly unknown[], width: number) {
  const columns = headerColumns(header as unknown[]);
  const textColumns = [
    columns[normalizeHeader('NIP')],
    columns[normalizeHeader('NIP Atasan')],
  ].filter((c): c is number => !!c);
  const joinable = (c: number) =>
    HASIL_TEXT_HEADERS.has(normalizeHeader(header[c - 1]));
  const predikat = columns[normalizeHeader('Predikat')];
  const colour = (row: unknown[]) =>
    predikat ? (PREDIKAT_COLOURS[cellText(row[predikat - 1])] ?? null) : null;
  const backgrounds = (rows: unknown[][]) =>
    rows.map(row => {
      const line: (string | null)[] = new Array(width).fill(null);
      if (predikat) line[predikat - 1] = colour(row);
      return line;
    });
  return {textColumns, joinable, predikat, colour, backgrounds};
}

/**
 * Writes the period's new rows over its block (Hasil read by readHasilBlock): rows inserted after
 * the block or deleted at its end when the count changed, so every other row stays where it is
 * with its users' cells. False when this cannot be done (the header would change, or the period
 * would lose every row): the caller then rewrites the whole table.
 */
export function writeHasilBlock(
  sheet: Sheet,
  found: HasilBlock,
  period: string,
  rows: unknown[][],
  grids: OutputGrids,
): boolean {
  const merged = mergeHasil([found.header, ...found.block], period, rows);
  const header = merged[0];
  const same =
    header.length === found.header.length &&
    header.every((h, i) => cellText(h) === cellText(found.header[i]));
  const data = merged.slice(1);
  if (!same || (found.count > 0 && data.length === 0)) return false;
  const diff = data.length - found.count;
  if (found.count > 0 && diff > 0) {
    sheet.insertRowsAfter(found.first + found.count - 1, diff);
    grids.shift(SHEET.hasil, diff);
  } else if (found.count > 0 && diff < 0) {
    sheet.deleteRows(found.first + data.length, -diff);
    grids.shift(SHEET.hasil, diff);
  }
  const width = header.length;
  const total =
    found.count > 0 ? found.lastRow + diff : found.lastRow + data.length;
  const fitted = grids.fit(sheet, SHEET.hasil, total, width, false);
  if (data.length === 0) return true;
  const style = hasilStyle(header, width);
  writeTable(sheet, data, {
    startRow: found.first,
    textColumns: style.textColumns,
    joinable: style.joinable,
    known: fitted.certain ? fitted.size : undefined,
    backgrounds: style.backgrounds(data),
  });
  return true;
}

/** Hasil read whole, for writeHasil (the rare case) or a sheet still to be created. */
export function readHasilWhole(sheet: Sheet | undefined): unknown[][] {
  return sheet ? readValues(sheet) : [];
}

/**
 * Writes Hasil. With the header unchanged (the usual case) only the data rows are written, and
 * their Predikat colours go on the same range: one getRange, setValues and setBackgrounds, plus
 * one call pair for the NIP text format. The other cells of those rows lose any background: rows
 * move between recomputes, so a highlight would land on someone else.
 */
export function writeHasil(
  read: Pick<WorkbookRead, 'ss' | 'sheets'>,
  existing: unknown[][],
  hasil: unknown[][],
  grids: OutputGrids,
): void {
  const {sheet, created} = sheetOrCreate(read.ss, read.sheets, SHEET.hasil);
  // The grid: the new table's rows, and every column that holds data (users' own columns too).
  const width = hasil.reduce((w, r) => Math.max(w, r.length), 0);
  const proven = sizeOf(existing);
  const fitted = grids.fit(
    sheet,
    SHEET.hasil,
    hasil.length,
    Math.max(width, proven.columns),
    created,
  );
  // Known: the fitted grid, or (from a record someone may have changed) what the read proved and
  // the fit kept. Rows past the new end that the fit deleted need no blanking; when the grid came
  // from a record, only the sheet can tell which of them are left (asked only when Hasil shrank).
  const known = fitted.certain
    ? fitted.size
    : {
        rows: Math.min(proven.rows, fitted.size.rows),
        columns: Math.min(proven.columns, fitted.size.columns),
      };
  const previousRows =
    existing.length <= fitted.size.rows
      ? existing.length
      : Math.min(
          existing.length,
          fitted.certain ? fitted.size.rows : sheet.getMaxRows(),
        );
  const header = hasil[0] ?? [];
  const {textColumns, joinable, predikat, colour, backgrounds} = hasilStyle(
    header,
    width,
  );
  const sameHeader =
    existing.length > 0 &&
    header.length === (existing[0] ?? []).length &&
    header.every((h, i) => cellText(h) === cellText(existing[0][i]));
  if (sameHeader) {
    const data = hasil.slice(1);
    writeTable(sheet, data, {
      startRow: 2,
      previousRows,
      textColumns,
      joinable,
      known,
      backgrounds: backgrounds(data),
    });
    return;
  }
  writeTable(sheet, hasil, {
    previousRows,
    textColumns,
    joinable,
    known,
  });
  if (predikat && hasil.length > 1) {
    rangeFor(sheet, 2, predikat, hasil.length - 1, 1, {
      rows: hasil.length,
      columns: width,
    }).setBackgrounds(hasil.slice(1).map(row => [colour(row)]) as string[][]);
  }
}
