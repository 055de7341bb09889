// Installable triggers: the change audit (on edit) and the hourly maintenance (recompute when
// stale, continue a feedback send job). Add-on limits: one trigger of each type per user per
// document, time-based at most hourly (developers.google.com/apps-script/add-ons/concepts/triggers).

import {EXECUTION_BUDGET_MS} from '../core/budget';
import {t} from '../core/i18n';
import {SHEET} from '../sheets/schema';
import type {ActionResult, SendStatus} from '../core/api';
import {PROP_STALE, appendLog, logTime, markStale} from './audit';
import {
  isAuditedSheet,
  isContractSheet,
  logRow,
  pasteText,
  touchesTabInput,
} from '../sheets/log-perubahan';
import {continueSendFeedback, hasPendingSendJob} from './feedback/send-job';
import {
  invalidateHasilCache,
  readSettingsProperty,
  saveSettingsFromPengaturan,
} from './hasil-cache';
import {recompute} from './recompute';
import {continuePendingTabs} from './tabs';
import {closePeriod, hasPendingClose} from './close-period';
import {currentSettings, interfaceLang} from './settings';
import {requireHr} from './identity';
import {errorText} from './ui';
import {readValues} from './workbook';
import {tabIdentityOf} from './tabs/find';
import {legacyIdentity} from '../sheets/tab-identity';

/** The handlers this add-on installs, with how each is built. */
const HANDLERS = {
  edit: 'onEditAudit',
  hourly: 'hourlyMaintenance',
} as const;

/** Time budget of one execution (core/budget.ts): no new chunk starts after it. */
export const TIME_BUDGET_MS = EXECUTION_BUDGET_MS;

/**
 * Installable on-edit handler: logs the edit in Log Perubahan and marks the results stale.
 * A multi-cell edit (paste, fill) is logged as one summary row. Logged: the HR sheets (input
 * sheets) and the input columns of the appraisal tabs (one read of the header cells above the
 * edit). No setting is read: the log text is in Bahasa Indonesia, like all sheet content.
 * @param {GoogleAppsScript.Events.SheetsOnEdit} e the edit event
 */
export function onEditAudit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (!e || !e.range) return;
  const range = e.range;
  const sheet = range.getSheet();
  const name = sheet.getName();
  // A tab is known by its identity (developer metadata), whatever a person renamed it to.
  const isTab =
    !isContractSheet(name) &&
    (legacyIdentity(name) !== null || tabIdentityOf(sheet) !== null);
  if (!isAuditedSheet(name, isTab)) return;
  const columns = range.getNumColumns();
  if (isTab) {
    const above = sheet.getRange(1, range.getColumn(), 1, columns).getValues();
    if (!touchesTabInput(above[0])) return;
  }
  const ss = e.source ?? SpreadsheetApp.getActiveSpreadsheet();
  const cells = range.getNumRows() * columns;
  const a1 = range.getA1Notation();
  let user = '';
  try {
    user = (e.user && e.user.getEmail()) || Session.getActiveUser().getEmail();
  } catch {
    user = '';
  }
  const when = logTime(new Date(), ss.getSpreadsheetTimeZone());
  const row =
    cells === 1
      ? logRow(
          when,
          user,
          name,
          a1,
          e.oldValue ?? '',
          // e.value is absent when a cell is cleared or pasted into; the cell tells the truth.
          e.value !== undefined ? e.value : range.getValues()[0][0],
        )
      : logRow(
          when,
          user,
          name,
          a1,
          '',
          // Bahasa as last saved in the settings property: an edit trigger reads no setting.
          pasteText(cells, a1, readSettingsProperty()?.lang ?? 'id'),
        );
  appendLog([row]);
  markStale();
  if (name === SHEET.pengaturan) {
    // Periode Aktif or Bahasa may have changed: the custom functions' copy and cache follow.
    saveSettingsFromPengaturan(readValues(sheet));
    invalidateHasilCache();
  }
}

/**
 * Time-driven, hourly: recomputes the active period when inputs changed, then continues a
 * pending feedback send job in chunks. Both share one execution's budget: a chunk never runs past
 * `started + TIME_BUDGET_MS`, however long the recompute took.
 */
export function hourlyMaintenance(): void {
  // An add-on's clock trigger has no active document, and spreadsheets.currentonly cannot open
  // one by id (docs/PLATFORM-LIMITS.md §9): the sidebar then drives the pending work instead.
  if (!SpreadsheetApp.getActiveSpreadsheet()) {
    console.warn(
      'hourlyMaintenance: no active spreadsheet; left to the sidebar.',
    );
    return;
  }
  const deadline = Date.now() + TIME_BUDGET_MS;
  const lang = interfaceLang();
  try {
    // The trigger runs as whoever installed it: only HR's recomputes and sends (emails leave from
    // HR's account only); someone else's trigger does nothing, and the log says why.
    requireHr('workflow.menu.recompute');
    const props = PropertiesService.getDocumentProperties();
    if (props.getProperty(PROP_STALE) === '1') {
      recompute(currentSettings().periodeAktif, lang);
    }
    if (hasPendingSendJob() && Date.now() < deadline) {
      continueSendingUntil(deadline, continueSendFeedback(deadline));
    }
    continuePendingTabs(deadline);
    const closing = hasPendingClose();
    if (closing && Date.now() < deadline) closePeriod(closing, lang, deadline);
  } catch (error) {
    // A trigger has nobody to show an alert to: the execution log keeps the reason.
    console.error(`hourlyMaintenance: ${errorText(error)}`);
  }
}

type Trigger = GoogleAppsScript.Script.Trigger;
type Kind = keyof typeof HANDLERS;

/**
 * The unique ids (Trigger.getUniqueId) of the triggers this add-on installed for this user on this
 * document, in the user's properties under a key per document: triggers belong to a user and a
 * document (developers.google.com/workspace/add-ons/concepts/editor-triggers), user properties to
 * a user across every document, and document properties are shared with the other editors, whose
 * own triggers ScriptApp never lists.
 */
const triggerIdsKey = (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) =>
  `triggerIds:${ss.getId()}`;

function storedIds(key: string): Partial<Record<Kind, string>> {
  try {
    const text = PropertiesService.getUserProperties().getProperty(key);
    return text ? (JSON.parse(text) as Partial<Record<Kind, string>>) : {};
  } catch {
    return {};
  }
}

/** This user's triggers of this add-on on this document, by kind, matched on their unique id. */
function ownTriggers(): Partial<Record<Kind, Trigger>> {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ids = storedIds(triggerIdsKey(ss));
  const known = Object.keys(ids).length > 0;
  const own: Partial<Record<Kind, Trigger>> = {};
  for (const tr of ScriptApp.getUserTriggers(ss)) {
    const kind = (Object.keys(HANDLERS) as Kind[]).find(k =>
      known
        ? ids[k] === tr.getUniqueId()
        : // Installed before ids were kept: recognised by handler once, then by id.
          HANDLERS[k] === tr.getHandlerFunction(),
    );
    if (kind && !own[kind]) own[kind] = tr;
  }
  return own;
}

function rememberTriggers(own: Partial<Record<Kind, Trigger>>): void {
  const key = triggerIdsKey(SpreadsheetApp.getActiveSpreadsheet());
  const ids: Partial<Record<Kind, string>> = {};
  for (const [kind, tr] of Object.entries(own)) {
    if (tr) ids[kind as Kind] = tr.getUniqueId();
  }
  const props = PropertiesService.getUserProperties();
  if (Object.keys(ids).length) props.setProperty(key, JSON.stringify(ids));
  else props.deleteProperty(key);
}

/**
 * Sends further chunks of the current job, each bounded by `deadline` (epoch ms), while it is
 * running and moving. Stops on done, paused-quota, error, at the deadline, or when a chunk made no
 * progress (another execution holds the document lock: the next call or the next hour goes on).
 */
export const continueSendingUntil = (
  deadline: number,
  first: SendStatus,
): SendStatus => {
  let status = first;
  while (
    status.state === 'running' &&
    status.remaining > 0 &&
    Date.now() < deadline
  ) {
    const before = status.remaining;
    status = continueSendFeedback(deadline);
    if (status.state === 'running' && status.remaining >= before) break;
  }
  return status;
};

/** Installs the edit and hourly triggers of this user on this document, never twice. */
export const installTriggers = (): ActionResult => {
  const lang = interfaceLang();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const own = ownTriggers();
  const kept = Object.keys(own).length;
  if (!own.edit) {
    own.edit = ScriptApp.newTrigger(HANDLERS.edit)
      .forSpreadsheet(ss)
      .onEdit()
      .create();
  }
  if (!own.hourly) {
    // everyHours(1): the most frequent time-based trigger an add-on may have.
    own.hourly = ScriptApp.newTrigger(HANDLERS.hourly)
      .timeBased()
      .everyHours(1)
      .create();
  }
  rememberTriggers(own);
  return {
    ok: true,
    message: t(lang, 'workflow.triggers.installed', {
      installed: Object.keys(own).length - kept,
      kept,
    }),
  };
};

/** Removes this user's triggers of this add-on on this document. */
export const removeTriggers = (): ActionResult => {
  const lang = interfaceLang();
  const mine = Object.values(ownTriggers());
  for (const trigger of mine) if (trigger) ScriptApp.deleteTrigger(trigger);
  rememberTriggers({});
  return {
    ok: true,
    message: t(lang, 'workflow.triggers.removed', {removed: mine.length}),
  };
};
