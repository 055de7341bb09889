// SpreadsheetApp, Spreadsheet, Sheet, Range, Protection, DataValidation, Ui: the Apps Script API
// over the Workbook model. Semantics follow
// https://developers.google.com/apps-script/reference/spreadsheet (1-based rows/columns, '' for
// empty cells, Date for dates, the same error texts).
import {columnToLetters, parseA1, rectToA1, splitSheetName} from './a1';
import {countMethods} from './calls';
import {
  ChartHost,
  ChartRangeModel,
  EmbeddedChart,
  EmbeddedChartBuilder,
  chartsOf,
  dropSheetCharts,
  insertChart,
  newChartBuilder,
  removeChart,
  updateChart,
} from './charts';
import {ButtonName, Env, MenuCapture} from './env';
import {displayValue, isDate, parseCellText} from './format';
import {
  CellValue,
  FORMAT_LAYERS,
  LayerName,
  LayerTypes,
  ProtectionModel,
  Rect,
  SheetModel,
  ValidationModel,
} from './model';
import {
  PROTECTED_MESSAGE,
  blockingProtection,
  mayEdit,
  shiftRects,
} from './protection';

export class Service {
  constructor(public _env: Env) {}
  get _calls() {
    return this._env.calls;
  }
}

// Enums: Apps Script enum values compare by identity; strings do too and print the same name.
const enumOf = <T extends string>(...names: T[]) =>
  Object.freeze(Object.fromEntries(names.map(n => [n, n]))) as {
    readonly [K in T]: K;
  };

export const ProtectionType = enumOf('RANGE', 'SHEET');
export const DataValidationCriteria = enumOf(
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'NUMBER_BETWEEN',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'DATE_IS_VALID_DATE',
  'CHECKBOX',
  'CUSTOM_FORMULA',
);
export const BorderStyle = enumOf(
  'DOTTED',
  'DASHED',
  'SOLID',
  'SOLID_MEDIUM',
  'SOLID_THICK',
  'DOUBLE',
);
export const WrapStrategy = enumOf('WRAP', 'OVERFLOW', 'CLIP');
export const Button = enumOf('CLOSE', 'OK', 'CANCEL', 'YES', 'NO');
export const ButtonSet = enumOf('OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL');

export const DEFAULT_NUMBER_FORMAT = '0.###############';

// ---------------------------------------------------------------------------------------------

export class User extends Service {
  constructor(
    env: Env,
    public _email: string,
  ) {
    super(env);
  }
  getEmail(): string {
    return this._email;
  }
  toString(): string {
    return this._email;
  }
}

// ---------------------------------------------------------------------------------------------

export class SpreadsheetApp extends Service {
  ProtectionType = ProtectionType;
  DataValidationCriteria = DataValidationCriteria;
  BorderStyle = BorderStyle;
  WrapStrategy = WrapStrategy;

  getActive(): Spreadsheet {
    return new Spreadsheet(this._env);
  }
  getActiveSpreadsheet(): Spreadsheet {
    return new Spreadsheet(this._env);
  }
  getActiveSheet(): Sheet {
    return new Spreadsheet(this._env)._activeSheet();
  }
  getActiveRange(): Range | null {
    return new Spreadsheet(this._env)._activeRange();
  }
  openById(id: string): Spreadsheet {
    if (id !== this._env.workbook.id) {
      throw this._env.error(
        'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    }
    return new Spreadsheet(this._env);
  }
  getUi(): Ui {
    // A time-driven trigger has no open document to show anything in.
    if (this._env.noUi) {
      throw this._env.error(
        'Cannot call SpreadsheetApp.getUi() from this context.',
      );
    }
    return new Ui(this._env);
  }
  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder(this._env);
  }
  /** Writes are applied at once in the emulator; flush only counts. */
  flush(): void {}
  toString(): string {
    return 'SpreadsheetApp';
  }
}

// ---------------------------------------------------------------------------------------------

export class Spreadsheet extends Service {
  _activeSheet(): Sheet {
    const wb = this._env.workbook;
    const model = wb.sheetById(wb.activeSheetId ?? -1) ?? wb.sheets[0];
    return new Sheet(this._env, model);
  }
  _activeRange(): Range | null {
    const sel = this._env.workbook.meta.activeRange as
      {sheetId: number; rect: Rect} | undefined;
    const sheet = sel && this._env.workbook.sheetById(sel.sheetId);
    return sheet && sel ? new Range(this._env, sheet, sel.rect) : null;
  }
  _sheetOf(sheet: Sheet): SheetModel {
    const model = sheet._model;
    if (!this._env.workbook.sheets.includes(model))
      throw this._env.error('Sheet not found');
    return model;
  }

  getId(): string {
    return this._env.workbook.id;
  }
  getName(): string {
    return this._env.workbook.name;
  }
  rename(name: string): void {
    this._env.workbook.name = String(name);
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._env.workbook.id}/edit`;
  }
  getSheets(): Sheet[] {
    return this._env.list(
      this._env.workbook.sheets.map(s => new Sheet(this._env, s)),
    );
  }
  getNumSheets(): number {
    return this._env.workbook.sheets.length;
  }
  getSheetByName(name: string): Sheet | null {
    const model = this._env.workbook.sheetByName(String(name));
    return model ? new Sheet(this._env, model) : null;
  }
  getSheetById(id: number): Sheet | null {
    const model = this._env.workbook.sheetById(Number(id));
    return model ? new Sheet(this._env, model) : null;
  }
  /** insertSheet(), insertSheet(name), insertSheet(index), insertSheet(name, index). */
  insertSheet(nameOrIndex?: string | number, index?: number): Sheet {
    const wb = this._env.workbook;
    let name: string;
    let at = wb.sheets.length;
    if (typeof nameOrIndex === 'number') {
      at = nameOrIndex;
      name = '';
    } else {
      name = nameOrIndex === undefined ? '' : String(nameOrIndex);
      if (index !== undefined) at = Number(index);
    }
    if (!name) {
      let n = wb.sheets.length + 1;
      while (wb.sheetByName(`Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    assertNewSheetName(this._env, name);
    if (at < 0 || at > wb.sheets.length)
      throw this._env.error(`Index ${at} is out of range.`);
    const model = wb.addSheet(name, at);
    // Sheets makes a newly inserted sheet the active one.
    wb.activeSheetId = model.id;
    return new Sheet(this._env, model);
  }
  deleteSheet(sheet: Sheet): void {
    const wb = this._env.workbook;
    const model = this._sheetOf(sheet);
    if (wb.sheets.length === 1) {
      throw this._env.error("You can't remove all the sheets in a document.");
    }
    wb.sheets.splice(wb.sheets.indexOf(model), 1);
    wb.protections = wb.protections.filter(p => p.sheetId !== model.id);
    wb.namedRanges = wb.namedRanges.filter(n => n.sheetId !== model.id);
    dropSheetCharts(wb, model.id);
    if (wb.activeSheetId === model.id) wb.activeSheetId = wb.sheets[0].id;
  }
  getActiveSheet(): Sheet {
    return this._activeSheet();
  }
  setActiveSheet(sheet: Sheet): Sheet {
    this._env.workbook.activeSheetId = this._sheetOf(sheet).id;
    return sheet;
  }
  getActiveRange(): Range | null {
    return this._activeRange();
  }
  setActiveRange(range: Range): Range {
    range._select();
    return range;
  }
  setActiveSelection(range: Range | string): Range {
    const r =
      typeof range === 'string' ? this._activeSheet()._range(range) : range;
    r._select();
    return r;
  }
  moveActiveSheet(pos: number): void {
    const wb = this._env.workbook;
    const model = this._activeSheet()._model;
    if (pos < 1 || pos > wb.sheets.length)
      throw this._env.error(`Index ${pos} is out of range.`);
    wb.sheets.splice(wb.sheets.indexOf(model), 1);
    wb.sheets.splice(pos - 1, 0, model);
  }
  getRange(a1: string): Range {
    const {sheet} = splitSheetName(String(a1));
    const model =
      sheet === null
        ? this._activeSheet()._model
        : this._env.workbook.sheetByName(sheet);
    if (!model) throw this._env.error('Range not found');
    return new Sheet(this._env, model)._range(String(a1));
  }
  getRangeByName(name: string): Range | null {
    const named = this._env.workbook.namedRanges.find(n => n.name === name);
    const sheet = named && this._env.workbook.sheetById(named.sheetId);
    return named && sheet ? new Range(this._env, sheet, named.rect) : null;
  }
  setNamedRange(name: string, range: Range): void {
    if (
      !/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ||
      /^[A-Za-z]{1,3}\d+$/.test(name)
    ) {
      throw this._env.error(
        'Named ranges must be less than 250 characters, can contain only letters, numbers, and underscores, and must not begin with a number or be a valid A1 or R1C1 notation.',
      );
    }
    const wb = this._env.workbook;
    wb.namedRanges = wb.namedRanges.filter(n => n.name !== name);
    wb.namedRanges.push({name, sheetId: range._sheet.id, rect: range._rect()});
  }
  removeNamedRange(name: string): void {
    const wb = this._env.workbook;
    wb.namedRanges = wb.namedRanges.filter(n => n.name !== name);
  }
  getSpreadsheetTimeZone(): string {
    return this._env.workbook.timeZone;
  }
  setSpreadsheetTimeZone(tz: string): void {
    this._env.workbook.timeZone = String(tz);
  }
  getSpreadsheetLocale(): string {
    return this._env.workbook.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this._env.workbook.locale = String(locale);
  }
  toast(message: string, title?: string, timeoutSeconds?: number): void {
    this._env.shared.ui.toasts.push({
      message: String(message),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }
  getOwner(): User {
    return new User(this._env, this._env.workbook.owner);
  }
  getEditors(): User[] {
    return this._env.list(
      editorsOfFile(this._env).map(e => new User(this._env, e)),
    );
  }
  addEditor(user: string | User): Spreadsheet {
    const email = emailOf(user);
    const wb = this._env.workbook;
    if (!wb.editors.includes(email)) wb.editors.push(email);
    return this;
  }
  addEditors(users: (string | User)[]): Spreadsheet {
    const wb = this._env.workbook;
    for (const u of users) {
      const email = emailOf(u);
      if (!wb.editors.includes(email)) wb.editors.push(email);
    }
    return this;
  }
  removeEditor(user: string | User): Spreadsheet {
    const wb = this._env.workbook;
    wb.editors = wb.editors.filter(e => e !== emailOf(user));
    return this;
  }
  getProtections(type: string): Protection[] {
    return this._env.list(
      this._env.workbook.protections
        .filter(p => p.type === String(type))
        .map(p => new Protection(this._env, p)),
    );
  }
  toString(): string {
    return 'Spreadsheet';
  }
}

function editorsOfFile(env: Env): string[] {
  const wb = env.workbook;
  return [wb.owner, ...wb.editors.filter(e => e !== wb.owner)];
}

function emailOf(user: string | User): string {
  return typeof user === 'string' ? user : user._email;
}

function assertNewSheetName(env: Env, name: string, except?: SheetModel): void {
  const clash = env.workbook.sheets.find(
    s => s !== except && s.name.toLowerCase() === name.toLowerCase(),
  );
  if (clash) {
    throw env.error(
      `A sheet with the name "${name}" already exists. Please enter another name.`,
    );
  }
  if (name.length > 100)
    throw env.error('The sheet name cannot be longer than 100 characters.');
}

// ---------------------------------------------------------------------------------------------

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
    for (const [v, what] of [
      [row, 'row'],
      [col, 'column'],
      [numRows, 'number of rows'],
      [numCols, 'number of columns'],
    ] as const) {
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw env.error(
          `The parameters (${typeof v === 'string' ? 'String' : typeof v},number) don't match the method signature for SpreadsheetApp.Sheet.getRange.`,
        );
      }
      void what;
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

  _assertSheetEditable(): void {
    const m = this._model;
    const rect = {row: 1, col: 1, numRows: m.maxRows, numCols: m.maxCols};
    if (blockingProtection(this._env.workbook, m, rect, this._env.user)) {
      throw this._env.error(PROTECTED_MESSAGE);
    }
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

  /**
   * Inserts `count` rows before row `before`. New rows take the formatting of a neighbour, as in
   * Sheets (the Sheets API's InsertDimensionRequest.inheritFromBefore: "true to inherit from the
   * dimensions before ... false to inherit from the dimensions after"): rows inserted after a row
   * copy that row, rows inserted before a row copy that row (which moves down).
   */
  _insertRows(before: number, count: number, inheritFromBefore: boolean): void {
    const m = this._model;
    if (before < 1 || before > m.maxRows + 1 || count < 1) {
      throw this._env.error('Those rows are out of bounds.');
    }
    m.insertRows(before, count);
    const source = inheritFromBefore ? before - 1 : before + count;
    if (source >= 1 && source <= m.maxRows) {
      for (const layer of FORMAT_LAYERS) {
        const cells = m.layers[layer][source - 1];
        if (!cells) continue;
        for (let r = before; r < before + count; r++) {
          (m.layers[layer] as unknown[][])[r - 1] = cells.slice();
        }
      }
    }
    shiftRects(this._env.workbook, m.id, 'row', before, count);
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this._insertRows(rowIndex, numRows, false);
  }
  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    this._insertRows(beforePosition, howMany, false);
    return this;
  }
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    this._insertRows(afterPosition + 1, howMany, true);
    return this;
  }
  insertRowBefore(beforePosition: number): Sheet {
    this._insertRows(beforePosition, 1, false);
    return this;
  }
  insertRowAfter(afterPosition: number): Sheet {
    this._insertRows(afterPosition + 1, 1, true);
    return this;
  }
  _deleteRows(start: number, count: number): void {
    const m = this._model;
    if (start < 1 || count < 1 || start + count - 1 > m.maxRows) {
      throw this._env.error('Those rows are out of bounds.');
    }
    if (count >= m.maxRows - m.frozenRows && start <= m.frozenRows + 1) {
      throw this._env.error(
        'Sorry, it is not possible to delete all non-frozen rows.',
      );
    }
    this._assertSheetEditable();
    m.deleteRows(start, count);
    shiftRects(this._env.workbook, m.id, 'row', start, -count);
  }
  deleteRow(rowPosition: number): Sheet {
    this._deleteRows(rowPosition, 1);
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this._deleteRows(rowPosition, howMany);
  }
  _insertColumns(before: number, count: number): void {
    const m = this._model;
    if (before < 1 || before > m.maxCols + 1 || count < 1) {
      throw this._env.error('Those columns are out of bounds.');
    }
    m.insertColumns(before, count);
    shiftRects(this._env.workbook, m.id, 'col', before, count);
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this._insertColumns(columnIndex, numColumns);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    this._insertColumns(afterPosition + 1, howMany);
    return this;
  }
  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    this._insertColumns(beforePosition, howMany);
    return this;
  }
  insertColumnAfter(afterPosition: number): Sheet {
    this._insertColumns(afterPosition + 1, 1);
    return this;
  }
  insertColumnBefore(beforePosition: number): Sheet {
    this._insertColumns(beforePosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this._deleteColumns(columnPosition, howMany);
  }
  _deleteColumns(columnPosition: number, howMany: number): void {
    const m = this._model;
    if (
      columnPosition < 1 ||
      howMany < 1 ||
      columnPosition + howMany - 1 > m.maxCols
    ) {
      throw this._env.error('Those columns are out of bounds.');
    }
    if (
      howMany >= m.maxCols - m.frozenCols &&
      columnPosition <= m.frozenCols + 1
    ) {
      throw this._env.error(
        'Sorry, it is not possible to delete all non-frozen columns.',
      );
    }
    this._assertSheetEditable();
    m.deleteColumns(columnPosition, howMany);
    shiftRects(this._env.workbook, m.id, 'col', columnPosition, -howMany);
  }
  deleteColumn(columnPosition: number): Sheet {
    this._deleteColumns(columnPosition, 1);
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
    if (row > m.maxRows) m.insertRows(m.maxRows + 1, row - m.maxRows);
    if (rowContents.length > m.maxCols)
      m.insertColumns(m.maxCols + 1, rowContents.length - m.maxCols);
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
  clear(options?: {contentsOnly?: boolean; formatOnly?: boolean}): Sheet {
    const m = this._model;
    const all = {row: 1, col: 1, numRows: m.maxRows, numCols: m.maxCols};
    new Range(this._env, m, all)._clear(options ?? {});
    return this;
  }
  clearContents(): Sheet {
    const m = this._model;
    new Range(this._env, m, {
      row: 1,
      col: 1,
      numRows: m.maxRows,
      numCols: m.maxCols,
    })._clear({
      contentsOnly: true,
    });
    return this;
  }
  clearFormats(): Sheet {
    const m = this._model;
    new Range(this._env, m, {
      row: 1,
      col: 1,
      numRows: m.maxRows,
      numCols: m.maxCols,
    })._clear({
      formatOnly: true,
    });
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
    this._autoResize(startColumn, numColumns);
    return this;
  }
  _autoResize(startColumn: number, numColumns: number): void {
    const m = this._model;
    const last = m.lastRow();
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      let longest = 0;
      for (let r = 1; r <= last; r++) {
        const v = m.get('value', r, c);
        if (v === undefined) continue;
        const text = displayValue(
          v,
          m.get('numberFormat', r, c),
          this._env.workbook.timeZone,
          this._env.workbook.locale,
        );
        longest = Math.max(longest, text.length);
      }
      m.columnWidths[c] = Math.max(30, Math.min(1000, longest * 7 + 12));
    }
  }
  autoResizeColumn(columnPosition: number): Sheet {
    this._autoResize(columnPosition, 1);
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

function newProtection(
  env: Env,
  type: 'RANGE' | 'SHEET',
  sheet: SheetModel,
  rect: Rect | null,
): ProtectionModel {
  const wb = env.workbook;
  // A new protection starts with everyone who can edit the file (that is why Google's sample code
  // removes protection.getEditors() afterwards):
  // https://developers.google.com/apps-script/reference/spreadsheet/protection
  const p: ProtectionModel = {
    id: wb.newId('protection'),
    type,
    sheetId: sheet.id,
    rect,
    description: '',
    editors: editorsOfFile(env),
    warningOnly: false,
    domainEdit: false,
    unprotected: [],
  };
  wb.protections.push(p);
  return p;
}

// ---------------------------------------------------------------------------------------------

type Clearing = {
  contentsOnly?: boolean;
  formatOnly?: boolean;
  commentsOnly?: boolean;
  validationsOnly?: boolean;
};

export class Range extends Service {
  constructor(
    env: Env,
    public _sheet: SheetModel,
    private _r: Rect,
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
        this._env.user,
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
    const m = this._sheet;
    const {timeZone, locale} = this._env.workbook;
    const values = m.layers.value;
    const formulas = m.layers.formula;
    const formats = m.layers.numberFormat;
    const {row, col, numRows, numCols} = this._r;
    for (let i = 0; i < numRows; i++) {
      const src = data[i];
      const r = row - 1 + i;
      let vRow = values[r];
      const fRow = formulas[r];
      const fmtRow = formats[r];
      for (let j = 0; j < numCols; j++) {
        const c = col - 1 + j;
        const input = src[j];
        let value: CellValue | undefined;
        let formula: string | undefined;
        if (input === null || input === undefined || input === '') {
          value = undefined;
        } else if (typeof input === 'string') {
          const first = input.charCodeAt(0);
          // Fast path: text starting with a letter other than t/f cannot be a number/date/boolean.
          const plain =
            ((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) &&
            first !== 84 &&
            first !== 70 &&
            first !== 116 &&
            first !== 102;
          if (plain) value = input;
          else {
            const parsed = parseCellText(input, fmtRow?.[c], timeZone, locale);
            value = parsed.value;
            formula = parsed.formula;
          }
        } else if (typeof input === 'number' || typeof input === 'boolean') {
          value = input;
        } else if (isDate(input)) {
          value = new Date((input as Date).getTime());
        } else {
          value = String(input);
        }
        if (value !== undefined && vRow === undefined) vRow = values[r] = [];
        if (vRow !== undefined) vRow[c] = value;
        if (formula !== undefined) {
          m.set('formula', r + 1, c + 1, formula);
        } else if (fRow !== undefined && fRow[c] !== undefined) {
          fRow[c] = undefined;
        }
      }
    }
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

  // ----- formats
  setNumberFormat(numberFormat: string): Range {
    this._assertEditable();
    this._fill('numberFormat', String(numberFormat));
    return this;
  }
  setNumberFormats(numberFormats: string[][]): Range {
    const data = this._checkDims(numberFormats, 'setNumberFormats');
    this._assertEditable();
    this._fillEach('numberFormat', data, v =>
      v === null || v === undefined ? undefined : String(v),
    );
    return this;
  }
  getNumberFormat(): string {
    return (
      this._sheet.get('numberFormat', this._r.row, this._r.col) ??
      DEFAULT_NUMBER_FORMAT
    );
  }
  getNumberFormats(): string[][] {
    const m = this._sheet;
    return this._grid(
      (r, c) => m.get('numberFormat', r, c) ?? DEFAULT_NUMBER_FORMAT,
    );
  }
  setFontWeight(fontWeight: string | null): Range {
    this._assertEditable();
    this._fill('fontWeight', fontWeight === 'bold' ? 'bold' : undefined);
    return this;
  }
  setFontWeights(fontWeights: (string | null)[][]): Range {
    const data = this._checkDims(fontWeights, 'setFontWeights');
    this._assertEditable();
    this._fillEach('fontWeight', data, v =>
      v === 'bold' ? 'bold' : undefined,
    );
    return this;
  }
  getFontWeight(): string {
    return this._sheet.get('fontWeight', this._r.row, this._r.col) ?? 'normal';
  }
  getFontWeights(): string[][] {
    const m = this._sheet;
    return this._grid((r, c) => m.get('fontWeight', r, c) ?? 'normal');
  }
  setFontColor(color: string | null): Range {
    this._assertEditable();
    this._fill('fontColor', color ?? undefined);
    return this;
  }
  setFontColors(colors: (string | null)[][]): Range {
    const data = this._checkDims(colors, 'setFontColors');
    this._assertEditable();
    this._fillEach('fontColor', data, v => (v ? String(v) : undefined));
    return this;
  }
  getFontColor(): string {
    return this._sheet.get('fontColor', this._r.row, this._r.col) ?? '#000000';
  }
  setBackground(color: string | null): Range {
    this._assertEditable();
    this._fill('background', color ?? undefined);
    return this;
  }
  setBackgrounds(colors: (string | null)[][]): Range {
    const data = this._checkDims(colors, 'setBackgrounds');
    this._assertEditable();
    this._fillEach('background', data, v => (v ? String(v) : undefined));
    return this;
  }
  getBackground(): string {
    return this._sheet.get('background', this._r.row, this._r.col) ?? '#ffffff';
  }
  getBackgrounds(): string[][] {
    const m = this._sheet;
    return this._grid((r, c) => m.get('background', r, c) ?? '#ffffff');
  }
  setHorizontalAlignment(alignment: string | null): Range {
    this._assertEditable();
    this._fill(
      'horizontalAlignment',
      alignment && alignment !== 'normal' ? alignment : undefined,
    );
    return this;
  }
  getHorizontalAlignment(): string {
    return (
      this._sheet.get('horizontalAlignment', this._r.row, this._r.col) ??
      'general'
    );
  }
  setWrap(isWrapEnabled: boolean): Range {
    this._assertEditable();
    this._fill('wrap', isWrapEnabled ? true : undefined);
    return this;
  }
  getWrap(): boolean {
    return this._sheet.get('wrap', this._r.row, this._r.col) === true;
  }
  setNote(note: string | null): Range {
    this._fill('note', note ? String(note) : undefined);
    return this;
  }
  setNotes(notes: (string | null)[][]): Range {
    const data = this._checkDims(notes, 'setNotes');
    this._fillEach('note', data, v => (v ? String(v) : undefined));
    return this;
  }
  getNote(): string {
    return this._sheet.get('note', this._r.row, this._r.col) ?? '';
  }
  getNotes(): string[][] {
    const m = this._sheet;
    return this._grid((r, c) => m.get('note', r, c) ?? '');
  }

  // ----- data validation
  setDataValidation(rule: DataValidation | null): Range {
    this._assertEditable();
    this._fill('validation', rule ? rule._model : undefined);
    return this;
  }
  setDataValidations(rules: (DataValidation | null)[][]): Range {
    const data = this._checkDims(rules, 'setDataValidations');
    this._assertEditable();
    this._fillEach('validation', data, v =>
      v ? (v as DataValidation)._model : undefined,
    );
    return this;
  }
  getDataValidation(): DataValidation | null {
    const v = this._sheet.get('validation', this._r.row, this._r.col);
    return v ? new DataValidation(this._env, v) : null;
  }
  getDataValidations(): (DataValidation | null)[][] {
    const m = this._sheet;
    return this._grid((r, c) => {
      const v = m.get('validation', r, c);
      return v ? new DataValidation(this._env, v) : null;
    });
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

// ---------------------------------------------------------------------------------------------

export class Protection extends Service {
  constructor(
    env: Env,
    public _model: ProtectionModel,
  ) {
    super(env);
  }
  _mayChange(): void {
    if (!mayEdit(this._env.workbook, this._model, this._env.user)) {
      throw this._env.error(PROTECTED_MESSAGE);
    }
  }
  getEditors(): User[] {
    return this._env.list(this._model.editors.map(e => new User(this._env, e)));
  }
  addEditor(emailAddress: string | User): Protection {
    this._mayChange();
    const email = emailOf(emailAddress);
    if (!this._model.editors.includes(email)) this._model.editors.push(email);
    return this;
  }
  addEditors(emailAddresses: (string | User)[]): Protection {
    this._mayChange();
    for (const e of emailAddresses) {
      const email = emailOf(e);
      if (!this._model.editors.includes(email)) this._model.editors.push(email);
    }
    return this;
  }
  removeEditor(emailAddress: string | User): Protection {
    this._mayChange();
    const email = emailOf(emailAddress);
    // The owner always keeps access.
    if (email !== this._env.workbook.owner) {
      this._model.editors = this._model.editors.filter(e => e !== email);
    }
    return this;
  }
  /**
   * "Neither the owner of the spreadsheet nor the current user can be removed."
   * developers.google.com/apps-script/reference/spreadsheet/protection#removeeditorsemailaddresses
   */
  removeEditors(emailAddresses: (string | User)[]): Protection {
    this._mayChange();
    const drop = new Set(emailAddresses.map(e => emailOf(e).toLowerCase()));
    drop.delete(this._env.workbook.owner.toLowerCase());
    drop.delete((this._env.effectiveUser ?? this._env.user).toLowerCase());
    this._model.editors = this._model.editors.filter(
      e => !drop.has(e.toLowerCase()),
    );
    return this;
  }
  getDescription(): string {
    return this._model.description;
  }
  setDescription(description: string): Protection {
    this._model.description = String(description);
    return this;
  }
  isWarningOnly(): boolean {
    return this._model.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): Protection {
    this._mayChange();
    this._model.warningOnly = Boolean(warningOnly);
    return this;
  }
  canDomainEdit(): boolean {
    return this._model.domainEdit;
  }
  setDomainEdit(editable: boolean): Protection {
    this._mayChange();
    this._model.domainEdit = Boolean(editable);
    return this;
  }
  canEdit(): boolean {
    return (
      this._model.warningOnly ||
      mayEdit(this._env.workbook, this._model, this._env.user)
    );
  }
  getProtectionType(): string {
    return this._model.type;
  }
  getRange(): Range {
    const sheet = this._env.workbook.sheetById(this._model.sheetId);
    if (!sheet) throw this._env.error('Sheet not found');
    const rect = this._model.rect ?? {
      row: 1,
      col: 1,
      numRows: sheet.maxRows,
      numCols: sheet.maxCols,
    };
    return new Range(this._env, sheet, rect);
  }
  setRange(range: Range): Protection {
    if (this._model.type === 'SHEET')
      throw this._env.error('A sheet protection cannot change its range.');
    this._model.sheetId = range._sheet.id;
    this._model.rect = range._rect();
    return this;
  }
  getUnprotectedRanges(): Range[] {
    const sheet = this._env.workbook.sheetById(this._model.sheetId);
    if (!sheet) return this._env.list([]);
    return this._env.list(
      this._model.unprotected.map(r => new Range(this._env, sheet, r)),
    );
  }
  setUnprotectedRanges(ranges: Range[]): Protection {
    if (this._model.type !== 'SHEET') {
      throw this._env.error(
        'Unprotected ranges can only be set on a sheet protection.',
      );
    }
    this._mayChange();
    this._model.unprotected = ranges
      .filter(r => r._sheet.id === this._model.sheetId)
      .map(r => r._rect());
    return this;
  }
  remove(): void {
    this._mayChange();
    const wb = this._env.workbook;
    wb.protections = wb.protections.filter(p => p !== this._model);
  }
  toString(): string {
    return 'Protection';
  }
}

// ---------------------------------------------------------------------------------------------

export class DataValidationBuilder extends Service {
  _model: ValidationModel = {
    criteria: '',
    args: [],
    allowInvalid: true,
    helpText: '',
  };

  _set(criteria: string, args: unknown[]): DataValidationBuilder {
    this._model = {...this._model, criteria, args};
    return this;
  }
  requireValueInList(
    values: string[],
    showDropdown = true,
  ): DataValidationBuilder {
    return this._set('VALUE_IN_LIST', [[...values].map(String), showDropdown]);
  }
  requireValueInRange(
    range: Range,
    showDropdown = true,
  ): DataValidationBuilder {
    const a1 = `'${range._sheet.name}'!${rectToA1(range._rect())}`;
    return this._set('VALUE_IN_RANGE', [a1, showDropdown]);
  }
  requireNumberBetween(start: number, end: number): DataValidationBuilder {
    return this._set('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilder {
    return this._set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  requireNumberGreaterThan(number: number): DataValidationBuilder {
    return this._set('NUMBER_GREATER_THAN', [number]);
  }
  requireNumberLessThanOrEqualTo(number: number): DataValidationBuilder {
    return this._set('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  requireTextIsEmail(): DataValidationBuilder {
    return this._set('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): DataValidationBuilder {
    return this._set('TEXT_IS_VALID_URL', []);
  }
  requireDate(): DataValidationBuilder {
    return this._set('DATE_IS_VALID_DATE', []);
  }
  requireCheckbox(): DataValidationBuilder {
    return this._set('CHECKBOX', []);
  }
  requireFormulaSatisfied(formula: string): DataValidationBuilder {
    return this._set('CUSTOM_FORMULA', [String(formula)]);
  }
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder {
    this._model = {...this._model, allowInvalid: Boolean(allowInvalidData)};
    return this;
  }
  setHelpText(helpText: string): DataValidationBuilder {
    this._model = {...this._model, helpText: String(helpText)};
    return this;
  }
  build(): DataValidation {
    if (!this._model.criteria)
      throw this._env.error(
        'You must specify a criteria for the data validation rule.',
      );
    return new DataValidation(this._env, {...this._model});
  }
  toString(): string {
    return 'DataValidationBuilder';
  }
}

export class DataValidation extends Service {
  constructor(
    env: Env,
    public _model: ValidationModel,
  ) {
    super(env);
  }
  getCriteriaType(): string {
    return this._model.criteria;
  }
  getCriteriaValues(): unknown[] {
    return this._env.list(
      this._model.args.map(a => (Array.isArray(a) ? this._env.list(a) : a)),
    );
  }
  getAllowInvalid(): boolean {
    return this._model.allowInvalid;
  }
  getHelpText(): string {
    return this._model.helpText;
  }
  copy(): DataValidationBuilder {
    const b = new DataValidationBuilder(this._env);
    b._model = {...this._model};
    return b;
  }
  toString(): string {
    return 'DataValidation';
  }
}

/** Whether a typed value satisfies a rule (used when a person types: emulator.userEdit). */
export function satisfiesValidation(
  rule: ValidationModel,
  value: CellValue | undefined,
): boolean {
  if (value === undefined || value === '') return true;
  const n = typeof value === 'number' ? value : NaN;
  const [a, b] = rule.args as number[];
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return (rule.args[0] as string[]).includes(String(value));
    case 'NUMBER_BETWEEN':
      return n >= a && n <= b;
    case 'NUMBER_NOT_BETWEEN':
      return !(n >= a && n <= b);
    case 'NUMBER_GREATER_THAN':
      return n > a;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n >= a;
    case 'NUMBER_LESS_THAN':
      return n < a;
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n <= a;
    case 'NUMBER_EQUAL_TO':
      return n === a;
    case 'TEXT_IS_VALID_EMAIL':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(value));
    case 'TEXT_IS_VALID_URL':
      return /^https?:\/\/\S+$/i.test(String(value));
    case 'DATE_IS_VALID_DATE':
      return isDate(value);
    case 'CHECKBOX':
      return typeof value === 'boolean';
    default:
      return true; // ranges and custom formulas are not evaluated
  }
}

// ---------------------------------------------------------------------------------------------

export class Ui extends Service {
  Button = Button;
  ButtonSet = ButtonSet;

  createMenu(caption: string): Menu {
    return new Menu(this._env, {
      title: String(caption),
      addon: false,
      items: [],
    });
  }
  createAddonMenu(): Menu {
    return new Menu(this._env, {title: '', addon: true, items: []});
  }
  /** alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons) */
  alert(a: string, b?: string, c?: string): string {
    const [title, prompt, buttons] =
      c !== undefined
        ? [a, b ?? '', c]
        : b !== undefined && b in ButtonSet
          ? ['', a, b]
          : ['', a, 'OK'];
    const ui = this._env.shared.ui;
    ui.alerts.push({title: String(title), prompt: String(prompt), buttons});
    return ui.alertAnswers.shift() ?? defaultButton(buttons);
  }
  /** prompt(prompt) | prompt(prompt, buttons) | prompt(title, prompt, buttons) */
  prompt(a: string, b?: string, c?: string): PromptResponse {
    const [title, prompt, buttons] =
      c !== undefined
        ? [a, b ?? '', c]
        : b !== undefined && b in ButtonSet
          ? ['', a, b]
          : ['', a, 'OK'];
    const ui = this._env.shared.ui;
    ui.prompts.push({title: String(title), prompt: String(prompt), buttons});
    const answer = ui.promptAnswers.shift() ?? {
      button: defaultButton(buttons),
      text: '',
    };
    return new PromptResponse(this._env, answer.button, answer.text);
  }
  showSidebar(userInterface: HtmlLike): void {
    this._env.shared.ui.sidebars.push({
      title: userInterface._title,
      html: userInterface._content,
    });
  }
  showModalDialog(userInterface: HtmlLike, title: string): void {
    this._env.shared.ui.dialogs.push({
      title: String(title),
      html: userInterface._content,
      modal: true,
    });
  }
  showModelessDialog(userInterface: HtmlLike, title: string): void {
    this._env.shared.ui.dialogs.push({
      title: String(title),
      html: userInterface._content,
      modal: false,
    });
  }
  toString(): string {
    return 'Ui';
  }
}

/** An HtmlOutput (services.ts); read through its internals so the emulator adds no counted calls. */
interface HtmlLike {
  _title: string;
  _content: string;
}

function defaultButton(buttons: string): ButtonName {
  return buttons.startsWith('YES') ? 'YES' : 'OK';
}

export class PromptResponse extends Service {
  constructor(
    env: Env,
    private _button: string,
    private _text: string,
  ) {
    super(env);
  }
  getSelectedButton(): string {
    return this._button;
  }
  getResponseText(): string {
    return this._text;
  }
  toString(): string {
    return 'PromptResponse';
  }
}

export class Menu extends Service {
  constructor(
    env: Env,
    public _menu: MenuCapture,
  ) {
    super(env);
  }
  addItem(caption: string, functionName: string): Menu {
    this._menu.items.push({
      caption: String(caption),
      functionName: String(functionName),
    });
    return this;
  }
  addSeparator(): Menu {
    this._menu.items.push({separator: true});
    return this;
  }
  addSubMenu(menu: Menu): Menu {
    this._menu.items.push({submenu: menu._menu});
    return this;
  }
  addToUi(): void {
    const menus = this._env.shared.ui.menus;
    // Re-adding a menu with the same title replaces it, as onOpen running twice does in Sheets.
    const at = menus.findIndex(
      m => m.title === this._menu.title && m.addon === this._menu.addon,
    );
    if (at >= 0) menus.splice(at, 1, this._menu);
    else menus.push(this._menu);
  }
  toString(): string {
    return 'Menu';
  }
}

for (const [cls, name] of [
  [User, 'User'],
  [SpreadsheetApp, 'SpreadsheetApp'],
  [Spreadsheet, 'Spreadsheet'],
  [Sheet, 'Sheet'],
  [Range, 'Range'],
  [Protection, 'Protection'],
  [DataValidationBuilder, 'DataValidationBuilder'],
  [DataValidation, 'DataValidation'],
  [Ui, 'Ui'],
  [PromptResponse, 'PromptResponse'],
  [Menu, 'Menu'],
] as const) {
  countMethods(cls, name);
}

export {columnToLetters};
