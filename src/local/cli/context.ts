// What every verb of the command line shares: its input and output, the language it speaks, and
// opening a workbook file in the local runtime.
import fs from 'node:fs';
import path from 'node:path';
import {parseLang, type Params} from '../../core/i18n';
import {t} from '../i18n';
import type {SidebarState} from '../../core/api';
import type {Lang} from '../../core/types';
import type {Workbook} from '../emulator';
import {
  DEFAULT_MAIL_QUOTA,
  Runtime,
  readIfExists,
  settingOf,
  userOf,
} from '../runtime';
import type {Options} from './args';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Directory relative file names are resolved against. */
  cwd: string;
  /** The clock (default: now), for the default period of sample data. */
  now: () => Date;
  /** Resolves when the workbench should stop (default: Ctrl+C / SIGTERM). */
  untilStopped?: () => Promise<void>;
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
  /** Who acts when --user is not given (else the workbook's Email HR). */
  user?: string;
  /** Where MailApp writes .eml files (none: mail is not sent). */
  outboxDir?: string;
}

export class CliContext {
  lang: Lang = 'id';
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

  /** The workbook file in the runtime, acting as --user (or settings.user, or Email HR). */
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
    const workbook = await readIfExists(file);
    const user = userOf(workbook, options.user ?? settings.user);
    const runtime = new Runtime({
      file,
      workbook,
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
    return runtime;
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
