// Developer metadata on sheets: key/value pairs a script attaches to a sheet, kept with it when
// it is renamed or moved and deleted with it (developers.google.com/sheets/api/reference/rest/v4/
// spreadsheets.developerMetadata: "If the associated object is deleted its metadata is deleted
// too"). Apps Script surface (developers.google.com/apps-script/reference/spreadsheet/
// developer-metadata, .../developer-metadata-finder, .../sheet#addDeveloperMetadata(String,String)):
// Sheet.addDeveloperMetadata(key[, value]) returns the Sheet; getValue() is null when no value was
// given; visibility defaults to DOCUMENT; find() returns the matches of the finder's filters.
// Only sheet locations are emulated (the add-on attaches nothing to rows, columns or the file).
import {countMethods} from './calls';
import type {Env} from './env';
import type {DeveloperMetadataModel, SheetModel} from './model';
import {Service} from './service';
import {Sheet} from './sheet';

export const DeveloperMetadataVisibility = Object.freeze({
  DOCUMENT: 'DOCUMENT',
  PROJECT: 'PROJECT',
} as const);
export const DeveloperMetadataLocationType = Object.freeze({
  SPREADSHEET: 'SPREADSHEET',
  SHEET: 'SHEET',
  ROW: 'ROW',
  COLUMN: 'COLUMN',
} as const);

/** Adds one entry to a sheet (the emulator's own call: Sheet.addDeveloperMetadata counts). */
export function addMetadata(
  env: Env,
  sheet: SheetModel,
  key: unknown,
  value?: unknown,
  visibility?: unknown,
): void {
  const text = String(key ?? '');
  if (!text) throw env.error('Invalid argument: key');
  sheet.developerMetadata.push({
    id: env.workbook.nextId++,
    key: text,
    value: value === undefined || value === null ? null : String(value),
    visibility: visibility === 'PROJECT' ? 'PROJECT' : 'DOCUMENT',
  });
}

export class DeveloperMetadata extends Service {
  constructor(
    env: Env,
    public _sheet: SheetModel,
    public _model: DeveloperMetadataModel,
  ) {
    super(env);
  }
  _alive(): DeveloperMetadataModel {
    if (
      !this._env.workbook.sheets.includes(this._sheet) ||
      !this._sheet.developerMetadata.includes(this._model)
    )
      throw this._env.error('Developer metadata not found');
    return this._model;
  }
  getId(): number {
    return this._alive().id;
  }
  getKey(): string {
    return this._alive().key;
  }
  getValue(): string | null {
    return this._alive().value;
  }
  getVisibility(): string {
    return this._alive().visibility;
  }
  getLocation(): DeveloperMetadataLocation {
    this._alive();
    return new DeveloperMetadataLocation(this._env, this._sheet);
  }
  setKey(key: string): DeveloperMetadata {
    const text = String(key ?? '');
    if (!text) throw this._env.error('Invalid argument: key');
    this._alive().key = text;
    return this;
  }
  setValue(value: string): DeveloperMetadata {
    this._alive().value = value === null ? null : String(value);
    return this;
  }
  remove(): void {
    const list = this._sheet.developerMetadata;
    const at = list.indexOf(this._alive());
    list.splice(at, 1);
  }
}

export class DeveloperMetadataLocation extends Service {
  constructor(
    env: Env,
    public _sheet: SheetModel,
  ) {
    super(env);
  }
  getLocationType(): string {
    return DeveloperMetadataLocationType.SHEET;
  }
  getSheet(): Sheet {
    return new Sheet(this._env, this._sheet);
  }
}

/** A search over the metadata of some sheets (one sheet, or the whole spreadsheet). */
export class DeveloperMetadataFinder extends Service {
  private filters: ((m: DeveloperMetadataModel) => boolean)[] = [];
  constructor(
    env: Env,
    public _sheets: () => SheetModel[],
  ) {
    super(env);
  }
  withKey(key: string): DeveloperMetadataFinder {
    const k = String(key);
    this.filters.push(m => m.key === k);
    return this;
  }
  withValue(value: string): DeveloperMetadataFinder {
    const v = String(value);
    this.filters.push(m => m.value === v);
    return this;
  }
  withId(id: number): DeveloperMetadataFinder {
    const n = Number(id);
    this.filters.push(m => m.id === n);
    return this;
  }
  withVisibility(visibility: string): DeveloperMetadataFinder {
    this.filters.push(m => m.visibility === String(visibility));
    return this;
  }
  withLocationType(locationType: string): DeveloperMetadataFinder {
    const wanted = String(locationType);
    this.filters.push(() => wanted === DeveloperMetadataLocationType.SHEET);
    return this;
  }
  find(): DeveloperMetadata[] {
    const out: DeveloperMetadata[] = [];
    for (const sheet of this._sheets())
      for (const m of sheet.developerMetadata)
        if (this.filters.every(f => f(m)))
          out.push(new DeveloperMetadata(this._env, sheet, m));
    return this._env.list(out);
  }
}

countMethods(DeveloperMetadata, 'DeveloperMetadata');
countMethods(DeveloperMetadataLocation, 'DeveloperMetadataLocation');
countMethods(DeveloperMetadataFinder, 'DeveloperMetadataFinder');
