// What every verb of the command line shares: its input and output, the language it speaks, and
// opening a workbook file in the local runtime.
import fs from 'node:fs';
import path from 'node:path';
import {parseLang, type Params} from '../../core/i18n';
import {t} from '../i18n';
import type {SidebarState} from '../../core/api';
import type {Lang} from '../../core/types';
import type {Workbook} from '../emulator';
import {WorkbookLock} from '../file-lock';
import {
  DEFAULT_MAIL_QUOTA,
  Runtime,
  readWorkbookFile,
  settingOf,
  userOf,
} from '../runtime';
import {realFile} from '../workbook-file';
import type {Options} from './args';
import type {StopSignal} from './interrupt';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Directory relative file names are resolved against. */
  cwd: string;
  /** The clock (default: now), for the default period of sample data. */
  now: () => Date;
  /** Resolves when the workbench should stop (default: Ctrl+C / SIGTERM). */
  untilStopped?: () => Promise<void>;
  /** Set when the command is asked to stop (Ctrl+C, SIGTERM, closed stdout): see interrupt.ts. */
  stop?: StopSignal;
}

export const EXIT_OK = 0;
export const EXIT_INPUT_ERRORS = 1;
export const EXIT_USAGE = 2;

/** An error a person can fix (file missing, sample data over existing data): exit 1 or 2. */
export class CliFailure extends Error {
  constructor(
    readonly key: string,
    readonly params: Params,
    readonly exitCode: number,
  ) {
    super(key);
  }
}

/** The interface language: --lang, else the workbook's Bahasa. */
export function langOf(workbook: Workbook | undefined, options: Options): Lang {
  return options.lang ?? parseLang(settingOf(workbook, 'Bahasa'));
}

export interface OpenSettings {
  /** Start a new workbook when the file does not exist (else: exit 2). */
  create?: boolean;
  /** Who acts when --user is not given (else the workbook's owner, its HR). */
  user?: string;
  /** Where MailApp writes .eml files (none: mail is not sent). */
  outboxDir?: string;
}

export class CliContext {
  lang: Lang = 'id';
  /** The verb running (named in the lock, for whoever has to wait for it). */
  verb = '';
  /** Workbook locks this command holds (released when it ends: main.ts). */
  private readonly locks: WorkbookLock[] = [];
  private readonly runtimes: Runtime[] = [];
  constructor(
    readonly io: CliIo,
    /** Found when first needed, so a missing root is reported like any other failure. */
    private readonly rootOf: () => string,
  ) {}

  get root(): string {
    return this.rootOf();
  }

  out(key: string, params: Params = {}): void {
    this.io.stdout(t(this.lang, key, params) + '\n');
  }
  err(key: string, params: Params = {}): void {
    this.io.stderr(t(this.lang, key, params) + '\n');
  }
  line(text: string): void {
    this.io.stdout(text + '\n');
  }

  resolve(file: string): string {
    return path.resolve(this.io.cwd, file);
  }

  /** The workbook file in the runtime, acting as --user (or settings.user, or the owner). */
  async open(
    file: string,
    options: Options,
    settings: OpenSettings = {},
  ): Promise<Runtime> {
    const codeFile = path.join(this.root, 'dist', 'Code.js');
    if (!fs.existsSync(codeFile))
      throw new CliFailure('cli.error.bundleMissing', {}, EXIT_INPUT_ERRORS);
    if (!settings.create && !fs.existsSync(file)) {
      throw new CliFailure('cli.error.fileNotFound', {file}, EXIT_USAGE);
    }
    // One writer per workbook: the lock first, then the file is read (and is what the last
    // writer saved).
    this.locks.push(
      await WorkbookLock.acquire(realFile(file), `kinerja-asn ${this.verb}`),
    );
    const problems: [string, Params][] = [];
    const {workbook, replayed} = await readWorkbookFile(file, (key, params) =>
      problems.push([key, params]),
    );
    const user = userOf(workbook, options.user ?? settings.user);
    const runtime = new Runtime({
      file,
      workbook,
      replayed,
      codeFile,
      emulator: {
        user,
        outboxDir: settings.outboxDir,
        mailQuota: options.quota ?? DEFAULT_MAIL_QUOTA,
        htmlDir: path.join(this.root, 'dist'),
      },
    });
    const wb = runtime.emulator.workbook;
    if (!workbook) wb.name = path.basename(file, path.extname(file));
    // Whoever runs the CLI on a file can edit it, as a person opening a shared spreadsheet can;
    // otherwise every protection the add-on sets up would lock them out of their own run.
    const known = [wb.owner, ...wb.editors].map(e => e.toLowerCase());
    if (!known.includes(user.toLowerCase())) wb.editors.push(user);
    this.lang = langOf(wb, options);
    for (const [key, params] of problems) this.err(key, params);
    this.runtimes.push(runtime);
    return runtime;
  }

  /** Lets go of every workbook this command opened (its journal file and its lock). */
  release(): void {
    for (const runtime of this.runtimes.splice(0)) runtime.close();
    for (const lock of this.locks.splice(0)) lock.release();
  }

  /** Saves the file (always, or only when the run changed the document) and says so. */
  async saveIfChanged(runtime: Runtime, always: boolean): Promise<void> {
    if (!always && !runtime.changed()) return;
    await runtime.save();
    this.out('cli.saved', {file: runtime.file ?? ''});
  }
}

/** The period of a verb: --periode, else Periode Aktif as the add-on reads it. */
export function periodOf(runtime: Runtime, options: Options): string {
  if (options.period) return options.period;
  return runtime.call<SidebarState>('apiGetState').activePeriod;
}
