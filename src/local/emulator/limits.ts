// Google's cap on the size of a spreadsheet: 10 million cells, counted over the grid of every
// sheet (getMaxRows x getMaxColumns), empty cells included. Sheets refuses any change that would
// grow the grid past it (inserting rows, columns or a sheet; appendRow growing the sheet) with
// this text, which Apps Script throws as "Exception: ...". Sources: docs/PLATFORM-LIMITS.md §1
// (https://workspaceupdates.googleblog.com/2022/03/ten-million-cells-google-sheets.html and the
// reports linked there, e.g. https://github.com/robin900/gspread-dataframe/issues/37).
import type {Env} from './env';
import type {Workbook} from './model';

export const CELL_LIMIT = 10_000_000;
export const CELL_LIMIT_MESSAGE =
  'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';

/** The spreadsheet's size as Google counts it: every sheet's whole grid. */
export function gridCells(workbook: Workbook): number {
  let cells = 0;
  for (const sheet of workbook.sheets) cells += sheet.maxRows * sheet.maxCols;
  return cells;
}

/** Throws Google's error when growing the grid by `added` cells would pass the limit. */
export function assertCellsFit(env: Env, added: number): void {
  if (added > 0 && gridCells(env.workbook) + added > CELL_LIMIT) {
    throw env.error(CELL_LIMIT_MESSAGE);
  }
}
