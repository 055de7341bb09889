/**
 * Apps Script emulator for Node: the subset of Google Apps Script the Kinerja ASN add-on uses,
 * with Apps Script's semantics, so the same built dist/Code.js runs offline (src/local/loader.ts).
 *
 * Emulated:
 * - SpreadsheetApp / Spreadsheet / Sheet / Range over an in-memory Workbook (sparse per-attribute
 *   grids): 1-based indexing, '' for empty cells, Date for dates, Sheets' parsing of text written
 *   into non-'@' cells (numbers, percents, booleans, ISO and d/m/y dates, '=' formulas, leading
 *   apostrophe; a '@' cell keeps everything as text, '=...' too), merged cells (range-merges.ts:
 *   covered cells read blank), display values for common number formats, A1 incl. open ranges ('A:A', 'A2:C',
 *   '1:1'), insert/delete rows and columns (protections and named ranges move along), frozen panes,
 *   column widths, hidden sheets, tab colours, notes, fonts, backgrounds, data validation, named
 *   ranges, protections with editor lists (enforced on script writes and on emulator.userEdit).
 *   Inserted rows take the formatting of the row they were inserted next to. Embedded charts
 *   (Sheet.newChart/insertChart/getCharts/updateChart/removeChart, Charts.ChartType) are kept as
 *   data (type, ranges, anchor, options) in workbook.meta, so they survive an xlsx round trip.
 * - Ui menus/alerts/prompts/sidebars/dialogs/toasts, captured in emulator.ui (answers scriptable).
 * - MailApp with the per-recipient daily quota (persisted per user per day), 50 recipients per
 *   message, address checks and RFC 5322 .eml files (multipart/alternative, base64, RFC 2047).
 * - ScriptApp installable triggers with the add-on limits (one per type per user per document,
 *   time-based at most hourly, only for the add-on's own file), fired by emulator.fireTriggers /
 *   emulator.userEdit; an add-on's time-driven trigger has no active spreadsheet.
 * - FormApp (form-app.ts): forms with text, list, multiple-choice and scale items, linked to this
 *   spreadsheet through a "Form Responses N" sheet with Google's header layout; emulator.submitForm
 *   appends a response and fires the installable form-submit triggers (e.range/values/namedValues).
 * - PropertiesService (9 KB / 500 KB limits), CacheService (emulator clock, 6 h, 100 KB),
 *   LockService (a lock table shared by every execution on the workbook), Session, Utilities
 *   (Java SimpleDateFormat in IANA zones, signed-byte digests, base64, blobs), HtmlService
 *   (files from htmlDir, scriptlet templates), Logger and console (to emulator.logs).
 * - Every public service method call is counted as 'Class.method' in emulator.calls.
 * - A cost model (cost.ts) estimates each execution's Apps Script seconds from its calls, cells
 *   read and written and read-after-write flushes, under an optimistic and a pessimistic profile;
 *   the chosen one (options.costProfile, $KINERJA_COST_PROFILE) stops an execution past 6 min, a
 *   custom function or simple trigger past 30 s, and trigger runs past the daily trigger runtime.
 *   The bundle's clock (Date.now(), new Date()) moves by the execution's estimate so far
 *   (options.advanceClock), so the add-on's own time budgets run out where they would in Google.
 * - Execution contexts as Sheets has them: a custom function's (loadBundle(..., {customFunction:
 *   true})) may only read the Spreadsheet service and use Cache, Lock, Properties and Utilities;
 *   a time-driven trigger's has no Ui; Session needs the manifest's userinfo.email scope.
 *
 * Known differences from Google:
 * - Merges do not move with inserted or deleted rows/columns, and the .xlsx files do not keep them.
 * - Formulas are stored, not evaluated: a formula cell's value is whatever was last loaded from the
 *   .xlsx (or '' when set in the emulator).
 * - One execution cannot wait for another (JS is single-threaded): waitLock fails at once when the
 *   lock is held elsewhere; locks are released by releaseLock or emulator.endExecution(ctx).
 * - Text parsing covers the en_US and id_ID locales and the common number/date shapes only;
 *   display formats cover '@', 0/#/,/. patterns, percents and date patterns.
 * - The add-on per-type and other-file trigger limit texts are ours
 *   (Google documents the rule, not the wording).
 * - Script writes skip data validation (as in Sheets); emulator.userEdit enforces reject rules.
 * - FormApp keeps the response sheet's header in step with the form (a renamed question renames
 *   its column; Google keeps old columns); only this spreadsheet can be a destination; answers
 *   arrive only through emulator.submitForm (no form response store, no FormApp.getActiveForm).
 */
import path from 'node:path';
import {CacheService} from './cache';
import {CallCounter} from './calls';
import {
  type AccountKind,
  type ClockSetting,
  CostMeter,
  type CostSetting,
  type ExecutionStats,
  EXECUTION_LIMIT_SECONDS,
  SHORT_LIMIT_SECONDS,
  costSetting,
} from './cost';
import {ChartType} from './charts';
import {zonedParts} from './dates';
import {
  type Durability,
  Env,
  MAIN_REALM,
  Realm,
  SentMail,
  Shared,
  UiCapture,
} from './env';
import {FormApp} from './form-app';
import {type FormAnswers, findForm, recordResponse} from './form-submit';
import {HtmlService} from './html-service';
import {LockService} from './lock';
import {Logger, makeConsole} from './logging';
import {MailApp} from './mail';
import {Workbook} from './model';
import {PropertiesService} from './properties';
import {AuthMode, ScriptApp} from './script-app';
import {Session} from './session';
import {Spreadsheet} from './spreadsheet';
import {SpreadsheetApp} from './spreadsheet-app';
import {User} from './user';
import {asTriggerExecution} from './trigger-runtime';
import {editTarget, typeInto} from './user-edit';
import {Utilities} from './utilities';

export {CallCounter} from './calls';
export {COST_TABLE, COST_PROFILE_ENV} from './cost';
export type {
  ClockSetting,
  CostProfile,
  CostSetting,
  ExecutionStats,
  AccountKind,
} from './cost';
export type {
  ButtonName,
  Durability,
  MenuCapture,
  SentMail,
  UiCapture,
} from './env';
export {Workbook, SheetModel} from './model';
export type {CellValue, ProtectionModel, TriggerModel, Rect} from './model';
export {PROTECTED_MESSAGE} from './protection';
export {chartModels} from './charts';
export type {ChartModel} from './charts';

export interface EmulatorOptions {
  workbook?: Workbook;
  /** The local runtime's journal: flush, property writes and sends made durable (env.ts). */
  durability?: Durability;
  /** Spreadsheet time zone, default 'Asia/Jakarta' (kept from the workbook when one is given). */
  timeZone?: string;
  /** Active & effective user; default 'hr@example.go.id' (the owner of a new workbook). */
  user?: string;
  outboxDir?: string;
  /** Daily recipient quota (MailApp.getRemainingDailyQuota), default 100. */
  mailQuota?: number;
  now?: () => Date;
  /** Where HtmlService reads <name>.html; default <repo>/dist. */
  htmlDir?: string;
  /** Enforce Google's add-on trigger limits (default true). */
  addon?: boolean;
  /** Also print console/Logger lines to stderr (default false: they go to emulator.logs). */
  echoLogs?: boolean;
  /** The manifest's oauthScopes (loadBundle reads them from appsscript.json beside Code.js). */
  oauthScopes?: string[];
  /** Cost profile enforced (default $KINERJA_COST_PROFILE, else 'optimistic'); 'off' never stops. */
  costProfile?: CostSetting;
  /**
   * Whether the add-on's clock (Date in the bundle) moves by each execution's estimated seconds:
   * default true (under the enforced profile; none when 'off'), or the profile to move it by.
   */
  advanceClock?: ClockSetting;
  /**
   * Whether an add-on's time-driven trigger sees the document as its active spreadsheet. Default
   * false in add-on mode (Google attaches them to the script: getActiveSpreadsheet() is null),
   * true otherwise (a container-bound script).
   */
  clockTriggerDocument?: boolean;
  /** Account kind for the daily trigger runtime: 'consumer' (default, 90 min) or 'workspace' (6 h). */
  account?: AccountKind;
}

/** Options of one execution (loadBundle's). */
export interface ExecutionOptions {
  customFunction?: boolean;
  /** This execution's cost profile instead of the emulator's. */
  costProfile?: CostSetting;
  /** This execution's clock setting instead of the emulator's (EmulatorOptions.advanceClock). */
  advanceClock?: ClockSetting;
}

/** A vm context made by loadBundle (see src/local/loader.ts). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type BundleContext = Record<string, any>;

export interface Emulator {
  globals: Record<string, unknown>;
  workbook: Workbook;
  calls: CallCounter;
  ui: UiCapture;
  mail: {sent: SentMail[]};
  logs: string[];
  setUser(email: string): void;
  /** Grants only these scopes from now on, as the manifest's oauthScopes do (null: all). */
  setOauthScopes(scopes: readonly string[] | null): void;
  /** A person typing in a cell: enforces protections and reject-validation (throws like Sheets), then fires onEdit in ctx. */
  userEdit(
    ctx: BundleContext | null,
    sheetName: string,
    a1: string,
    value: unknown,
  ): void;
  /** Runs the handlers registered through ScriptApp for that event type. */
  fireTriggers(
    ctx: BundleContext,
    type: 'ON_EDIT' | 'CLOCK' | 'ON_OPEN',
    event?: object,
  ): void;
  /**
   * A respondent submitting a form linked to this spreadsheet (by form id or title): the answers
   * are checked, appended to its response sheet, and the spreadsheet's installable form-submit
   * triggers run in ctx with e.range, e.values and e.namedValues. Returns the new row's number.
   */
  submitForm(ctx: BundleContext, form: string, answers: FormAnswers): number;
  /** Opening the document: the simple onOpen(e) (authMode LIMITED) then installable ON_OPEN triggers. */
  openDocument(ctx: BundleContext): void;
  /** Ends ctx's execution as Apps Script does when a call returns: releases the locks it holds. */
  endExecution(ctx: BundleContext): void;
  /** The emulator clock (options.now). */
  now(): Date;
  /** Globals for a new execution (own lock identity) in the given realm; used by the loader. */
  newExecution(
    realm?: Realm,
    ctx?: BundleContext,
    options?: ExecutionOptions,
  ): Record<string, unknown>;
  /**
   * The time the bundle of ctx sees: the emulator clock plus the execution's estimated seconds so
   * far (EmulatorOptions.advanceClock), in ms since the epoch.
   */
  bundleNow(ctx: BundleContext): number;
  /** What ctx's execution (default: the emulator's own globals) has cost so far. */
  executionStats(ctx?: BundleContext): ExecutionStats;
  /** The cost of the last execution ended by endExecution, and of the last trigger run. */
  readonly lastExecution: ExecutionStats | undefined;
  readonly lastTrigger: ExecutionStats | undefined;
}

export const DEFAULT_USER = 'hr@example.go.id';

function makeGlobals(env: Env): Record<string, unknown> {
  return {
    SpreadsheetApp: new SpreadsheetApp(env),
    // Only the enum: embedded charts are built through Sheet.newChart().
    Charts: Object.freeze({ChartType}),
    MailApp: new MailApp(env),
    FormApp: new FormApp(env),
    ScriptApp: new ScriptApp(env),
    PropertiesService: new PropertiesService(env),
    LockService: new LockService(env),
    CacheService: new CacheService(env),
    Utilities: new Utilities(env),
    HtmlService: new HtmlService(env),
    Session: new Session(env),
    Logger: new Logger(env),
    console: makeConsole(env),
  };
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const user = options.user ?? DEFAULT_USER;
  let workbook = options.workbook;
  if (!workbook) {
    workbook = new Workbook();
    workbook.owner = user;
  }
  if (options.timeZone) workbook.timeZone = options.timeZone;
  const ui: UiCapture = {
    menus: [],
    alerts: [],
    prompts: [],
    toasts: [],
    sidebars: [],
    dialogs: [],
    alertAnswers: [],
    promptAnswers: [],
  };
  const shared: Shared = {
    workbook,
    durability: options.durability,
    calls: new CallCounter(),
    ui,
    mail: {sent: []},
    options: {
      outboxDir: options.outboxDir,
      mailQuota: options.mailQuota ?? 100,
      htmlDir: options.htmlDir ?? path.resolve(__dirname, '../../../dist'),
      addon: options.addon ?? true,
      now: options.now ?? (() => new Date()),
      echoLogs: options.echoLogs ?? false,
      oauthScopes: options.oauthScopes ?? null,
      cost: costSetting(options.costProfile),
      account: options.account ?? 'consumer',
      clock: options.advanceClock ?? true,
      clockTriggerDocument:
        options.clockTriggerDocument ?? !(options.addon ?? true),
    },
    activeUser: user,
    nextExecution: 1,
    logs: [],
  };
  const envs = new WeakMap<object, Env>();
  const mainEnv = new Env(shared, 'execution-0', MAIN_REALM);

  const envOf = (ctx: BundleContext): Env => {
    const env = envs.get(ctx);
    if (!env)
      throw new Error(
        'Not a bundle context of this emulator (use loadBundle).',
      );
    return env;
  };

  const runTrigger = (
    ctx: BundleContext,
    env: Env,
    handler: string,
    event: object,
    as: string | null,
  ) => {
    const fn = ctx[handler];
    if (typeof fn !== 'function')
      throw new Error(`Script function not found: ${handler}`);
    const previous = env.effectiveUser;
    env.effectiveUser = as;
    try {
      // Simple triggers run as nobody (as === null) and are limited to 30 s.
      asTriggerExecution(env, as ?? shared.activeUser, as === null, () =>
        fn.call(ctx, env.object(event)),
      );
    } finally {
      env.effectiveUser = previous;
    }
  };

  const installable = (type: string) =>
    workbook!.triggers.filter(
      t =>
        t.eventType === type &&
        (t.source === 'CLOCK' || t.sourceId === workbook!.id),
    );

  const emulator: Emulator = {
    globals: makeGlobals(mainEnv),
    workbook,
    calls: shared.calls,
    ui,
    mail: shared.mail,
    logs: shared.logs,
    now: () => shared.options.now(),
    setUser(email: string) {
      shared.activeUser = email;
    },
    setOauthScopes(scopes) {
      shared.options.oauthScopes = scopes ? [...scopes] : null;
    },
    get lastExecution() {
      return shared.lastExecution;
    },
    get lastTrigger() {
      return shared.lastTrigger;
    },
    bundleNow(ctx: BundleContext) {
      return shared.options.now().getTime() + envOf(ctx).elapsedMs();
    },
    executionStats(ctx?: BundleContext) {
      return (ctx ? envOf(ctx) : mainEnv).cost.stats();
    },
    newExecution(
      realm: Realm = MAIN_REALM,
      ctx?: BundleContext,
      options: ExecutionOptions = {},
    ) {
      const env = new Env(shared, `execution-${shared.nextExecution++}`, realm);
      if (options.customFunction) {
        env.customFunction = true;
        env.noUi = true;
      }
      env.clock = options.advanceClock;
      // Quotas page: 6 min per execution, 30 s per custom function.
      env.cost = new CostMeter(
        options.costProfile ?? shared.options.cost,
        options.customFunction ? SHORT_LIMIT_SECONDS : EXECUTION_LIMIT_SECONDS,
      );
      if (ctx) envs.set(ctx, env);
      return makeGlobals(env);
    },
    endExecution(ctx: BundleContext) {
      const env = envOf(ctx);
      shared.lastExecution = env.cost.stats();
      for (const [scope, owner] of workbook!.runtime.locks) {
        if (owner === env.executionId) workbook!.runtime.locks.delete(scope);
      }
    },
    userEdit(ctx, sheetName, a1, value) {
      const {sheet, rect} = editTarget(
        workbook!,
        shared.activeUser,
        sheetName,
        a1,
      );
      const env = ctx ? envOf(ctx) : mainEnv;
      const base = typeInto(env, sheet, rect, value);
      if (!ctx) return;
      if (typeof ctx.onEdit === 'function') {
        runTrigger(
          ctx,
          env,
          'onEdit',
          {...base, authMode: AuthMode.LIMITED},
          null,
        );
      }
      for (const t of installable('ON_EDIT')) {
        runTrigger(
          ctx,
          env,
          t.handler,
          {...base, authMode: AuthMode.FULL, triggerUid: t.id},
          t.user,
        );
      }
    },
    fireTriggers(ctx, type, event = {}) {
      const env = envOf(ctx);
      for (const t of installable(type)) {
        let defaults: Record<string, unknown> = {
          authMode: AuthMode.FULL,
          triggerUid: t.id,
        };
        if (type === 'CLOCK') {
          const now = shared.options.now();
          const p = zonedParts(now, workbook!.timeZone);
          defaults = {
            ...defaults,
            year: p.year,
            month: p.month,
            'day-of-month': p.day,
            'day-of-week': p.weekday === 0 ? 7 : p.weekday,
            hour: p.hour,
            minute: p.minute,
            second: p.second,
            timezone: workbook!.timeZone,
          };
        } else {
          defaults = {
            ...defaults,
            source: new Spreadsheet(env),
            user: new User(env, shared.activeUser),
          };
        }
        const {noUi, noDocument} = env;
        env.noUi = type === 'CLOCK';
        env.noDocument =
          type === 'CLOCK' && !shared.options.clockTriggerDocument;
        try {
          runTrigger(ctx, env, t.handler, {...defaults, ...event}, t.user);
        } finally {
          env.noUi = noUi;
          env.noDocument = noDocument;
        }
      }
    },
    submitForm(ctx, form, answers) {
      const env = envOf(ctx);
      const response = recordResponse(env, findForm(env, form), answers);
      for (const t of installable('ON_FORM_SUBMIT')) {
        runTrigger(
          ctx,
          env,
          t.handler,
          {...response, authMode: AuthMode.FULL, triggerUid: t.id},
          t.user,
        );
      }
      return response.range.getRow();
    },
    openDocument(ctx) {
      const env = envOf(ctx);
      const event = {
        source: new Spreadsheet(env),
        user: new User(env, shared.activeUser),
      };
      if (typeof ctx.onOpen === 'function') {
        runTrigger(
          ctx,
          env,
          'onOpen',
          {...event, authMode: AuthMode.LIMITED},
          null,
        );
      }
      emulator.fireTriggers(ctx, 'ON_OPEN');
    },
  };
  return emulator;
}
