// onOpen / onInstall and the "Kinerja ASN" menu actions, each listed in src/gas/index.ts as an
// entry point (a top-level Apps Script function); services live elsewhere.

import {t} from '../core/i18n';
import type {Lang} from '../core/types';
import {
  continueSendFeedback,
  hasPendingSendJob,
  startSendFeedback,
} from './feedback/send-job';
import {sendPlan} from './feedback/plan';
import {archivePastYears} from './archive';
import {closePeriod} from './close-period';
import {recompute} from './recompute';
import {validateWorkbook} from './validate';
import {currentSettings, interfaceLang} from './settings';
import {setupSheets} from './setup';
import {createTabs} from './tabs';
import {
  TIME_BUDGET_MS,
  continueSendingUntil,
  installTriggers,
  removeTriggers,
} from './triggers';
import {requireHr} from './identity';
import {createForms} from './forms';
import {runMenuAction} from './ui';

const MENU_ITEMS: ([string, string] | null)[] = [
  ['workflow.menu.setup', 'menuSetup'],
  ['workflow.menu.createTabs', 'menuCreateTabs'],
  ['workflow.menu.validate', 'menuValidate'],
  ['workflow.menu.recompute', 'menuRecompute'],
  ['tpp.menu', 'menuComputeTpp'],
  ['workflow.menu.sendFeedback', 'menuSendFeedback'],
  ['close.menu', 'menuClosePeriod'],
  ['archive.menu', 'menuArchive'],
  ['forms.menu', 'menuCreateForms'],
  null,
  ['workflow.menu.sidebar', 'showSidebar'],
  null,
  ['workflow.menu.installTriggers', 'menuInstallTriggers'],
  ['workflow.menu.removeTriggers', 'menuRemoveTriggers'],
];

/**
 * Builds the add-on menu when the spreadsheet opens. In AuthMode NONE or LIMITED (an add-on not
 * yet used in this document) it reads nothing: labels are in Bahasa Indonesia.
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e the open event
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const limited =
    !!e &&
    (e.authMode === ScriptApp.AuthMode.NONE ||
      e.authMode === ScriptApp.AuthMode.LIMITED);
  const lang: Lang = limited ? 'id' : interfaceLang();
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item) menu.addItem(t(lang, item[0]), item[1]);
    else menu.addSeparator();
  }
  menu.addToUi();
}

/**
 * Runs when the add-on is installed: same as opening.
 * @param {GoogleAppsScript.Events.AddonOnInstall} e the install event
 */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/** Opens the Kinerja ASN sidebar. */
export function showSidebar(): void {
  runMenuAction(interfaceLang, lang => {
    const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(
      t(lang, 'workflow.title'),
    );
    SpreadsheetApp.getUi().showSidebar(html);
    return {ok: true, message: t(lang, 'workflow.title')};
  });
}

/** Menu: creates or completes the contract sheets. */
export function menuSetup(): void {
  runMenuAction(interfaceLang, lang => {
    requireHr('workflow.menu.setup');
    return setupSheets(lang);
  });
}

/** Menu: creates or refreshes the appraisal tabs of the active period. */
export function menuCreateTabs(): void {
  runMenuAction(interfaceLang, lang => {
    requireHr('workflow.menu.createTabs');
    return createTabs(currentSettings().periodeAktif, lang);
  });
}

/** Menu: checks the data and lists problems in Validasi. */
export function menuValidate(): void {
  runMenuAction(interfaceLang, lang => {
    requireHr('workflow.menu.validate');
    return validateWorkbook(lang);
  });
}

/** Menu: recomputes the active period. */
export function menuRecompute(): void {
  runMenuAction(interfaceLang, lang => {
    requireHr('workflow.menu.recompute');
    return recompute(currentSettings().periodeAktif, lang);
  });
}

/**
 * Menu: starts (or continues) sending feedback for the active period, chunk after chunk until
 * about 4.5 minutes are used (every chunk bounded by that one deadline); the hourly trigger or the
 * sidebar continues the rest.
 */
export function menuSendFeedback(): void {
  runMenuAction(interfaceLang, lang => {
    requireHr('workflow.menu.sendFeedback');
    const deadline = Date.now() + TIME_BUDGET_MS;
    const pending = hasPendingSendJob();
    if (!pending) {
      // A new send: the plan first (how many go out, why the rest do not), then HR's yes.
      const plan = sendPlan(currentSettings().periodeAktif);
      if (!plan.ok || plan.send === 0) {
        return {
          ok: false,
          message: plan.ok
            ? `${plan.message}\n\n${t(lang, 'email.plan.nothing')}`
            : plan.message,
        };
      }
      const ui = SpreadsheetApp.getUi();
      const answer = ui.alert(
        t(lang, 'workflow.title'),
        `${plan.message}\n\n${t(lang, 'email.plan.confirm', {send: plan.send})}`,
        ui.ButtonSet.YES_NO,
      );
      if (answer !== ui.Button.YES) {
        return {ok: true, message: t(lang, 'email.plan.cancelled')};
      }
    }
    const first = pending
      ? continueSendFeedback(deadline)
      : startSendFeedback(currentSettings().periodeAktif, false, deadline);
    const status = continueSendingUntil(deadline, first);
    const ok = status.state !== 'error';
    if (status.state === 'running' || status.state === 'paused-quota') {
      return {
        ok,
        message: t(lang, 'workflow.send.progress', {message: status.message}),
      };
    }
    return {ok, message: status.message};
  });
}

/** Menu: archives past years' tabs and Hasil rows to a separate spreadsheet (chunks while time allows). */
export function menuArchive(): void {
  runMenuAction(interfaceLang, lang => {
    requireHr('archive.menu');
    const until = Date.now() + TIME_BUDGET_MS;
    let status = archivePastYears(lang, until);
    while (status.state === 'running' && status.ok && Date.now() < until) {
      const before = status.done;
      status = archivePastYears(lang, until);
      if (status.done === before) break;
    }
    return status;
  });
}

/** Menu: closes the active period (its tabs move to Arsip Penilaian), chunks while time allows. */
export function menuClosePeriod(): void {
  runMenuAction(interfaceLang, lang => {
    requireHr('close.menu');
    const until = Date.now() + TIME_BUDGET_MS;
    const period = currentSettings().periodeAktif;
    let status = closePeriod(period, lang, until);
    while (status.state === 'running' && status.ok && Date.now() < until) {
      const before = status.done;
      status = closePeriod(period, lang, until);
      if (status.done === before) break;
    }
    return status;
  });
}

/** Menu: installs the change-audit and hourly triggers (never twice). */
export function menuInstallTriggers(): void {
  runMenuAction(interfaceLang, () => {
    requireHr('workflow.menu.installTriggers');
    return installTriggers();
  });
}

/** Menu: removes this add-on's triggers of this user on this document. */
export function menuRemoveTriggers(): void {
  runMenuAction(interfaceLang, () => removeTriggers());
}

/** Menu: creates the three forms once (HR only); the alert or toast lists their links. */
export function menuCreateForms(): void {
  runMenuAction(interfaceLang, () => createForms());
}
