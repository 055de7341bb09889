// One workbook opened in the emulator with the built add-on, as the CLI and the workbench both use
// it: read the .xlsx (or start a new workbook) with the journal of an interrupted run replayed,
// run dist/Code.js one Apps Script execution at a time as a given user, journal what Apps Script
// keeps at once (flush, properties, sent mail: journal.ts), and save the file atomically (a
// temporary file renamed over the real file), which ends the journal.
import fs from 'node:fs';
import path from 'node:path';
import {SHEET, normalizeHeader} from '../sheets/schema';
import {
  DEFAULT_USER,
  type BundleContext,
  type Emulator,
  type EmulatorOptions,
  type Workbook,
  createEmulator,
} from './emulator';
import {inExecution} from './loader';
import {type ReadProblem, readWorkbook, writeWorkbook} from './xlsx';
import {createdWorkbooks} from './emulator/created-files';
import {
  Journal,
  SAVE_ID_KEY,
  journalPath,
  newSaveId,
  replayJournal,
} from './journal';
import {
  WorkbookFileError,
  checkWorkbookFile,
  checkWritable,
  realFile,
  removeStaleTemps,
} from './workbook-file';

/**
 * The user running the add-on when --user does not say otherwise and there is no workbook yet: the
 * emulator's, which owns a new workbook (and a blank .xlsx without our metadata) and so is its HR.
 */
export {DEFAULT_USER} from './emulator';
/** Local runs are not limited by Gmail: default to the Workspace daily quota. */
export const DEFAULT_MAIL_QUOTA = 1500;

/** A workbook file as read: its model (none when new) and whether a journal was replayed. */
export interface ReadFile {
  workbook?: Workbook;
  replayed: boolean;
}

/**
 * Reads a workbook file the careful way: refuses (WorkbookFileError, file untouched) what cannot be
 * opened and saved again, removes temporary files of dead processes, replays the journal an
 * interrupted run left. Problems worked around (a damaged meta sheet) go to `onProblem`.
 */
export async function readWorkbookFile(
  file: string,
  onProblem?: ReadProblem,
): Promise<ReadFile> {
  const real = realFile(file);
  removeStaleTemps(real);
  if (!fs.existsSync(real)) {
    if (fs.existsSync(path.dirname(real))) checkWritable(real, file);
    return {replayed: false};
  }
  checkWorkbookFile(real, file);
  let workbook: Workbook;
  try {
    workbook = await readWorkbook(real, onProblem);
  } catch (e) {
    throw new WorkbookFileError('cli.file.unreadable', {
      file,
      reason: e instanceof Error ? e.message : String(e),
    });
  }
  const journal = journalPath(real);
  const state = replayJournal(journal, workbook);
  if (state === 'unmatched') {
    // The meta sheet that names the save is gone: the journal cannot be matched; kept aside.
    const aside = `${journal}.unused-${Date.now()}`;
    fs.renameSync(journal, aside);
    onProblem?.('cli.file.journalAside', {file, journal: aside});
  }
  if (state === 'stale') fs.rmSync(journal, {force: true});
  if (state === 'replayed') onProblem?.('cli.file.journalReplayed', {file});
  return {workbook, replayed: state === 'replayed'};
}

/** The .xlsx file read into the emulator's model, or undefined when there is no such file yet. */
export async function readIfExists(
  file: string | undefined,
  onProblem?: ReadProblem,
): Promise<Workbook | undefined> {
  return file ? (await readWorkbookFile(file, onProblem)).workbook : undefined;
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

/**
 * Who acts: the one asked for (--user, the workbench's Sebagai), else the workbook's owner, who is
 * always HR (SHEETS.md, Roles), else DEFAULT_USER, who owns the new workbook.
 */
export function userOf(
  workbook: Workbook | undefined,
  asked: string | undefined,
): string {
  return asked ?? (workbook?.owner || DEFAULT_USER);
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
  /** A journal of the read file was replayed: the file must be saved even if nothing else changes. */
  replayed?: boolean;
}

/** A workbook file, the emulator holding it, and the bundle run against it. */
export class Runtime {
  private current: Emulator;
  /** The file as last read or saved (mtime and size), to notice another program's edits. */
  private known: string | null;
  /** The journal beside the file (none without a file). */
  private readonly journal: Journal | null = null;

  constructor(private readonly options: RuntimeOptions) {
    this.current = this.newEmulator(options.workbook);
    if (options.file) {
      this.journal = new Journal(
        journalPath(realFile(options.file)),
        this.current.workbook,
      );
    }
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
    if (this.options.replayed) return true;
    return Object.keys(this.current.calls.byMethod()).some(name =>
      MUTATING.test(name),
    );
  }

  async save(): Promise<void> {
    const file = this.options.file;
    if (!file) return;
    fs.mkdirSync(path.dirname(path.resolve(file)), {recursive: true});
    const workbook = this.current.workbook;
    // The journal first takes what changed since its last line (so a save that fails keeps it);
    // a journal the file system refuses does not stop the full save, which replaces it.
    try {
      this.journal?.flush();
    } catch {
      // The save below holds everything; its own failure is reported.
    }
    workbook.meta[SAVE_ID_KEY] = newSaveId();
    await writeWorkbook(workbook, file);
    this.journal?.saved();
    this.options.replayed = false;
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
    this.journal?.attach(this.current.workbook);
    this.current.setUser(user);
    this.known = now;
  }

  /** Releases the journal's file (the process goes on without this workbook). */
  close(): void {
    this.journal?.close();
  }

  private newEmulator(workbook: Workbook | undefined): Emulator {
    const durability = {
      flush: () => this.journal?.flush(),
      beforeSend: () => this.journal?.beforeSend(),
      afterSend: (eml: string | undefined) => this.journal?.afterSend(eml),
    };
    return createEmulator({...this.options.emulator, workbook, durability});
  }

  private stamp(): string | null {
    const file = this.options.file;
    if (!file || !fs.existsSync(file)) return null;
    const stat = fs.statSync(file);
    return `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
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
