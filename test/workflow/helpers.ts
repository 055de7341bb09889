// Shared fixtures of the workflow tests: the built bundle in the emulator, and a small realistic
// workbook (one unit, two supervisors, two indicators) typed through the emulator's services.
import * as path from 'path';
import {createEmulator, type Emulator} from '../../src/local/emulator';
import {loadBundle, type BundleContext} from '../../src/local/loader';

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

export function harness(now: Date = NOW): Harness {
  const emulator = createEmulator({now: () => now});
  const ctx = loadBundle(emulator, CODE_FILE);
  return {emulator, ctx};
}

/** A new execution of the same bundle (own lock identity), as a second user's call would be. */
export function secondExecution(emulator: Emulator): BundleContext {
  return loadBundle(emulator, CODE_FILE);
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function sheet(emulator: Emulator, name: string): Sheet {
  const app = emulator.globals
    .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const found = app.getActiveSpreadsheet().getSheetByName(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

export function values(emulator: Emulator, name: string): unknown[][] {
  return sheet(emulator, name).getDataRange().getValues();
}

/** Appends rows below a sheet's last row (as HR typing them). */
export function appendRows(
  emulator: Emulator,
  name: string,
  rows: unknown[][],
): void {
  const s = sheet(emulator, name);
  const last = s.getLastRow();
  if (last + rows.length > s.getMaxRows()) {
    s.insertRowsAfter(s.getMaxRows(), last + rows.length - s.getMaxRows());
  }
  s.getRange(last + 1, 1, rows.length, rows[0].length).setValues(rows);
}

/** Sets the Nilai of a Pengaturan key. */
export function setSetting(
  emulator: Emulator,
  key: string,
  value: unknown,
): void {
  const s = sheet(emulator, 'Pengaturan');
  const rows = s.getDataRange().getValues();
  const r = rows.findIndex(row => row[0] === key);
  if (r < 0) throw new Error(`no setting ${key}`);
  s.getRange(r + 1, 2).setValue(value);
}

export interface FixtureOptions {
  /** Extra employees under the second supervisor (for scaling tests). */
  extra?: number;
}

/** NIP of the i-th extra employee: a valid, unique PNS NIP (born 1993, unlike the fixed ones; TMT 2015-01). */
export function extraNip(i: number): string {
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
  appendRows(emulator, 'Unit', [['U01', 'Bagian Umum', '', KEPALA.nip, '']]);
  const pegawai: unknown[][] = [
    [
      KEPALA.nip,
      KEPALA.nama,
      'Kepala Bagian',
      'U01',
      '',
      KEPALA.email,
      'PNS',
      'Ya',
    ],
    [
      S2.nip,
      S2.nama,
      'Kepala Subbagian',
      'U01',
      KEPALA.nip,
      S2.email,
      'PNS',
      'Ya',
    ],
    [
      ANI,
      'Ani Lestari',
      'Analis',
      'U01',
      KEPALA.nip,
      'ani@example.go.id',
      'PNS',
      'Ya',
    ],
    [
      DEDI,
      'Dedi Kurniawan',
      'Pengelola',
      'U01',
      KEPALA.nip,
      'dedi@example.go.id',
      'PNS',
      'Ya',
    ],
    [
      EKA,
      'Eka Putri',
      'Pranata',
      'U01',
      S2.nip,
      'eka@example.go.id',
      'PNS',
      'Ya',
    ],
  ];
  for (let i = 0; i < (options.extra ?? 0); i++) {
    // A leading apostrophe keeps the NIP text in rows beyond the ones setup formatted.
    pegawai.push([
      `'${extraNip(i)}`,
      `Zaki ${String(i).padStart(5, '0')}`,
      'Staf',
      'U01',
      `'${S2.nip}`,
      `z${i}@example.go.id`,
      'PNS',
      'Ya',
    ]);
  }
  appendRows(emulator, 'Pegawai', pegawai);
  appendRows(emulator, 'Indikator', [
    [
      'I1',
      'U01',
      'Layanan surat',
      'Surat selesai',
      'dokumen',
      'Naik',
      'Utama',
      'Jumlah',
      40,
      10,
      10,
      10,
      10,
      '',
    ],
    [
      'I2',
      'U01',
      'Layanan izin',
      'Hari proses izin',
      'hari',
      'Turun',
      'Utama',
      'Rata-rata',
      8,
      8,
      8,
      8,
      8,
      '',
    ],
  ]);
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
