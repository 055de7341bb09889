// The one place tests build workbook tables: rows for Pengaturan, Unit, Pegawai, Indikator,
// the Penilaian tabs and Hasil, in the contract's column order, and the helpers that type them
// into an emulator workbook as HR would. Each test's own data stays in its fixture file.
import {BERAKHLAK} from '../../src/core/berakhlak';
import type {Emulator} from '../../src/local/emulator';
import {HEADERS} from '../../src/sheets/schema';
import {legacyIdentity} from '../../src/sheets/tab-identity';
import {tabNameOf} from '../../src/local/tabs';

export type Rows = unknown[][];

/** A key/value sheet (Pengaturan, Template Email): header row, then one row per entry. */
export function settingsTable(entries: Record<string, unknown>): Rows {
  return [['Kunci', 'Nilai'], ...Object.entries(entries)];
}

/** A Unit row. */
export function unitRow(u: {
  kode: string;
  nama: string;
  induk?: string;
  kepala: string;
  ikm?: string;
}): unknown[] {
  return [u.kode, u.nama, u.induk ?? '', u.kepala, u.ikm ?? ''];
}

/** A Pegawai row; status PNS and active unless told. */
export function employeeRow(p: {
  nip: string;
  nama: string;
  jabatan: string;
  unit: string;
  atasan?: string;
  email?: string;
  status?: string;
  aktif?: string;
}): unknown[] {
  return [
    p.nip,
    p.nama,
    p.jabatan,
    p.unit,
    p.atasan ?? '',
    p.email ?? '',
    p.status ?? 'PNS',
    p.aktif ?? 'Ya',
  ];
}

/** An Indikator row; `targets` are the year's target then TW1..TW4. */
export function indicatorRow(i: {
  kode: string;
  unit: string;
  sasaran: string;
  uraian: string;
  satuan: string;
  arah: 'Naik' | 'Turun';
  jenis: 'Utama' | 'Tambahan';
  agregasi: string;
  targets: [number, number, number, number, number];
  bobot?: number | '';
}): unknown[] {
  return [
    i.kode,
    i.unit,
    i.sasaran,
    i.uraian,
    i.satuan,
    i.arah,
    i.jenis,
    i.agregasi,
    ...i.targets,
    i.bobot ?? '',
  ];
}

/** The two indicators of the small one-unit workbooks (workflow and email tests). */
export function smallIndicators(unit: string): Rows {
  return [
    indicatorRow({
      kode: 'I1',
      unit,
      sasaran: 'Layanan surat',
      uraian: 'Surat selesai',
      satuan: 'dokumen',
      arah: 'Naik',
      jenis: 'Utama',
      agregasi: 'Jumlah',
      targets: [40, 10, 10, 10, 10],
    }),
    indicatorRow({
      kode: 'I2',
      unit,
      sasaran: 'Layanan izin',
      uraian: 'Hari proses izin',
      satuan: 'hari',
      arah: 'Turun',
      jenis: 'Utama',
      agregasi: 'Rata-rata',
      targets: [8, 8, 8, 8, 8],
    }),
  ];
}

// Penilaian tab rows (Periode, NIP, Nama, Jenis, Kode, Uraian, Satuan, Target, Realisasi,
// Rating, Bukti Dukung, Umpan Balik, Alasan) with Nama, Uraian and Satuan left blank.

/** A Hasil Kerja row. */
export function hk(
  periode: string,
  nip: string,
  kode: string,
  target: number,
  realisasi: unknown,
): unknown[] {
  return [
    periode,
    nip,
    '',
    'Hasil Kerja',
    kode,
    '',
    '',
    target,
    realisasi,
    '',
    '',
    '',
    '',
  ];
}

/** A Perilaku row. */
function pk(
  periode: string,
  nip: string,
  kode: string,
  rating: unknown,
): unknown[] {
  return [
    periode,
    nip,
    '',
    'Perilaku',
    kode,
    '',
    '',
    '',
    '',
    rating,
    '',
    '',
    '',
  ];
}

/** A Ringkasan row (kode HK or PK). */
export function ringkasan(
  periode: string,
  nip: string,
  kode: string,
  rating: unknown = '',
  umpanBalik = '',
  alasan = '',
): unknown[] {
  return [
    periode,
    nip,
    '',
    'Ringkasan',
    kode,
    '',
    '',
    '',
    '',
    rating,
    '',
    umpanBalik,
    alasan,
  ];
}

/** The seven BerAKHLAK rows of one employee, ratings in BerAKHLAK order. */
export function perilakuBlock(
  periode: string,
  nip: string,
  ratings: unknown[],
): Rows {
  return BERAKHLAK.map(([kode], i) => pk(periode, nip, kode, ratings[i]));
}

/** The Hasil header of the contract. */
export const HASIL_HEADER = [...HEADERS.hasil];

/** A Hasil row under HASIL_HEADER: unit U01, nilai as both capaian and Nilai Akhir. */
export function hasilRow(
  periode: string,
  nip: string,
  nilai: unknown,
  predikat: string,
): unknown[] {
  return [
    periode,
    nip,
    'Nama ' + nip.slice(-3),
    'U01',
    '198001012005011001',
    nilai,
    '',
    '',
    nilai,
    predikat,
    1,
    'Lengkap',
    '',
  ];
}

// ---------------------------------------------------------------------------------------------
// Into an emulator workbook

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The name of the appraisal tab of `period` whose identity key is `key` (supervisor NIP or unit
 * code): tabs are named for people (`2026-TW1 Sri Wahyuni`) and found by identity.
 */
export function tabName(
  emulator: Emulator,
  period: string,
  key: string,
): string {
  const name = tabNameOf(emulator.workbook, period, key);
  if (!name) throw new Error(`no tab of ${period} for ${key}`);
  return name;
}

/**
 * A sheet name, where `Penilaian <period> <key>` (the handle tests use for a tab) stands for the
 * tab of that identity, whatever it is named now.
 */
export function sheetName(emulator: Emulator, name: string): string {
  if (emulator.workbook.sheetByName(name)) return name;
  const id = legacyIdentity(name);
  return (id && tabNameOf(emulator.workbook, id.period, id.key)) ?? name;
}

/** A sheet of the emulator's active spreadsheet; throws when there is none by that name. */
export function sheet(emulator: Emulator, name: string): Sheet {
  const app = emulator.globals
    .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const found = app
    .getActiveSpreadsheet()
    .getSheetByName(sheetName(emulator, name));
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** A sheet's data range values. */
export function values(emulator: Emulator, name: string): Rows {
  return sheet(emulator, name).getDataRange().getValues();
}

/** Appends rows below a sheet's last row (as HR typing them), adding rows when it is full. */
export function appendRows(emulator: Emulator, name: string, rows: Rows): void {
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
