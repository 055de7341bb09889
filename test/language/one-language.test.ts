// Issue 12, "one language at a time": the demo workbook, set up as a new office would (in Bahasa
// Indonesia), switched to one `Bahasa`, then recomputed, checked, previewed, test-sent and sent.
// Every text the add-on shows or writes — emails, action messages, menus, toasts, Validasi,
// Hasil Rekomendasi, Log Email reasons, Log Perubahan, notes, dropdown help texts, protection
// descriptions, the tabs' own rows — must hold no phrase of the other language.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type {
  ActionResult,
  EmployeePreview,
  SendStatus,
  ValidationDto,
} from '../../src/core/api';
import type {Lang} from '../../src/core/types';
import {tabIdentityOfModel} from '../../src/local/tabs';
import {demoWorkbook} from '../../src/demo/workbook';
import {fillDemoTabs, writeDemoTables} from '../../src/local/demo-tables';
import {createEmulator, type Emulator} from '../../src/local/emulator';
import {loadBundle} from '../../src/local/loader';
import {
  PENILAIAN_INPUT_HEADERS,
  PENILAIAN_PREFIX,
} from '../../src/sheets/schema';
import {setSetting} from '../support/workbook';
import {CODE_FILE, drive, outboxMails} from '../email/harness';
import {htmlText, otherLanguage, type Shown} from './mixed-language';

const PERIOD = '2026-TW1';
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function spreadsheet(emulator: Emulator) {
  const app = emulator.globals
    .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return app.getActiveSpreadsheet();
}

function column(sheet: Sheet, header: string): string[] {
  const [head, ...rows] = sheet.getDataRange().getValues();
  const c = head.indexOf(header);
  return c < 0 ? [] : rows.map(r => String(r[c] ?? ''));
}

/**
 * Every text written into the workbook by the add-on, by where it is. `refusedSilently` gets the
 * sheets with a dropdown that refuses input without a help text of ours.
 */
/** Whether a sheet is an appraisal tab (by the identity stored with it). */
function isTab(emulator: Emulator, name: string): boolean {
  const model = emulator.workbook.sheetByName(name);
  return !!model && tabIdentityOfModel(model) !== null;
}

function sheetTexts(emulator: Emulator, refusedSilently: Set<string>): Shown[] {
  const shown: Shown[] = [];
  const add = (where: string, text: unknown) => {
    if (typeof text === 'string' && text.trim()) shown.push({where, text});
  };
  for (const sheet of spreadsheet(emulator).getSheets()) {
    const name = sheet.getName();
    // Tabs are named for people and known by identity; reported under one place, "Penilaian".
    const tab = isTab(emulator, name);
    const place = tab ? `${PENILAIAN_PREFIX}${name}` : name;
    const range = sheet.getDataRange();
    range
      .getNotes()
      .forEach((row, r) =>
        row.forEach((note, c) => add(`${place} note ${r + 1},${c + 1}`, note)),
      );
    const helps = new Set<string>();
    for (const row of range.getDataValidations()) {
      for (const rule of row) {
        if (!rule) continue;
        helps.add(rule.getHelpText() ?? '');
        // A rule that refuses input with no help text shows Google's own (English) message.
        if (!rule.getAllowInvalid() && !rule.getHelpText()) {
          refusedSilently.add(name.replace(/\d{6,}/g, 'N'));
        }
      }
    }
    for (const help of helps) add(`${place} help text`, help);
    for (const type of ['SHEET', 'RANGE'] as const) {
      for (const p of sheet.getProtections(
        SpreadsheetApp_ProtectionType(emulator, type),
      )) {
        add(`${place} protection`, p.getDescription());
      }
    }
    if (tab) {
      // The generated Uraian of the Ringkasan rows and the Tambahan mark are the add-on's text.
      const jenis = column(sheet, 'Jenis');
      column(sheet, 'Uraian').forEach((uraian, i) => {
        if (jenis[i] === 'Ringkasan' || /\(.*\)$/.test(uraian)) {
          add(`${place} Uraian ${i + 2}`, uraian);
        }
      });
    }
  }
  const ss = spreadsheet(emulator);
  const of = (sheet: string, header: string) => {
    const found = ss.getSheetByName(sheet);
    return found ? column(found, header) : [];
  };
  of('Validasi', 'Pesan').forEach((t, i) => add(`Validasi!C${i + 2}`, t));
  of('Hasil', 'Rekomendasi').forEach((t, i) =>
    add(`Hasil Rekomendasi ${i + 2}`, t),
  );
  of('Log Email', 'Status').forEach((t, i) =>
    add(`Log Email!D${i + 2}`, t.replace(/^(Dilewati|Gagal):\s*/, '')),
  );
  for (const header of ['Pengguna', 'Nilai Baru']) {
    of('Log Perubahan', header).forEach((t, i) =>
      add(`Log Perubahan ${header} ${i + 2}`, t),
    );
  }
  of('Rekap', 'Nama Unit').forEach((t, i) => add(`Rekap!B${i + 2}`, t));
  return shown;
}

function SpreadsheetApp_ProtectionType(
  emulator: Emulator,
  type: 'SHEET' | 'RANGE',
): GoogleAppsScript.Spreadsheet.ProtectionType {
  const app = emulator.globals
    .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return app.ProtectionType[type];
}

/** What people typed: the demo's input tables (but its template) and the tabs' input cells. */
function typedData(emulator: Emulator, demo: ReturnType<typeof demoWorkbook>) {
  const data = new Set<string>();
  for (const [key, table] of Object.entries(demo.tables)) {
    if (key === 'templateEmail') continue;
    for (const row of table.slice(1)) {
      for (const cell of row) if (typeof cell === 'string') data.add(cell);
    }
  }
  for (const sheet of spreadsheet(emulator).getSheets()) {
    if (!isTab(emulator, sheet.getName())) continue;
    for (const header of [...PENILAIAN_INPUT_HEADERS, 'Nama']) {
      for (const text of column(sheet, header)) data.add(text);
    }
  }
  return [...data].filter(text => text.length > 2);
}

function audit(lang: Lang) {
  const demo = demoWorkbook({employeeCount: 30, seed: 7, period: PERIOD});
  const outbox = fs.mkdtempSync(path.join(os.tmpdir(), 'lang-outbox-'));
  const emulator = createEmulator({
    user: demo.hrEmail,
    now: () => new Date(Date.UTC(2026, 3, 10, 2)),
    outboxDir: outbox,
  });
  const shown: Shown[] = [];
  const said = (where: string, result: {message?: string}) =>
    shown.push({where, text: result.message ?? ''});
  const run = <T>(call: (ctx: ReturnType<typeof loadBundle>) => T): T => {
    const ctx = loadBundle(emulator, CODE_FILE);
    try {
      return call(ctx);
    } finally {
      emulator.endExecution(ctx);
    }
  };

  // A new office sets up in the default language, types its data, then picks `lang`.
  run(ctx => ctx.apiSetupSheets());
  writeDemoTables(emulator, demo);
  setSetting(emulator, 'Bahasa', lang);
  said(
    'setup',
    run(ctx => ctx.apiSetupSheets() as ActionResult),
  );
  run(ctx => {
    ctx.menuInstallTriggers();
    // The menu of an authorised add-on (AuthMode FULL). The simple trigger's menu (LIMITED) reads
    // nothing and stays in Bahasa Indonesia: test/workflow/setup.test.ts.
    ctx.onOpen();
  });
  said(
    'tabs',
    run(ctx => ctx.apiCreateTabs(PERIOD) as ActionResult),
  );
  fillDemoTabs(emulator, demo, PERIOD);
  said(
    'recompute',
    run(ctx => ctx.apiRecompute(PERIOD) as ActionResult),
  );
  const validation = run(ctx => ctx.apiValidate(PERIOD) as ValidationDto);
  for (const issue of validation.issues)
    shown.push({where: 'periksa', text: issue.text});
  const previews = run(
    ctx => ctx.apiPreviewAllEmails(PERIOD, '') as EmployeePreview[],
  );
  for (const {nip, preview} of previews) {
    const where = `preview ${nip}`;
    shown.push({where, text: preview.subject});
    shown.push({where, text: preview.text});
    shown.push({where, text: htmlText(preview.html)});
    shown.push({where, text: preview.skipReason});
    for (const warning of preview.warnings ?? [])
      shown.push({where, text: warning});
  }
  const sendable = previews.find(p => !p.preview.skipReason)!;
  said(
    'test send',
    run(ctx => ctx.apiTestSend(PERIOD, sendable.nip) as ActionResult),
  );
  said(
    'send',
    run(ctx => drive(ctx, () => ctx.apiStartSend(PERIOD, false) as SendStatus)),
  );
  // An edit by a supervisor: the trigger logs it (a paste of two cells).
  const tab = spreadsheet(emulator)
    .getSheets()
    .map(s => s.getName())
    .find(name => isTab(emulator, name))!;
  run(ctx => emulator.userEdit(ctx, tab, 'L2:L3', [['Baik.'], ['Cukup.']]));

  for (const mail of outboxMails(outbox)) {
    const where = `email to ${mail.headers.to}`;
    shown.push({where, text: mail.headers.subject ?? ''});
    shown.push({where, text: mail.text});
    shown.push({where, text: htmlText(mail.html)});
  }
  for (const toast of emulator.ui.toasts) {
    shown.push({where: 'toast', text: `${toast.title} ${toast.message}`});
  }
  const menu = JSON.stringify(emulator.ui.menus);
  for (const item of menu.matchAll(/"caption":"([^"]*)"/g)) {
    shown.push({where: 'menu', text: item[1]});
  }
  const refusedSilently = new Set<string>();
  shown.push(...sheetTexts(emulator, refusedSilently));
  return {
    refusedSilently,
    shown: shown.filter(s => s.text.trim() !== ''),
    data: typedData(emulator, demo),
    mails: outboxMails(outbox).length,
  };
}

describe.each(['en', 'id'] as const)('Bahasa %s', lang => {
  const {shown, data, mails, refusedSilently} = audit(lang);

  it('goes through every step: emails sent, tabs, logs and checks written', () => {
    expect(mails).toBeGreaterThan(10);
    const places = new Set(shown.map(s => s.where.split(/[ !]/)[0]));
    for (const place of [
      'email',
      'preview',
      'Validasi',
      'Hasil',
      'Log',
      'menu',
      'toast',
      'periksa',
      PENILAIAN_PREFIX.trim(),
    ]) {
      expect([place, places.has(place)]).toEqual([place, true]);
    }
  });

  it("explains every refusing dropdown in Bahasa, never leaving Google's text", () => {
    expect([...refusedSilently]).toEqual([]);
  });

  it('marks additional indicators in the tabs in Bahasa', () => {
    const marks = shown
      .filter(s => / Uraian /.test(s.where) && /\)$/.test(s.text))
      .map(s => /\(([^()]*)\)$/.exec(s.text)?.[1])
      .filter(mark => mark === 'Tambahan' || mark === 'additional');
    expect(marks.length).toBeGreaterThan(0);
    expect([...new Set(marks)]).toEqual([
      lang === 'en' ? 'additional' : 'Tambahan',
    ]);
  });

  it('shows no phrase of the other language anywhere', () => {
    const mixed = otherLanguage(lang, shown, data);
    // One line per place and phrase, so a failure reads as a list of what to fix.
    const report = [
      ...new Set(
        mixed.map(
          ([where, found, text]) =>
            `${where.replace(/\d{6,}/g, 'N')}: "${found}" in ${JSON.stringify(text.slice(0, 160))}`,
        ),
      ),
    ];
    expect(report).toEqual([]);
  });
});
