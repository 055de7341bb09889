// Output sheets the add-on rewrites as a whole (Validasi, Rekap) and the grid of every output
// sheet: created when missing, replaced with one clearContents and one setValues, and their grid
// sized to what they hold. Sheets counts every cell of every sheet's grid (empty ones included)
// against the 10 million of a spreadsheet, and a new sheet has 1,000 x 26 of them
// (docs/PLATFORM-LIMITS.md §1, with its sources).

import type {Issue} from '../core/types';
import {type KnownSize, writeTable} from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Properties = GoogleAppsScript.Properties.Properties;

/** A sheet made by insertSheet has 1000 rows and 26 columns. */
export const NEW_SHEET_SIZE: KnownSize = {rows: 1000, columns: 26};

/** Rows an output grid keeps at least: the header and one row, so a frozen header stays legal. */
const MIN_ROWS = 2;

/**
 * Document property with the grid each output sheet was left with ({name: [rows, columns]}), so
 * that sizing it costs no call while nobody changed it. A wrong record (rows deleted by hand) makes
 * a delete fail: the grid is then asked for.
 */
const GRID_PROPERTY = 'kinerja.grid';

/** Trims a sheet insertSheet just made (1000 x 26) to rows x columns. */
export function trimNewSheet(
  sheet: Sheet,
  rows: number,
  columns: number,
): void {
  resize(sheet, NEW_SHEET_SIZE, {
    rows: Math.max(rows, MIN_ROWS),
    columns: Math.max(columns, 1),
  });
}

function resize(sheet: Sheet, grid: KnownSize, need: KnownSize): void {
  if (grid.rows > need.rows)
    sheet.deleteRows(need.rows + 1, grid.rows - need.rows);
  else if (grid.rows < need.rows)
    sheet.insertRowsAfter(grid.rows, need.rows - grid.rows);
  if (grid.columns > need.columns)
    sheet.deleteColumns(need.columns + 1, grid.columns - need.columns);
  else if (grid.columns < need.columns)
    sheet.insertColumnsAfter(grid.columns, need.columns - grid.columns);
}

/** The grids of the output sheets as recorded, sized and recorded again in one property write. */
export class OutputGrids {
  private readonly grids: Record<string, [number, number]>;
  private changed = false;

  constructor(private readonly props: Properties) {
    let grids: Record<string, [number, number]> = {};
    try {
      grids = JSON.parse(props.getProperty(GRID_PROPERTY) ?? '{}');
    } catch {
      // Unreadable: every grid is asked for once.
    }
    this.grids = grids && typeof grids === 'object' ? grids : {};
  }

  /**
   * Sizes a sheet's grid to rows x columns exactly (rows at least 2). A created sheet is known to
   * be 1000 x 26; otherwise the recorded grid is used, else asked for. `certain`: the grid is now
   * exactly `size` (created or asked); from a record it may differ when someone changed it by
   * hand, so writes then check the size themselves.
   */
  fit(
    sheet: Sheet,
    name: string,
    rows: number,
    columns: number,
    created: boolean,
  ): {size: KnownSize; certain: boolean} {
    const need = {
      rows: Math.max(rows, MIN_ROWS),
      columns: Math.max(columns, 1),
    };
    const recorded = this.grids[name];
    const asked = (): KnownSize => ({
      rows: sheet.getMaxRows(),
      columns: sheet.getMaxColumns(),
    });
    // Growing from a record is never trusted: rows or columns inserted at a recorded end that is
    // not the real one would shift what someone added by hand. Deleting past `need` is safe (the
    // callers' reads prove no data lies there), and a delete outside the real grid throws.
    const fromRecord =
      !created &&
      !!recorded &&
      recorded[0] >= need.rows &&
      recorded[1] >= need.columns;
    let certain = !fromRecord;
    let grid: KnownSize = created
      ? NEW_SHEET_SIZE
      : fromRecord
        ? {rows: recorded[0], columns: recorded[1]}
        : asked();
    try {
      resize(sheet, grid, need);
    } catch {
      grid = asked();
      resize(sheet, grid, need);
      certain = true;
    }
    if (
      !recorded ||
      recorded[0] !== need.rows ||
      recorded[1] !== need.columns
    ) {
      this.grids[name] = [need.rows, need.columns];
      this.changed = true;
    }
    return {size: need, certain};
  }

  /** Records rows inserted (+) or deleted (-) in a sheet's grid by the caller. */
  shift(name: string, rows: number): void {
    const recorded = this.grids[name];
    if (!recorded || rows === 0) return;
    this.grids[name] = [recorded[0] + rows, recorded[1]];
    this.changed = true;
  }

  save(): void {
    if (this.changed) {
      this.props.setProperty(GRID_PROPERTY, JSON.stringify(this.grids));
    }
  }
}

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

/**
 * Replaces a whole output table (header row first): the grid sized to the table (`extraColumns`
 * beyond it: room for the Rekap chart), then one setValues over the whole grid, blanks included,
 * so no clearContents is needed.
 */
export function replaceTable(
  ss: Spreadsheet,
  sheets: Map<string, Sheet>,
  name: string,
  rows: unknown[][],
  grids: OutputGrids,
  extraColumns = 0,
): Sheet {
  const {sheet, created} = sheetOrCreate(ss, sheets, name);
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const {size, certain} = grids.fit(
    sheet,
    name,
    rows.length,
    width + extraColumns,
    created,
  );
  const blank = () => new Array(size.columns).fill('');
  const grid = Array.from({length: size.rows}, (_, i) => {
    const row = rows[i];
    if (!row) return blank();
    return row.length === size.columns
      ? row
      : [...row, ...new Array(size.columns - row.length).fill('')];
  });
  writeTable(sheet, grid, {known: certain ? size : undefined});
  return sheet;
}

/** Errors (Galat) and warnings among the issues. */
export function issueCounts(issues: Issue[]) {
  const errors = issues.filter(i => i.level === 'Galat').length;
  return {errors, warnings: issues.length - errors};
}
