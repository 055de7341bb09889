// What "Siapkan Lembar" must add to a workbook, computed from what is there (pure).
// Setup only ever appends: missing sheets, missing headers at the end of row 1, missing
// Pengaturan / Template Email keys, default rows in an empty sheet. It never reorders, deletes or
// changes a value, so running it twice changes nothing.

import {BERAKHLAK} from '../core/berakhlak';
import {t} from '../core/i18n';
import type {CapaianOrganisasi} from '../core/types';
import {
  HEADERS,
  PEGAWAI_SETUP_HEADERS,
  PENGATURAN_DEFAULTS,
  SHEET,
  TEMPLATE_KEYS,
  normalizeHeader,
} from './schema';
import {isBlankRow} from './table';
import {cellText} from '../core/cell-text';
import {TPP_DEFAULT_ROWS} from '../core/tpp-settings';
import {TPP_SHEET_SPECS} from './tpp-setup';

export type SheetKey = keyof typeof SHEET;

export interface SheetSpec {
  key: SheetKey;
  name: string;
  headers: readonly string[];
  /** Columns stored as text ('@'): NIPs lose digits as numbers. */
  textColumns: readonly string[];
  /** Dropdown lists by column header (data rows). */
  lists: Readonly<Record<string, readonly string[]>>;
  /** Written by the add-on: protected (warning only). */
  output: boolean;
  /** Column widths in pixels by header; others keep the default (100). */
  widths: Readonly<Record<string, number>>;
}

const CAPAIAN_ORGANISASI: readonly CapaianOrganisasi[] = [
  'Istimewa',
  'Baik',
  'Butuh Perbaikan',
  'Kurang',
  'Sangat Kurang',
];

const NIP_WIDTH = 170;
const TEXT_WIDTH = 260;
const NAME_WIDTH = 200;

/** Every contract sheet in the order setup creates them. */
export const SHEET_SPECS: readonly SheetSpec[] = [
  {
    key: 'pengaturan',
    name: SHEET.pengaturan,
    headers: HEADERS.pengaturan,
    textColumns: [],
    lists: {},
    output: false,
    widths: {Kunci: NAME_WIDTH, Nilai: TEXT_WIDTH},
  },
  {
    key: 'unit',
    name: SHEET.unit,
    headers: HEADERS.unit,
    textColumns: ['NIP Kepala'],
    lists: {'Capaian Organisasi': CAPAIAN_ORGANISASI},
    output: false,
    widths: {
      'Nama Unit': TEXT_WIDTH,
      'NIP Kepala': NIP_WIDTH,
      'Capaian Organisasi': 150,
    },
  },
  {
    key: 'pegawai',
    name: SHEET.pegawai,
    headers: PEGAWAI_SETUP_HEADERS,
    textColumns: ['NIP', 'NIP Atasan'],
    lists: {Status: ['PNS', 'PPPK'], Aktif: ['Ya', 'Tidak']},
    output: false,
    widths: {
      NIP: NIP_WIDTH,
      Nama: NAME_WIDTH,
      Jabatan: TEXT_WIDTH,
      'NIP Atasan': NIP_WIDTH,
      Email: NAME_WIDTH,
    },
  },
  {
    key: 'indikator',
    name: SHEET.indikator,
    headers: HEADERS.indikator,
    textColumns: [],
    lists: {
      Arah: ['Naik', 'Turun'],
      Jenis: ['Utama', 'Tambahan'],
      Agregasi: ['Jumlah', 'Rata-rata', 'Terakhir'],
    },
    output: false,
    widths: {'Rencana Hasil Kerja': TEXT_WIDTH, Indikator: TEXT_WIDTH},
  },
  {
    key: 'skp',
    name: SHEET.skp,
    headers: HEADERS.skp,
    textColumns: ['NIP'],
    lists: {},
    output: false,
    widths: {NIP: NIP_WIDTH, 'Kode Indikator': 120},
  },
  {
    key: 'perilaku',
    name: SHEET.perilaku,
    headers: HEADERS.perilaku,
    textColumns: [],
    lists: {},
    output: false,
    widths: {Aspek: NAME_WIDTH, Panduan: 480},
  },
  {
    key: 'pelatihan',
    name: SHEET.pelatihan,
    headers: HEADERS.pelatihan,
    textColumns: [],
    lists: {},
    output: false,
    widths: {Pelatihan: TEXT_WIDTH, Keterangan: TEXT_WIDTH},
  },
  {
    key: 'templateEmail',
    name: SHEET.templateEmail,
    headers: HEADERS.templateEmail,
    textColumns: ['Nilai'],
    lists: {},
    output: false,
    widths: {Nilai: 480},
  },
  {
    // SIASN codes (issue 14): empty until HR types the codes of the office's SIASN admin.
    key: 'kodeSiasn',
    name: SHEET.kodeSiasn,
    headers: HEADERS.kodeSiasn,
    textColumns: ['Kode'],
    lists: {},
    output: false,
    widths: {Nilai: NAME_WIDTH},
  },
  {
    // Appeals (issue 15): the employee's objection and the decision of the supervisor's supervisor or HR.
    key: 'keberatan',
    name: SHEET.keberatan,
    headers: HEADERS.keberatan,
    textColumns: ['NIP', 'Periode'],
    lists: {Keputusan: ['Diterima', 'Ditolak']},
    output: false,
    widths: {NIP: NIP_WIDTH, Alasan: TEXT_WIDTH},
  },
  {
    key: 'hasil',
    name: SHEET.hasil,
    headers: HEADERS.hasil,
    textColumns: ['NIP', 'NIP Atasan'],
    lists: {},
    output: true,
    widths: {
      NIP: NIP_WIDTH,
      Nama: NAME_WIDTH,
      'NIP Atasan': NIP_WIDTH,
      Rekomendasi: TEXT_WIDTH,
    },
  },
  {
    key: 'rekap',
    name: SHEET.rekap,
    headers: [],
    textColumns: [],
    lists: {},
    output: true,
    widths: {},
  },
  {
    key: 'validasi',
    name: SHEET.validasi,
    headers: HEADERS.validasi,
    textColumns: [],
    lists: {},
    output: true,
    widths: {Sheet: 220, Pesan: 480},
  },
  {
    key: 'logPerubahan',
    name: SHEET.logPerubahan,
    headers: HEADERS.logPerubahan,
    textColumns: ['Nilai Lama', 'Nilai Baru'],
    lists: {},
    output: true,
    widths: {
      Waktu: 150,
      Pengguna: NAME_WIDTH,
      Sheet: 220,
      'Nilai Lama': TEXT_WIDTH,
      'Nilai Baru': TEXT_WIDTH,
    },
  },
  {
    key: 'logEmail',
    name: SHEET.logEmail,
    headers: HEADERS.logEmail,
    textColumns: ['NIP'],
    lists: {},
    output: true,
    widths: {NIP: NIP_WIDTH, Email: NAME_WIDTH, Waktu: 150},
  },
  ...TPP_SHEET_SPECS,
];

/** Dropdowns on single Pengaturan values, by key. */
export const SETTING_LISTS: Readonly<Record<string, readonly string[]>> = {
  'Model Penilaian': ['KUADRAN', 'NUMERIK'],
  'Tab Penilaian': ['Per Atasan', 'Per Unit'],
  'Siklus Evaluasi': ['Triwulanan', 'Bulanan'],
  'Tembusan Atasan': ['Ya', 'Tidak'],
  'Lampirkan Dokumen': ['Ya', 'Tidak'],
  Bahasa: ['id', 'en'],
};

/** Contract headers absent from a header row (case and spaces ignored), in contract order. */
export function missingHeaders(
  headerRow: readonly unknown[] | undefined,
  headers: readonly string[],
): string[] {
  const present = new Set((headerRow ?? []).map(normalizeHeader));
  return headers.filter(h => !present.has(normalizeHeader(h)));
}

/** Width of row 1 up to its last non-blank cell. */
export function headerWidth(headerRow: readonly unknown[] | undefined): number {
  const row = headerRow ?? [];
  for (let i = row.length - 1; i >= 0; i--) {
    if (cellText(row[i]) !== '') return i + 1;
  }
  return 0;
}

/** `2026-TW1` for a year and 1-based month. */
export function quarterOf(year: number, month: number): string {
  return `${year}-TW${Math.ceil(month / 3)}`;
}

/** Pengaturan rows with their defaults; Tahun and Periode Aktif from today's year and month. */
export function defaultSettingRows(year: number, month: number): unknown[][] {
  return PENGATURAN_DEFAULTS.map(([key, value]) => {
    if (key === 'Tahun') return [key, year];
    if (key === 'Periode Aktif') return [key, quarterOf(year, month)];
    return [key, value];
  });
}

/**
 * The default Template Email rows of both languages (Subjek, Isi, then Subjek (en), Isi (en)): the
 * same text an email falls back to when its language's keys are blank (catalogue keys
 * email.template.*), so HR edits each language where it is. The body has no headings of its own
 * around {{Umpan Balik}} and {{Rekomendasi}}: those blocks carry theirs.
 */
export function defaultTemplateRows(): [string, string][] {
  return (['id', 'en'] as const).flatMap((lang): [string, string][] => [
    [TEMPLATE_KEYS[lang].subjek, t(lang, 'email.template.subject')],
    [TEMPLATE_KEYS[lang].isi, t(lang, 'email.template.body')],
  ]);
}

/** Default rows of a sheet created empty (the caller skips sheets that already hold rows). */
export function defaultRows(
  key: SheetKey,
  year: number,
  month: number,
): unknown[][] {
  if (key === 'pengaturan') return defaultSettingRows(year, month);
  if (key === 'perilaku') return BERAKHLAK.map(row => [...row]);
  if (key === 'templateEmail') return defaultTemplateRows();
  if (key === 'tpp') return TPP_DEFAULT_ROWS.map(row => [...row]);
  return [];
}

/**
 * Key/value rows (Pengaturan, Template Email) whose key is absent from the sheet's values,
 * ordered as the defaults list them. Values are read from the `Kunci` column found by header.
 */
export function missingKeyRows(
  values: readonly (readonly unknown[])[],
  defaults: readonly (readonly unknown[])[],
): unknown[][] {
  const header = values[0] ?? [];
  const keyColumn = header.findIndex(h => normalizeHeader(h) === 'kunci');
  const present = new Set<string>();
  if (keyColumn >= 0) {
    for (let r = 1; r < values.length; r++) {
      present.add(normalizeHeader(values[r][keyColumn]));
    }
  }
  return defaults
    .filter(row => !present.has(normalizeHeader(row[0])))
    .map(row => [...row]);
}

/** Whether a sheet has data rows below its header. */
export function hasDataRows(values: readonly (readonly unknown[])[]): boolean {
  return values.slice(1).some(row => !isBlankRow(row));
}

/** Last row (1-based) holding anything, 0 for an empty sheet. */
export function lastDataRow(values: readonly (readonly unknown[])[]): number {
  for (let r = values.length - 1; r >= 0; r--) {
    if (!isBlankRow(values[r])) return r + 1;
  }
  return 0;
}
