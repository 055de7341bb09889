// "Buat Tab Penilaian": writes the tabs planned by src/sheets/penilaian.ts, one getValues and one
// setValues per tab, then their formats, validation and protections.
//
// Protection model of a tab (SHEETS.md: only the input columns are typed by the appraiser):
// - a sheet protection whose editors are HR (and the owner, who can always edit), with the input
//   columns of the data rows left unprotected, so nobody else can change Target, Uraian, ...;
// - on those input columns a range protection whose editors are the appraiser (the supervisor,
//   or the unit head in Per Unit) and HR, so another supervisor cannot type in this tab.

import type {TabsResult} from '../core/api';
import {t} from '../core/i18n';
import {normalizePeriod} from '../core/period';
import {RATINGS, type Lang} from '../core/types';
import {assignedIndicators} from '../core/appraise/targets';
import {type TabPlan, periodTabPrefix, planTabs} from '../sheets/penilaian';
import {parseWorkbook} from '../sheets/read';
import {HEADERS, PENILAIAN_INPUT_HEADERS, SHEET} from '../sheets/schema';
import {hrEmail} from './settings';
import {markStale} from './audit';
import {errorText} from './ui';
import {
  INPUT_TABLES,
  ensureSize,
  readWorkbook,
  withDocumentLock,
  writeBlock,
} from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const GENERATED_BACKGROUND = '#efefef';
const STALE_FONT = '#999999';
const OWN_PROTECTION = 'Kinerja ASN';

const WIDTHS: Record<string, number> = {
  NIP: 160,
  Nama: 180,
  Uraian: 320,
  'Bukti Dukung': 200,
  'Umpan Balik': 260,
  Alasan: 200,
};

/** Runs of adjacent 1-based columns, e.g. [9,10,11,13] -> [[9,3],[13,1]]. */
export function columnRuns(columns: number[]): [number, number][] {
  const sorted = [...new Set(columns)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === c) last[1]++;
    else runs.push([c, 1]);
  }
  return runs;
}

function validationRules(plan: TabPlan, numerik: boolean, lang: Lang) {
  const ratingList = SpreadsheetApp.newDataValidation()
    .requireValueInList([...RATINGS], true)
    .setAllowInvalid(false)
    .setHelpText(t(lang, 'workflow.tabs.ratingHelp'))
    .build();
  const score = SpreadsheetApp.newDataValidation()
    .requireNumberBetween(0, 120)
    .setAllowInvalid(false)
    .setHelpText(t(lang, 'workflow.tabs.scoreHelp'))
    .build();
  const yesNo = SpreadsheetApp.newDataValidation()
    .requireValueInList(['Ya', 'Tidak'], true)
    .setAllowInvalid(false)
    .build();
  // Realisasi accepts invalid input (a warning mark, not a rejection): in a spreadsheet whose
  // locale is not Indonesian, '87,5' stays text, and our parser reads it correctly (DOMAIN §2), so
  // rejecting it would block a valid entry. Negative numbers and words still get the warning.
  const realisasi = SpreadsheetApp.newDataValidation()
    .requireNumberGreaterThanOrEqualTo(0)
    .setAllowInvalid(true)
    .setHelpText(t(lang, 'workflow.tabs.realisasiHelp'))
    .build();
  const rating = plan.kinds.map(kind => {
    if (kind === 'perilaku') return [numerik ? score : ratingList];
    if (kind === 'ringkasan') return [ratingList];
    if (kind === 'inovasi') return [yesNo];
    return [null];
  });
  const real = plan.kinds.map(kind => [kind === 'hasil' ? realisasi : null]);
  return {rating, real};
}

function removeOwnProtections(sheet: Sheet): void {
  for (const type of [
    SpreadsheetApp.ProtectionType.SHEET,
    SpreadsheetApp.ProtectionType.RANGE,
  ]) {
    for (const p of sheet.getProtections(type)) {
      if (p.getDescription().startsWith(OWN_PROTECTION)) p.remove();
    }
  }
}

function restrictTo(
  protection: GoogleAppsScript.Spreadsheet.Protection,
  editors: string[],
) {
  // The documented pattern: make sure the user running the script is an editor, then drop every
  // other editor (developers.google.com/apps-script/reference/spreadsheet/protection). Removing
  // the runner too would leave an HR user who is not the owner unable to finish the protection.
  const me = runningUser();
  const keep = new Set(
    [...editors, me].filter(Boolean).map(e => e.toLowerCase()),
  );
  if (keep.size) protection.addEditors([...keep]);
  const others = protection
    .getEditors()
    .map(user => user.getEmail())
    .filter(email => !keep.has(email.toLowerCase()));
  if (others.length) protection.removeEditors(others);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}

/** The user the script runs as ('' when Apps Script does not tell). */
function runningUser(): string {
  try {
    return Session.getEffectiveUser().getEmail();
  } catch {
    return '';
  }
}

function protectTab(sheet: Sheet, plan: TabPlan, hr: string, lang: Lang): void {
  removeOwnProtections(sheet);
  const dataRows = plan.values.length - 1;
  const inputColumns = PENILAIAN_INPUT_HEADERS.map(h => plan.columns[h]);
  const runs = columnRuns(inputColumns);
  const whole = sheet
    .protect()
    .setDescription(`${OWN_PROTECTION}: ${t(lang, 'workflow.protect.tab')}`);
  if (dataRows > 0) {
    whole.setUnprotectedRanges(
      runs.map(([col, n]) => sheet.getRange(2, col, dataRows, n)),
    );
  }
  restrictTo(whole, hr ? [hr] : []);
  if (dataRows === 0) return;
  for (const [col, n] of runs) {
    const inputs = sheet
      .getRange(2, col, dataRows, n)
      .protect()
      .setDescription(
        `${OWN_PROTECTION}: ${t(lang, 'workflow.protect.inputs', {key: plan.key})}`,
      );
    restrictTo(inputs, plan.editors);
  }
}

function formatTab(
  sheet: Sheet,
  plan: TabPlan,
  created: boolean,
  numerik: boolean,
  lang: Lang,
) {
  const width = plan.values[0].length;
  const dataRows = plan.values.length - 1;
  sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  if (created) {
    sheet.setFrozenRows(1);
    for (const [h, w] of Object.entries(WIDTHS))
      sheet.setColumnWidth(plan.columns[h], w);
  }
  if (dataRows === 0) return;
  const generated = new Set(
    HEADERS.penilaian
      .filter(h => !(PENILAIAN_INPUT_HEADERS as readonly string[]).includes(h))
      .map(h => plan.columns[h]),
  );
  const block = sheet.getRange(2, 1, dataRows, width);
  // One call each for the whole block: grey generated columns, grey text on stale rows.
  block.setBackgrounds(
    plan.kinds.map(() =>
      plan.values[0].map((_, i) =>
        generated.has(i + 1) ? GENERATED_BACKGROUND : null,
      ),
    ) as string[][],
  );
  block.setFontColors(
    plan.kinds.map(kind =>
      plan.values[0].map(() => (kind === 'stale' ? STALE_FONT : null)),
    ) as string[][],
  );
  const {rating, real} = validationRules(plan, numerik, lang);
  sheet
    .getRange(2, plan.columns.Rating, dataRows, 1)
    .setDataValidations(
      rating as GoogleAppsScript.Spreadsheet.DataValidation[][],
    );
  sheet
    .getRange(2, plan.columns.Realisasi, dataRows, 1)
    .setDataValidations(
      real as GoogleAppsScript.Spreadsheet.DataValidation[][],
    );
}

/** Creates or refreshes the appraisal tabs of a period, keeping every typed value. */
export function createTabs(periodText: string, lang: Lang): TabsResult {
  const period = normalizePeriod(periodText);
  if (!period) {
    return {
      ok: false,
      message: t(lang, 'workflow.period.invalid', {periode: periodText}),
      tabs: [],
      employees: 0,
    };
  }
  const outcome = withDocumentLock(() => writeTabs(period, lang));
  if (!outcome.ok) {
    return {
      ok: false,
      message: t(lang, 'workflow.busy'),
      tabs: [],
      employees: 0,
    };
  }
  return outcome.value;
}

function writeTabs(period: string, lang: Lang): TabsResult {
  const read = readWorkbook({
    tables: INPUT_TABLES,
    tabPrefix: periodTabPrefix(period),
  });
  if (!read.raw.tables.pegawai) {
    return {
      ok: false,
      message: t(lang, 'workflow.notReady', {sheet: SHEET.pegawai}),
      tabs: [],
      employees: 0,
    };
  }
  const {input} = parseWorkbook(read.raw, new Date());
  const hr = hrEmail(input.settings);
  const plan = planTabs({
    input,
    period,
    existing: read.raw.tabs,
    assign: nip => assignedIndicators(input, nip, period),
    hrEmail: hr,
    lang,
  });
  if (plan.tabs.length === 0) {
    return {
      ok: false,
      message: t(lang, 'workflow.tabs.noEmployees', {periode: period}),
      tabs: [],
      employees: 0,
    };
  }
  const numerik = input.settings.model === 'NUMERIK';
  // Every tab is planned above; writing starts only now. A failure part-way (a Sheets error, a
  // quota) removes the tabs this run created, so no empty or half-made tab is left behind.
  const createdSheets: Sheet[] = [];
  let changed = false;
  let current = '';
  try {
    for (const tab of plan.tabs) {
      current = tab.name;
      let sheet = read.sheets.get(tab.name);
      const isNew = !sheet;
      if (!sheet) {
        sheet = read.ss.insertSheet(tab.name);
        createdSheets.push(sheet);
      }
      // NIPs are text: formatted before they are written so no digit is lost.
      const rows = Math.max(tab.values.length, tab.previousRows);
      ensureSize(sheet, rows, tab.values[0].length);
      sheet.getRange(1, tab.columns.NIP, rows, 1).setNumberFormat('@');
      if (tab.changed) {
        writeBlock(sheet, tab.values, tab.previousRows);
        // A refreshed existing tab keeps every typed value, so it stays refreshed.
        if (!isNew) changed = true;
      }
      formatTab(sheet, tab, isNew, numerik, lang);
      protectTab(sheet, tab, hr, lang);
    }
  } catch (error) {
    let removed = 0;
    for (const sheet of createdSheets) {
      try {
        read.ss.deleteSheet(sheet);
        removed++;
      } catch {
        // Still there: the message's count says how many were removed.
      }
    }
    if (changed) markStale();
    return {
      ok: false,
      message: t(lang, 'workflow.tabs.failed', {
        periode: period,
        tab: current,
        // Sheets' own messages end with a full stop; the sentence goes on after it.
        error: errorText(error).replace(/[.\s]+$/, ''),
        removed,
      }),
      tabs: [],
      employees: 0,
    };
  }
  const created = createdSheets.length;
  if (createdSheets.length) changed = true;
  if (changed) markStale();
  let message = t(lang, 'workflow.tabs.done', {
    periode: period,
    tabs: plan.tabs.length,
    employees: plan.employees,
    created,
  });
  const stale = plan.tabs.reduce((n, tab) => n + tab.staleRows, 0);
  if (stale) message += ' ' + t(lang, 'workflow.tabs.staleKept', {stale});
  if (plan.withoutKey.length) {
    const what =
      input.settings.tabPenilaian === 'Per Unit'
        ? 'workflow.tabs.what.unit'
        : 'workflow.tabs.what.atasan';
    message +=
      ' ' +
      t(lang, 'workflow.tabs.withoutKey', {
        count: plan.withoutKey.length,
        what: t(lang, what),
      });
  }
  return {
    ok: true,
    message,
    tabs: plan.tabs.map(tab => tab.name),
    employees: plan.employees,
  };
}
