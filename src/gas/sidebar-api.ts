// The sidebar's server functions (google.script.run targets), one per SidebarApi member of
// src/core/api.ts. They return plain objects only (no Date): times travel as ISO strings.
// src/gas/index.ts lists each as an entry point (a top-level Apps Script function).

import type {
  ActionResult,
  ReminderPlan,
  ReminderResult,
  SendPlan,
  EmailPreview,
  EmployeeListItem,
  EmployeePreview,
  RecomputeResult,
  SendStatus,
  SettingsDto,
  SidebarState,
  SummaryDto,
  TabsResult,
  TabsStatus,
  CloseStatus,
  ValidationDto,
} from '../core/api';
import {t} from '../core/i18n';
import {
  continueSendFeedback,
  getSendStatus,
  resendOne,
  startSendFeedback,
} from './feedback/send-job';
import {sendPlan} from './feedback/plan';
import {reminderPlan, sendReminders} from './feedback/reminders';
import {hrRefusal} from './hr-guard';
import {statusOf} from '../core/send-plan';
import {remainingQuota} from './feedback/mail';
import {
  previewAllFeedback,
  previewFeedback,
  testSendFeedback,
} from './feedback/preview';
import {activeUserEmail, requireHr} from './identity';
import {type ArchiveStatus, archivePastYears} from './archive';
import {recompute} from './recompute';
import {validateWorkbook} from './validate';
import {interfaceLang, saveSettings} from './settings';
import {onOpen} from './menu';
import {setupSheets} from './setup';
import {getSummary, listEmployees, sidebarState} from './summary';
import {continueTabsJob, createTabs, getTabsStatus, startTabsJob} from './tabs';
import {closePeriod} from './close-period';
import {failure, plain} from './api-result';

/** State for the sidebar: language, settings, period choices, whether the sheets exist. */
export function apiGetState(): SidebarState {
  return plain(sidebarState(activeUserEmail()));
}

/** Creates or completes the contract sheets. */
export function apiSetupSheets(): ActionResult {
  const lang = interfaceLang();
  try {
    requireHr('workflow.menu.setup');
    const {ok, message} = setupSheets(lang);
    return {ok, message};
  } catch (e) {
    return failure(lang, e);
  }
}

/**
 * Progress, predikat distribution and freshness of a period.
 * @param {string} period e.g. 2026-TW1
 */
export function apiGetSummary(period: string): SummaryDto {
  return plain(getSummary(period, interfaceLang(), activeUserEmail()));
}

/**
 * Validates the input sheets and the period's appraisal tabs, and rewrites Validasi.
 * @param {string} period e.g. 2026-TW1 (Periode Aktif when blank)
 */
export function apiValidate(period?: string): ValidationDto {
  requireHr('workflow.menu.validate');
  const {issues, errors, warnings} = validateWorkbook(
    interfaceLang(),
    typeof period === 'string' ? period : undefined,
  );
  return plain({issues, errors, warnings});
}

/**
 * Activates a sheet and selects a cell (from a Validasi row).
 * @param {string} sheet sheet name
 * @param {string} cell A1 notation, or '' for the sheet
 */
export function apiSelectCell(sheet: string, cell: string): ActionResult {
  const lang = interfaceLang();
  try {
    const target = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(
      String(sheet),
    );
    if (!target)
      return {ok: false, message: t(lang, 'workflow.select.missing', {sheet})};
    const a1 = String(cell ?? '').trim() || 'A1';
    if (!/^[A-Za-z]{1,3}[1-9]\d{0,6}(:[A-Za-z]{1,3}[1-9]\d{0,6})?$/.test(a1)) {
      return {ok: false, message: t(lang, 'workflow.select.badCell', {cell})};
    }
    target.activate();
    target.setActiveSelection(a1);
    return {
      ok: true,
      message: t(lang, 'workflow.select.done', {ref: `${sheet}!${a1}`}),
    };
  } catch (e) {
    return failure(lang, e);
  }
}

/**
 * Creates or refreshes the appraisal tabs of a period.
 * @param {string} period e.g. 2026-TW1
 */
export function apiCreateTabs(period: string): TabsResult {
  const lang = interfaceLang();
  try {
    requireHr('workflow.menu.createTabs');
    return plain(createTabs(period, lang));
  } catch (e) {
    return {...failure(lang, e), tabs: [], employees: 0};
  }
}

/**
 * Starts (or continues) the resumable tab job of a period and runs its first chunk.
 * @param {string} period e.g. 2026-TW1
 */
export function apiStartTabs(period: string): TabsStatus {
  requireHr('workflow.menu.createTabs');
  return plain(startTabsJob(period, interfaceLang()));
}

/** Runs the next chunk of the tab job. */
export function apiContinueTabs(): TabsStatus {
  requireHr('workflow.menu.createTabs');
  return plain(continueTabsJob());
}

/** Archives past years' tabs and Hasil rows to a separate spreadsheet: one chunk per call. */
export function apiArchive(): ArchiveStatus {
  const lang = interfaceLang();
  try {
    requireHr('archive.menu');
    return plain(archivePastYears(lang));
  } catch (e) {
    return {...failure(lang, e), state: 'error', done: 0, total: 0};
  }
}

/**
 * Closes a period: its tabs move to Arsip Penilaian, one chunk per call (call again while running).
 * @param {string} period e.g. 2026-TW1
 */
export function apiClosePeriod(period: string): CloseStatus {
  const lang = interfaceLang();
  try {
    requireHr('close.menu');
    return plain(closePeriod(period, lang));
  } catch (e) {
    return {
      ...failure(lang, e),
      state: 'error',
      done: 0,
      total: 0,
      period,
      rows: 0,
    };
  }
}

/** Status of the tab job. */
export function apiGetTabsStatus(): TabsStatus {
  return plain(getTabsStatus());
}

/**
 * Recomputes a period.
 * @param {string} period e.g. 2026-TW1
 */
export function apiRecompute(period: string): RecomputeResult {
  try {
    requireHr('workflow.menu.recompute');
    // Recompute reads Pengaturan anyway and answers in its Bahasa: no separate read here.
    return plain(recompute(period, null));
  } catch (e) {
    return {
      ...failure(interfaceLang(), e),
      employees: 0,
      complete: 0,
      errors: 0,
      warnings: 0,
    };
  }
}

/**
 * Active employees with their result and email status for a period.
 * @param {string} period e.g. 2026-TW1
 */
export function apiListEmployees(period: string): EmployeeListItem[] {
  requireHr('role.action.employees');
  return plain(listEmployees(period));
}

/**
 * The feedback email of one employee, as it would be sent.
 * @param {string} period e.g. 2026-TW1
 * @param {string} nip the employee's NIP
 */
export function apiPreviewEmail(period: string, nip: string): EmailPreview {
  requireHr('role.action.preview');
  return plain(previewFeedback(period, nip));
}

/**
 * Every active employee's feedback email of a period in one execution, in name order (null for
 * an invalid period).
 * @param {string} period e.g. 2026-TW1
 * @param {string} nip only this employee when not blank
 */
export function apiPreviewAllEmails(
  period: string,
  nip: string,
): EmployeePreview[] | null {
  requireHr('role.action.preview');
  return plain(previewAllFeedback(period, nip ?? ''));
}

/**
 * Sends one employee's feedback to the current user only (a test).
 * @param {string} period e.g. 2026-TW1
 * @param {string} nip the employee's NIP
 */
export function apiTestSend(period: string, nip: string): ActionResult {
  requireHr('role.action.testSend');
  return plain(testSendFeedback(period, nip));
}

/**
 * Starts the feedback send job of a period.
 * @param {string} period e.g. 2026-TW1
 * @param {boolean} resend whether to send again to those already sent
 */
export function apiStartSend(period: string, resend: boolean): SendStatus {
  requireHr('workflow.menu.sendFeedback');
  return plain(startSendFeedback(period, resend === true));
}

/** Sends the next chunk of the running job. */
export function apiContinueSend(): SendStatus {
  requireHr('workflow.menu.sendFeedback');
  return plain(continueSendFeedback());
}

/** Status of the send job. */
export function apiGetSendStatus(): SendStatus {
  return plain(getSendStatus());
}

/** A refused SendStatus: the job is untouched, the message says why. */
function refusedSend(message: string): SendStatus {
  return {...statusOf(null, remainingQuota()), state: 'error', message};
}

/**
 * Before sending: how many a normal send sends now and why the rest are not (grouped), and the
 * results changed since their email was sent. HR only.
 * @param {string} period e.g. 2026-TW1
 */
export function apiSendPlan(period: string): SendPlan {
  const refusal = hrRefusal(interfaceLang());
  if (refusal) {
    return {...sendPlan(''), ok: false, message: refusal};
  }
  try {
    return plain(sendPlan(period));
  } catch (e) {
    return {
      ...sendPlan(''),
      ok: false,
      message: failure(interfaceLang(), e).message,
    };
  }
}

/**
 * Sends one employee's feedback again (logged; never beside a running send). HR only.
 * @param {string} period e.g. 2026-TW1
 * @param {string} nip the employee's NIP
 */
export function apiResendOne(period: string, nip: string): SendStatus {
  const refusal = hrRefusal(interfaceLang());
  if (refusal) return refusedSend(refusal);
  return plain(resendOne(period, String(nip ?? '')));
}

/**
 * Starts (or continues) resending only the results changed since their email was sent. HR only.
 * @param {string} period e.g. 2026-TW1
 */
export function apiResendChanged(period: string): SendStatus {
  const refusal = hrRefusal(interfaceLang());
  if (refusal) return refusedSend(refusal);
  return plain(startSendFeedback(period, true, undefined, true));
}

/**
 * Supervisors with unfinished inputs and whether each gets a reminder now. HR only.
 * @param {string} period e.g. 2026-TW1
 */
export function apiReminderPlan(period: string): ReminderPlan {
  const refusal = hrRefusal(interfaceLang());
  if (refusal) {
    return {
      ok: false,
      period,
      intervalDays: 0,
      send: 0,
      items: [],
      remainingQuota: 0,
      message: refusal,
    };
  }
  try {
    return plain(reminderPlan(period));
  } catch (e) {
    return {
      ...reminderPlan(''),
      ok: false,
      message: failure(interfaceLang(), e).message,
    };
  }
}

/**
 * Sends each supervisor with unfinished inputs one reminder (at most once per Jeda Pengingat
 * days, within the quota, logged in Log Email). HR only.
 * @param {string} period e.g. 2026-TW1
 */
export function apiSendReminders(period: string): ReminderResult {
  const lang = interfaceLang();
  const refusal = hrRefusal(lang);
  if (refusal)
    return {ok: false, message: refusal, sent: 0, failed: 0, held: 0};
  try {
    return plain(sendReminders(period));
  } catch (e) {
    return {...failure(lang, e), sent: 0, failed: 0, held: 0};
  }
}

/**
 * Saves the settings form (only those Nilai cells of Pengaturan, one write).
 * @param {Object} settings the form's values
 */
export function apiSaveSettings(settings: SettingsDto): ActionResult {
  const lang = interfaceLang();
  try {
    requireHr('role.action.settings');
    const result = saveSettings(settings, lang);
    // A new Bahasa: the menu is built again in it (Sheets keeps a menu until it is replaced).
    if (result.ok && settings.bahasa !== lang) onOpen();
    return result;
  } catch (e) {
    return failure(lang, e);
  }
}
