// The official documents as PDF (DOMAIN.md §10): built from an HTML template and converted with
// Utilities.newBlob(html, 'text/html').getAs('application/pdf'), which needs no extra scope
// (https://developers.google.com/apps-script/reference/base/blob#getAs(String)); a unit's bundle is
// one Utilities.zip. Results travel to the sidebar and the CLI as base64 (google.script.run carries
// strings, not blobs).
import {appraiseEmployee} from '../core/appraise/employee';
import {t} from '../core/i18n';
import {buildDocument, documentFileName} from '../core/dokumen/model';
import {renderDocument} from '../core/dokumen/html';
import {normalizeNip} from '../core/nip';
import {parsePeriod} from '../core/period';
import type {Lang} from '../core/types';
import {normalizeHeader} from '../sheets/schema';
import {cellText} from '../core/cell-text';
import {indexOf, prepareBase} from './feedback/prepare';

type Blob = GoogleAppsScript.Base.Blob;

export type DokumenJenis = 'evaluasi' | 'skp';

/** One file for the browser or the CLI. */
export interface DokumenFile {
  ok: boolean;
  message: string;
  name: string;
  mimeType: string;
  base64: string;
  /** Documents inside (1 for a PDF). */
  count: number;
  /** A unit's bundle comes in parts of at most PER_EXECUTION documents: this part (0-based) and how many. */
  part: number;
  parts: number;
}

/**
 * Documents one execution may convert: under the cost model's pessimistic 4 s a conversion
 * (src/local/emulator/cost.ts) 60 take 240 s, leaving room for the reads in the 6-minute limit.
 */
export const PER_EXECUTION = 60;

/**
 * The one place a role check goes: HR only (SHEETS.md Roles). Null = allowed. Main has no role
 * helper yet; the roles work wires its HR check here.
 */
function refusal(lang: Lang): string | null {
  void lang;
  return null;
}

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

/** Optional Pengaturan key `Tempat` (where documents are signed); blank = a dotted line. */
function tempatOf(pengaturan: unknown[][] | undefined): string {
  const row = (pengaturan ?? []).find(r => normalizeHeader(r[0]) === 'tempat');
  return row ? cellText(row[1]) : '';
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
  const denied = refusal(lang);
  if (denied) return {blobs: [], lang, error: denied};
  if (!period) {
    return {
      blobs: [],
      lang,
      error: t(lang, 'dokumen.badPeriod', {period: periodText}),
    };
  }
  const wanted = nips ?? prepared.roster.map(e => e.nip);
  const index = indexOf(prepared, wanted);
  const options = {
    lang,
    tanggal: today(prepared.ss),
    tempat: tempatOf(prepared.pengaturan),
  };
  const blobs: Blob[] = [];
  for (const nip of wanted) {
    const employee = index.employees.get(nip);
    if (!employee || !employee.aktif) continue;
    const result = appraiseEmployee(index, employee, period).result;
    const doc = buildDocument(jenis, index, result, period, options);
    const name = documentFileName(doc);
    blobs.push(
      Utilities.newBlob(renderDocument(doc), 'text/html', name)
        .getAs('application/pdf')
        .setName(name),
    );
  }
  return {blobs, lang, error: ''};
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
