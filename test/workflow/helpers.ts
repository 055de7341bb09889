// Shared fixtures of the workflow tests: the built bundle in the emulator, and a small realistic
// workbook (one unit, two supervisors, two indicators) typed through the emulator's services.
import * as path from 'path';
import {
  createEmulator,
  type Emulator,
  type EmulatorOptions,
} from '../../src/local/emulator';
import {loadBundle, type BundleContext} from '../../src/local/loader';
import {
  appendRows,
  employeeRow,
  setSetting,
  sheet,
  smallIndicators,
  unitRow,
  values,
} from '../support/workbook';

const repo = path.join(__dirname, '../..');
/** D1_CODE_FILE lets a developer point at another build; by default the real build is used. */
export const CODE_FILE =
  process.env.D1_CODE_FILE ?? path.join(repo, 'dist/Code.js');

export const HR = 'hr@example.go.id';
export const KEPALA = {
  nip: '198001012005011001',
  nama: 'Budi Santoso',
  email: 'budi@example.go.id',
};
export const S2 = {
  nip: '198504042010011004',
  nama: 'Rina Wati',
  email: 'rina@example.go.id',
};
export const ANI = '199002022015012002';
export const DEDI = '199103032016011003';
export const EKA = '199205052017012005';

export const NOW = new Date('2026-02-10T03:00:00Z');

export interface Harness {
  emulator: Emulator;
  ctx: BundleContext;
}

export function harness(
  now: Date = NOW,
  options: Omit<EmulatorOptions, 'now'> = {},
): Harness {
  // One context serves the whole test (not one execution per call): a clock moving by the
  // estimated time would sum every call's cost, so it stands still unless a test asks for it.
  const emulator = createEmulator({
    now: () => now,
    advanceClock: false,
    ...options,
  });
  const ctx = loadBundle(emulator, CODE_FILE);
  return {emulator, ctx};
}

/** A new execution of the same bundle (own lock identity), as a second user's call would be. */
export function secondExecution(emulator: Emulator): BundleContext {
  return loadBundle(emulator, CODE_FILE);
}

export interface FixtureOptions {
  /** Extra employees under the second supervisor (for scaling tests). */
  extra?: number;
}

/** NIP of the i-th extra employee: a valid, unique PNS NIP (born 1993, unlike the fixed ones; TMT 2015-01). */
function extraNip(i: number): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  const day = 1 + (i % 28);
  const month = 1 + (Math.floor(i / 28) % 12);
  const sequence = Math.floor(i / 336) % 1000;
  return `1993${pad(month, 2)}${pad(day, 2)}201501${1 + (i % 2)}${pad(sequence, 3)}`;
}

/**
 * The small workbook: unit U01 headed by Budi; Ani and Dedi report to Budi, Eka to Rina.
 * Indicators: I1 (Naik, Jumlah, TW1 target 10) and I2 (Turun, Rata-rata, TW1 target 8).
 */
export function fillFixture(h: Harness, options: FixtureOptions = {}): void {
  const {emulator, ctx} = h;
  ctx.apiSetupSheets();
  setSetting(emulator, 'Periode Aktif', '2026-TW1');
  setSetting(emulator, 'Nama Instansi', 'Dinas Contoh');
  appendRows(emulator, 'Unit', [
    unitRow({kode: 'U01', nama: 'Bagian Umum', kepala: KEPALA.nip}),
  ]);
  const pegawai = [
    employeeRow({
      ...KEPALA,
      jabatan: 'Kepala Bagian',
      unit: 'U01',
    }),
    employeeRow({
      ...S2,
      jabatan: 'Kepala Subbagian',
      unit: 'U01',
      atasan: KEPALA.nip,
    }),
    ...[
      [ANI, 'Ani Lestari', 'Analis', KEPALA.nip, 'ani'],
      [DEDI, 'Dedi Kurniawan', 'Pengelola', KEPALA.nip, 'dedi'],
      [EKA, 'Eka Putri', 'Pranata', S2.nip, 'eka'],
    ].map(([nip, nama, jabatan, atasan, mailbox]) =>
      employeeRow({
        nip,
        nama,
        jabatan,
        unit: 'U01',
        atasan,
        email: `${mailbox}@example.go.id`,
      }),
    ),
  ];
  for (let i = 0; i < (options.extra ?? 0); i++) {
    // A leading apostrophe keeps the NIP text in rows beyond the ones setup formatted.
    pegawai.push(
      employeeRow({
        nip: `'${extraNip(i)}`,
        nama: `Zaki ${String(i).padStart(5, '0')}`,
        jabatan: 'Staf',
        unit: 'U01',
        atasan: `'${S2.nip}`,
        email: `z${i}@example.go.id`,
      }),
    );
  }
  appendRows(emulator, 'Pegawai', pegawai);
  appendRows(emulator, 'Indikator', smallIndicators('U01'));
}

/** Row of a tab whose NIP, Jenis and Kode match (1-based sheet row), or -1. */
export function findRow(
  tab: unknown[][],
  nip: string,
  jenis: string,
  kode: string,
): number {
  const header = tab[0].map(String);
  const [n, j, k] = ['NIP', 'Jenis', 'Kode'].map(x => header.indexOf(x));
  const i = tab.findIndex(r => r[n] === nip && r[j] === jenis && r[k] === kode);
  return i < 0 ? -1 : i + 1;
}

export function column(tab: unknown[][], header: string): number {
  return tab[0].map(String).indexOf(header) + 1;
}

export function a1(row: number, col: number): string {
  return String.fromCharCode(64 + col) + row;
}

const ASPECTS = ['BO', 'AK', 'KO', 'HA', 'LO', 'AD', 'KL'];

/**
 * Types a supervisor's inputs for one employee of the fixture (as HR, through the service): I1
 * and I2's Realisasi, one rating for every aspect, and on the Ringkasan HK row an optional
 * override (`hk` with its `alasan`) and overall feedback.
 */
export function typeInputs(
  h: Harness,
  tabName: string,
  nip: string,
  realisasi: [unknown, unknown],
  perilaku: string,
  ringkasan: {hk?: string; alasan?: string; feedback?: string} = {},
): void {
  const s = sheet(h.emulator, tabName);
  const tab = values(h.emulator, tabName);
  s.getRange(findRow(tab, nip, 'Hasil Kerja', 'I1'), 9).setValue(realisasi[0]);
  s.getRange(findRow(tab, nip, 'Hasil Kerja', 'I2'), 9).setValue(realisasi[1]);
  for (const k of ASPECTS)
    s.getRange(findRow(tab, nip, 'Perilaku', k), 10).setValue(perilaku);
  const hk = () => findRow(tab, nip, 'Ringkasan', 'HK');
  if (ringkasan.hk) s.getRange(hk(), 10).setValue(ringkasan.hk);
  if (ringkasan.feedback) s.getRange(hk(), 12).setValue(ringkasan.feedback);
  if (ringkasan.alasan) s.getRange(hk(), 13).setValue(ringkasan.alasan);
}
