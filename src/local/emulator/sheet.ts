// Sheet: one tab of the spreadsheet (ranges, rows and columns, frozen panes, widths, charts).
import {parseA1, splitSheetName} from './a1';
import {countMethods} from './calls';
import {
  ChartHost,
  ChartRangeModel,
  EmbeddedChart,
  EmbeddedChartBuilder,
  chartsOf,
  insertChart,
  newChartBuilder,
  removeChart,
  updateChart,
} from './charts';
import {
  DeveloperMetadata,
  DeveloperMetadataFinder,
  addMetadata,
} from './developer-metadata';
import type {Env} from './env';
import {assertCellsFit} from './limits';
import type {SheetModel} from './model';
import {Protection, newProtection} from './protection';
import {Range} from './range';
import {RangeList} from './range-list';
import {Service} from './service';
import * as structure from './sheet-structure';
import {Spreadsheet, assertNewSheetName} from './spreadsheet';

export class Sheet extends Service {
  constructor(
    env: Env,
    public _model: SheetModel,
  ) {
    super(env);
  }

  _range(a1: string): Range {
    const {ref} = splitSheetName(a1);
    const rect = parseA1(ref, this._model.maxRows, this._model.maxCols);
    if (!rect) throw this._env.error('Range not found');
    return this._rangeAt(rect.row, rect.col, rect.numRows, rect.numCols);
  }

  _rangeAt(row: number, col: number, numRows: number, numCols: number): Range {
    const env = this._env;
    for (const v of [row, col, numRows, numCols]) {
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw env.error(
          `The parameters (${typeof v === 'string' ? 'String' : typeof v},number) don't match the method signature for SpreadsheetApp.Sheet.getRange.`,
        );
      }
    }
    if (row < 1) throw env.error('The starting row of the range is too small.');
    if (col < 1)
      throw env.error('The starting column of the range is too small.');
    if (numRows < 1)
      throw env.error('The number of rows in the range must be at least 1.');
    if (numCols < 1)
      throw env.error('The number of columns in the range must be at least 1.');
    if (
      row + numRows - 1 > this._model.maxRows ||
      col + numCols - 1 > this._model.maxCols
    ) {
      throw env.error(
        'The coordinates of the range are outside the dimensions of the sheet.',
      );
    }
    return new Range(env, this._model, {
      row: Math.floor(row),
      col: Math.floor(col),
      numRows: Math.floor(numRows),
      numCols: Math.floor(numCols),
    });
  }

  getName(): string {
    return this._model.name;
  }
  setName(name: string): Sheet {
    assertNewSheetName(this._env, String(name), this._model);
    this._model.name = String(name);
    return this;
  }
  getSheetId(): number {
    return this._model.id;
  }
  /** addDeveloperMetadata(key), (key, value), (key, visibility), (key, value, visibility). */
  addDeveloperMetadata(
    key: string,
    value?: unknown,
    visibility?: unknown,
  ): Sheet {
    if (value === 'DOCUMENT' || value === 'PROJECT')
      addMetadata(this._env, this._model, key, undefined, value);
    else addMetadata(this._env, this._model, key, value, visibility);
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadata[] {
    return this._env.list(
      this._model.developerMetadata.map(
        m => new DeveloperMetadata(this._env, this._model, m),
      ),
    );
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this._env, () => [this._model]);
  }
  getIndex(): number {
    return this._env.workbook.sheets.indexOf(this._model) + 1;
  }
  getParent(): Spreadsheet {
    return new Spreadsheet(this._env);
  }
  /** getRange(a1) | getRange(row, col) | getRange(row, col, numRows) | getRange(row, col, numRows, numCols) */
  getRange(
    a: string | number,
    col?: number,
    numRows?: number,
    numCols?: number,
  ): Range {
    if (typeof a === 'string') return this._range(a);
    return this._rangeAt(a, col as number, numRows ?? 1, numCols ?? 1);
  }
  getRangeList(a1Notations: string[]): RangeList {
    if (!Array.isArray(a1Notations) || !a1Notations.length)
      throw this._env.error('Invalid argument: a1Notations');
    return new RangeList(
      this._env,
      a1Notations.map(a1 => this._range(a1)),
    );
  }
  getDataRange(): Range {
    const m = this._model;
    return new Range(this._env, m, {
      row: 1,
      col: 1,
      numRows: Math.max(1, m.lastRow()),
      numCols: Math.max(1, m.lastColumn()),
    });
  }
  getLastRow(): number {
    return this._model.lastRow();
  }
  getLastColumn(): number {
    return this._model.lastColumn();
  }
  getMaxRows(): number {
    return this._model.maxRows;
  }
  getMaxColumns(): number {
    return this._model.maxCols;
  }
  /**
   * The values of a rectangle in one call. "A -1 value given as the row or column position is
   * equivalent to getting the very last row or column that has data in the sheet"
   * (developers.google.com/apps-script/reference/spreadsheet/sheet#getsheetvaluesstartrow,-startcolumn,-numrows,-numcolumns):
   * getSheetValues(1, 1, -1, -1) reads up to the last row and column with data, like
   * getDataRange().getValues() (one empty cell for an empty sheet).
   */
  getSheetValues(
    startRow: number,
    startColumn: number,
    numRows: number,
    numColumns: number,
  ): unknown[][] {
    const m = this._model;
    const lastRow = m.lastRow();
    const lastCol = m.lastColumn();
    const row = startRow === -1 ? Math.max(1, lastRow) : startRow;
    const col = startColumn === -1 ? Math.max(1, lastCol) : startColumn;
    const rows = numRows === -1 ? Math.max(1, lastRow - row + 1) : numRows;
    const cols =
      numColumns === -1 ? Math.max(1, lastCol - col + 1) : numColumns;
    return this._rangeAt(row, col, rows, cols)._values();
  }

  insertRows(rowIndex: number, numRows = 1): void {
    structure.insertRows(this._env, this._model, rowIndex, numRows, false);
  }
  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    structure.insertRows(
      this._env,
      this._model,
      beforePosition,
      howMany,
      false,
    );
    return this;
  }
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    structure.insertRows(
      this._env,
      this._model,
      afterPosition + 1,
      howMany,
      true,
    );
    return this;
  }
  insertRowBefore(beforePosition: number): Sheet {
    structure.insertRows(this._env, this._model, beforePosition, 1, false);
    return this;
  }
  insertRowAfter(afterPosition: number): Sheet {
    structure.insertRows(this._env, this._model, afterPosition + 1, 1, true);
    return this;
  }
  deleteRow(rowPosition: number): Sheet {
    structure.deleteRows(this._env, this._model, rowPosition, 1);
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    structure.deleteRows(this._env, this._model, rowPosition, howMany);
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    structure.insertColumns(this._env, this._model, columnIndex, numColumns);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    structure.insertColumns(this._env, this._model, afterPosition + 1, howMany);
    return this;
  }
  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    structure.insertColumns(this._env, this._model, beforePosition, howMany);
    return this;
  }
  insertColumnAfter(afterPosition: number): Sheet {
    structure.insertColumns(this._env, this._model, afterPosition + 1, 1);
    return this;
  }
  insertColumnBefore(beforePosition: number): Sheet {
    structure.insertColumns(this._env, this._model, beforePosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    structure.deleteColumns(this._env, this._model, columnPosition, howMany);
  }
  deleteColumn(columnPosition: number): Sheet {
    structure.deleteColumns(this._env, this._model, columnPosition, 1);
    return this;
  }
  appendRow(rowContents: unknown[]): Sheet {
    if (!Array.isArray(rowContents)) {
      throw this._env.error(
        "The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.appendRow.",
      );
    }
    const m = this._model;
    const row = m.lastRow() + 1;
    const newRows = Math.max(0, row - m.maxRows);
    const newCols = Math.max(0, rowContents.length - m.maxCols);
    // appendRow grows the sheet, within the spreadsheet's cell limit.
    assertCellsFit(
      this._env,
      (m.maxRows + newRows) * (m.maxCols + newCols) - m.maxRows * m.maxCols,
    );
    if (newRows) m.insertRows(m.maxRows + 1, newRows);
    if (newCols) m.insertColumns(m.maxCols + 1, newCols);
    if (rowContents.length === 0) return this;
    const range = new Range(this._env, m, {
      row,
      col: 1,
      numRows: 1,
      numCols: rowContents.length,
    });
    range._write([rowContents]);
    return this;
  }
  /** Every cell of the sheet, as a Range. */
  _whole(): Range {
    const m = this._model;
    return new Range(this._env, m, {
      row: 1,
      col: 1,
      numRows: m.maxRows,
      numCols: m.maxCols,
    });
  }
  clear(options?: {contentsOnly?: boolean; formatOnly?: boolean}): Sheet {
    this._whole()._clear(options ?? {});
    return this;
  }
  clearContents(): Sheet {
    this._whole()._clear({contentsOnly: true});
    return this;
  }
  clearFormats(): Sheet {
    this._whole()._clear({formatOnly: true});
    return this;
  }
  setFrozenRows(rows: number): void {
    if (rows < 0 || rows > this._model.maxRows)
      throw this._env.error('Those rows are out of bounds.');
    this._model.frozenRows = rows;
  }
  setFrozenColumns(columns: number): void {
    if (columns < 0 || columns > this._model.maxCols) {
      throw this._env.error('Those columns are out of bounds.');
    }
    this._model.frozenCols = columns;
  }
  getFrozenRows(): number {
    return this._model.frozenRows;
  }
  getFrozenColumns(): number {
    return this._model.frozenCols;
  }
  setColumnWidth(columnPosition: number, width: number): Sheet {
    this._model.columnWidths[columnPosition] = width;
    return this;
  }
  setColumnWidths(
    startColumn: number,
    numColumns: number,
    width: number,
  ): Sheet {
    for (let c = startColumn; c < startColumn + numColumns; c++)
      this._model.columnWidths[c] = width;
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this._model.columnWidths[columnPosition] ?? 100;
  }
  /** Fits each column to its longest displayed text (about 7 px per character, as Arial 10 renders). */
  autoResizeColumns(startColumn: number, numColumns: number): Sheet {
    structure.autoResizeColumns(
      this._env,
      this._model,
      startColumn,
      numColumns,
    );
    return this;
  }
  autoResizeColumn(columnPosition: number): Sheet {
    structure.autoResizeColumns(this._env, this._model, columnPosition, 1);
    return this;
  }
  hideSheet(): Sheet {
    const visible = this._env.workbook.sheets.filter(s => !s.hidden);
    if (visible.length === 1 && visible[0] === this._model) {
      throw this._env.error("You can't hide all the sheets in a document.");
    }
    this._model.hidden = true;
    return this;
  }
  showSheet(): Sheet {
    this._model.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this._model.hidden;
  }
  setTabColor(color: string | null): Sheet {
    this._model.tabColor = color;
    return this;
  }
  getTabColor(): string | null {
    return this._model.tabColor;
  }
  protect(): Protection {
    const wb = this._env.workbook;
    const existing = wb.protections.find(
      p => p.type === 'SHEET' && p.sheetId === this._model.id,
    );
    if (existing) return new Protection(this._env, existing);
    return new Protection(
      this._env,
      newProtection(this._env, 'SHEET', this._model, null),
    );
  }
  getProtections(type: string): Protection[] {
    return this._env.list(
      this._env.workbook.protections
        .filter(p => p.sheetId === this._model.id && p.type === String(type))
        .map(p => new Protection(this._env, p)),
    );
  }
  activate(): Sheet {
    this._env.workbook.activeSheetId = this._model.id;
    return this;
  }
  getActiveRange(): Range | null {
    return new Spreadsheet(this._env)._activeRange();
  }
  setActiveRange(range: Range): Range {
    range._select();
    return range;
  }
  setActiveSelection(range: Range | string): Range {
    const r = typeof range === 'string' ? this._range(range) : range;
    r._select();
    return r;
  }
  setConditionalFormatRules(rules: unknown[]): void {
    this._model.conditionalFormats = [...rules];
  }
  getConditionalFormatRules(): unknown[] {
    return this._env.list(this._model.conditionalFormats);
  }
  _chartHost(): ChartHost {
    const env = this._env;
    return {
      rangeOf(r: ChartRangeModel) {
        const sheet = env.workbook.sheetById(r.sheetId);
        return sheet ? new Range(env, sheet, {...r.rect}) : null;
      },
      modelOf(range: unknown) {
        if (!(range instanceof Range)) {
          throw env.error(
            "The parameters (String) don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.addRange.",
          );
        }
        return {sheetId: range._sheet.id, rect: range._rect()};
      },
    };
  }
  newChart(): EmbeddedChartBuilder {
    return newChartBuilder(this._env, this._chartHost(), this._model.id);
  }
  insertChart(chart: EmbeddedChart): void {
    insertChart(this._env, this._model.id, chart);
  }
  getCharts(): EmbeddedChart[] {
    return chartsOf(this._env, this._chartHost(), this._model.id);
  }
  updateChart(chart: EmbeddedChart): void {
    updateChart(this._env, this._model.id, chart);
  }
  removeChart(chart: EmbeddedChart): void {
    removeChart(this._env, this._model.id, chart);
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++)
      this._model.columnWidths[c] = 0;
  }
  toString(): string {
    return 'Sheet';
  }
}

countMethods(Sheet, 'Sheet');
