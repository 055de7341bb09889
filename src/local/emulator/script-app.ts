// ScriptApp: installable triggers stored in the workbook, with the add-on limits of
// https://developers.google.com/apps-script/guides/triggers/installable ("add-ons can use a
// time-driven trigger once per hour at most") and https://developers.google.com/workspace/add-ons/concepts/editor-triggers
// ("each add-on can only have one trigger of each type, per user, per document").
import {countMethods} from './calls';
import {Env} from './env';
import {TriggerModel} from './model';
import {Service} from './service';
import type {Spreadsheet} from './spreadsheet';

export const EventType = Object.freeze({
  CLOCK: 'CLOCK',
  ON_OPEN: 'ON_OPEN',
  ON_EDIT: 'ON_EDIT',
  ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
  ON_CHANGE: 'ON_CHANGE',
  ON_EVENT_UPDATED: 'ON_EVENT_UPDATED',
} as const);
export const AuthMode = Object.freeze({
  NONE: 'NONE',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
} as const);
export const TriggerSource = Object.freeze({
  SPREADSHEETS: 'SPREADSHEETS',
  CLOCK: 'CLOCK',
  FORMS: 'FORMS',
  DOCUMENTS: 'DOCUMENTS',
  CALENDAR: 'CALENDAR',
} as const);
export const WeekDay = Object.freeze({
  MONDAY: 'MONDAY',
  TUESDAY: 'TUESDAY',
  WEDNESDAY: 'WEDNESDAY',
  THURSDAY: 'THURSDAY',
  FRIDAY: 'FRIDAY',
  SATURDAY: 'SATURDAY',
  SUNDAY: 'SUNDAY',
} as const);

/** Quotas page: 20 triggers per user per script. */
export const MAX_TRIGGERS_PER_USER = 20;
export const TOO_MANY_TRIGGERS_MESSAGE =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
const KIND: Record<TriggerModel['eventType'], string> = {
  CLOCK: 'time-based',
  ON_OPEN: 'open',
  ON_EDIT: 'edit',
  ON_CHANGE: 'change',
  ON_FORM_SUBMIT: 'form submit',
};
/** Google's text for the time-based case; the other event types follow the same pattern. */
export const addonTriggerLimitMessage = (type: TriggerModel['eventType']) =>
  `This add-on has created too many ${KIND[type]} triggers in this document for this Google user account.`;
/**
 * "Time-driven triggers cannot run more frequently than once per hour"
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers). The text is Apps
 * Script's own, as reported from an add-on's everyMinutes() trigger
 * (https://github.com/ttsukagoshi/mail-merge-for-gmail/issues/165); a one-off after(ms) is allowed.
 */
/**
 * "Add-ons can only create triggers for the file in which the add-on is used"
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers). No text of Google's
 * was found for the refusal: this one is ours.
 */
export const ADDON_OTHER_FILE_MESSAGE =
  'Add-ons can only create triggers for the file in which the add-on is used.';
export const ADDON_FREQUENCY_MESSAGE =
  'The recurrence interval for an Add-on trigger must be at least one hour.';

export class ScriptApp extends Service {
  EventType = EventType;
  AuthMode = AuthMode;
  TriggerSource = TriggerSource;
  WeekDay = WeekDay;

  _mine(): TriggerModel[] {
    const user = this._env.effectiveUser ?? this._env.user;
    return this._env.workbook.triggers.filter(t => t.user === user);
  }
  newTrigger(functionName: string): TriggerBuilder {
    return new TriggerBuilder(this._env, String(functionName));
  }
  getProjectTriggers(): Trigger[] {
    return this._env.list(this._mine().map(t => new Trigger(this._env, t)));
  }
  getUserTriggers(document: Spreadsheet): Trigger[] {
    const id = document._env.workbook.id;
    return this._env.list(
      this._mine()
        .filter(t => t.sourceId === id || t.source === 'CLOCK')
        .map(t => new Trigger(this._env, t)),
    );
  }
  deleteTrigger(trigger: Trigger): void {
    const wb = this._env.workbook;
    wb.triggers = wb.triggers.filter(t => t.id !== trigger._model.id);
  }
  getScriptId(): string {
    return 'local-script-' + this._env.workbook.id;
  }
  getOAuthToken(): string {
    return 'local-oauth-token';
  }
  toString(): string {
    return 'ScriptApp';
  }
}

export class TriggerBuilder extends Service {
  constructor(
    env: Env,
    private _handler: string,
  ) {
    super(env);
  }
  timeBased(): ClockTriggerBuilder {
    return new ClockTriggerBuilder(this._env, this._handler);
  }
  forSpreadsheet(sheet: Spreadsheet | string): SpreadsheetTriggerBuilder {
    const id = typeof sheet === 'string' ? sheet : sheet._env.workbook.id;
    return new SpreadsheetTriggerBuilder(this._env, this._handler, id);
  }
  toString(): string {
    return 'TriggerBuilder';
  }
}

function createTrigger(
  env: Env,
  model: Omit<TriggerModel, 'id' | 'user'>,
): Trigger {
  const wb = env.workbook;
  const user = env.effectiveUser ?? env.user;
  const mine = wb.triggers.filter(t => t.user === user);
  if (mine.length >= MAX_TRIGGERS_PER_USER)
    throw env.error(TOO_MANY_TRIGGERS_MESSAGE);
  if (env.shared.options.addon) {
    const sameType = mine.some(
      t =>
        t.eventType === model.eventType &&
        (model.source === 'CLOCK' || t.sourceId === model.sourceId),
    );
    if (sameType) throw env.error(addonTriggerLimitMessage(model.eventType));
  }
  const full: TriggerModel = {...model, id: String(1e9 + wb.nextId++), user};
  wb.triggers.push(full);
  return new Trigger(env, full);
}

export class ClockTriggerBuilder extends Service {
  _schedule: Record<string, unknown> = {};
  constructor(
    env: Env,
    private _handler: string,
  ) {
    super(env);
  }
  _with(key: string, value: unknown): ClockTriggerBuilder {
    this._schedule[key] = value;
    return this;
  }
  everyMinutes(n: number): ClockTriggerBuilder {
    if (![1, 5, 10, 15, 30].includes(n)) {
      throw this._env.error(
        'The value passed to everyMinutes must be one of 1, 5, 10, 15 or 30.',
      );
    }
    return this._with('everyMinutes', n);
  }
  everyHours(n: number): ClockTriggerBuilder {
    if (!(n >= 1) || !Number.isInteger(n))
      throw this._env.error('Invalid argument: everyHours');
    return this._with('everyHours', n);
  }
  everyDays(n: number): ClockTriggerBuilder {
    return this._with('everyDays', n);
  }
  everyWeeks(n: number): ClockTriggerBuilder {
    return this._with('everyWeeks', n);
  }
  atHour(hour: number): ClockTriggerBuilder {
    return this._with('atHour', hour);
  }
  nearMinute(minute: number): ClockTriggerBuilder {
    return this._with('nearMinute', minute);
  }
  onWeekDay(day: string): ClockTriggerBuilder {
    return this._with('onWeekDay', day);
  }
  onMonthDay(day: number): ClockTriggerBuilder {
    return this._with('onMonthDay', day);
  }
  inTimezone(timezone: string): ClockTriggerBuilder {
    return this._with('timezone', timezone);
  }
  at(date: Date): ClockTriggerBuilder {
    return this._with('at', new Date(date.getTime()).toISOString());
  }
  after(durationMilliseconds: number): ClockTriggerBuilder {
    return this._with('after', durationMilliseconds);
  }
  create(): Trigger {
    const s = this._schedule;
    const recurring = [
      'everyMinutes',
      'everyHours',
      'everyDays',
      'everyWeeks',
      'onWeekDay',
      'onMonthDay',
    ];
    if (!recurring.some(k => k in s) && !('at' in s) && !('after' in s)) {
      throw this._env.error(
        'The trigger must have a schedule: call everyHours(), at() or a similar method.',
      );
    }
    if (this._env.shared.options.addon && 'everyMinutes' in s) {
      throw this._env.error(ADDON_FREQUENCY_MESSAGE);
    }
    return createTrigger(this._env, {
      handler: this._handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: null,
      schedule: {...s},
    });
  }
  toString(): string {
    return 'ClockTriggerBuilder';
  }
}

export class SpreadsheetTriggerBuilder extends Service {
  private _type: TriggerModel['eventType'] | null = null;
  constructor(
    env: Env,
    private _handler: string,
    private _sourceId: string,
  ) {
    super(env);
  }
  onOpen(): SpreadsheetTriggerBuilder {
    this._type = 'ON_OPEN';
    return this;
  }
  onEdit(): SpreadsheetTriggerBuilder {
    this._type = 'ON_EDIT';
    return this;
  }
  onChange(): SpreadsheetTriggerBuilder {
    this._type = 'ON_CHANGE';
    return this;
  }
  onFormSubmit(): SpreadsheetTriggerBuilder {
    this._type = 'ON_FORM_SUBMIT';
    return this;
  }
  create(): Trigger {
    if (!this._type)
      throw this._env.error(
        'The trigger must have an event type: call onEdit() or a similar method.',
      );
    if (
      this._env.shared.options.addon &&
      this._sourceId !== this._env.workbook.id
    )
      throw this._env.error(ADDON_OTHER_FILE_MESSAGE);
    return createTrigger(this._env, {
      handler: this._handler,
      eventType: this._type,
      source: 'SPREADSHEETS',
      sourceId: this._sourceId,
      schedule: {},
    });
  }
  toString(): string {
    return 'SpreadsheetTriggerBuilder';
  }
}

export class Trigger extends Service {
  constructor(
    env: Env,
    public _model: TriggerModel,
  ) {
    super(env);
  }
  getHandlerFunction(): string {
    return this._model.handler;
  }
  getEventType(): string {
    return this._model.eventType;
  }
  getUniqueId(): string {
    return this._model.id;
  }
  getTriggerSource(): string {
    return this._model.source;
  }
  getTriggerSourceId(): string | null {
    return this._model.sourceId;
  }
  toString(): string {
    return 'Trigger';
  }
}

for (const [cls, name] of [
  [ScriptApp, 'ScriptApp'],
  [TriggerBuilder, 'TriggerBuilder'],
  [ClockTriggerBuilder, 'ClockTriggerBuilder'],
  [SpreadsheetTriggerBuilder, 'SpreadsheetTriggerBuilder'],
  [Trigger, 'Trigger'],
] as const) {
  countMethods(cls, name);
}
