// One workbook opened in the emulator with the built add-on, as the CLI and the workbench both use
// it: read the .xlsx (or start a new workbook), run dist/Code.js one Apps Script execution at a
// time as a given user, and save the file atomically (xlsx.ts writes a temporary file and renames).
import fs from 'node:fs';
import path from 'node:path';
import {SHEET, normalizeHeader} from '../sheets/schema';
import {
  type BundleContext,
  type Emulator,
  type EmulatorOptions,
  type Workbook,
  createEmulator,
} from './emulator';
import {inExecution} from './loader';
import {readWorkbook, writeWorkbook} from './xlsx';
import {createdWorkbooks} from './emulator/created-files';

/** The user running the add-on when neither --user nor Pengaturan's Email HR says otherwise. */
export const DEFAULT_USER = 'hr@localhost';
/** Local runs are not limited by Gmail: default to the Workspace daily quota. */
export const DEFAULT_MAIL_QUOTA = 1500;

/** The .xlsx file read into the emulator's model, or undefined when there is no such file yet. */
export async function readIfExists(
  file: string | undefined,
): Promise<Workbook | undefined> {
  return file && fs.existsSync(file) ? readWorkbook(file) : undefined;
}

/** Values of a sheet straight from the model (no service call): row 1 = headers. */
export function modelValues(workbook: Workbook, name: string): unknown[][] {
  const sheet = workbook.sheetByName(name);
  if (!sheet) return [];
  const rows = sheet.lastRow();
  const cols = sheet.lastColumn();
  const out: unknown[][] = [];
  for (let r = 0; r < rows; r++) {
    const cells = sheet.layers.value[r] ?? [];
    const row: unknown[] = [];
    for (let c = 0; c < cols; c++) row.push(cells[c] ?? '');
    out.push(row);
  }
  return out;
}

/** A Pengaturan value by key (Kunci), as text; '' when absent. */
export function settingOf(workbook: Workbook | undefined, key: string): string {
  if (!workbook) return '';
  const values = modelValues(workbook, SHEET.pengaturan);
  const header = (values[0] ?? []).map(normalizeHeader);
  const k = header.indexOf('kunci');
  const v = header.indexOf('nilai');
  if (k < 0 || v < 0) return '';
  const wanted = normalizeHeader(key);
  const row = values.slice(1).find(r => normalizeHeader(r[k]) === wanted);
  return row ? String(row[v] ?? '').trim() : '';
}

/** Who acts: the one asked for, else the workbook's Email HR, else DEFAULT_USER. */
export function userOf(
  workbook: Workbook | undefined,
  asked: string | undefined,
): string {
  return asked ?? (settingOf(workbook, 'Email HR') || DEFAULT_USER);
}

// Method names that change a document (what must be saved); reads are get*/is*/has*/can*.
const MUTATING =
  /\.(set|insert|delete|clear|append|add|remove|protect|unprotect|copy|hide|show|sort|move|merge|create|send|trim|update|auto|activate)/;

export interface RuntimeOptions {
  /** The .xlsx file saved to (none: nothing is saved). */
  file?: string;
  /** The workbook as read from `file` (none: a new, empty one). */
  workbook?: Workbook;
  /** The built add-on, dist/Code.js. */
  codeFile: string;
  emulator: Omit<EmulatorOptions, 'workbook'>;
}

/** A workbook file, the emulator holding it, and the bundle run against it. */
export class Runtime {
  private current: Emulator;
  /** The file as last read or saved (mtime and size), to notice another program's edits. */
  private known: string | null;

  constructor(private readonly options: RuntimeOptions) {
    this.current = this.newEmulator(options.workbook);
    // A given workbook stands for the file as it is now: only a later change is read in.
    this.known = this.stamp();
  }

  get emulator(): Emulator {
    return this.current;
  }

  get file(): string | undefined {
    return this.options.file;
  }

  /** One Apps Script execution: a fresh bundle context, its locks released when it returns. */
  execution<T>(run: (ctx: BundleContext) => T): T {
    return inExecution(this.current, this.options.codeFile, run);
  }

  /** What the last execution cost: calls, cells read and written, estimated seconds (both profiles). */
  get lastExecution() {
    return this.current.lastExecution;
  }

  /** Runs the server function `name` of the bundle in an execution of its own. */
  call<T>(name: string, ...args: unknown[]): T {
    return this.execution(ctx => {
      const fn = ctx[name] as ((...a: unknown[]) => T) | undefined;
      if (typeof fn !== 'function')
        throw new Error(`${name} is not in dist/Code.js`);
      return fn(...args);
    });
  }

  /** Whether any service call so far may have changed the document. */
  changed(): boolean {
    return Object.keys(this.current.calls.byMethod()).some(name =>
      MUTATING.test(name),
    );
  }

  async save(): Promise<void> {
    const file = this.options.file;
    if (!file) return;
    fs.mkdirSync(path.dirname(path.resolve(file)), {recursive: true});
    await writeWorkbook(this.current.workbook, file);
    this.known = this.stamp();
    // Spreadsheets the add-on created (SpreadsheetApp.create: the archive) go beside the file.
    for (const created of createdWorkbooks(this.current.workbook)) {
      const name = created.name.replace(/[\\/:*?"<>|]+/g, '_');
      await writeWorkbook(
        created,
        path.join(path.dirname(path.resolve(file)), `${name}.xlsx`),
      );
    }
  }

  /**
   * When the file differs from what was last read or saved, a person changed it in another
   * program (LibreOffice, Excel): their edits are read in, never overwritten. The user stays.
   */
  async reloadIfChanged(user: string): Promise<void> {
    const now = this.stamp();
    if (!this.options.file || now === null || now === this.known) return;
    this.current = this.newEmulator(await readWorkbook(this.options.file));
    this.current.setUser(user);
    this.known = now;
  }

  private newEmulator(workbook: Workbook | undefined): Emulator {
    return createEmulator({...this.options.emulator, workbook});
  }

  private stamp(): string | null {
    const file = this.options.file;
    if (!file || !fs.existsSync(file)) return null;
    const stat = fs.statSync(file);
    return `${stat.mtimeMs}:${stat.size}`;
  }
}

/** The active spreadsheet of the emulator as Apps Script types it (for writes outside the bundle). */
export function spreadsheetOf(
  emulator: Emulator,
): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const app = emulator.globals
    .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return app.getActiveSpreadsheet();
}
