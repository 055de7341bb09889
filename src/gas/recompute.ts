// "Hitung Ulang" and "Periksa Data": read everything in one batch, compute in core, write each
// output block with one setValues. Service calls are O(sheets), never O(rows).

import type {RecomputeResult, ValidationDto} from '../core/api';
import {t} from '../core/i18n';
import {normalizePeriod} from '../core/period';
import {appraisePeriod} from '../core/appraise';
import {mergeIssues, validateInput} from '../core/validate';
import type {Issue, Lang} from '../core/types';
import {parseWorkbook, readSettings} from '../sheets/read';
import {hasilRows, mergeHasil, rekapRows, validasiRows} from '../sheets/write';
import {HEADERS, SHEET, normalizeHeader} from '../sheets/schema';
import {cellText, headerColumns} from '../sheets/table';
import {invalidateHasilCache} from './hasil-cache';
import {
  PROP_STALE,
  appendLog,
  lastComputedKey,
  logTime,
  overrideLogRows,
} from './audit';
import {interfaceLang} from './settings';
import {
  INPUT_TABLES,
  activeSpreadsheet,
  readWorkbook,
  withDocumentLock,
  writeBlock,
} from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Background of the Predikat cell: green for the best, red for the worst. */
export const PREDIKAT_COLOURS: Record<string, string> = {
  'Sangat Baik': '#b7e1cd',
  Baik: '#d9ead3',
  'Butuh Perbaikan': '#fff2cc',
  'Kurang/Misconduct': '#fce5cd',
  Kurang: '#fce5cd',
  'Sangat Kurang': '#f4cccc',
};

function emptyResult(ok: boolean, message: string): RecomputeResult {
  return {ok, message, employees: 0, complete: 0, errors: 0, warnings: 0};
}

function sheetOrCreate(
  ss: Spreadsheet,
  sheets: Map<string, Sheet>,
  name: string,
): {sheet: Sheet; created: boolean} {
  const existing = sheets.get(name);
  if (existing) return {sheet: existing, created: false};
  const sheet = ss.insertSheet(name);
  sheets.set(name, sheet);
  return {sheet, created: true};
}

/** Replaces a whole output table (header row first): clearContents, then one setValues. */
function replaceTable(
  ss: Spreadsheet,
  sheets: Map<string, Sheet>,
  name: string,
  rows: unknown[][],
) {
  const {sheet, created} = sheetOrCreate(ss, sheets, name);
  if (!created) sheet.clearContents();
  writeBlock(sheet, rows, 0);
  return sheet;
}

function counts(issues: Issue[]) {
  const errors = issues.filter(i => i.level === 'Galat').length;
  return {errors, warnings: issues.length - errors};
}

/**
 * Recomputes a period: Hasil (that period's rows), Validasi, Rekap, the override audit.
 * `knownLang` null: the language is read from Pengaturan only if a message needs it early.
 */
export function recompute(
  periodeText: string,
  knownLang: Lang | null,
): RecomputeResult {
  const fallbackLang = () => knownLang ?? interfaceLang();
  const periode = normalizePeriod(periodeText);
  if (!periode) {
    return emptyResult(
      false,
      t(fallbackLang(), 'workflow.period.invalid', {periode: periodeText}),
    );
  }
  const outcome = withDocumentLock(() =>
    recomputeLocked(periode, fallbackLang),
  );
  return outcome.ok
    ? outcome.value
    : emptyResult(false, t(fallbackLang(), 'workflow.busy'));
}

function recomputeLocked(
  periode: string,
  fallbackLang: () => Lang,
): RecomputeResult {
  const now = new Date();
  const read = readWorkbook({
    // Template Email is not needed to appraise: one sheet read fewer.
    tables: [
      'pengaturan',
      'unit',
      'pegawai',
      'indikator',
      'skp',
      'perilaku',
      'pelatihan',
      'hasil',
      'logPerubahan',
    ],
    periode,
  });
  if (!read.raw.tables.pegawai) {
    return emptyResult(
      false,
      t(fallbackLang(), 'workflow.notReady', {sheet: SHEET.pegawai}),
    );
  }
  const {input, issues: readIssues} = parseWorkbook(read.raw, now);
  const lang = input.settings.bahasa;
  const {results, issues: appraiseIssues} = appraisePeriod(input, periode);
  const issues = mergeIssues(readIssues, validateInput(input), appraiseIssues);
  const {ss, sheets} = read;

  // Hasil: that period's rows replaced, every other period kept; one setValues.
  const existingHasil = read.raw.tables.hasil ?? [];
  const hasil = mergeHasil(existingHasil, periode, hasilRows(results, lang));
  const {sheet: hasilSheet} = sheetOrCreate(ss, sheets, SHEET.hasil);
  const hasilColumns = headerColumns(hasil[0]);
  writeBlock(hasilSheet, hasil, existingHasil.length, 1, [
    hasilColumns[normalizeHeader('NIP')],
    hasilColumns[normalizeHeader('NIP Atasan')],
  ]);
  colourPredikat(hasilSheet, hasil);

  replaceTable(ss, sheets, SHEET.validasi, [
    [...HEADERS.validasi],
    ...validasiRows(issues, lang),
  ]);
  // Rekap holds aggregates only (no names, no NIPs): safe to share.
  replaceTable(ss, sheets, SHEET.rekap, rekapRows(results, input, lang));

  // User and time are asked for only when there is something to log (service calls cost).
  let stamp: {waktu: string; pengguna: string} | null = null;
  const stampOf = () =>
    (stamp ??= {
      waktu: logTime(now, ss.getSpreadsheetTimeZone()),
      pengguna: effectiveUserEmail(),
    });
  appendLog(
    overrideLogRows(input, results, read.raw.tables.logPerubahan, stampOf),
  );

  const props = PropertiesService.getDocumentProperties();
  props.setProperty(lastComputedKey(periode), now.toISOString());
  props.deleteProperty(PROP_STALE);
  invalidateHasilCache();

  const complete = results.filter(r => r.status === 'Lengkap').length;
  const {errors, warnings} = counts(issues);
  return {
    ok: true,
    message: t(lang, 'workflow.recompute.done', {
      periode,
      employees: results.length,
      complete,
      errors,
      warnings,
    }),
    employees: results.length,
    complete,
    errors,
    warnings,
  };
}

/** One setBackgrounds over the Predikat column (any position: found by its header). */
function colourPredikat(sheet: Sheet, table: unknown[][]): void {
  const column = headerColumns(table[0])[normalizeHeader('Predikat')];
  if (!column || table.length < 2) return;
  const colours = table
    .slice(1)
    .map(row => [PREDIKAT_COLOURS[cellText(row[column - 1])] ?? null]);
  sheet
    .getRange(2, column, colours.length, 1)
    .setBackgrounds(colours as string[][]);
}

export function effectiveUserEmail(): string {
  try {
    return (
      Session.getEffectiveUser().getEmail() ||
      Session.getActiveUser().getEmail()
    );
  } catch {
    return '';
  }
}

/** Issues of the whole workbook (input and the active period's tabs), in the interface language. */
export function validationDto(issues: Issue[], lang: Lang): ValidationDto {
  const {errors, warnings} = counts(issues);
  return {
    issues: issues.map(issue => ({
      sheet: issue.sheet,
      cell: issue.cell,
      message: {id: issue.message.id, en: issue.message.en},
      level: issue.level,
      text: `${issue.sheet}${issue.cell ? '!' + issue.cell : ''}: ${issue.message[lang]}`,
    })),
    errors,
    warnings,
  };
}

/** "Periksa Data": validates inputs and the active period's tabs, and rewrites Validasi. */
export function validateWorkbook(
  fallbackLang: Lang,
): ValidationDto & {message: string; ok: boolean} {
  const outcome = withDocumentLock(() => {
    const periode = readSettings(
      activeSpreadsheet()
        .getSheetByName(SHEET.pengaturan)
        ?.getDataRange()
        .getValues(),
    ).settings.periodeAktif;
    // The active period's tabs (and those feeding it) are inputs as well.
    const read = readWorkbook({tables: INPUT_TABLES, periode});
    const {input, issues: readIssues} = parseWorkbook(read.raw, new Date());
    const lang = input.settings.bahasa;
    const {issues: appraiseIssues} = appraisePeriod(input, periode);
    const issues = mergeIssues(
      readIssues,
      validateInput(input),
      appraiseIssues,
    );
    replaceTable(read.ss, read.sheets, SHEET.validasi, [
      [...HEADERS.validasi],
      ...validasiRows(issues, lang),
    ]);
    const dto = validationDto(issues, lang);
    return {
      ...dto,
      ok: dto.errors === 0,
      message: t(lang, 'workflow.validate.done', {
        errors: dto.errors,
        warnings: dto.warnings,
      }),
    };
  });
  if (!outcome.ok) {
    return {
      issues: [],
      errors: 0,
      warnings: 0,
      ok: false,
      message: t(fallbackLang, 'workflow.busy'),
    };
  }
  return outcome.value;
}
