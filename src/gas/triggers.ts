// Installable triggers: the change audit (on edit) and the hourly maintenance (recompute when
// stale, continue a feedback send job). Add-on limits: one trigger of each type per user per
// document, time-based at most hourly (developers.google.com/apps-script/add-ons/concepts/triggers).

import {t} from '../core/i18n';
import {SHEET} from '../sheets/schema';
import type {ActionResult, SendStatus} from '../core/api';
import {PROP_STALE, appendLog, logTime, markStale} from './audit';
import {isAuditedSheet, logRow} from '../sheets/log-perubahan';
import {continueSendFeedback, hasPendingSendJob} from './feedback/send-job';
import {invalidateHasilCache, saveSettingsFromPengaturan} from './hasil-cache';
import {recompute} from './recompute';
import {continuePendingTabs} from './tabs';
import {currentSettings, interfaceLang} from './settings';
import {errorText} from './ui';
import {readValues} from './workbook';

/** The handlers this add-on installs, with how each is built. */
const HANDLERS = {
  edit: 'onEditAudit',
  hourly: 'hourlyMaintenance',
} as const;

/** Time budget of one execution: Apps Script stops at 6 min; keep a margin for the last chunk. */
export const TIME_BUDGET_MS = 4.5 * 60 * 1000;

/**
 * Installable on-edit handler: logs the edit in Log Perubahan and marks the results stale.
 * A multi-cell edit (paste, fill) is logged as one summary row.
 * @param {GoogleAppsScript.Events.SheetsOnEdit} e the edit event
 */
export function onEditAudit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (!e || !e.range) return;
  const range = e.range;
  const sheet = range.getSheet();
  const name = sheet.getName();
  if (!isAuditedSheet(name)) return;
  const ss = e.source ?? SpreadsheetApp.getActiveSpreadsheet();
  const cells = range.getNumRows() * range.getNumColumns();
  const a1 = range.getA1Notation();
  let user = '';
  try {
    user = (e.user && e.user.getEmail()) || Session.getActiveUser().getEmail();
  } catch {
    user = '';
  }
  const when = logTime(new Date(), ss.getSpreadsheetTimeZone());
  const lang = interfaceLang();
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
          t(lang, 'workflow.audit.paste', {cells, range: a1}),
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
  const deadline = Date.now() + TIME_BUDGET_MS;
  const lang = interfaceLang();
  try {
    const props = PropertiesService.getDocumentProperties();
    if (props.getProperty(PROP_STALE) === '1') {
      recompute(currentSettings().periodeAktif, lang);
    }
    if (hasPendingSendJob() && Date.now() < deadline) {
      continueSendingUntil(deadline, continueSendFeedback(deadline));
    }
    continuePendingTabs(deadline);
  } catch (error) {
    // A trigger has nobody to show an alert to: the execution log keeps the reason.
    console.error(`hourlyMaintenance: ${errorText(error)}`);
  }
}

type Trigger = GoogleAppsScript.Script.Trigger;

function ownTriggers(): Trigger[] {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const handlers: string[] = Object.values(HANDLERS);
  return ScriptApp.getUserTriggers(ss).filter(tr =>
    handlers.includes(tr.getHandlerFunction()),
  );
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
  const present = new Set(ownTriggers().map(tr => tr.getHandlerFunction()));
  let installed = 0;
  if (!present.has(HANDLERS.edit)) {
    ScriptApp.newTrigger(HANDLERS.edit).forSpreadsheet(ss).onEdit().create();
    installed++;
  }
  if (!present.has(HANDLERS.hourly)) {
    // everyHours(1): the most frequent time-based trigger an add-on may have.
    ScriptApp.newTrigger(HANDLERS.hourly).timeBased().everyHours(1).create();
    installed++;
  }
  return {
    ok: true,
    message: t(lang, 'workflow.triggers.installed', {
      installed,
      kept: present.size,
    }),
  };
};

/** Removes this user's triggers of this add-on on this document. */
export const removeTriggers = (): ActionResult => {
  const lang = interfaceLang();
  const mine = ownTriggers();
  for (const trigger of mine) ScriptApp.deleteTrigger(trigger);
  return {
    ok: true,
    message: t(lang, 'workflow.triggers.removed', {removed: mine.length}),
  };
};
