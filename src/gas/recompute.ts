// "Hitung Ulang" and "Periksa Data": read everything in one batch, compute in core, write each
// output block with one setValues. Service calls are O(sheets), never O(rows): for the benchmark
// workbook (20 sheets, 15 of them read) a recompute costs at most 50 spreadsheet calls once Hasil
// holds the period (`npm run bench`, test/workflow/recompute.test.ts).

import type {RecomputeResult} from '../core/api';
import {t} from '../core/i18n';
import {normalizePeriod} from '../core/period';
import type {Lang} from '../core/types';
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
} from './audit';
import {overrideLogRows} from '../sheets/log-perubahan';
import {effectiveUserEmail} from './identity';
import {
  OutputGrids,
  issueCounts,
  replaceTable,
  sheetOrCreate,
} from './output-sheets';
import {keepRekapChart} from './rekap-chart';
import {interfaceLang} from './settings';
import {
  type WorkbookRead,
  rangeFor,
  readWorkbook,
  sizeOf,
  withDocumentLock,
  writeTable,
} from './workbook';

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

/** Hasil columns holding text: set to '@' with the NIP columns between them (one call). */
const HASIL_TEXT_HEADERS = new Set(
  ['NIP', 'Nama', 'Kode Unit', 'NIP Atasan', 'Status', 'Rekomendasi'].map(
    normalizeHeader,
  ),
);

/**
 * Recomputes a period: Hasil (that period's rows), Validasi, Rekap, the override audit.
 * `knownLang` null: the language is read from Pengaturan only if a message needs it early.
 */
export function recompute(
  periodText: string,
  knownLang: Lang | null,
): RecomputeResult {
  const fallbackLang = () => knownLang ?? interfaceLang();
  const period = normalizePeriod(periodText);
  if (!period) {
    return emptyResult(
      false,
      t(fallbackLang(), 'workflow.period.invalid', {periode: periodText}),
    );
  }
  const outcome = withDocumentLock(() => recomputeLocked(period, fallbackLang));
  return outcome.ok
    ? outcome.value
    : emptyResult(false, t(fallbackLang(), 'workflow.busy'));
}

function recomputeLocked(
  period: string,
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
    period,
    // Nama, Uraian, Satuan and Target of the tabs are not read (sheets/read-columns.ts).
    tabColumns: 'needed',
  });
  if (!read.raw.tables.pegawai) {
    return emptyResult(
      false,
      t(fallbackLang(), 'workflow.notReady', {sheet: SHEET.pegawai}),
    );
  }
  const {input, results, issues} = evaluatePeriod(read.raw, period, now);
  const lang = input.settings.bahasa;
  const {ss, sheets} = read;
  const props = PropertiesService.getDocumentProperties();
  // Each output grid sized to what it holds (the 10 million cells count every grid).
  const grids = new OutputGrids(props);

  // Hasil: that period's rows replaced, every other period kept; one setValues.
  const existingHasil = read.raw.tables.hasil ?? [];
  const hasil = mergeHasil(existingHasil, period, hasilRows(results, lang));
  writeHasil(read, existingHasil, hasil, grids);

  replaceTable(
    ss,
    sheets,
    SHEET.validasi,
    [[...HEADERS.validasi], ...validasiRows(issues, lang)],
    grids,
  );
  // Rekap holds aggregates only (no names, no NIPs): safe to share. Two columns more: the chart
  // is anchored in the second column after the table.
  const rekap = rekapRows(results, input, lang);
  const rekapSheet = replaceTable(ss, sheets, SHEET.rekap, rekap, grids, 2);
  grids.save();

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

  keepRekapChart(rekapSheet, rekap, period, props);
  props.setProperty(lastComputedKey(period), now.toISOString());
  props.deleteProperty(PROP_STALE);
  // What the custom functions need from Pengaturan, so that they read only Hasil.
  saveSettingsProperty(input.settings.periodeAktif, lang, props);
  invalidateHasilCache();

  const complete = results.filter(r => r.status === 'Lengkap').length;
  const {errors, warnings} = issueCounts(issues);
  return {
    ok: true,
    message: t(lang, 'workflow.recompute.done', {
      periode: period,
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
  grids: OutputGrids,
): void {
  const {sheet, created} = sheetOrCreate(read.ss, read.sheets, SHEET.hasil);
  // The grid: the new table's rows, and every column that holds data (users' own columns too).
  const width = hasil.reduce((w, r) => Math.max(w, r.length), 0);
  const proven = sizeOf(existing);
  const fitted = grids.fit(
    sheet,
    SHEET.hasil,
    hasil.length,
    Math.max(width, proven.columns),
    created,
  );
  // Known: the fitted grid, or (from a record someone may have changed) what the read proved and
  // the fit kept. Rows past the new end that the fit deleted need no blanking; when the grid came
  // from a record, only the sheet can tell which of them are left (asked only when Hasil shrank).
  const known = fitted.certain
    ? fitted.size
    : {
        rows: Math.min(proven.rows, fitted.size.rows),
        columns: Math.min(proven.columns, fitted.size.columns),
      };
  const previousRows =
    existing.length <= fitted.size.rows
      ? existing.length
      : Math.min(
          existing.length,
          fitted.certain ? fitted.size.rows : sheet.getMaxRows(),
        );
  const header = hasil[0] ?? [];
  const columns = headerColumns(header);
  const textColumns = [
    columns[normalizeHeader('NIP')],
    columns[normalizeHeader('NIP Atasan')],
  ].filter((c): c is number => !!c);
  const joinable = (c: number) =>
    HASIL_TEXT_HEADERS.has(normalizeHeader(header[c - 1]));
  const predikat = columns[normalizeHeader('Predikat')];
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
      previousRows,
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
    previousRows,
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
