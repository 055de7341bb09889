// A1 notation: 'A1', 'A1:C3', 'A:A', 'A2:C' (open to the last row), '1:1', "'My Sheet'!B2".
import {Rect} from './model';

export function columnToLetters(col: number): string {
  let s = '';
  while (col > 0) {
    const m = (col - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    col = Math.floor((col - 1) / 26);
  }
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function rectToA1(rect: Rect): string {
  const start = columnToLetters(rect.col) + rect.row;
  if (rect.numRows === 1 && rect.numCols === 1) return start;
  return `${start}:${columnToLetters(rect.col + rect.numCols - 1)}${rect.row + rect.numRows - 1}`;
}

/** Splits "'Sheet name'!A1:B2" into sheet name (or null) and the cell part. */
export function splitSheetName(a1: string): {
  sheet: string | null;
  ref: string;
} {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return {sheet: null, ref: a1};
  let sheet = a1.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'"))
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return {sheet, ref: a1.slice(bang + 1)};
}

const ENDPOINT = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/** Parses the cell part of an A1 reference; null when it is not valid A1. */
export function parseA1(
  ref: string,
  maxRows: number,
  maxCols: number,
): Rect | null {
  const parts = ref.trim().split(':');
  if (parts.length > 2 || parts[0] === '') return null;
  const a = ENDPOINT.exec(parts[0]);
  const b = parts.length === 2 ? ENDPOINT.exec(parts[1]) : a;
  if (!a || !b) return null;
  const [, c1, r1] = a;
  const [, c2, r2] = b;
  if (parts.length === 1 && (!c1 || !r1)) return null; // 'A' or '1' alone is not a range
  if (!c1 && !r1) return null;
  if (!c2 && !r2) return null;
  // 'A:A' (columns), '1:1' (rows), 'A2:C' (open end row), 'A1:3'? -> rows only when no letters.
  if ((!c1 && c2) || (!r1 && r2 && c1 && !c2)) return null;
  const startCol = c1 ? lettersToColumn(c1) : 1;
  const startRow = r1 ? Number(r1) : 1;
  const endCol = c2 ? lettersToColumn(c2) : maxCols;
  const endRow = r2 ? Number(r2) : maxRows;
  if (startRow < 1 || endRow < 1) return null;
  const row = Math.min(startRow, endRow);
  const col = Math.min(startCol, endCol);
  return {
    row,
    col,
    numRows: Math.max(startRow, endRow) - row + 1,
    numCols: Math.max(startCol, endCol) - col + 1,
  };
}
