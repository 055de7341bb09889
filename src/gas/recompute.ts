// "Hitung Ulang" and "Periksa Data": read everything in one batch, compute in core, write each
// output block with one setValues. Service calls are O(sheets), never O(rows): for the benchmark
// workbook (20 sheets, 15 of them read) a recompute costs at most 50 spreadsheet calls once Hasil
// holds the period (`npm run bench`, test/workflow/recompute.test.ts).

import type {RecomputeResult, ValidationDto} from '../core/api';
import {t} from '../core/i18n';
import {normalizePeriod} from '../core/period';
import type {Issue, Lang} from '../core/types';
import {evaluatePeriod} from '../sheets/pipeline';
import {hasilRows, mergeHasil} from '../sheets/hasil';
import {rekapRows, validasiRows} from '../sheets/write';
import {HEADERS, SHEET, normalizeHeader} from '../sheets/schema';
import {headerColumns} from '../sheets/table';
import {cellText} from '../core/cell-text';
import {invalidateHasilCache, saveSettingsProperty} from './hasil-cache';
import {
  PROP_STALE,
  appendLog,
  appendLogUnder,
  lastComputedKey,
  logTime,
  overrideLogRows,
} from './audit';
import {interfaceLang} from './settings';
import {
  INPUT_TABLES,
  type KnownSize,
  type WorkbookRead,
  rangeFor,
  readWorkbook,
  sizeOf,
  withDocumentLock,
  writeTable,
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

/** A sheet made by insertSheet has 1000 rows and 26 columns. */
const NEW_SHEET_SIZE: KnownSize = {rows: 1000, columns: 26};

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
): Sheet {
  const {sheet, created} = sheetOrCreate(ss, sheets, name);
  if (!created) sheet.clearContents();
  writeTable(sheet, rows, {known: created ? NEW_SHEET_SIZE : undefined});
  return sheet;
}

/** Hasil columns holding text: set to '@' with the NIP columns between them (one call). */
const HASIL_TEXT_HEADERS = new Set(
  ['NIP', 'Nama', 'Kode Unit', 'NIP Atasan', 'Status', 'Rekomendasi'].map(
    normalizeHeader,
  ),
);

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
  const {input, results, issues} = evaluatePeriod(read.raw, periode, now);
  const lang = input.settings.bahasa;
  const {ss, sheets} = read;

  // Hasil: that period's rows replaced, every other period kept; one setValues.
  const existingHasil = read.raw.tables.hasil ?? [];
  const hasil = mergeHasil(existingHasil, periode, hasilRows(results, lang));
  writeHasil(read, existingHasil, hasil);

  replaceTable(ss, sheets, SHEET.validasi, [
    [...HEADERS.validasi],
    ...validasiRows(issues, lang),
  ]);
  // Rekap holds aggregates only (no names, no NIPs): safe to share.
  const rekap = rekapRows(results, input, lang);
  const rekapSheet = replaceTable(ss, sheets, SHEET.rekap, rekap);

  // User and time are asked for only when there is something to log (service calls cost).
  let stamp: {waktu: string; pengguna: string} | null = null;
  const stampOf = () =>
    (stamp ??= {
      waktu: logTime(now, ss.getSpreadsheetTimeZone()),
      // Without the userinfo.email scope (not in the manifest) Apps Script tells no address:
      // the row then says the recompute logged it, rather than naming nobody.
      pengguna: effectiveUserEmail() || t(lang, 'workflow.audit.byRecompute'),
    });
  appendOverrideLog(
    read,
    overrideLogRows(input, results, read.raw.tables.logPerubahan, stampOf),
  );

  const props = PropertiesService.getDocumentProperties();
  keepRekapChart(rekapSheet, rekap, periode, props);
  props.setProperty(lastComputedKey(periode), now.toISOString());
  props.deleteProperty(PROP_STALE);
  // What the custom functions need from Pengaturan, so that they read only Hasil.
  saveSettingsProperty(input.settings.periodeAktif, lang, props);
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

/**
 * Writes Hasil. With the header unchanged (the usual case) only the data rows are written, and
 * their Predikat colours go on the same range: one getRange, setValues and setBackgrounds, plus
 * one call pair for the NIP text format. The other cells of those rows lose any background: rows
 * move between recomputes, so a highlight would land on someone else.
 */
function writeHasil(
  read: WorkbookRead,
  existing: unknown[][],
  hasil: unknown[][],
): void {
  const {sheet, created} = sheetOrCreate(read.ss, read.sheets, SHEET.hasil);
  const known = created ? NEW_SHEET_SIZE : sizeOf(existing);
  const header = hasil[0] ?? [];
  const columns = headerColumns(header);
  const textColumns = [
    columns[normalizeHeader('NIP')],
    columns[normalizeHeader('NIP Atasan')],
  ].filter((c): c is number => !!c);
  const joinable = (c: number) =>
    HASIL_TEXT_HEADERS.has(normalizeHeader(header[c - 1]));
  const predikat = columns[normalizeHeader('Predikat')];
  const width = hasil.reduce((w, r) => Math.max(w, r.length), 0);
  const sameHeader =
    existing.length > 0 &&
    header.length === (existing[0] ?? []).length &&
    header.every((h, i) => cellText(h) === cellText(existing[0][i]));
  const colour = (row: unknown[]) =>
    predikat ? (PREDIKAT_COLOURS[cellText(row[predikat - 1])] ?? null) : null;
  if (sameHeader) {
    const data = hasil.slice(1);
    writeTable(sheet, data, {
      startRow: 2,
      previousRows: existing.length,
      textColumns,
      joinable,
      known,
      backgrounds: data.map(row => {
        const line: (string | null)[] = new Array(width).fill(null);
        if (predikat) line[predikat - 1] = colour(row);
        return line;
      }),
    });
    return;
  }
  writeTable(sheet, hasil, {
    previousRows: existing.length,
    textColumns,
    joinable,
    known,
  });
  if (predikat && hasil.length > 1) {
    rangeFor(sheet, 2, predikat, hasil.length - 1, 1, {
      rows: hasil.length,
      columns: width,
    }).setBackgrounds(hasil.slice(1).map(row => [colour(row)]) as string[][]);
  }
}

/**
 * Appends the override rows to Log Perubahan under its headers, using the sheet and header row the
 * batch read already has. The last row is asked for just before writing, so an edit logged by the
 * on-edit trigger meanwhile is never overwritten. A missing or headerless log goes through
 * appendLog, which creates it.
 */
function appendOverrideLog(read: WorkbookRead, rows: unknown[][]): void {
  if (rows.length === 0) return;
  const sheet = read.sheets.get(SHEET.logPerubahan);
  const header = read.raw.tables.logPerubahan?.[0];
  if (!sheet || !header || header.every(h => cellText(h) === '')) {
    appendLog(rows);
    return;
  }
  appendLogUnder(sheet, header, rows);
}

export const PROP_REKAP_CHART = 'kinerja.rekapChart';
/** The chart's title starts so: how a copy of it is told from a chart a user added. */
const REKAP_CHART_TITLE = 'Predikat per Unit';

/**
 * Keeps one stacked column chart in Rekap: predikat counts (Sangat Baik .. Sangat Kurang) per unit,
 * the units' rows of the block (not the Total row). Inserted once; when the block's size, columns
 * or title change its ranges are updated; never a second one. What was last drawn is remembered
 * in a document property, so an unchanged block costs one getCharts().
 */
function keepRekapChart(
  sheet: Sheet,
  rekap: unknown[][],
  periode: string,
  props: GoogleAppsScript.Properties.Properties,
): void {
  const header = rekap[0] ?? [];
  const columns = headerColumns(header);
  const nameColumn = columns[normalizeHeader('Nama Unit')];
  const predikatColumns = [
    'Sangat Baik',
    'Baik',
    'Butuh Perbaikan',
    'Kurang/Misconduct',
    'Sangat Kurang',
  ].map(h => columns[normalizeHeader(h)]);
  const units = rekap.length - 2; // header and Total rows are not units
  if (!nameColumn || predikatColumns.some(c => !c) || units < 1) return;
  const first = Math.min(...predikatColumns);
  const last = Math.max(...predikatColumns);
  if (last - first !== predikatColumns.length - 1) return;
  const title = `${REKAP_CHART_TITLE} ${periode}`;
  const signature = JSON.stringify([units + 1, nameColumn, first, last, title]);

  const charts = sheet.getCharts();
  if (charts.length === 1 && props.getProperty(PROP_REKAP_CHART) === signature)
    return;
  // Ours is the first chart whose title is ours; further copies of it go, charts a user added
  // stay. Looking at titles costs calls only when the chart has to change anyway.
  const isOurs = (chart: GoogleAppsScript.Spreadsheet.EmbeddedChart) =>
    String(chart.getOptions().get('title') ?? '').startsWith(REKAP_CHART_TITLE);
  let ours: GoogleAppsScript.Spreadsheet.EmbeddedChart | null = null;
  for (const chart of charts.filter(isOurs)) {
    if (ours) sheet.removeChart(chart);
    else ours = chart;
  }
  const known = {rows: rekap.length, columns: header.length};
  const names = rangeFor(sheet, 1, nameColumn, units + 1, 1, known);
  const counts = rangeFor(sheet, 1, first, units + 1, last - first + 1, known);
  if (ours) {
    const chart = ours
      .modify()
      .clearRanges()
      .addRange(names)
      .addRange(counts)
      .setOption('title', title)
      .build();
    sheet.updateChart(chart);
  } else {
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.COLUMN)
      .addRange(names)
      .addRange(counts)
      .setPosition(1, header.length + 2, 0, 0)
      .setOption('title', title)
      .setOption('isStacked', true)
      .build();
    sheet.insertChart(chart);
  }
  props.setProperty(PROP_REKAP_CHART, signature);
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
    // The active period's tabs (and those feeding it) are inputs as well.
    const read = readWorkbook({tables: INPUT_TABLES, periode: 'active'});
    const periode = read.periode ?? '';
    const {input, issues} = evaluatePeriod(read.raw, periode, new Date());
    const lang = input.settings.bahasa;
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
