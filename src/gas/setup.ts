// "Siapkan Lembar": creates the contract sheets that are missing and completes those that exist.
// It only appends (sheets, headers at the end of row 1, missing keys, default rows in empty
// sheets) and never changes a value, so running it twice changes nothing.
//
// Protections: every contract sheet (input and output) gets a real HR-only protection
// (hr-protection.ts): only HR runs the add-on's actions, so no other run writes there. Appraisal
// tabs get their own protections, see tabs.ts.

import {t} from '../core/i18n';
import {readPengaturanBasics} from '../sheets/pengaturan';
import {hrEditors, protectHrOnly} from './hr-protection';
import type {Lang} from '../core/types';
import {normalizeHeader} from '../sheets/schema';
import {
  SETTING_LISTS,
  SHEET_SPECS,
  type SheetSpec,
  defaultRows,
  hasDataRows,
  headerWidth,
  lastDataRow,
  missingHeaders,
  missingKeyRows,
} from '../sheets/setup-plan';
import {headerColumns} from '../sheets/table';
import {NEW_SHEET_GRID, sizeSheet} from './tabs/format';
import {safeCellText} from '../sheets/write';
import {
  activeSpreadsheet,
  ensureSize,
  readValues,
  sheetsByName,
} from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SetupResult {
  ok: boolean;
  message: string;
  created: string[];
  headersAdded: number;
  rowsAdded: number;
}

const HEADER_BACKGROUND = '#d9ead3';
const OUTPUT_HEADER_BACKGROUND = '#cfe2f3';

/** A dropdown that refuses other values, explaining itself in Bahasa (not Google's own text). */
function listRule(values: readonly string[], lang: Lang) {
  return SpreadsheetApp.newDataValidation()
    .requireValueInList([...values], true)
    .setAllowInvalid(false)
    .setHelpText(t(lang, 'lang.listHelp', {values: values.join(', ')}))
    .build();
}

/** Creates or completes one sheet; returns how many headers and rows were added. */
function setupSheet(
  spec: SheetSpec,
  existing: Sheet | undefined,
  today: {year: number; month: number},
  lang: Lang,
): {sheet: Sheet; created: boolean; headers: number; rows: number} {
  const ss = activeSpreadsheet();
  const created = !existing;
  const sheet = existing ?? ss.insertSheet(spec.name);
  const values = created ? [] : readValues(sheet);
  const headerRow = values[0] ?? [];
  const width = headerWidth(headerRow);

  // Headers: the missing ones appended after the last header, never reordered.
  const missing = missingHeaders(headerRow, spec.headers);
  if (missing.length) {
    ensureSize(sheet, 1, width + missing.length);
    sheet.getRange(1, width + 1, 1, missing.length).setValues([missing]);
    const style = sheet.getRange(1, width + 1, 1, missing.length);
    style.setFontWeight('bold');
    style.setBackground(
      spec.output ? OUTPUT_HEADER_BACKGROUND : HEADER_BACKGROUND,
    );
  }
  const header = [...headerRow.slice(0, width), ...missing];
  if (created && header.length) {
    // A new sheet is 1,000 x 26 and every grid counts against the spreadsheet's 10 M cells: keep
    // the rows (room to type or paste; writers grow them) but only the columns of the header.
    sizeSheet(sheet, NEW_SHEET_GRID, NEW_SHEET_GRID.rows, header.length);
  }
  const columns = headerColumns(header);
  const col = (h: string) => columns[normalizeHeader(h)];
  if (created && spec.headers.length) sheet.setFrozenRows(1);

  // Default rows: key/value sheets get their missing keys; list sheets only when empty.
  let rows: unknown[][] = [];
  const keyed =
    spec.key === 'pengaturan' ||
    spec.key === 'templateEmail' ||
    spec.key === 'tpp';
  const defaults = defaultRows(spec.key, today.year, today.month);
  if (keyed) rows = missingKeyRows([header, ...values.slice(1)], defaults);
  else if (!hasDataRows(values)) rows = defaults;
  const lastRow = Math.max(lastDataRow(values), 1);
  if (rows.length) {
    const out = rows.map(row => {
      const line: unknown[] = header.map(() => '');
      spec.headers.forEach((h, i) => {
        const value = row[i] ?? '';
        line[col(h) - 1] =
          typeof value === 'string' ? safeCellText(value) : value;
      });
      return line;
    });
    ensureSize(sheet, lastRow + out.length, header.length);
    const target = sheet.getRange(lastRow + 1, 1, out.length, header.length);
    if (keyed) {
      // Typed as text so '1/9' stays a fraction and '2026-TW1' a period, not a date.
      target.setNumberFormats(
        out.map(line =>
          line.map(v => (typeof v === 'string' ? '@' : '0.#####')),
        ),
      );
    }
    target.setValues(out);
  }

  const maxRows = sheet.getMaxRows();
  // NIP columns hold text: as numbers the last digits of an 18-digit NIP are lost.
  for (const h of spec.textColumns) {
    sheet.getRange(1, col(h), maxRows, 1).setNumberFormat('@');
  }
  if (maxRows > 1) {
    for (const [h, list] of Object.entries(spec.lists)) {
      sheet
        .getRange(2, col(h), maxRows - 1, 1)
        .setDataValidation(listRule(list, lang));
    }
  }
  if (spec.key === 'pengaturan') {
    settingValidations(
      sheet,
      [header, ...values.slice(1), ...rows],
      col('Kunci'),
      col('Nilai'),
      lang,
    );
  }
  // Widths only for columns setup added: people may have resized their own.
  for (const h of missing) {
    const width = spec.widths[h];
    if (width) sheet.setColumnWidth(col(h), width);
  }
  return {
    sheet,
    created,
    headers: created ? 0 : missing.length,
    rows: rows.length,
  };
}

/** Dropdowns on the Nilai cells of the settings with a fixed list (Model, Tab Penilaian, ...). */
function settingValidations(
  sheet: Sheet,
  values: unknown[][],
  keyColumn: number,
  valueColumn: number,
  lang: Lang,
): void {
  for (let r = 1; r < values.length; r++) {
    const key = String(values[r][keyColumn - 1] ?? '').trim();
    const match = Object.keys(SETTING_LISTS).find(
      k => normalizeHeader(k) === normalizeHeader(key),
    );
    if (match) {
      sheet
        .getRange(r + 1, valueColumn)
        .setDataValidation(listRule(SETTING_LISTS[match], lang));
    }
  }
}

/** Creates the missing contract sheets and completes the existing ones. */
export function setupSheets(lang: Lang): SetupResult {
  const ss = activeSpreadsheet();
  const sheets = sheetsByName(ss);
  const [year, month] = Utilities.formatDate(
    new Date(),
    ss.getSpreadsheetTimeZone(),
    'yyyy-M',
  )
    .split('-')
    .map(Number);
  const created: string[] = [];
  let headersAdded = 0;
  let rowsAdded = 0;
  const done: Sheet[] = [];
  for (const spec of SHEET_SPECS) {
    const result = setupSheet(spec, sheets.get(spec.name), {year, month}, lang);
    if (result.created) created.push(spec.name);
    headersAdded += result.headers;
    rowsAdded += result.rows;
    done.push(result.sheet);
  }
  // Every contract sheet is HR's (SHEETS.md, Roles): editors Email HR and the owner.
  const pengaturan = done[SHEET_SPECS.findIndex(s => s.key === 'pengaturan')];
  const emailHr = readPengaturanBasics(readValues(pengaturan)).values[
    'email hr'
  ];
  const editors = hrEditors(emailHr);
  for (const sheet of done) protectHrOnly(sheet, editors, lang);
  // A new spreadsheet's 'Sheet1' goes when it holds nothing: the workbook opens on our sheets.
  const blank = sheets.get('Sheet1');
  if (blank && blank.getLastRow() === 0 && blank.getLastColumn() === 0) {
    ss.deleteSheet(blank);
  }
  const changed = created.length + headersAdded + rowsAdded > 0;
  return {
    ok: true,
    message: changed
      ? t(lang, 'workflow.setup.done', {
          created: created.length,
          headers: headersAdded,
          rows: rowsAdded,
        })
      : t(lang, 'workflow.setup.unchanged'),
    created,
    headersAdded,
    rowsAdded,
  };
}

/** Whether every contract input sheet exists (the sidebar offers setup otherwise). */
export function sheetsReady(names: Iterable<string>): boolean {
  const present = new Set(names);
  return SHEET_SPECS.every(spec => spec.output || present.has(spec.name));
}
