// The official documents as PDF (DOMAIN.md §10): built from an HTML template and converted with
// Utilities.newBlob(html, 'text/html').getAs('application/pdf'), which needs no extra scope
// (https://developers.google.com/apps-script/reference/base/blob#getAs(String)); a unit's bundle is
// one Utilities.zip. Results travel to the sidebar and the CLI as base64 (google.script.run carries
// strings, not blobs).
import type {DokumenFile} from '../core/api';
import {appraiseEmployee} from '../core/appraise/employee';
import {t} from '../core/i18n';
import {buildDocument, documentFileName} from '../core/dokumen/model';
import {renderDocument} from '../core/dokumen/html';
import {normalizeNip} from '../core/nip';
import {parsePeriod} from '../core/period';
import type {Lang} from '../core/types';
import {normalizeHeader} from '../sheets/schema';
import {cellText} from '../core/cell-text';
import {type Prepared, indexOf, prepareBase} from './feedback/prepare';

type Blob = GoogleAppsScript.Base.Blob;

export type DokumenJenis = 'evaluasi' | 'skp';

/**
 * Documents one execution may convert: under the cost model's pessimistic 4 s a conversion
 * (src/local/emulator/cost.ts) 60 take 240 s, leaving room for the reads in the 6-minute limit.
 */
export const PER_EXECUTION = 60;

function fail(message: string): DokumenFile {
  return {
    ok: false,
    message,
    name: '',
    mimeType: '',
    base64: '',
    count: 0,
    part: 0,
    parts: 0,
  };
}

/**
 * A Pengaturan value by key, from the table already read: `Tempat` (optional: where documents are
 * signed; blank = a dotted line) and `Lampirkan Dokumen`.
 */
function settingText(pengaturan: unknown[][] | undefined, key: string): string {
  const [head = [], ...rows] = pengaturan ?? [];
  const k = head.findIndex(h => normalizeHeader(h) === 'kunci');
  const v = head.findIndex(h => normalizeHeader(h) === 'nilai');
  if (k < 0 || v < 0) return '';
  const row = rows.find(r => normalizeHeader(r[k]) === normalizeHeader(key));
  return row ? cellText(row[v]) : '';
}

/** Today in the spreadsheet's time zone. */
function today(ss: GoogleAppsScript.Spreadsheet.Spreadsheet) {
  const [year, month, day] = Utilities.formatDate(
    new Date(),
    ss.getSpreadsheetTimeZone(),
    'yyyy-MM-dd',
  )
    .split('-')
    .map(Number);
  return {year, month, day};
}

/** The PDFs of `nips` (in that order; unknown or inactive ones left out). */
export function documentBlobs(
  periodText: string,
  jenis: DokumenJenis,
  nips: readonly string[] | null,
): {blobs: Blob[]; lang: Lang; error: string} {
  const asked = parsePeriod(periodText);
  const period =
    asked && jenis === 'skp' ? parsePeriod(String(asked.year)) : asked;
  const prepared = prepareBase(period ? period.code : String(periodText));
  const lang = prepared.lang;
  if (!period) {
    return {
      blobs: [],
      lang,
      error: t(lang, 'dokumen.badPeriod', {period: periodText}),
    };
  }
  const wanted = nips ?? prepared.roster.map(e => e.nip);
  return {
    blobs: [...blobsOf(prepared, jenis, wanted).values()],
    lang,
    error: '',
  };
}

/** The PDFs of `nips` for the prepared period (an SKP: prepared for its year), by NIP. */
export function blobsOf(
  prepared: Prepared,
  jenis: DokumenJenis,
  nips: readonly string[],
): Map<string, Blob> {
  const period = parsePeriod(prepared.period);
  const out = new Map<string, Blob>();
  if (!period || !nips.length) return out;
  const index = indexOf(prepared, nips);
  const options = {
    lang: prepared.lang,
    tanggal: today(prepared.ss),
    tempat: settingText(prepared.pengaturan, 'Tempat'),
  };
  for (const nip of nips) {
    const employee = index.employees.get(nip);
    if (!employee || !employee.aktif || out.has(nip)) continue;
    const result = appraiseEmployee(index, employee, period).result;
    const doc = buildDocument(jenis, index, result, period, options);
    const name = documentFileName(doc);
    out.set(
      nip,
      Utilities.newBlob(renderDocument(doc), 'text/html', name)
        .getAs('application/pdf')
        .setName(name),
    );
  }
  return out;
}

/** Pengaturan `Lampirkan Dokumen` = Ya: the feedback email carries the evaluation PDF. */
export function attachDocuments(prepared: Prepared): boolean {
  return /^ya$/i.test(settingText(prepared.pengaturan, 'Lampirkan Dokumen'));
}

function jenisOf(value: unknown): DokumenJenis {
  return String(value ?? '').toLowerCase() === 'skp' ? 'skp' : 'evaluasi';
}

function fileOf(blob: Blob, count: number, lang: Lang): DokumenFile {
  return {
    ok: true,
    message: t(lang, 'dokumen.done', {count}),
    name: blob.getName() ?? '',
    mimeType: blob.getContentType() ?? '',
    base64: Utilities.base64Encode(blob.getBytes()),
    count,
    part: 0,
    parts: 1,
  };
}

/** One employee's PDF. */
export function employeeDocument(
  period: string,
  nip: string,
  jenis: unknown,
): DokumenFile {
  const wanted = normalizeNip(String(nip ?? ''));
  const {blobs, lang, error} = documentBlobs(period, jenisOf(jenis), [wanted]);
  if (error) return fail(error);
  if (!blobs.length) return fail(t(lang, 'dokumen.unknownNip', {nip: wanted}));
  return fileOf(blobs[0], 1, lang);
}

/** Part `part` of a unit's ZIP (PER_EXECUTION documents a part), one PDF per employee. */
export function unitDocuments(
  period: string,
  kodeUnit: string,
  jenis: unknown,
  part: number,
): DokumenFile {
  const prepared = prepareBase(String(period));
  const unit = String(kodeUnit ?? '').trim();
  const members = prepared.roster
    .filter(e => e.kodeUnit === unit)
    .map(e => e.nip);
  const lang = prepared.lang;
  if (!members.length) return fail(t(lang, 'dokumen.unknownUnit', {unit}));
  const parts = Math.ceil(members.length / PER_EXECUTION);
  const at = Math.min(Math.max(0, Math.floor(Number(part) || 0)), parts - 1);
  const slice = members.slice(at * PER_EXECUTION, (at + 1) * PER_EXECUTION);
  const {blobs, error} = documentBlobs(period, jenisOf(jenis), slice);
  if (error) return fail(error);
  const suffix = parts > 1 ? ` (${at + 1}-${parts})` : '';
  const zip = Utilities.zip(
    blobs,
    `Dokumen ${jenisOf(jenis) === 'skp' ? 'SKP' : 'Evaluasi'} ${period} ${unit}${suffix}.zip`,
  );
  return {...fileOf(zip, blobs.length, lang), part: at, parts};
}

/** For the CLI: the PDFs of `nips` (every active employee when empty), each as base64. */
export function documentBatch(
  period: string,
  jenis: unknown,
  nips: string[],
): {ok: boolean; message: string; files: {name: string; base64: string}[]} {
  const wanted = (nips ?? []).map(n => normalizeNip(String(n)));
  const {blobs, lang, error} = documentBlobs(
    period,
    jenisOf(jenis),
    wanted.length ? wanted : null,
  );
  if (error) return {ok: false, message: error, files: []};
  return {
    ok: true,
    message: t(lang, 'dokumen.done', {count: blobs.length}),
    files: blobs.map(b => ({
      name: b.getName() ?? '',
      base64: Utilities.base64Encode(b.getBytes()),
    })),
  };
}
