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
import {HEADERS, SHEET} from '../sheets/schema';
import {cellText} from '../core/cell-text';
import {refreshHasilCachePeriod, saveSettingsProperty} from './hasil-cache';
import {
  PROP_STALE,
  appendLog,
  appendLogUnder,
  lastComputedKey,
  logTime,
} from './audit';
import {overrideLogRows} from '../sheets/log-perubahan';
import {effectiveUserEmail} from './identity';
import {evaluateAppeals} from './keberatan';
import {OutputGrids, issueCounts, replaceTable} from './output-sheets';
import {keepRekapChart} from './rekap-chart';
import {
  readHasilBlock,
  readHasilWhole,
  writeHasil,
  writeHasilBlock,
} from './hasil-write';
import {checkInputCells} from './cell-checks';
import {interfaceLang} from './settings';
import {recomputeIkm} from './ikm-sheet';
import {type WorkbookRead, readWorkbook, withDocumentLock} from './workbook';

function emptyResult(ok: boolean, message: string): RecomputeResult {
  return {ok, message, employees: 0, complete: 0, errors: 0, warnings: 0};
}

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
      'logPerubahan',
      'keberatan',
    ],
    period,
  });
  if (!read.raw.tables.pegawai) {
    return emptyResult(
      false,
      t(fallbackLang(), 'workflow.notReady', {sheet: SHEET.pegawai}),
    );
  }
  // The IKM sheet from the SKM answers first: an indicator with Satuan IKM takes its value.
  const ikm = recomputeIkm({
    ss: read.ss,
    sheets: read.sheets,
    pengaturan: read.raw.tables.pengaturan,
  });
  if (ikm) read.raw.tables.ikm = ikm;
  // Dates typed as realisasi shown as typed; merged cells are Periksa Data's (call budget).
  const cells = checkInputCells(read.sheets, read.raw, false);
  const {input, results, issues} = evaluatePeriod(read.raw, period, now);
  issues.push(...cells);
  const lang = input.settings.bahasa;
  // Decided appeals replace the predikat before Hasil and Rekap are written (src/gas/keberatan.ts).
  const appeals = evaluateAppeals(read, period, input, results, lang);
  issues.push(...appeals.issues);
  const {ss, sheets} = read;
  const props = PropertiesService.getDocumentProperties();
  // Each output grid sized to what it holds (the 10 million cells count every grid).
  const grids = new OutputGrids(props);

  // Hasil: that period's rows replaced, every other period kept: its block only when it can.
  const newRows = hasilRows(results, lang);
  const hasilSheet = sheets.get(SHEET.hasil);
  const block = hasilSheet ? readHasilBlock(hasilSheet, period) : null;
  if (!block || !writeHasilBlock(hasilSheet!, block, period, newRows, grids)) {
    const existing = readHasilWhole(hasilSheet);
    writeHasil(read, existing, mergeHasil(existing, period, newRows), grids);
  }

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
  appendOverrideLog(read, [
    ...overrideLogRows(
      input,
      results,
      read.raw.tables.logPerubahan,
      stampOf,
      lang,
    ),
    ...appeals.logRows(stampOf),
  ]);
  // After their log rows: an appeal's decision is emailed at most once.
  appeals.send();

  keepRekapChart(rekapSheet, rekap, period, props);
  props.setProperty(lastComputedKey(period), now.toISOString());
  props.deleteProperty(PROP_STALE);
  // What the custom functions need from Pengaturan, so that they read only Hasil.
  saveSettingsProperty(input.settings.periodeAktif, lang, props);
  // The cached index behind ASN_SCORE: this period's shards replaced, the others kept.
  refreshHasilCachePeriod(period, [[...HEADERS.hasil], ...newRows]);

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
