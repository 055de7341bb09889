// The built bundle in the emulator with a small realistic workbook, recomputed through the
// bundle's own apiRecompute; an .eml parser; and a crash injector that kills an execution at
// the k-th call that touches the world (sheet write, flush, mail, property).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  createEmulator,
  type Emulator,
  Workbook,
} from '../../src/local/emulator';
import {loadBundle, type BundleContext} from '../../src/local/loader';
import {intercept} from '../../src/local/service-meter';
import {BERAKHLAK} from '../../src/core/berakhlak';
import type {SendStatus} from '../../src/core/api';
import {HEADERS} from '../../src/sheets/schema';
import {sheetName} from '../support/workbook';
import {
  appendRows,
  employeeRow,
  setSetting,
  smallIndicators,
  unitRow,
} from '../support/workbook';

const repo = path.join(__dirname, '../..');
export const CODE_FILE = path.join(repo, 'dist/Code.js');

export const HR = 'hr@example.go.id';
export const PERIODE = '2026-TW1';
export const KEPALA = {
  nip: '198001012005011001',
  email: 'kepala@example.go.id',
};

export interface Person {
  nip: string;
  nama: string;
  email: string;
  /** Realisasi of I1 (target 10) and I2 (Turun, target 8); '' leaves the appraisal incomplete. */
  realisasi: [unknown, unknown];
  rating: string;
  umpanBalik?: string;
}

const DI_ATAS = 'Di Atas Ekspektasi';
const SESUAI = 'Sesuai Ekspektasi';

/** NIP of the i-th generated employee (born 1990-01-01, TMT 2015-01, gender 1, sequence i). */
export function nipOf(i: number): string {
  // Past 999 the TMT month moves on (2015-02, 2015-03, ...): NIPs stay 18 digits and distinct.
  const month = String(1 + Math.floor(i / 1000)).padStart(2, '0');
  return `199001012015${month}1${String(i % 1000).padStart(3, '0')}`;
}

/**
 * Eligible people (complete, valid address), one with an invalid address, one incomplete.
 * `count` eligible employees in total (at least 2).
 */
export function people(count = 4): Person[] {
  const list: Person[] = [
    {
      nip: nipOf(1),
      nama: '<script>alert(1)</script> Ani',
      email: 'ani@example.go.id',
      realisasi: [12, 6],
      rating: DI_ATAS,
      umpanBalik: 'Sangat baik.\n=HYPERLINK("http://x")',
    },
    {
      nip: nipOf(2),
      nama: 'Dedi Kurniawan',
      email: 'dedi@example.go.id',
      realisasi: [10, 8],
      rating: SESUAI,
    },
  ];
  for (let i = 3, k = 3; i <= count; i++, k++) {
    // 900 and 901 are the invalid address and the incomplete appraisal below.
    if (k === 900) k = 902;
    list.push({
      nip: nipOf(k),
      nama: `Pegawai ${i}`,
      email: `p${i}@example.go.id`,
      realisasi: [10, 8],
      rating: SESUAI,
    });
  }
  list.push({
    nip: nipOf(900),
    nama: 'Salah Alamat',
    email: 'salah alamat@example',
    realisasi: [10, 8],
    rating: SESUAI,
  });
  list.push({
    nip: nipOf(901),
    nama: 'Belum Dinilai',
    email: 'belum@example.go.id',
    realisasi: ['', ''],
    rating: '',
  });
  return list;
}

export interface Harness {
  emulator: Emulator;
  ctx: BundleContext;
  outbox: string;
  clock: {now: Date};
}

export function sheetValues(emulator: Emulator, name: string): unknown[][] {
  const app = emulator.globals
    .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  // A tab handle `Penilaian <period> <NIP>` stands for the tab of that identity.
  const found = app
    .getActiveSpreadsheet()
    .getSheetByName(sheetName(emulator, name));
  return found ? found.getDataRange().getValues() : [];
}

export interface HarnessOptions {
  mailQuota?: number;
  count?: number;
  workbook?: Workbook;
  tembusan?: boolean;
}

export function newHarness(options: HarnessOptions = {}): Harness {
  const clock = {now: new Date('2026-04-10T02:00:00Z')};
  const outbox = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-outbox-'));
  const emulator = createEmulator({
    now: () => clock.now,
    outboxDir: outbox,
    mailQuota: options.mailQuota ?? 100,
    workbook: options.workbook,
  });
  const ctx = loadBundle(emulator, CODE_FILE);
  return {emulator, ctx, outbox, clock};
}

/** Sets up the sheets, types a unit, employees, two indicators and one appraisal tab, recomputes. */
export function fillWorkbook(
  h: Harness,
  options: HarnessOptions = {},
): Person[] {
  const {emulator, ctx} = h;
  const list = people(options.count ?? 4);
  ctx.apiSetupSheets();
  setSetting(emulator, 'Periode Aktif', PERIODE);
  setSetting(emulator, 'Nama Instansi', 'Dinas Contoh & Co');
  setSetting(emulator, 'Email HR', HR);
  setSetting(
    emulator,
    'Tembusan Atasan',
    options.tembusan === false ? 'Tidak' : 'Ya',
  );
  appendRows(emulator, 'Unit', [
    unitRow({kode: 'U01', nama: 'Bagian Umum', kepala: KEPALA.nip}),
  ]);
  appendRows(emulator, 'Pegawai', [
    employeeRow({
      nip: KEPALA.nip,
      nama: 'Kepala Bagian',
      jabatan: 'Kepala',
      unit: 'U01',
      email: KEPALA.email,
    }),
    ...list.map(p =>
      employeeRow({
        nip: p.nip,
        nama: p.nama,
        jabatan: 'Analis',
        unit: 'U01',
        atasan: KEPALA.nip,
        email: p.email,
      }),
    ),
  ]);
  appendRows(emulator, 'Indikator', smallIndicators('U01'));
  const header = [...HEADERS.penilaian];
  const rows: unknown[][] = [header];
  for (const p of list) {
    rows.push([
      PERIODE,
      p.nip,
      p.nama,
      'Hasil Kerja',
      'I1',
      'Surat selesai',
      'dokumen',
      10,
      p.realisasi[0],
      '',
      'https://bukti.example.go.id/a?b=1&c=2',
      '',
      '',
    ]);
    rows.push([
      PERIODE,
      p.nip,
      p.nama,
      'Hasil Kerja',
      'I2',
      'Hari proses izin',
      'hari',
      8,
      p.realisasi[1],
      '',
      '',
      '',
      '',
    ]);
    for (const [kode, aspek] of BERAKHLAK) {
      rows.push([
        PERIODE,
        p.nip,
        p.nama,
        'Perilaku',
        kode,
        aspek,
        '',
        '',
        '',
        p.rating,
        '',
        '',
        '',
      ]);
    }
    rows.push([
      PERIODE,
      p.nip,
      p.nama,
      'Ringkasan',
      'HK',
      '',
      '',
      '',
      '',
      '',
      '',
      p.umpanBalik ?? '',
      '',
    ]);
    rows.push([
      PERIODE,
      p.nip,
      p.nama,
      'Ringkasan',
      'PK',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
  }
  const app = emulator.globals
    .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const tab = app
    .getActiveSpreadsheet()
    .insertSheet(`Penilaian ${PERIODE} ${KEPALA.nip}`);
  // A new sheet has 1,000 rows: a larger roster needs more before the write.
  if (rows.length > tab.getMaxRows()) {
    tab.insertRowsAfter(tab.getMaxRows(), rows.length - tab.getMaxRows());
  }
  tab.getRange(1, 1, rows.length, header.length).setNumberFormat('@');
  tab
    .getRange(1, 1, rows.length, header.length)
    .setValues(
      rows.map(r => r.map(v => (typeof v === 'number' ? String(v) : v))),
    );
  const result = ctx.apiRecompute(PERIODE);
  if (!result.ok) throw new Error(`recompute failed: ${result.message}`);
  emulator.endExecution(ctx);
  return list;
}

/** Deep copy of a workbook model (prototypes, Maps and Dates kept) to start each run afresh. */
export function cloneWorkbook(workbook: Workbook): Workbook {
  const seen = new Map<unknown, unknown>();
  const copy = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    if (seen.has(value)) return seen.get(value);
    if (value instanceof Date) return new Date(value.getTime());
    if (value instanceof Map) {
      const out = new Map();
      seen.set(value, out);
      for (const [k, v] of value) out.set(copy(k), copy(v));
      return out;
    }
    if (value instanceof Set) {
      const out = new Set();
      seen.set(value, out);
      for (const v of value) out.add(copy(v));
      return out;
    }
    if (Array.isArray(value)) {
      const out: unknown[] = new Array(value.length);
      seen.set(value, out);
      value.forEach((v, i) => (out[i] = copy(v)));
      return out;
    }
    const out = Object.create(Object.getPrototypeOf(value));
    seen.set(value, out);
    for (const key of Object.keys(value)) {
      out[key] = copy((value as Record<string, unknown>)[key]);
    }
    return out;
  };
  return copy(workbook) as Workbook;
}

// ---------------------------------------------------------------------------------------------
// .eml parsing

export interface ParsedEml {
  headers: Record<string, string>;
  contentType: string;
  text: string;
  html: string;
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?B\?([^?]*)\?=/gi, (_m, b64: string) =>
      Buffer.from(b64, 'base64').toString('utf8'),
    );
}

function splitHead(raw: string): {
  headers: Record<string, string>;
  body: string;
} {
  const at = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, at).replace(/\r\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  return {headers, body: raw.slice(at + 4)};
}

export function parseEml(raw: string): ParsedEml {
  const {headers, body} = splitHead(raw);
  for (const key of Object.keys(headers))
    headers[key] = decodeWords(headers[key]);
  const contentType = headers['content-type'] ?? '';
  const out: ParsedEml = {headers, contentType, text: '', html: ''};
  const boundary = /boundary="([^"]+)"/.exec(contentType)?.[1];
  const parts = boundary
    ? body.split(`--${boundary}`).slice(1, -1)
    : [raw.slice(raw.indexOf('\r\n\r\n') - 0)];
  for (const part of parts) {
    const p = boundary ? splitHead(part.replace(/^\r\n/, '')) : {headers, body};
    const decoded = /base64/i.test(p.headers['content-transfer-encoding'] ?? '')
      ? Buffer.from(p.body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : p.body;
    if (/text\/html/i.test(p.headers['content-type'] ?? '')) out.html = decoded;
    else out.text = decoded;
  }
  return out;
}

export function outboxMails(dir: string): ParsedEml[] {
  return fs
    .readdirSync(dir)
    .filter(f => f.endsWith('.eml'))
    .sort()
    .map(f => parseEml(fs.readFileSync(path.join(dir, f), 'utf8')));
}

// ---------------------------------------------------------------------------------------------
// Crash injection

/** Calls that change the world; the injector kills the execution at the k-th of them. */
const WORLD_CALLS = new Set([
  'Range.setValues',
  'Range.setNumberFormat',
  'Range.clearContent',
  'SpreadsheetApp.flush',
  'MailApp.sendEmail',
  'Properties.setProperty',
]);

export class Killed extends Error {
  constructor(public at: string) {
    super(`killed at ${at}`);
  }
}

export interface Injector {
  /** World calls seen so far. */
  seen: string[];
  dead: boolean;
}

/**
 * Replaces the Apps Script globals of ctx with proxies. At the k-th world call (1-based) the
 * execution dies: that call throws (or, for sendEmail with `after`, the email leaves and then it
 * dies), and every later service call of this execution throws too — nothing after the kill point
 * touches the world, as when Apps Script stops an execution.
 */
export function injectCrash(
  ctx: BundleContext,
  k: number,
  after = false,
): Injector {
  const state: Injector = {seen: [], dead: false};
  const around = (name: string, call: () => unknown): unknown => {
    if (state.dead) throw new Killed(name);
    if (WORLD_CALLS.has(name)) {
      state.seen.push(name);
      if (state.seen.length === k) {
        state.dead = true;
        if (after) call();
        throw new Killed(name);
      }
    }
    return call();
  };
  for (const name of [
    'SpreadsheetApp',
    'MailApp',
    'PropertiesService',
    'LockService',
    'Utilities',
    'Session',
  ]) {
    ctx[name] = intercept(ctx[name], around);
  }
  return state;
}

/** Runs the job to its end through the sidebar API, as the sidebar and hourly trigger would. */
export function drive(
  ctx: BundleContext,
  first: () => SendStatus,
  limit = 50,
): SendStatus {
  let status = first();
  for (
    let i = 0;
    i < limit && (status.state === 'running' || status.state === 'error');
    i++
  ) {
    status = ctx.apiContinueSend();
  }
  return status;
}
