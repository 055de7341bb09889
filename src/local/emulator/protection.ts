// Who may edit which cell: Sheets' protection rules, shared by script writes and emulator.userEdit.
import {chartModels} from './charts';
import {ProtectionModel, Rect, SheetModel, Workbook} from './model';

export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.col < b.col + b.numCols &&
    b.col < a.col + a.numCols
  );
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.col + inner.numCols <= outer.col + outer.numCols
  );
}

const domainOf = (email: string) =>
  email.slice(email.lastIndexOf('@') + 1).toLowerCase();

export function mayEdit(
  workbook: Workbook,
  p: ProtectionModel,
  user: string,
): boolean {
  const u = user.toLowerCase();
  if (u === workbook.owner.toLowerCase()) return true; // the owner can always edit
  if (p.editors.some(e => e.toLowerCase() === u)) return true;
  return p.domainEdit && domainOf(u) === domainOf(workbook.owner);
}

/**
 * The first non-warning protection that stops `user` from editing any cell of rect, or null.
 * A sheet protection does not cover its unprotected ranges (cells wholly inside one).
 */
export function blockingProtection(
  workbook: Workbook,
  sheet: SheetModel,
  rect: Rect,
  user: string,
): ProtectionModel | null {
  if (workbook.protections.length === 0) return null;
  if (user.toLowerCase() === workbook.owner.toLowerCase()) return null;
  for (const p of workbook.protections) {
    if (p.sheetId !== sheet.id || p.warningOnly || mayEdit(workbook, p, user))
      continue;
    if (p.type === 'RANGE') {
      if (p.rect && intersects(p.rect, rect)) return p;
      continue;
    }
    // Sheet protection: blocked unless every cell of rect lies in an unprotected range.
    if (!coveredByUnprotected(p.unprotected, rect)) return p;
  }
  return null;
}

function coveredByUnprotected(unprotected: Rect[], rect: Rect): boolean {
  if (unprotected.length === 0) return false;
  for (let r = rect.row; r < rect.row + rect.numRows; r++) {
    for (let c = rect.col; c < rect.col + rect.numCols; c++) {
      const cell = {row: r, col: c, numRows: 1, numCols: 1};
      if (!unprotected.some(u => contains(u, cell))) return false;
    }
  }
  return true;
}

/** Keeps protections, named ranges and chart ranges pointing at the same cells when rows/columns move. */
export function shiftRects(
  workbook: Workbook,
  sheetId: number,
  dim: 'row' | 'col',
  at: number,
  delta: number,
): void {
  const shift = (rect: Rect): Rect | null => {
    const start = dim === 'row' ? rect.row : rect.col;
    const size = dim === 'row' ? rect.numRows : rect.numCols;
    let newStart = start;
    let newSize = size;
    if (delta > 0) {
      if (at <= start) newStart = start + delta;
      else if (at < start + size) newSize = size + delta;
    } else {
      const delEnd = at - delta; // exclusive
      const keepBefore = Math.max(0, Math.min(size, at - start));
      const keepAfter = Math.max(0, start + size - Math.max(delEnd, start));
      newSize = keepBefore + keepAfter;
      newStart = start < at ? start : Math.max(at, start + delta);
      if (newSize <= 0) return null;
    }
    return dim === 'row'
      ? {...rect, row: newStart, numRows: newSize}
      : {...rect, col: newStart, numCols: newSize};
  };
  workbook.protections = workbook.protections.filter(p => {
    if (p.sheetId !== sheetId) return true;
    p.unprotected = p.unprotected
      .map(shift)
      .filter((r): r is Rect => r !== null);
    if (!p.rect) return true;
    const moved = shift(p.rect);
    if (!moved) return false;
    p.rect = moved;
    return true;
  });
  workbook.namedRanges = workbook.namedRanges.filter(n => {
    if (n.sheetId !== sheetId) return true;
    const moved = shift(n.rect);
    if (!moved) return false;
    n.rect = moved;
    return true;
  });
  // Charts follow their data as Sheets does: a range grows with rows inserted inside it.
  for (const chart of chartModels(workbook, false)) {
    chart.ranges = chart.ranges
      .map(r => {
        if (r.sheetId !== sheetId) return r;
        const moved = shift(r.rect);
        return moved ? {sheetId, rect: moved} : null;
      })
      .filter((r): r is {sheetId: number; rect: Rect} => r !== null);
  }
}
