// One execution's view of the emulator: which workbook, which user, which clock, which JS realm.
// Every bundle context (loadBundle) gets its own Env, so its locks belong to it alone.
import {CallCounter} from './calls';
import {
  type AccountKind,
  type ClockSetting,
  CostMeter,
  type CostSetting,
  type ExecutionStats,
  clockProfile,
} from './cost';
import {Workbook} from './model';

export interface SentMail {
  to: string;
  cc: string;
  bcc: string;
  replyTo: string;
  name: string;
  from: string;
  subject: string;
  body: string;
  htmlBody: string;
  /** Files attached (MailApp `attachments`: blobs). */
  attachments?: {name: string; contentType: string; bytes: Buffer}[];
  emlPath?: string;
}

export interface MenuCapture {
  title: string;
  addon: boolean;
  items: MenuItemCapture[];
}
export type MenuItemCapture =
  | {caption: string; functionName: string}
  | {separator: true}
  | {submenu: MenuCapture};

export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';

export interface UiCapture {
  menus: MenuCapture[];
  alerts: {title: string; prompt: string; buttons: string}[];
  prompts: {title: string; prompt: string; buttons: string}[];
  toasts: {message: string; title: string; timeoutSeconds: number}[];
  sidebars: {title: string; html: string}[];
  dialogs: {title: string; html: string; modal: boolean}[];
  /** Answers for the next alerts, in order ('OK', 'YES', ...); default: the first button. */
  alertAnswers: ButtonName[];
  /** Answers for the next prompts; default {button: 'OK', text: ''}. */
  promptAnswers: {button: ButtonName; text: string}[];
}

/** The JS realm a bundle runs in: values handed to it must be its own Arrays, Dates and Errors. */
export interface Realm {
  Array: ArrayConstructor;
  Date: DateConstructor;
  Error: ErrorConstructor;
  Object: ObjectConstructor;
}

/**
 * Where a local runtime makes the document durable (src/local/journal.ts): Apps Script keeps a
 * flushed write, a property and a sent email at once, so the file must too.
 */
export interface Durability {
  /** SpreadsheetApp.flush() and every property write: what changed reaches the disk now. */
  flush(): void;
  /** Before an email leaves: throws when the workbook cannot be saved (then none leaves). */
  beforeSend(): void;
  /** After the .eml was written (its path): the quota used is recorded. */
  afterSend(emlPath: string | undefined): void;
}

export interface Shared {
  workbook: Workbook;
  /** Set by the local runtime on a workbook file; none in tests of the emulator alone. */
  durability?: Durability;
  calls: CallCounter;
  ui: UiCapture;
  mail: {sent: SentMail[]};
  options: {
    outboxDir?: string;
    mailQuota: number;
    htmlDir: string;
    addon: boolean;
    now: () => Date;
    echoLogs: boolean;
    /**
     * The manifest's oauthScopes, when the loaded project declares them: a method needing a scope
     * not in the list throws as Apps Script does. null: no manifest, every scope granted.
     */
    oauthScopes: string[] | null;
    /** The cost profile enforced on every execution (cost.ts), or 'off'. */
    cost: CostSetting;
    /** Whether an add-on's time-driven trigger has the document as active spreadsheet. */
    clockTriggerDocument: boolean;
    /** Consumer or Workspace account: the daily trigger runtime depends on it. */
    account: AccountKind;
    /** Whether the bundle's clock moves by the estimated execution time (cost.ts ClockSetting). */
    clock: ClockSetting;
  };
  logs: string[];
  /** The cost of the last execution ended (endExecution) and of the last trigger run. */
  lastExecution?: ExecutionStats;
  lastTrigger?: ExecutionStats;
  activeUser: string;
  nextExecution: number;
}

export class Env {
  /** Effective user while an installable trigger runs as its creator. */
  effectiveUser: string | null = null;
  /** Set while a time-driven trigger runs: nobody is looking, so there is no Ui to get. */
  noUi = false;
  /**
   * A custom function's execution (a formula in a cell): the Spreadsheet service is read-only and
   * only Cache, Lock, Properties and Utilities are at hand
   * (developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services).
   */
  customFunction = false;
  /** Set while an add-on's time-driven trigger runs: no active document (spreadsheet-app.ts). */
  noDocument = false;
  /** Set while a simple trigger (onOpen/onEdit) runs: it acts for nobody who authorised it. */
  simpleTrigger = false;
  /** This execution's cost meter; a trigger run gets its own (a separate execution in Google). */
  cost: CostMeter;
  /** This execution's clock setting, when not the emulator's. */
  clock?: ClockSetting;
  constructor(
    public shared: Shared,
    public executionId: string,
    public realm: Realm,
  ) {
    this.cost = new CostMeter(shared.options.cost);
  }

  get workbook(): Workbook {
    return this.shared.workbook;
  }
  get calls(): CallCounter {
    return this.shared.calls;
  }
  get user(): string {
    return this.shared.activeUser;
  }
  /**
   * Whose rights a script write uses: an installable trigger's creator while it runs ("Installable
   * triggers always run under the account of the person who created them",
   * developers.google.com/apps-script/guides/triggers/installable), else the active user. A
   * person's own typing (userEdit) is checked against `user`.
   */
  get actor(): string {
    return this.effectiveUser ?? this.shared.activeUser;
  }
  now(): Date {
    return this.shared.options.now();
  }

  /** How far the bundle's clock has moved in this execution: its estimated time so far, in ms. */
  elapsedMs(): number {
    const profile = clockProfile(
      this.clock ?? this.shared.options.clock,
      this.cost.setting,
    );
    return profile ? this.cost.seconds(profile) * 1000 : 0;
  }

  /** An Apps Script exception, created in the bundle's realm so `e instanceof Error` holds there. */
  /**
   * Throws Apps Script's authorisation error when the manifest lists its scopes and `scope` is not
   * among them ("You do not have permission to call X. Required permissions: Y").
   */
  requireScope(method: string, scope: string): void {
    const granted = this.shared.options.oauthScopes;
    if (granted && !granted.includes(scope)) {
      throw this.error(
        `You do not have permission to call ${method}. Required permissions: ${scope}`,
      );
    }
  }

  error(message: string): Error {
    const e = new this.realm.Error(message);
    e.name = 'Exception';
    return e;
  }

  list<T>(items: readonly T[]): T[] {
    if (this.realm.Array === Array) return items.slice();
    return this.realm.Array.from(items) as T[];
  }

  date(ms: number): Date {
    return new this.realm.Date(ms);
  }

  object<T extends object>(source: T): T {
    return this.realm.Object.assign(new this.realm.Object(), source) as T;
  }
}

export const MAIN_REALM: Realm = {Array, Date, Error, Object};
