// The values a cell of a column with a fixed list may hold, and an email address's syntax.

import type {
  Agregasi,
  AppraisalKind,
  Arah,
  CapaianOrganisasi,
  EmployeeStatus,
  Jenis,
} from '../core/types';

// Accepted spellings, keyed by choiceKey(): lower case, spaces/dashes/underscores collapsed.
export const ARAH: Record<string, Arah> = {naik: 'Naik', turun: 'Turun'};
export const JENIS: Record<string, Jenis> = {
  utama: 'Utama',
  tambahan: 'Tambahan',
};
export const AGREGASI: Record<string, Agregasi> = {
  jumlah: 'Jumlah',
  'rata rata': 'Rata-rata',
  ratarata: 'Rata-rata',
  terakhir: 'Terakhir',
};
export const STATUS: Record<string, EmployeeStatus> = {
  pns: 'PNS',
  pppk: 'PPPK',
};
export const YA_TIDAK: Record<string, boolean> = {
  ya: true,
  y: true,
  yes: true,
  true: true,
  aktif: true,
  tidak: false,
  t: false,
  no: false,
  false: false,
  'tidak aktif': false,
  nonaktif: false,
};
export const CAPAIAN_ORGANISASI: Record<string, CapaianOrganisasi> = {
  istimewa: 'Istimewa',
  baik: 'Baik',
  'butuh perbaikan': 'Butuh Perbaikan',
  kurang: 'Kurang',
  'sangat kurang': 'Sangat Kurang',
};
export const APPRAISAL_KIND: Record<string, AppraisalKind> = {
  'hasil kerja': 'Hasil Kerja',
  perilaku: 'Perilaku',
  'perilaku kerja': 'Perilaku',
  ringkasan: 'Ringkasan',
};

/** Accepted spellings of each column with a fixed list of values (for messages). */
export const CHOICES: Record<string, readonly string[]> = {
  Arah: ['Naik', 'Turun'],
  Jenis: ['Utama', 'Tambahan'],
  Agregasi: ['Jumlah', 'Rata-rata', 'Terakhir'],
  Status: ['PNS', 'PPPK'],
  Aktif: ['Ya', 'Tidak'],
  'Capaian Organisasi': Object.values(CAPAIAN_ORGANISASI),
  'Jenis Penilaian': ['Hasil Kerja', 'Perilaku', 'Ringkasan'],
};

const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;
export function isEmail(text: string): boolean {
  return EMAIL.test(text);
}
