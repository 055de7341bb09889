// Merged cells: Range.merge(), breakApart(), isPartOfMerge(), getMergedRanges(), as Sheets has
// them. Merging keeps the top-left cell's value and style; the other cells become blank and read
// as blank (getValues gives ''), and breaking the merge apart does not bring their values back
// (Tanaike, "Technique for Processing Google Spreadsheet Including Merged Cells using Google Apps
// Script", gist.github.com/tanaikech/a03b0bb4218a19b41d507a5b649e3802). getMergedRanges: "the
// merged cells that either are fully within the current range, or contain at least one cell in
// the current range" (developers.google.com/apps-script/reference/spreadsheet/range
// #getmergedranges). A value written into a covered cell is not kept: the cell stays blank.
// Known difference: inserting or deleting rows/columns does not move merges.
import type {Rect, SheetModel} from './model';
import type {Range} from './range';

/** The merges of each sheet model (0 or more rectangles, never overlapping). */
const MERGES = new WeakMap<SheetModel, Rect[]>();

export function mergesOf(sheet: SheetModel): Rect[] {
  let list = MERGES.get(sheet);
  if (!list) MERGES.set(sheet, (list = []));
  return list;
}

/** Replaces a sheet's merges (the .xlsx reader; a copy of a sheet). */
export function setMerges(sheet: SheetModel, rects: Rect[]): void {
  MERGES.set(
    sheet,
    rects.map(r => ({...r})),
  );
}

function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.col < b.col + b.numCols &&
    b.col < a.col + a.numCols
  );
}

/** Blanks every cell a merge covers but its top-left one (after a write into the block). */
export function blankCovered(sheet: SheetModel, within: Rect): void {
  for (const m of mergesOf(sheet)) {
    if (!overlaps(m, within)) continue;
    for (let r = m.row; r < m.row + m.numRows; r++)
      for (let c = m.col; c < m.col + m.numCols; c++) {
        if (r === m.row && c === m.col) continue;
        sheet.set('value', r, c, undefined);
        sheet.set('formula', r, c, undefined);
      }
  }
}

interface MergeMethods {
  merge(): Range;
  breakApart(): Range;
  isPartOfMerge(): boolean;
  getMergedRanges(): Range[];
}

/** Defines the merge methods on Range's prototype (before countMethods wraps them). */
export function addMergeMethods(cls: {prototype: object}): void {
  const methods: MergeMethods & ThisType<Range> = {
    merge() {
      this._assertEditable();
      const rect = this._rect();
      const list = mergesOf(this._sheet);
      if (list.some(m => overlaps(m, rect)))
        throw this._env.error(
          'You must select all cells in a merged range to merge or unmerge them.',
        );
      if (rect.numRows * rect.numCols > 1) list.push(rect);
      blankCovered(this._sheet, rect);
      return this;
    },
    breakApart() {
      this._assertEditable();
      const rect = this._rect();
      const list = mergesOf(this._sheet);
      const inside = (m: Rect) =>
        m.row >= rect.row &&
        m.col >= rect.col &&
        m.row + m.numRows <= rect.row + rect.numRows &&
        m.col + m.numCols <= rect.col + rect.numCols;
      if (list.some(m => overlaps(m, rect) && !inside(m)))
        throw this._env.error(
          'You must select all cells in a merged range to merge or unmerge them.',
        );
      setMerges(
        this._sheet,
        list.filter(m => !inside(m)),
      );
      return this;
    },
    isPartOfMerge() {
      const rect = this._rect();
      return mergesOf(this._sheet).some(m => overlaps(m, rect));
    },
    getMergedRanges() {
      const rect = this._rect();
      const Ctor = this.constructor as new (
        env: unknown,
        sheet: SheetModel,
        r: Rect,
      ) => Range;
      const found = mergesOf(this._sheet)
        .filter(m => overlaps(m, rect))
        .map(m => new Ctor(this._env, this._sheet, {...m}));
      const out = new this._env.realm.Array() as unknown as Range[];
      out.push(...found);
      return out;
    },
  };
  Object.assign(cls.prototype, methods);
}

export interface MergeAccessors extends MergeMethods {}
