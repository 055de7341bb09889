// Spreadsheet: the open document (its sheets, named ranges, editors, protections, toasts).
import {splitSheetName} from './a1';
import {countMethods} from './calls';
import {dropSheetCharts} from './charts';
import {DeveloperMetadataFinder} from './developer-metadata';
import type {Env} from './env';
import {assertCellsFit} from './limits';
import {
  NEW_SHEET_COLUMNS,
  NEW_SHEET_ROWS,
  type Rect,
  type SheetModel,
} from './model';
import {Protection} from './protection';
import {Range} from './range';
import {Service} from './service';
import {Sheet} from './sheet';
import {User, editorsOfFile, emailOf} from './user';

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
  /** Searches the metadata of every sheet (developer-metadata.ts). */
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(
      this._env,
      () => this._env.workbook.sheets,
    );
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
    assertCellsFit(this._env, NEW_SHEET_ROWS * NEW_SHEET_COLUMNS);
    const model = wb.addSheet(name, at, NEW_SHEET_ROWS, NEW_SHEET_COLUMNS);
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

/** Sheets' rules for a sheet name: unique (ignoring case), at most 100 characters. */
export function assertNewSheetName(
  env: Env,
  name: string,
  except?: SheetModel,
): void {
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

countMethods(Spreadsheet, 'Spreadsheet');
