// The in-memory workbook: plain data, no Apps Script API. Cells are stored per attribute as sparse
// 2-D arrays ("layers") so that getValues/setValues on 100k-row blocks touch only plain arrays.

export type CellValue = string | number | boolean | Date;

/** rows[r][c], 0-based; a missing row or cell means "empty / default". */
export type Grid<T> = ((T | undefined)[] | undefined)[];

/** 1-based rectangle, as Apps Script ranges are. */
export interface Rect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export interface ValidationModel {
  criteria: string; // SpreadsheetApp.DataValidationCriteria name, e.g. 'VALUE_IN_LIST'
  args: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

/** A cell's own border sides, each `STYLE #rrggbb` (SpreadsheetApp.BorderStyle name). */
export interface BorderModel {
  top?: string;
  left?: string;
  bottom?: string;
  right?: string;
}

export const LAYERS = [
  'value',
  'formula',
  'numberFormat',
  'note',
  'fontWeight',
  'fontColor',
  'background',
  'horizontalAlignment',
  'wrap',
  'border',
  'validation',
] as const;
export type LayerName = (typeof LAYERS)[number];
export const FORMAT_LAYERS: LayerName[] = [
  'numberFormat',
  'fontWeight',
  'fontColor',
  'background',
  'horizontalAlignment',
  'wrap',
  'border',
];

export interface LayerTypes {
  value: CellValue;
  formula: string;
  numberFormat: string;
  note: string;
  fontWeight: string;
  fontColor: string;
  background: string;
  horizontalAlignment: string;
  wrap: boolean;
  border: BorderModel;
  validation: ValidationModel;
}

export interface ProtectionModel {
  id: string;
  type: 'RANGE' | 'SHEET';
  sheetId: number;
  rect: Rect | null; // null for a sheet protection
  description: string;
  editors: string[];
  warningOnly: boolean;
  domainEdit: boolean;
  unprotected: Rect[]; // sheet protections only
}

export interface NamedRangeModel {
  name: string;
  sheetId: number;
  rect: Rect;
}

export interface TriggerModel {
  id: string;
  handler: string;
  eventType: 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
  source: 'CLOCK' | 'SPREADSHEETS';
  sourceId: string | null;
  user: string;
  schedule: Record<string, unknown>; // clock settings as given (everyHours, atHour, ...)
}

/** A new sheet's grid in Sheets: 1,000 rows x 26 columns (A-Z); docs/PLATFORM-LIMITS.md §2. */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

/** One developer metadata entry of a sheet (src/local/emulator/developer-metadata.ts). */
export interface DeveloperMetadataModel {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
}

export class SheetModel {
  hidden = false;
  developerMetadata: DeveloperMetadataModel[] = [];
  tabColor: string | null = null;
  frozenRows = 0;
  frozenCols = 0;
  columnWidths: Record<number, number> = {};
  conditionalFormats: unknown[] = [];
  /**
   * Rows (0-based) written since the local runtime's journal last recorded this sheet; null when
   * nothing tracks it (src/local/journal.ts). `reshaped`: rows or columns moved since then.
   */
  dirty: Set<number> | null = null;
  reshaped = false;
  layers: {[K in LayerName]: Grid<LayerTypes[K]>} = {
    value: [],
    formula: [],
    numberFormat: [],
    note: [],
    fontWeight: [],
    fontColor: [],
    background: [],
    horizontalAlignment: [],
    wrap: [],
    border: [],
    validation: [],
  };
  constructor(
    public id: number,
    public name: string,
    public maxRows = NEW_SHEET_ROWS,
    public maxCols = NEW_SHEET_COLUMNS,
  ) {}

  get<K extends LayerName>(
    layer: K,
    row: number,
    col: number,
  ): LayerTypes[K] | undefined {
    const r = this.layers[layer][row - 1];
    return r === undefined
      ? undefined
      : (r[col - 1] as LayerTypes[K] | undefined);
  }

  set<K extends LayerName>(
    layer: K,
    row: number,
    col: number,
    v: LayerTypes[K] | undefined,
  ): void {
    const grid = this.layers[layer] as Grid<LayerTypes[K] | undefined>;
    let r = grid[row - 1];
    if (r === undefined) {
      if (v === undefined) return;
      r = grid[row - 1] = [];
    }
    r[col - 1] = v;
    if (this.dirty) this.dirty.add(row - 1);
  }

  /** Marks a row (1-based) written directly into the layers as changed. */
  touch(row: number): void {
    if (this.dirty) this.dirty.add(row - 1);
  }

  clearLayer(layer: LayerName, rect: Rect): void {
    const grid = this.layers[layer] as Grid<unknown>;
    const end = Math.min(rect.row - 1 + rect.numRows, grid.length);
    for (let r = rect.row - 1; r < end; r++) {
      const cells = grid[r];
      if (!cells) continue;
      if (this.dirty) this.dirty.add(r);
      if (rect.col === 1 && rect.numCols >= cells.length) {
        grid[r] = undefined;
        continue;
      }
      const cEnd = Math.min(rect.col - 1 + rect.numCols, cells.length);
      for (let c = rect.col - 1; c < cEnd; c++) cells[c] = undefined;
    }
  }

  /** Last row (1-based) holding a value or formula; 0 for an empty sheet. */
  lastRow(): number {
    const values = this.layers.value;
    const formulas = this.layers.formula;
    for (let r = Math.max(values.length, formulas.length) - 1; r >= 0; r--) {
      if (rowHasContent(values[r]) || rowHasContent(formulas[r])) return r + 1;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const grid of [
      this.layers.value,
      this.layers.formula,
    ] as Grid<unknown>[]) {
      for (const cells of grid) {
        if (!cells) continue;
        for (let c = cells.length - 1; c >= last; c--) {
          if (cells[c] !== undefined && cells[c] !== '') {
            last = c + 1;
            break;
          }
        }
      }
    }
    return last;
  }

  insertRows(before: number, count: number): void {
    for (const layer of LAYERS) {
      const grid = this.layers[layer] as Grid<unknown>;
      if (grid.length >= before) {
        grid.splice(before - 1, 0, ...new Array(count).fill(undefined));
        this.reshaped = true;
      }
    }
    this.maxRows += count;
  }

  deleteRows(start: number, count: number): void {
    for (const layer of LAYERS) {
      const grid = this.layers[layer] as Grid<unknown>;
      if (grid.length >= start) {
        grid.splice(start - 1, count);
        this.reshaped = true;
      }
    }
    this.maxRows -= count;
  }

  insertColumns(before: number, count: number): void {
    for (const layer of LAYERS) {
      for (const cells of this.layers[layer] as Grid<unknown>) {
        if (cells && cells.length >= before) {
          cells.splice(before - 1, 0, ...new Array(count).fill(undefined));
          this.reshaped = true;
        }
      }
    }
    this.maxCols += count;
  }

  deleteColumns(start: number, count: number): void {
    for (const layer of LAYERS) {
      for (const cells of this.layers[layer] as Grid<unknown>) {
        if (cells && cells.length >= start) {
          cells.splice(start - 1, count);
          this.reshaped = true;
        }
      }
    }
    this.maxCols -= count;
  }
}

function rowHasContent(cells: unknown[] | undefined): boolean {
  if (!cells) return false;
  for (let c = 0; c < cells.length; c++) {
    if (cells[c] !== undefined && cells[c] !== '') return true;
  }
  return false;
}

export interface CacheEntry {
  value: string;
  expires: number; // epoch ms
}

/** State that lives only while the process runs (never saved): locks and caches. */
export interface WorkbookRuntime {
  /** lock scope key ('document' | 'script' | 'user:<email>') -> owning execution id */
  locks: Map<string, string>;
  caches: Map<string, Map<string, CacheEntry>>;
}

export class Workbook {
  id: string;
  name: string;
  timeZone = 'Asia/Jakarta';
  locale = 'en_US';
  owner = 'hr@example.go.id';
  /** Everyone with edit access to the file (the owner included). */
  editors: string[] = [];
  sheets: SheetModel[] = [];
  nextSheetId = 0;
  activeSheetId: number | null = null;
  namedRanges: NamedRangeModel[] = [];
  protections: ProtectionModel[] = [];
  documentProperties: Record<string, string> = {};
  scriptProperties: Record<string, string> = {};
  userProperties: Record<string, Record<string, string>> = {};
  triggers: TriggerModel[] = [];
  /** Recipients sent per user per day (spreadsheet time zone), so a later run continues the count. */
  mailUsage: Record<string, {day: string; used: number}> = {};
  /** Free-form metadata saved with the workbook (the emulator's own bookkeeping). */
  meta: Record<string, unknown> = {};
  nextId = 1;
  runtime: WorkbookRuntime = {locks: new Map(), caches: new Map()};

  constructor(options: {id?: string; name?: string; empty?: boolean} = {}) {
    this.id = options.id ?? 'local-' + Math.random().toString(36).slice(2, 12);
    this.name = options.name ?? 'Kinerja ASN';
    if (!options.empty) this.addSheet('Sheet1');
  }

  addSheet(
    name: string,
    index = this.sheets.length,
    maxRows = NEW_SHEET_ROWS,
    maxCols = NEW_SHEET_COLUMNS,
  ): SheetModel {
    const sheet = new SheetModel(this.nextSheetId++, name, maxRows, maxCols);
    this.sheets.splice(index, 0, sheet);
    if (this.activeSheetId === null) this.activeSheetId = sheet.id;
    return sheet;
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find(s => s.name === name);
  }

  sheetById(id: number): SheetModel | undefined {
    return this.sheets.find(s => s.id === id);
  }

  newId(prefix: string): string {
    return `${prefix}-${this.nextId++}`;
  }
}
