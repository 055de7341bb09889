// Range.setBorder, as Sheets has it (developers.google.com/apps-script/reference/spreadsheet/range
// #setbordertop,-left,-bottom,-right,-vertical,-horizontal,-color,-style): each argument is true
// (draw), false (remove) or null (leave as it is); top/left/bottom/right are the range's outer
// edges, vertical/horizontal the lines between its cells; color defaults to black and style to
// SOLID (BorderStyle: DOTTED, DASHED, SOLID, SOLID_MEDIUM, SOLID_THICK, DOUBLE,
// developers.google.com/apps-script/reference/spreadsheet/border-style). Each cell keeps its own
// sides; the line between two cells is drawn by either one, as Sheets shows it.
import {BorderStyle} from './enums';
import type {BorderModel} from './model';
import type {Range} from './range';

type Side = keyof BorderModel;
type Flag = boolean | null | undefined;

export function setBorder(
  this: Range,
  top: Flag,
  left: Flag,
  bottom: Flag,
  right: Flag,
  vertical: Flag,
  horizontal: Flag,
  color?: string | null,
  style?: string | null,
): Range {
  const env = this._env;
  const flags = [top, left, bottom, right, vertical, horizontal];
  if (flags.length < 6 || flags.some(f => f !== null && typeof f !== 'boolean'))
    throw env.error(
      "The parameters don't match the method signature for SpreadsheetApp.Range.setBorder.",
    );
  const name = String(style ?? BorderStyle.SOLID);
  if (!(name in BorderStyle))
    throw env.error(`Invalid argument: style (${name})`);
  this._assertEditable();
  const line = `${name} ${color ?? '#000000'}`;
  const {row, col, numRows, numCols} = this._r;
  const sheet = this._sheet;
  for (let r = row; r < row + numRows; r++) {
    for (let c = col; c < col + numCols; c++) {
      const sides: Partial<Record<Side, Flag>> = {
        top: r === row ? top : horizontal,
        bottom: r === row + numRows - 1 ? bottom : horizontal,
        left: c === col ? left : vertical,
        right: c === col + numCols - 1 ? right : vertical,
      };
      const next: BorderModel = {...sheet.get('border', r, c)};
      for (const [side, flag] of Object.entries(sides) as [Side, Flag][]) {
        if (flag === true) next[side] = line;
        else if (flag === false) delete next[side];
      }
      sheet.set('border', r, c, Object.keys(next).length ? next : undefined);
    }
  }
  return this;
}

/** Defines setBorder on Range.prototype (before countMethods wraps it). */
export function addBorderMethods(cls: {prototype: Range}): void {
  (cls.prototype as unknown as Record<string, unknown>).setBorder = setBorder;
}

export interface BorderAccessors {
  setBorder(
    top: Flag,
    left: Flag,
    bottom: Flag,
    right: Flag,
    vertical: Flag,
    horizontal: Flag,
    color?: string | null,
    style?: string | null,
  ): Range;
}
