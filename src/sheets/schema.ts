// The workbook contract of docs/SHEETS.md: sheet names, header texts, Pengaturan keys.
// These texts are public: HR staff, their formulas and other tools rely on them. They stay in
// Bahasa Indonesia whatever the interface language.

import {TPP_HEADERS, TPP_SHEET} from './tpp-schema';

export const SHEET = {
  pengaturan: 'Pengaturan',
  unit: 'Unit',
  pegawai: 'Pegawai',
  indikator: 'Indikator',
  skp: 'SKP',
  perilaku: 'Perilaku',
  pelatihan: 'Pelatihan',
  templateEmail: 'Template Email',
  hasil: 'Hasil',
  rekap: 'Rekap',
  validasi: 'Validasi',
  logPerubahan: 'Log Perubahan',
  logEmail: 'Log Email',
  arsipPenilaian: 'Arsip Penilaian',
  ...TPP_SHEET,
  kodeSiasn: 'Kode SIASN',
  ikm: 'IKM',
  publik: 'Publik',
  keberatan: 'Keberatan',
} as const;

/** The sheets people type into (besides the appraisal tabs), in the order Validasi lists them. */
export const INPUT_SHEETS: readonly string[] = [
  SHEET.pengaturan,
  SHEET.unit,
  SHEET.pegawai,
  SHEET.indikator,
  SHEET.skp,
  SHEET.perilaku,
  SHEET.pelatihan,
  SHEET.templateEmail,
  SHEET.tpp,
  SHEET.kelasJabatan,
  SHEET.presensi,
  SHEET.kodeSiasn,
  SHEET.keberatan,
];

export const HEADERS = {
  pengaturan: ['Kunci', 'Nilai'],
  unit: ['Kode Unit', 'Nama Unit', 'Induk', 'NIP Kepala', 'Capaian Organisasi'],
  pegawai: [
    'NIP',
    'Nama',
    'Jabatan',
    'Kode Unit',
    'NIP Atasan',
    'Email',
    'Status',
    'Aktif',
  ],
  indikator: [
    'Kode',
    'Kode Unit',
    'Rencana Hasil Kerja',
    'Indikator',
    'Satuan',
    'Arah',
    'Jenis',
    'Agregasi',
    'Target Tahunan',
    'Target TW1',
    'Target TW2',
    'Target TW3',
    'Target TW4',
    'Bobot',
  ],
  skp: ['NIP', 'Kode Indikator', 'Target', 'Bobot'],
  perilaku: ['Kode', 'Aspek', 'Panduan'],
  pelatihan: ['Kode', 'Pelatihan', 'Keterangan'],
  templateEmail: ['Kunci', 'Nilai'],
  penilaian: [
    'Periode',
    'NIP',
    'Nama',
    'Jenis',
    'Kode',
    'Uraian',
    'Satuan',
    'Target',
    'Realisasi',
    'Rating',
    'Bukti Dukung',
    'Umpan Balik',
    'Alasan',
  ],
  hasil: [
    'Periode',
    'NIP',
    'Nama',
    'Kode Unit',
    'NIP Atasan',
    'Capaian Hasil Kerja',
    'Rating Hasil Kerja',
    'Rating Perilaku',
    'Nilai Akhir',
    'Predikat',
    'Peringkat Unit',
    'Status',
    'Rekomendasi',
  ],
  validasi: ['Sheet', 'Sel', 'Pesan', 'Tingkat'],
  ikm: [
    'Periode',
    'Kode Unit',
    'Responden',
    ...['1', '2', '3', '4', '5', '6', '7', '8', '9'].map(n => `NRR U${n}`),
    'IKM',
    'Mutu',
  ],
  /** The codes of the office's SIASN admin for ratings and predikat (HR fills it). */
  kodeSiasn: ['Nilai', 'Kode'],
  logPerubahan: [
    'Waktu',
    'Pengguna',
    'Sheet',
    'Sel',
    'Nilai Lama',
    'Nilai Baru',
  ],
  logEmail: ['Periode', 'NIP', 'Email', 'Status', 'Waktu', 'Sidik'],
  /** Appeals (DOMAIN.md §11, src/core/keberatan.ts). */
  keberatan: [
    'NIP',
    'Periode',
    'Tanggal',
    'Alasan',
    'Keputusan',
    'Predikat Baru',
    'Diputuskan Oleh',
  ],
  /** Aggregates only (src/core/publik.ts): safe to publish. */
  publik: [
    'Periode',
    'Kode Unit',
    'Nama Unit',
    'Dinilai',
    'Lengkap',
    'Persen Lengkap',
    'Sangat Baik',
    'Baik',
    'Butuh Perbaikan',
    'Kurang',
    'Sangat Kurang',
    'IKM',
  ],
  /** A closed period's tab inputs (docs/SHEETS.md "Closing a period"): the columns appraisal reads. */
  arsipPenilaian: [
    'Periode',
    'NIP',
    'Jenis',
    'Kode',
    'Realisasi',
    'Rating',
    'Bukti Dukung',
    'Umpan Balik',
    'Alasan',
  ],
  ...TPP_HEADERS,
} as const;

/**
 * Optional columns set-up adds after a sheet's contract headers: read when present, no warning
 * when absent (SHEETS.md "Optional columns").
 */
export const OPTIONAL_HEADERS = {
  pegawai: ['Pangkat/Golongan'],
  // Issue 13: a month's own target under Siklus Evaluasi = Bulanan (else derived).
  indikator: ['Target Bulanan'],
} as const;

/** Pegawai's headers as set-up writes them: the contract, then the optional columns. */
export const PEGAWAI_SETUP_HEADERS: readonly string[] = [
  ...HEADERS.pegawai,
  ...OPTIONAL_HEADERS.pegawai,
];

/** The appraisal-tab columns a supervisor may type in; everything else is generated. */
export const PENILAIAN_INPUT_HEADERS = [
  'Realisasi',
  'Rating',
  'Bukti Dukung',
  'Umpan Balik',
  'Alasan',
] as const;

/** Prefix of appraisal tabs: `Penilaian <Periode> <key>`. */
export const PENILAIAN_PREFIX = 'Penilaian ';

/** Pengaturan keys with their defaults (as typed in the sheet). `Periode Aktif` defaults to the current quarter. */
export const PENGATURAN_DEFAULTS: ReadonlyArray<
  readonly [string, string | number]
> = [
  ['Nama Instansi', ''],
  ['Tahun', ''],
  ['Periode Aktif', ''],
  ['Model Penilaian', 'KUADRAN'],
  ['Bobot Hasil Kerja', 70],
  ['Bobot Perilaku', 30],
  ['Batas Capaian', 120],
  ['Ambang Di Atas', 110],
  ['Ambang Sesuai', 100],
  ['Bobot IKM', '1/9'],
  ['Tab Penilaian', 'Per Atasan'],
  ['Tembusan Atasan', 'Ya'],
  ['Bahasa', 'id'],
  ['Email HR', ''],
  // Issue 13: appraisal tabs per quarter (Triwulanan) or per month (Bulanan).
  ['Siklus Evaluasi', 'Triwulanan'],
  // Issue 14: the feedback email carries the Dokumen Evaluasi PDF when Ya.
  ['Lampirkan Dokumen', 'Tidak'],
  ['Jeda Pengingat (hari)', 7],
];

/**
 * Template Email keys of each language: `Subjek` / `Isi` hold the Bahasa Indonesia template,
 * `Subjek (en)` / `Isi (en)` the English one. Emails use only the keys of `Bahasa`, so a template
 * typed in one language never goes out in the other.
 */
export const TEMPLATE_KEYS = {
  id: {subjek: 'Subjek', isi: 'Isi'},
  en: {subjek: 'Subjek (en)', isi: 'Isi (en)'},
} as const;

/** Header lookup is by text in row 1, ignoring case and surrounding spaces. */
export function normalizeHeader(text: unknown): string {
  return String(text ?? '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Spreadsheet column letters for a 1-based column index (1 -> A, 27 -> AA). */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** A1 notation of a 1-based cell. */
export function a1(row: number, column: number): string {
  return columnLetter(column) + row;
}

/** `Penilaian 2026-TW1 198001012005011001` */
export function penilaianSheetName(period: string, key: string): string {
  return `${PENILAIAN_PREFIX}${period} ${key}`;
}
