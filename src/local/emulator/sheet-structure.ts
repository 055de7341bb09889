// Rows and columns of a sheet: inserting and deleting them (protections, named ranges and charts
// move along) and fitting column widths to their text.
import type {Env} from './env';
import {assertCellsFit} from './limits';
import {FORMAT_LAYERS, SheetModel} from './model';
import {displayValue} from './number-format';
import {PROTECTED_MESSAGE, blockingProtection, shiftRects} from './protection';

function assertSheetEditable(env: Env, m: SheetModel): void {
  const rect = {row: 1, col: 1, numRows: m.maxRows, numCols: m.maxCols};
  if (blockingProtection(env.workbook, m, rect, env.actor)) {
    throw env.error(PROTECTED_MESSAGE);
  }
}

/**
 * Inserts `count` rows before row `before`. New rows take the formatting of a neighbour, as in
 * Sheets (the Sheets API's InsertDimensionRequest.inheritFromBefore: "true to inherit from the
 * dimensions before ... false to inherit from the dimensions after"): rows inserted after a row
 * copy that row, rows inserted before a row copy that row (which moves down).
 */
export function insertRows(
  env: Env,
  m: SheetModel,
  before: number,
  count: number,
  inheritFromBefore: boolean,
): void {
  if (before < 1 || before > m.maxRows + 1 || count < 1) {
    throw env.error('Those rows are out of bounds.');
  }
  assertCellsFit(env, count * m.maxCols);
  m.insertRows(before, count);
  const source = inheritFromBefore ? before - 1 : before + count;
  if (source >= 1 && source <= m.maxRows) {
    for (const layer of FORMAT_LAYERS) {
      const cells = m.layers[layer][source - 1];
      if (!cells) continue;
      for (let r = before; r < before + count; r++) {
        (m.layers[layer] as unknown[][])[r - 1] = cells.slice();
        m.touch(r);
      }
    }
  }
  shiftRects(env.workbook, m.id, 'row', before, count);
}

export function deleteRows(
  env: Env,
  m: SheetModel,
  start: number,
  count: number,
): void {
  if (start < 1 || count < 1 || start + count - 1 > m.maxRows) {
    throw env.error('Those rows are out of bounds.');
  }
  if (count >= m.maxRows - m.frozenRows && start <= m.frozenRows + 1) {
    throw env.error('Sorry, it is not possible to delete all non-frozen rows.');
  }
  assertSheetEditable(env, m);
  m.deleteRows(start, count);
  shiftRects(env.workbook, m.id, 'row', start, -count);
}

export function insertColumns(
  env: Env,
  m: SheetModel,
  before: number,
  count: number,
): void {
  if (before < 1 || before > m.maxCols + 1 || count < 1) {
    throw env.error('Those columns are out of bounds.');
  }
  assertCellsFit(env, count * m.maxRows);
  m.insertColumns(before, count);
  shiftRects(env.workbook, m.id, 'col', before, count);
}

export function deleteColumns(
  env: Env,
  m: SheetModel,
  columnPosition: number,
  howMany: number,
): void {
  if (
    columnPosition < 1 ||
    howMany < 1 ||
    columnPosition + howMany - 1 > m.maxCols
  ) {
    throw env.error('Those columns are out of bounds.');
  }
  if (
    howMany >= m.maxCols - m.frozenCols &&
    columnPosition <= m.frozenCols + 1
  ) {
    throw env.error(
      'Sorry, it is not possible to delete all non-frozen columns.',
    );
  }
  assertSheetEditable(env, m);
  m.deleteColumns(columnPosition, howMany);
  shiftRects(env.workbook, m.id, 'col', columnPosition, -howMany);
}

export function autoResizeColumns(
  env: Env,
  m: SheetModel,
  startColumn: number,
  numColumns: number,
): void {
  const last = m.lastRow();
  for (let c = startColumn; c < startColumn + numColumns; c++) {
    let longest = 0;
    for (let r = 1; r <= last; r++) {
      const v = m.get('value', r, c);
      if (v === undefined) continue;
      const text = displayValue(
        v,
        m.get('numberFormat', r, c),
        env.workbook.timeZone,
        env.workbook.locale,
      );
      longest = Math.max(longest, text.length);
    }
    m.columnWidths[c] = Math.max(30, Math.min(1000, longest * 7 + 12));
  }
}
