// The write-ahead journal beside a workbook file (`kantor.xlsx.journal`): what Apps Script keeps at
// once (a flushed write, a property, a sent email's quota) is appended there synchronously
// (fs.writeSync + fsync) and replayed when the file is next opened; a full save of the .xlsx
// removes it. Saving the whole .xlsx per flush would cost seconds per email at 2,000 employees;
// a journal line costs an fsync.
//
// A line is one JSON object: {sheets?: [sheet delta], order?: [ids], wb?: {field: value}}. The
// first line says which save it applies to (`base`: the save id in the file's meta sheet), so a
// journal left behind by a crash after a full save is recognised as already saved.
import crypto from 'node:crypto';
import fs from 'node:fs';
import type {Durability} from './emulator';
import {LAYERS, SheetModel, type Workbook} from './emulator/model';

/** The key in workbook.meta naming the save a file holds (a new one every full save). */
export const SAVE_ID_KEY = 'kinerja.saveId';
const VERSION = 1;

export function journalPath(realFile: string): string {
  return `${realFile}.journal`;
}

/** Workbook fields a line may carry (whole values: they are small, or rarely change). */
const WB_FIELDS = [
  'name',
  'timeZone',
  'locale',
  'owner',
  'editors',
  'nextSheetId',
  'activeSheetId',
  'namedRanges',
  'protections',
  'documentProperties',
  'scriptProperties',
  'userProperties',
  'triggers',
  'mailUsage',
  'nextId',
] as const;
type WbField = (typeof WB_FIELDS)[number];
/** What an email may change besides cells: compared before and after each one (kept cheap). */
const SEND_FIELDS: readonly WbField[] = [
  'documentProperties',
  'scriptProperties',
  'userProperties',
  'mailUsage',
];

type Layers = Partial<Record<(typeof LAYERS)[number], unknown[] | null>>;
interface SheetDelta {
  id: number;
  /** Attributes of the sheet: always sent with a delta (they are few). */
  attrs: Record<string, unknown>;
  /** Every row (the sheet is new or its rows moved): rows not listed are empty. */
  whole?: boolean;
  rows: [number, Layers][];
}
interface Line {
  v?: number;
  base?: string | null;
  sheets?: SheetDelta[];
  order?: number[];
  wb?: Partial<Record<WbField, unknown>>;
  meta?: Record<string, unknown>;
}

// Dates become {$d: ms}; a missing cell becomes null and back.
const encode = (v: unknown): unknown =>
  v === undefined ? null : v instanceof Date ? {$d: v.getTime()} : v;

function rowOf(sheet: SheetModel, r: number): Layers {
  const out: Layers = {};
  for (const layer of LAYERS) {
    const cells = sheet.layers[layer][r] as unknown[] | undefined;
    if (cells) out[layer] = Array.from(cells, encode);
  }
  return out;
}

function attrsOf(sheet: SheetModel): Record<string, unknown> {
  return {
    name: sheet.name,
    maxRows: sheet.maxRows,
    maxCols: sheet.maxCols,
    hidden: sheet.hidden,
    tabColor: sheet.tabColor,
    frozenRows: sheet.frozenRows,
    frozenCols: sheet.frozenCols,
    columnWidths: sheet.columnWidths,
    conditionalFormats: sheet.conditionalFormats,
    developerMetadata: sheet.developerMetadata,
  };
}

/** What decides whether a sheet's attributes changed (cheap: compared at every flush). */
function shapeOf(sheet: SheetModel): string {
  return `${sheet.name}\u0000${sheet.maxRows}:${sheet.maxCols}:${sheet.hidden}:${sheet.tabColor}:${sheet.frozenRows}:${sheet.frozenCols}:${Object.keys(sheet.columnWidths).length}:${sheet.conditionalFormats.length}:${metadataShape(sheet)}`;
}

/** The developer metadata (one short entry per appraisal tab). */
function metadataShape(sheet: SheetModel): string {
  return sheet.developerMetadata.length
    ? JSON.stringify(sheet.developerMetadata)
    : '';
}

/** Appends the document's changes to the journal; see the file comment. */
export class Journal implements Durability {
  private fd: number | null = null;
  private shapes = new Map<number, string>();
  private order = '';
  private fields = new Map<string, string>();
  /** Set when a line could not be written: from then on no email may leave. */
  private broken: Error | null = null;

  constructor(
    private readonly file: string,
    private workbook: Workbook,
  ) {
    this.baseline();
  }

  /** Tracks a (new or reloaded) workbook from its current state: nothing of it is pending. */
  attach(workbook: Workbook): void {
    this.workbook = workbook;
    this.baseline();
  }

  private baseline(): void {
    const wb = this.workbook;
    this.shapes.clear();
    for (const sheet of wb.sheets) {
      sheet.dirty = new Set();
      sheet.reshaped = false;
      this.shapes.set(sheet.id, shapeOf(sheet));
    }
    this.order = wb.sheets.map(s => s.id).join(',');
    this.fields.clear();
    for (const f of WB_FIELDS) this.fields.set(f, JSON.stringify(wb[f]));
    this.fields.set('meta', JSON.stringify(wb.meta));
  }

  /** The line of what changed since the last one, or null when nothing did. */
  private pending(withShapes: boolean): Line | null {
    const wb = this.workbook;
    const line: Line = {};
    const sheets: SheetDelta[] = [];
    for (const sheet of wb.sheets) {
      const known = this.shapes.get(sheet.id);
      const whole = known === undefined || sheet.reshaped || !sheet.dirty;
      const dirty = sheet.dirty;
      const shapeChanged =
        withShapes && known !== undefined && known !== shapeOf(sheet);
      if (!whole && !shapeChanged && dirty!.size === 0) continue;
      const rows: [number, Layers][] = [];
      if (whole) {
        const height = Math.max(...LAYERS.map(l => sheet.layers[l].length), 0);
        for (let r = 0; r < height; r++) {
          const row = rowOf(sheet, r);
          if (Object.keys(row).length) rows.push([r, row]);
        }
      } else {
        for (const r of [...dirty!].sort((a, b) => a - b))
          rows.push([r, rowOf(sheet, r)]);
      }
      sheets.push({id: sheet.id, attrs: attrsOf(sheet), whole, rows});
      sheet.dirty = new Set();
      sheet.reshaped = false;
      this.shapes.set(sheet.id, shapeOf(sheet));
    }
    if (sheets.length) line.sheets = sheets;
    const order = wb.sheets.map(s => s.id).join(',');
    if (order !== this.order) {
      line.order = wb.sheets.map(s => s.id);
      this.order = order;
      const ids = new Set(line.order);
      for (const id of this.shapes.keys())
        if (!ids.has(id)) this.shapes.delete(id);
    }
    const changed: Partial<Record<WbField, unknown>> = {};
    for (const f of withShapes ? WB_FIELDS : SEND_FIELDS) {
      const json = JSON.stringify(wb[f]);
      if (json !== this.fields.get(f)) {
        changed[f] = wb[f];
        this.fields.set(f, json);
      }
    }
    if (Object.keys(changed).length) line.wb = changed;
    if (withShapes) {
      const meta = JSON.stringify(wb.meta);
      if (meta !== this.fields.get('meta')) {
        line.meta = wb.meta;
        this.fields.set('meta', meta);
      }
    }
    return Object.keys(line).length ? line : null;
  }

  private append(line: Line, sync: boolean): void {
    if (this.broken) throw this.broken;
    try {
      if (this.fd === null) {
        this.fd = fs.openSync(this.file, 'a');
        if (fs.fstatSync(this.fd).size === 0) {
          const header: Line = {
            v: VERSION,
            base: (this.workbook.meta[SAVE_ID_KEY] as string) ?? null,
          };
          fs.writeSync(this.fd, JSON.stringify(header) + '\n');
        }
      }
      fs.writeSync(this.fd, JSON.stringify(line) + '\n');
      if (sync) fs.fsyncSync(this.fd);
    } catch (error) {
      this.broken = error as Error;
      throw error;
    }
  }

  flush(): void {
    const line = this.pending(true);
    if (line) this.append(line, true);
  }

  beforeSend(): void {
    if (this.broken) throw this.broken;
    // Whatever the add-on wrote before this email (its "Mengirim" mark) is on disk first.
    const line = this.pending(false);
    if (line) this.append(line, true);
  }

  afterSend(emlPath: string | undefined): void {
    // The .eml is not synced one by one (an fsync each would double a send's time): a killed
    // process leaves it in the page cache, written; only a power cut could lose it.
    void emlPath;
    // The quota used: kept when the process is killed (the page cache), synced at the next flush.
    const line = this.pending(false);
    if (line) this.append(line, false);
  }

  /** Whether a line could not be written (the file system refused). */
  get failure(): Error | null {
    return this.broken;
  }

  /** After a full save: the file holds everything, the journal goes. */
  saved(): void {
    this.close();
    fs.rmSync(this.file, {force: true});
    this.baseline();
  }

  close(): void {
    if (this.fd !== null) fs.closeSync(this.fd);
    this.fd = null;
  }
}

/** A new save id, written into the file's meta sheet by the save that uses it. */
export function newSaveId(): string {
  return crypto.randomUUID();
}

const decode = (v: unknown): unknown =>
  v === null
    ? undefined
    : typeof v === 'object' && '$d' in (v as object)
      ? new Date((v as {$d: number}).$d)
      : v;

/**
 * Applies the journal left by an interrupted run to the workbook just read from its file. Returns
 * 'replayed', 'stale' (the file was saved after it: nothing to do), 'unmatched' (the file lost the
 * save id it would be matched by) or 'none'. A last line cut off
 * by the kill is ignored: it was never complete, so nothing after it was done.
 */
export function replayJournal(
  file: string,
  wb: Workbook,
): 'replayed' | 'stale' | 'unmatched' | 'none' {
  if (!fs.existsSync(file)) return 'none';
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const parsed: Line[] = [];
  for (const text of lines) {
    if (!text.trim()) continue;
    try {
      parsed.push(JSON.parse(text) as Line);
    } catch {
      break;
    }
  }
  const header = parsed.shift();
  if (!header || header.v !== VERSION) return 'stale';
  const saved = (wb.meta[SAVE_ID_KEY] as string | undefined) ?? null;
  const base = header.base ?? null;
  // A file without its save id (meta sheet damaged or gone) cannot tell what it holds.
  if (base !== null && saved === null) return 'unmatched';
  if (base !== saved) return 'stale';
  const rules = new Map<string, unknown>();
  for (const line of parsed) applyLine(wb, line, rules);
  return parsed.length ? 'replayed' : 'none';
}

function applyLine(wb: Workbook, line: Line, rules: Map<string, unknown>) {
  for (const delta of line.sheets ?? []) {
    let sheet = wb.sheetById(delta.id);
    if (!sheet) {
      sheet = new SheetModel(delta.id, String(delta.attrs.name));
      wb.sheets.push(sheet);
    }
    Object.assign(sheet, delta.attrs);
    if (delta.whole) for (const l of LAYERS) sheet.layers[l] = [];
    for (const [r, layers] of delta.rows) {
      for (const l of LAYERS) {
        const cells = layers[l];
        const grid = sheet.layers[l] as unknown[][];
        if (!cells) {
          if (grid[r]) grid[r] = undefined as unknown as unknown[];
          continue;
        }
        grid[r] = cells.map(v => {
          if (l !== 'validation' || v === null) return decode(v);
          // One rule object per distinct rule, as the sheet had it (the save groups by identity).
          const key = JSON.stringify(v);
          if (!rules.has(key)) rules.set(key, v);
          return rules.get(key);
        });
      }
    }
  }
  if (line.order) {
    const byId = new Map(wb.sheets.map(s => [s.id, s]));
    wb.sheets = line.order
      .map(id => byId.get(id))
      .filter((s): s is SheetModel => !!s);
  }
  if (line.wb) Object.assign(wb, line.wb);
  if (line.meta) wb.meta = line.meta;
}
