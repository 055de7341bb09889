// Range: a rectangle of cells (values, formulas, geometry, clearing); its style accessors
// (backgrounds, fonts, number formats, notes, data validations...) come from the table in
// range-styles.ts.
import {rectToA1} from './a1';
import {countMethods} from './calls';
import {writeValues} from './cell-input';
import {isDate} from './dates';
import type {Env} from './env';
import {FORMAT_LAYERS, LayerName, LayerTypes, Rect, SheetModel} from './model';
import {displayValue} from './number-format';
import {
  PROTECTED_MESSAGE,
  Protection,
  blockingProtection,
  newProtection,
} from './protection';
import {StyleAccessors, addStyleAccessors} from './range-styles';
import {MergeAccessors, addMergeMethods, blankCovered} from './range-merges';
import {BorderAccessors, addBorderMethods} from './range-borders';
import {Service} from './service';
import {Sheet} from './sheet';

type Clearing = {
  contentsOnly?: boolean;
  formatOnly?: boolean;
  commentsOnly?: boolean;
  validationsOnly?: boolean;
};

// Merged with the interface below, which types the accessors addStyleAccessors defines.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class Range extends Service {
  constructor(
    env: Env,
    public _sheet: SheetModel,
    readonly _r: Rect,
  ) {
    super(env);
  }

  _rect(): Rect {
    return {...this._r};
  }

  _select(): void {
    this._env.workbook.meta.activeRange = {
      sheetId: this._sheet.id,
      rect: this._rect(),
    };
    this._env.workbook.activeSheetId = this._sheet.id;
  }

  _assertEditable(): void {
    if (
      blockingProtection(
        this._env.workbook,
        this._sheet,
        this._r,
        this._env.actor,
      )
    ) {
      throw this._env.error(PROTECTED_MESSAGE);
    }
  }

  _checkDims(data: unknown, method: string): unknown[][] {
    const env = this._env;
    if (!Array.isArray(data) || (data.length > 0 && !Array.isArray(data[0]))) {
      throw env.error(
        `The parameters (${Array.isArray(data) ? 'number[]' : typeof data}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    const {numRows, numCols} = this._r;
    if (data.length !== numRows) {
      throw env.error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${numRows}.`,
      );
    }
    for (const row of data as unknown[][]) {
      if (!Array.isArray(row) || row.length !== numCols) {
        throw env.error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${Array.isArray(row) ? row.length : 0} but the range has ${numCols}.`,
        );
      }
    }
    return data as unknown[][];
  }

  /** Writes a checked block of values the way setValues does (text parsing, formulas). */
  _write(data: unknown[][]): void {
    writeValues(this._env, this._sheet, this._r, data);
    blankCovered(this._sheet, this._r);
  }

  _fill<K extends LayerName>(layer: K, value: LayerTypes[K] | undefined): void {
    const {row, col, numRows, numCols} = this._r;
    for (let r = row; r < row + numRows; r++) {
      for (let c = col; c < col + numCols; c++)
        this._sheet.set(layer, r, c, value);
    }
  }

  _fillEach<K extends LayerName>(
    layer: K,
    data: unknown[][],
    convert: (v: unknown) => LayerTypes[K] | undefined,
  ): void {
    const {row, col, numRows, numCols} = this._r;
    for (let i = 0; i < numRows; i++) {
      for (let j = 0; j < numCols; j++)
        this._sheet.set(layer, row + i, col + j, convert(data[i][j]));
    }
  }

  _grid<T>(map: (r: number, c: number) => T): T[][] {
    const {row, col, numRows, numCols} = this._r;
    const out = new this._env.realm.Array(numRows) as unknown as T[][];
    for (let i = 0; i < numRows; i++) {
      const line = new this._env.realm.Array(numCols) as unknown as T[];
      for (let j = 0; j < numCols; j++) line[j] = map(row + i, col + j);
      out[i] = line;
    }
    return out;
  }

  _clear(options: Clearing): void {
    const only =
      options.contentsOnly ||
      options.formatOnly ||
      options.commentsOnly ||
      options.validationsOnly;
    const layers: LayerName[] = [];
    if (!only || options.contentsOnly) layers.push('value', 'formula');
    if (!only || options.formatOnly) layers.push(...FORMAT_LAYERS);
    if (options.commentsOnly) layers.push('note');
    if (options.validationsOnly) layers.push('validation');
    this._assertEditable();
    for (const layer of layers) this._sheet.clearLayer(layer, this._r);
  }

  // ----- values
  getValues(): unknown[][] {
    return this._values();
  }
  /** getValues without counting a call (Sheet.getSheetValues reads through it). */
  _values(): unknown[][] {
    const {row, col, numRows, numCols} = this._r;
    const A = this._env.realm.Array;
    const RealmDate = this._env.realm.Date;
    const values = this._sheet.layers.value;
    const out = new A(numRows) as unknown as unknown[][];
    for (let i = 0; i < numRows; i++) {
      const src = values[row - 1 + i];
      const line = new A(numCols) as unknown as unknown[];
      if (src === undefined) {
        for (let j = 0; j < numCols; j++) line[j] = '';
      } else {
        for (let j = 0; j < numCols; j++) {
          const v = src[col - 1 + j];
          line[j] =
            v === undefined
              ? ''
              : typeof v === 'object'
                ? new RealmDate(v.getTime())
                : v;
        }
      }
      out[i] = line;
    }
    return out;
  }
  getValue(): unknown {
    const v = this._sheet.get('value', this._r.row, this._r.col);
    return v === undefined ? '' : isDate(v) ? this._env.date(v.getTime()) : v;
  }
  setValues(values: unknown[][]): Range {
    const data = this._checkDims(values, 'setValues');
    this._assertEditable();
    this._write(data);
    return this;
  }
  setValue(value: unknown): Range {
    this._assertEditable();
    const {numRows, numCols} = this._r;
    const line = new Array(numCols).fill(value);
    this._write(new Array(numRows).fill(line));
    return this;
  }
  getDisplayValues(): string[][] {
    const {timeZone, locale} = this._env.workbook;
    const m = this._sheet;
    return this._grid((r, c) =>
      displayValue(
        m.get('value', r, c),
        m.get('numberFormat', r, c),
        timeZone,
        locale,
      ),
    );
  }
  getDisplayValue(): string {
    const {timeZone, locale} = this._env.workbook;
    const {row, col} = this._r;
    const m = this._sheet;
    return displayValue(
      m.get('value', row, col),
      m.get('numberFormat', row, col),
      timeZone,
      locale,
    );
  }
  isBlank(): boolean {
    const m = this._sheet;
    const {row, col, numRows, numCols} = this._r;
    for (let r = row; r < row + numRows; r++) {
      for (let c = col; c < col + numCols; c++) {
        if (
          m.get('value', r, c) !== undefined ||
          m.get('formula', r, c) !== undefined
        )
          return false;
      }
    }
    return true;
  }

  // ----- formulas
  getFormulas(): string[][] {
    const m = this._sheet;
    return this._grid((r, c) => m.get('formula', r, c) ?? '');
  }
  getFormula(): string {
    return this._sheet.get('formula', this._r.row, this._r.col) ?? '';
  }
  setFormula(formula: string): Range {
    this._assertEditable();
    const text = String(formula);
    const {numRows, numCols} = this._r;
    this._write(new Array(numRows).fill(new Array(numCols).fill(text)));
    return this;
  }
  setFormulas(formulas: string[][]): Range {
    const data = this._checkDims(formulas, 'setFormulas');
    this._assertEditable();
    this._write(data);
    return this;
  }

  // ----- geometry
  getA1Notation(): string {
    return rectToA1(this._r);
  }
  getRow(): number {
    return this._r.row;
  }
  getRowIndex(): number {
    return this._r.row;
  }
  getColumn(): number {
    return this._r.col;
  }
  getNumRows(): number {
    return this._r.numRows;
  }
  getNumColumns(): number {
    return this._r.numCols;
  }
  getHeight(): number {
    return this._r.numRows;
  }
  getWidth(): number {
    return this._r.numCols;
  }
  getLastRow(): number {
    return this._r.row + this._r.numRows - 1;
  }
  getLastColumn(): number {
    return this._r.col + this._r.numCols - 1;
  }
  getSheet(): Sheet {
    return new Sheet(this._env, this._sheet);
  }
  getGridId(): number {
    return this._sheet.id;
  }
  offset(
    rowOffset: number,
    columnOffset: number,
    numRows?: number,
    numColumns?: number,
  ): Range {
    return new Sheet(this._env, this._sheet)._rangeAt(
      this._r.row + rowOffset,
      this._r.col + columnOffset,
      numRows ?? this._r.numRows,
      numColumns ?? this._r.numCols,
    );
  }
  getCell(row: number, column: number): Range {
    if (
      row < 1 ||
      column < 1 ||
      row > this._r.numRows ||
      column > this._r.numCols
    ) {
      throw this._env.error('Cell reference out of range');
    }
    return new Range(this._env, this._sheet, {
      row: this._r.row + row - 1,
      col: this._r.col + column - 1,
      numRows: 1,
      numCols: 1,
    });
  }
  activate(): Range {
    this._select();
    return this;
  }

  // ----- clearing
  clear(options?: Clearing): Range {
    this._clear(options ?? {});
    return this;
  }
  clearContent(): Range {
    this._clear({contentsOnly: true});
    return this;
  }
  clearFormat(): Range {
    this._clear({formatOnly: true});
    return this;
  }
  clearNote(): Range {
    this._clear({commentsOnly: true});
    return this;
  }
  clearDataValidations(): Range {
    this._clear({validationsOnly: true});
    return this;
  }

  // ----- protection
  protect(): Protection {
    return new Protection(
      this._env,
      newProtection(this._env, 'RANGE', this._sheet, this._rect()),
    );
  }

  toString(): string {
    return 'Range';
  }
}

// The style accessors, typed from their table; addStyleAccessors defines them on the prototype
// when this module loads, before any Range exists.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface Range
  extends StyleAccessors, MergeAccessors, BorderAccessors {}

addStyleAccessors(Range);
addMergeMethods(Range);
addBorderMethods(Range);
countMethods(Range, 'Range');
