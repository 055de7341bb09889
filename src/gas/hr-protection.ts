// The HR-only sheets (SHEETS.md, Roles: Hasil, Rekap, Validasi, the logs and every input sheet,
// not the appraisal tabs) get a real sheet protection whose editors are HR (Email HR) and the
// owner, described in Bahasa. Real, not warning-only: since only HR runs the actions that write
// them (identity.ts), no supervisor's run needs to write there. A protection stops whoever is not
// its editor, the owner always excepted
// (developers.google.com/apps-script/reference/spreadsheet/protection).

import {msg, t} from '../core/i18n';
import {hrEmails} from '../core/roles';
import type {Lang} from '../core/types';
import {ownerEmail} from './identity';
import {OWN_PROTECTION, restrictTo} from './tabs/format';
import {activeSpreadsheet} from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const KEY = 'role.protect.hrOnly';
/** The warning-only protection set up before roles: found again, and made real. */
const OLD_KEY = 'workflow.protect.output';

/** Who may edit the HR-only sheets: every Email HR address and the owner. */
export function hrEditors(emailHr: unknown): string[] {
  const owner = ownerEmail().toLowerCase();
  return [...new Set([...hrEmails(emailHr), owner].filter(Boolean))];
}

/** Puts the HR-only protection on a sheet, or brings the existing one up to date. */
export function protectHrOnly(sheet: Sheet, editors: string[], lang: Lang) {
  const texts = [msg(KEY), msg(OLD_KEY)].flatMap(m => [m.id, m.en]);
  const own =
    sheet
      .getProtections(SpreadsheetApp.ProtectionType.SHEET)
      .find(p => texts.includes(p.getDescription())) ?? sheet.protect();
  const text = t(lang, KEY);
  if (own.getDescription() !== text) own.setDescription(text);
  if (own.isWarningOnly()) own.setWarningOnly(false);
  restrictTo(own, editors);
}

/**
 * After Email HR changed: the HR-only sheets and the add-on's tab protections get the new HR list
 * (HR addresses no longer listed lose their access, the owner and the one saving keep it), so a
 * new HR address can refresh tabs and recompute at once.
 */
export function syncHrEditors(before: unknown, after: unknown, lang: Lang) {
  const added = hrEmails(after);
  const dropped = hrEmails(before).filter(e => !added.includes(e));
  const ss = activeSpreadsheet();
  const texts = new Set([msg(KEY), msg(OLD_KEY)].flatMap(m => [m.id, m.en]));
  for (const type of [
    SpreadsheetApp.ProtectionType.SHEET,
    SpreadsheetApp.ProtectionType.RANGE,
  ]) {
    for (const p of ss.getProtections(type)) {
      const description = p.getDescription();
      if (!texts.has(description) && !description.startsWith(OWN_PROTECTION))
        continue;
      if (texts.has(description) && description !== t(lang, KEY))
        p.setDescription(t(lang, KEY));
      if (added.length) p.addEditors(added);
      if (dropped.length) p.removeEditors(dropped);
    }
  }
}
