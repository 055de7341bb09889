// The command line: `kinerja-asn <verb> <file.xlsx> [--periode P] [options]` (SHEETS.md).
// Each verb loads the .xlsx into the Apps Script emulator, runs the very dist/Code.js that ships
// (its api* functions, as the sidebar calls them), and saves the file atomically when it changed.
// Exit status: 0 success, 1 input errors found, 2 wrong usage.
import fs from 'node:fs';
import path from 'node:path';
import type {
  ActionResult,
  EmailPreview,
  EmployeeListItem,
  RecomputeResult,
  SendStatus,
  SidebarState,
  TabsResult,
  ValidationDto,
} from '../core/api';
import {parseLang, type Params} from '../core/i18n';
import {t} from './i18n';
import {currentQuarter, normalizePeriod} from '../core/period';
import type {Lang} from '../core/types';
import {
  DEMO_INSTANSI,
  DEMO_SHEETS,
  type DemoOptions,
  type DemoTableKey,
  type DemoWorkbook,
  demoWorkbook,
  fillDemoTab,
} from '../sheets/demo';
import {
  HEADERS,
  PENILAIAN_INPUT_HEADERS,
  PENILAIAN_PREFIX,
  SHEET,
  normalizeHeader,
} from '../sheets/schema';
import {
  type BundleContext,
  type Emulator,
  type Workbook,
  createEmulator,
} from './emulator';
import {loadBundle, repoRoot} from './loader';
import {readWorkbook, writeWorkbook} from './xlsx';

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

/** The user running the add-on when neither --user nor Pengaturan's Email HR says otherwise. */
export const DEFAULT_CLI_USER = 'hr@localhost';
/** Local runs are not limited by Gmail: default to the Workspace daily quota. */
const DEFAULT_MAIL_QUOTA = 1500;
const DEFAULT_SERVE_FILE = 'kinerja-asn.xlsx';

type Verb =
  | 'init'
  | 'demo'
  | 'validate'
  | 'tabs'
  | 'recompute'
  | 'feedback'
  | 'serve'
  | 'help';

const COMMON = ['user', 'lang', 'help'];
const VERB_OPTIONS: Record<Verb, string[]> = {
  init: [...COMMON],
  demo: [...COMMON, 'pegawai', 'seed', 'periode', 'indikator'],
  validate: [...COMMON],
  tabs: [...COMMON, 'periode'],
  recompute: [...COMMON, 'periode'],
  feedback: [...COMMON, 'periode', 'nip', 'send', 'resend', 'outbox', 'quota'],
  serve: [...COMMON, 'port', 'outbox', 'pegawai', 'seed'],
  help: [...COMMON],
};
const BOOLEAN_OPTIONS = new Set(['send', 'resend', 'help']);

interface Options {
  periode?: string;
  pegawai?: number;
  seed?: number;
  indikator?: number;
  nip?: string;
  send?: boolean;
  resend?: boolean;
  outbox?: string;
  quota?: number;
  user?: string;
  lang?: Lang;
  port?: number;
  help?: boolean;
}

class UsageError extends Error {
  constructor(
    readonly key: string,
    readonly params: Params = {},
  ) {
    super(key);
  }
}

/** An error a person can fix (file missing, sample data over existing data): exit 1 or 2. */
class CliFailure extends Error {
  constructor(
    readonly key: string,
    readonly params: Params,
    readonly exitCode: number,
  ) {
    super(key);
  }
}

interface Command {
  verb: Verb;
  file?: string;
  options: Options;
}

function integer(
  option: string,
  value: string,
  min: number,
  max: number,
): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    throw new UsageError('cli.error.integer', {
      option: `--${option}`,
      value,
      min,
      max,
    });
  }
  return n;
}

export function parseArgs(argv: readonly string[]): Command {
  const args = [...argv];
  const first = args.shift();
  if (first === undefined) throw new UsageError('cli.error.missingVerb');
  const verbText = first === '--help' || first === '-h' ? 'help' : first;
  if (!(verbText in VERB_OPTIONS)) {
    throw new UsageError('cli.error.unknownVerb', {verb: verbText});
  }
  const verb = verbText as Verb;
  const options: Options = {};
  const positional: string[] = [];
  while (args.length) {
    const arg = args.shift()!;
    if (arg === '-h') {
      options.help = true;
      continue;
    }
    if (!arg.startsWith('--') || arg === '--') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq < 0 ? arg.slice(2) : arg.slice(2, eq)).toLowerCase();
    if (!VERB_OPTIONS[verb].includes(name)) {
      throw new UsageError('cli.error.unknownOption', {verb, option: arg});
    }
    if (BOOLEAN_OPTIONS.has(name)) {
      if (eq >= 0)
        throw new UsageError('cli.error.unknownOption', {verb, option: arg});
      (options as Record<string, unknown>)[name] = true;
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : args.shift();
    if (
      value === undefined ||
      value === '' ||
      (eq < 0 && value.startsWith('--'))
    ) {
      throw new UsageError('cli.error.optionValue', {option: `--${name}`});
    }
    switch (name) {
      case 'periode': {
        const periode = normalizePeriod(value);
        if (!periode) throw new UsageError('cli.error.periode', {value});
        options.periode = periode;
        break;
      }
      case 'pegawai':
        options.pegawai = integer(name, value, 12, 100000);
        break;
      case 'seed':
        options.seed = integer(name, value, 0, 2 ** 31 - 1);
        break;
      case 'indikator':
        options.indikator = integer(name, value, 2, 8);
        break;
      case 'quota':
        options.quota = integer(name, value, 0, 100000);
        break;
      case 'port':
        options.port = integer(name, value, 0, 65535);
        break;
      case 'lang': {
        const lang = value.trim().toLowerCase();
        if (lang !== 'id' && lang !== 'en')
          throw new UsageError('cli.error.lang', {value});
        options.lang = lang;
        break;
      }
      case 'nip':
        options.nip = value.replace(/[\s.]/g, '');
        break;
      default:
        (options as Record<string, unknown>)[name] = value;
    }
  }
  if (
    verb === 'demo' &&
    options.periode &&
    !/-TW[1-4]$/.test(options.periode)
  ) {
    throw new UsageError('cli.error.periodeQuarter', {value: options.periode});
  }
  const needsFile = verb !== 'help' && verb !== 'serve' && !options.help;
  if (positional.length > (verb === 'help' ? 0 : 1)) {
    throw new UsageError('cli.error.extraArgument', {
      arg: positional[positional.length - 1],
    });
  }
  const file = positional[0];
  if (needsFile && file === undefined)
    throw new UsageError('cli.error.missingFile');
  if (file !== undefined && !/\.xlsx$/i.test(file)) {
    throw new UsageError('cli.error.notXlsx', {file});
  }
  return {verb, file, options};
}

/** The repository root (where dist/ lives): see loader.ts. */
export {repoRoot};

/** Values of a sheet straight from the model (no service call): row 1 = headers. */
function modelValues(workbook: Workbook, name: string): unknown[][] {
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
function settingOf(workbook: Workbook | undefined, key: string): string {
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

// Method names that change a document (what must be saved); reads are get*/is*/has*/can*.
const MUTATING =
  /\.(set|insert|delete|clear|append|add|remove|protect|unprotect|copy|hide|show|sort|move|merge|create|send|trim|update|auto|activate)/;

/** One workbook opened in the emulator with the built add-on. */
class Session {
  private constructor(
    readonly emulator: Emulator,
    readonly file: string,
    private readonly codeFile: string,
  ) {}

  static async open(
    file: string,
    options: Options,
    settings: {
      create: boolean;
      user?: string;
      outboxDir?: string;
      root: string;
    },
  ): Promise<Session> {
    const codeFile = path.join(settings.root, 'dist', 'Code.js');
    if (!fs.existsSync(codeFile))
      throw new CliFailure('cli.error.bundleMissing', {}, EXIT_INPUT_ERRORS);
    let workbook: Workbook | undefined;
    if (fs.existsSync(file)) workbook = await readWorkbook(file);
    else if (!settings.create) {
      throw new CliFailure('cli.error.fileNotFound', {file}, EXIT_USAGE);
    }
    const user =
      options.user ??
      settings.user ??
      (settingOf(workbook, 'Email HR') || DEFAULT_CLI_USER);
    const emulator = createEmulator({
      workbook,
      user,
      outboxDir: settings.outboxDir,
      mailQuota: options.quota ?? DEFAULT_MAIL_QUOTA,
      htmlDir: path.join(settings.root, 'dist'),
    });
    if (!workbook)
      emulator.workbook.name = path.basename(file, path.extname(file));
    // Whoever runs the CLI on a file can edit it, as a person opening a shared spreadsheet can;
    // otherwise every protection the add-on sets up would lock them out of their own run.
    const wb = emulator.workbook;
    const known = [wb.owner, ...wb.editors].map(e => e.toLowerCase());
    if (!known.includes(user.toLowerCase())) wb.editors.push(user);
    return new Session(emulator, file, codeFile);
  }

  /** One Apps Script execution: a fresh bundle context, its locks released when it returns. */
  call<T>(name: string, ...args: unknown[]): T {
    return this.execution(ctx => {
      const fn = ctx[name] as ((...a: unknown[]) => T) | undefined;
      if (typeof fn !== 'function')
        throw new Error(`${name} is not in dist/Code.js`);
      return fn(...args);
    });
  }

  execution<T>(run: (ctx: BundleContext) => T): T {
    const ctx = loadBundle(this.emulator, this.codeFile);
    try {
      return run(ctx);
    } finally {
      this.emulator.endExecution(ctx);
    }
  }

  lang(options: Options): Lang {
    return (
      options.lang ?? parseLang(settingOf(this.emulator.workbook, 'Bahasa'))
    );
  }

  /** Periode from --periode, else Periode Aktif as the add-on reads it. */
  periode(options: Options): string {
    if (options.periode) return options.periode;
    const state = this.call<SidebarState>('apiGetState');
    return state.activePeriod;
  }

  changed(): boolean {
    return Object.keys(this.emulator.calls.byMethod()).some(name =>
      MUTATING.test(name),
    );
  }

  async save(): Promise<void> {
    fs.mkdirSync(path.dirname(path.resolve(this.file)), {recursive: true});
    await writeWorkbook(this.emulator.workbook, this.file);
  }
}

/** The SpreadsheetApp of the emulator as Apps Script types it (the CLI writes demo data through it). */
function spreadsheetOf(
  emulator: Emulator,
): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const app = emulator.globals
    .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return app.getActiveSpreadsheet();
}

const NIP_HEADERS = new Set(['nip', 'nip atasan', 'nip kepala']);

/**
 * Writes the demo input tables over the sheets setupSheets made (one setValues per table). NIP
 * columns get the plain-text format first, so 18 digits stay text as in a real spreadsheet.
 */
export function writeDemoTables(emulator: Emulator, demo: DemoWorkbook): void {
  const ss = spreadsheetOf(emulator);
  for (const key of Object.keys(DEMO_SHEETS) as DemoTableKey[]) {
    const name = DEMO_SHEETS[key];
    const table = demo.tables[key];
    const width = table[0].length;
    const sheet = ss.getSheetByName(name) ?? ss.insertSheet(name);
    if (sheet.getMaxRows() < table.length + 1) {
      sheet.insertRowsAfter(
        sheet.getMaxRows(),
        table.length + 1 - sheet.getMaxRows(),
      );
    }
    if (sheet.getMaxColumns() < width) {
      sheet.insertColumnsAfter(
        sheet.getMaxColumns(),
        width - sheet.getMaxColumns(),
      );
    }
    const last = sheet.getLastRow();
    if (last > 1) sheet.getRange(2, 1, last - 1, width).clearContent();
    table[0].forEach((header, i) => {
      if (NIP_HEADERS.has(normalizeHeader(header))) {
        sheet.getRange(1, i + 1, table.length, 1).setNumberFormat('@');
      }
    });
    sheet.getRange(1, 1, table.length, width).setValues(table as unknown[][]);
  }
}

/**
 * Types the demo supervisors' inputs into every appraisal tab of the period: one getValues and
 * one setValues (over the input columns only) per tab. Returns the number of tabs.
 */
export function fillDemoTabs(
  emulator: Emulator,
  demo: DemoWorkbook,
  periode: string,
): number {
  const ss = spreadsheetOf(emulator);
  const prefix = `${PENILAIAN_PREFIX}${periode} `;
  let tabs = 0;
  for (const sheet of ss.getSheets()) {
    if (!sheet.getName().startsWith(prefix)) continue;
    tabs++;
    const values = sheet.getDataRange().getValues();
    if (values.length < 2) continue;
    const {values: filled, filled: count} = fillDemoTab(values, demo);
    if (count === 0) continue;
    const header = values[0].map(normalizeHeader);
    const inputs = PENILAIAN_INPUT_HEADERS.map(h =>
      header.indexOf(normalizeHeader(h)),
    ).filter(i => i >= 0);
    const from = Math.min(...inputs);
    const to = Math.max(...inputs);
    const block = filled.slice(1).map(row => row.slice(from, to + 1));
    sheet.getRange(2, from + 1, block.length, to - from + 1).setValues(block);
  }
  return tabs;
}

/** Types a Pengaturan sheet holding only `Bahasa` into a new workbook (set-up adds the rest). */
function presetLanguage(emulator: Emulator, lang: Lang): void {
  const ss = spreadsheetOf(emulator);
  const sheet = ss.insertSheet(SHEET.pengaturan);
  sheet
    .getRange(1, 1, 2, 2)
    .setValues([[...HEADERS.pengaturan], ['Bahasa', lang]]);
}

/** The default period of new sample data: the current quarter in Jakarta. */
function demoPeriode(options: Options, now: Date): string {
  return options.periode ?? currentQuarter(now);
}

class Cli {
  lang: Lang = 'id';
  constructor(
    private io: CliIo,
    /** Found when first needed, so a missing root is reported like any other failure. */
    private rootOf: () => string,
  ) {}

  private get root(): string {
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

  async run(command: Command): Promise<number> {
    const {verb, options} = command;
    if (options.lang) this.lang = options.lang;
    if (verb === 'help' || options.help) {
      this.line(t(this.lang, 'cli.usage'));
      return EXIT_OK;
    }
    if (verb === 'serve') return this.serve(options, command.file);
    const file = this.resolve(command.file!);
    switch (verb) {
      case 'init':
        return this.init(file, options);
      case 'demo':
        return this.demo(file, options);
      case 'validate':
        return this.validate(file, options);
      case 'tabs':
        return this.tabs(file, options);
      case 'recompute':
        return this.recompute(file, options);
      case 'feedback':
        return this.feedback(file, options);
    }
  }

  private async open(
    file: string,
    options: Options,
    create = false,
    user?: string,
    outboxDir?: string,
  ) {
    const session = await Session.open(file, options, {
      create,
      user,
      outboxDir,
      root: this.root,
    });
    this.lang = session.lang(options);
    return session;
  }

  private async saveIfChanged(
    session: Session,
    always: boolean,
  ): Promise<void> {
    if (!always && !session.changed()) return;
    await session.save();
    this.out('cli.saved', {file: session.file});
  }

  private async init(file: string, options: Options): Promise<number> {
    const isNew = !fs.existsSync(file);
    const session = await this.open(file, options, true);
    // A new workbook made with --lang speaks that language: Bahasa is typed first, so set-up writes
    // its message and the default Template Email in it. An existing workbook keeps its Bahasa.
    if (isNew && options.lang) presetLanguage(session.emulator, options.lang);
    const result = session.call<ActionResult>('apiSetupSheets');
    this.lang = session.lang(options);
    this.line(result.message);
    await this.saveIfChanged(session, true);
    return result.ok ? EXIT_OK : EXIT_INPUT_ERRORS;
  }

  private async demo(file: string, options: Options): Promise<number> {
    if (fs.existsSync(file)) {
      const existing = await readWorkbook(file);
      if (modelValues(existing, SHEET.pegawai).length > 1) {
        throw new CliFailure('cli.error.demoNotEmpty', {file}, EXIT_USAGE);
      }
    }
    const {session, code} = await this.createDemo(file, options);
    await this.saveIfChanged(session, true);
    return code;
  }

  /** init + sample tables + tabs for Periode Aktif + the supervisors' partial inputs + recompute. */
  async createDemo(
    file: string,
    options: Options,
  ): Promise<{session: Session; code: number}> {
    const demoOptions: DemoOptions = {
      pegawai: options.pegawai,
      seed: options.seed,
      periode: demoPeriode(options, this.io.now()),
      indikator: options.indikator,
    };
    const demo = demoWorkbook(demoOptions);
    const session = await this.open(file, options, true, demo.hrEmail);
    const setup = session.call<ActionResult>('apiSetupSheets');
    if (!setup.ok) {
      this.line(setup.message);
      return {session, code: EXIT_INPUT_ERRORS};
    }
    writeDemoTables(session.emulator, demo);
    this.lang = session.lang(options);
    const tabs = session.call<TabsResult>('apiCreateTabs', demo.periode);
    if (!tabs.ok) this.io.stderr(tabs.message + '\n');
    const tabCount = fillDemoTabs(session.emulator, demo, demo.periode);
    const recompute = session.call<RecomputeResult>(
      'apiRecompute',
      demo.periode,
    );
    const fills = {complete: 0, partial: 0, empty: 0};
    for (const plan of demo.plans.values()) fills[plan.fill]++;
    this.out('cli.demo.created', {
      instansi: DEMO_INSTANSI,
      pegawai: demo.employees.length,
      units: demo.tables.unit.length - 1,
      indikator: demo.indicators.length,
      periode: demo.periode,
      tabs: tabs.ok ? tabs.tabs.length : tabCount,
    });
    this.out('cli.demo.filled', fills);
    this.printRecompute(session, demo.periode, recompute);
    const failed = !tabs.ok || !recompute.ok || recompute.errors > 0;
    return {session, code: failed ? EXIT_INPUT_ERRORS : EXIT_OK};
  }

  private printIssues(issues: ValidationDto['issues']): void {
    for (const issue of issues) {
      // issue.text already starts with the place; the message alone goes after ours.
      const where = issue.cell ? `${issue.sheet}!${issue.cell}` : issue.sheet;
      const text = issue.message[this.lang];
      if (issue.level === 'Galat') this.io.stderr(`${where}: ${text}\n`);
      else this.err('cli.issue.warning', {where, text});
    }
  }

  private async validate(file: string, options: Options): Promise<number> {
    const session = await this.open(file, options);
    const result = session.call<ValidationDto>('apiValidate');
    this.printIssues(result.issues);
    this.out('cli.validate.summary', {
      errors: result.errors,
      warnings: result.warnings,
    });
    await this.saveIfChanged(session, false);
    return result.errors > 0 ? EXIT_INPUT_ERRORS : EXIT_OK;
  }

  private async tabs(file: string, options: Options): Promise<number> {
    const session = await this.open(file, options);
    const periode = session.periode(options);
    const result = session.call<TabsResult>('apiCreateTabs', periode);
    this.line(result.message);
    if (result.tabs?.length)
      this.out('cli.tabs.list', {tabs: result.tabs.join(', ')});
    await this.saveIfChanged(session, true);
    return result.ok ? EXIT_OK : EXIT_INPUT_ERRORS;
  }

  private printRecompute(
    session: Session,
    periode: string,
    result: RecomputeResult,
  ): void {
    this.line(result.message);
    this.out('cli.recompute.summary', {
      periode,
      employees: result.employees,
      complete: result.complete,
      errors: result.errors,
      warnings: result.warnings,
    });
    if (result.errors > 0) {
      // The Validasi sheet recompute just wrote holds the problems, in the workbook's language.
      const rows = modelValues(session.emulator.workbook, SHEET.validasi);
      const header = (rows[0] ?? []).map(normalizeHeader);
      const [s, c, m, l] = ['sheet', 'sel', 'pesan', 'tingkat'].map(h =>
        header.indexOf(h),
      );
      for (const row of rows.slice(1)) {
        const level = String(row[l] ?? '');
        if (!/galat|error/i.test(level)) continue;
        const where = row[c] ? `${row[s]}!${row[c]}` : String(row[s]);
        this.io.stderr(`${where}: ${String(row[m] ?? '')}\n`);
      }
      this.err('cli.recompute.seeValidasi');
    }
  }

  private async recompute(file: string, options: Options): Promise<number> {
    const session = await this.open(file, options);
    const periode = session.periode(options);
    const result = session.call<RecomputeResult>('apiRecompute', periode);
    this.printRecompute(session, periode, result);
    await this.saveIfChanged(session, true);
    return result.errors > 0 || !result.ok ? EXIT_INPUT_ERRORS : EXIT_OK;
  }

  private async feedback(file: string, options: Options): Promise<number> {
    const outboxDir = options.send
      ? path.resolve(
          this.io.cwd,
          options.outbox ?? path.join(path.dirname(file), 'outbox'),
        )
      : undefined;
    if (outboxDir) fs.mkdirSync(outboxDir, {recursive: true});
    const session = await this.open(file, options, false, undefined, outboxDir);
    const periode = session.periode(options);
    if (options.send) return this.send(session, periode, options, outboxDir!);

    // Preview: one execution reads everything (nothing is written).
    let unknown = false;
    const count = session.execution(ctx => {
      const list = ctx.apiListEmployees(periode) as EmployeeListItem[];
      const chosen = options.nip
        ? list.filter(e => e.nip === options.nip)
        : list;
      if (options.nip && chosen.length === 0) unknown = true;
      for (const employee of chosen) {
        const preview = ctx.apiPreviewEmail(
          periode,
          employee.nip,
        ) as EmailPreview;
        this.out('cli.feedback.header', {
          nip: employee.nip,
          nama: employee.nama,
        });
        this.out('cli.feedback.to', {to: preview.to});
        if (preview.cc) this.out('cli.feedback.cc', {cc: preview.cc});
        this.out('cli.feedback.subject', {subject: preview.subject});
        if (preview.skipReason)
          this.out('cli.feedback.skip', {reason: preview.skipReason});
        this.line('');
        this.line(preview.text);
        this.line('');
      }
      return chosen.length;
    });
    if (unknown) {
      this.err('cli.error.unknownNip', {nip: options.nip!, periode});
      return EXIT_INPUT_ERRORS;
    }
    this.out('cli.feedback.count', {count, periode});
    await this.saveIfChanged(session, false);
    return EXIT_OK;
  }

  private async send(
    session: Session,
    periode: string,
    options: Options,
    outboxDir: string,
  ) {
    let status = session.call<SendStatus>(
      'apiStartSend',
      periode,
      options.resend === true,
    );
    // Each call sends one chunk under the document lock; stop when done, paused or stuck.
    let stalled = 0;
    for (let i = 0; status.state === 'running' && i < 100000; i++) {
      const before = status.remaining;
      status = session.call<SendStatus>('apiContinueSend');
      stalled =
        status.state === 'running' && status.remaining >= before
          ? stalled + 1
          : 0;
      if (stalled >= 3) {
        this.err('cli.send.stalled', {message: status.message});
        break;
      }
    }
    // The job's own message names uncertain NIPs and says what HR should do about them.
    if (status.message) {
      if (status.state === 'error' || status.uncertain > 0)
        this.io.stderr(status.message + '\n');
      else this.line(status.message);
    }
    this.out('cli.send.result', {
      sent: status.sent,
      skipped: status.skipped,
      failed: status.failed,
      uncertain: status.uncertain,
      remaining: status.remaining,
    });
    if (status.sent > 0) this.out('cli.send.outbox', {dir: outboxDir});
    if (status.state === 'paused-quota') this.err('cli.send.paused');
    await this.saveIfChanged(session, true);
    return status.state === 'error' || status.failed > 0 || stalled >= 3
      ? EXIT_INPUT_ERRORS
      : EXIT_OK;
  }

  private async serve(options: Options, fileArg?: string): Promise<number> {
    const file = this.resolve(fileArg ?? DEFAULT_SERVE_FILE);
    if (!fs.existsSync(file)) {
      this.out('cli.serve.creating', {file});
      const {session} = await this.createDemo(file, options);
      await session.save();
      this.out('cli.saved', {file});
    }
    const existing = await readWorkbook(file);
    this.lang = options.lang ?? parseLang(settingOf(existing, 'Bahasa'));
    const user =
      options.user ?? (settingOf(existing, 'Email HR') || DEFAULT_CLI_USER);
    const outbox = path.resolve(
      this.io.cwd,
      options.outbox ?? path.join(path.dirname(file), 'outbox'),
    );
    // Loaded here: the workbench (and its HTTP server) is only needed by this verb.
    const {startServer} = await import('./server');
    const server = await startServer({
      file,
      workbook: existing,
      port: options.port ?? 8080,
      outbox,
      codeFile: path.join(this.root, 'dist', 'Code.js'),
      sidebarFile: path.join(this.root, 'dist', 'Sidebar.html'),
      emulator: {
        user,
        htmlDir: path.join(this.root, 'dist'),
        mailQuota: DEFAULT_MAIL_QUOTA,
      },
    });
    this.out('cli.serve.running', {url: server.url, file});
    await (this.io.untilStopped ?? untilSignal)();
    await server.close();
    this.out('cli.serve.stopped');
    return EXIT_OK;
  }
}

function untilSignal(): Promise<void> {
  return new Promise(resolve => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

let pipeGuarded = false;
/** `kinerja-asn feedback x.xlsx | head`: a reader that stops early is not an error. */
function quietOnClosedPipe(): void {
  if (pipeGuarded) return;
  pipeGuarded = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

/** Runs one command line; resolves to the exit status. Never throws. */
export async function main(
  argv: readonly string[],
  io: Partial<CliIo> = {},
): Promise<number> {
  if (!io.stdout) quietOnClosedPipe();
  const fullIo: CliIo = {
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
    cwd: process.cwd(),
    now: () => new Date(),
    ...io,
  };
  const cli = new Cli(fullIo, () => repoRoot());
  const langArg = argv.findIndex(
    a => a === '--lang' || a.startsWith('--lang='),
  );
  if (langArg >= 0) {
    const value = argv[langArg].includes('=')
      ? argv[langArg].split('=')[1]
      : argv[langArg + 1];
    if (value === 'en' || value === 'id') cli.lang = value;
  }
  let command: Command;
  try {
    command = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    cli.err(e.key, e.params);
    fullIo.stderr('\n' + t(cli.lang, 'cli.usage') + '\n');
    return EXIT_USAGE;
  }
  try {
    return await cli.run(command);
  } catch (e) {
    if (e instanceof CliFailure) {
      cli.err(e.key, e.params);
      return e.exitCode;
    }
    const message = e instanceof Error ? e.message : String(e);
    cli.err('cli.error.failed', {message});
    if (process.env.KINERJA_DEBUG && e instanceof Error)
      fullIo.stderr(`${e.stack}\n`);
    return EXIT_INPUT_ERRORS;
  }
}
