// The values a cell of a column with a fixed list may hold, and an email address's syntax.

import type {
  Agregasi,
  AppraisalKind,
  Arah,
  CapaianOrganisasi,
  EmployeeStatus,
  Jenis,
} from '../core/types';
import {hrEmails} from '../core/roles';
import {HEADERS, PENILAIAN_INPUT_HEADERS, normalizeHeader} from './schema';

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

/** Whether text holds one or more addresses (Email HR: split by commas, semicolons or spaces). */
export function isEmailList(text: string): boolean {
  const list = hrEmails(text);
  return list.length > 0 && list.every(isEmail);
}

/** The first address of such a list ('' when it is not a valid list). */
export function firstEmail(text: string): string {
  return isEmailList(text) ? hrEmails(text)[0] : '';
}

// ---------------------------------------------------------------------------------------------
// Text into cells. setValues parses a string as if it were typed (src/local/emulator/cell-input.ts
// cites Google): '=...' becomes a formula, and digits, dates, TRUE/FALSE, percents and amounts
// become numbers, dates or booleans, unless the cell is plain text ('@'). A leading apostrophe
// keeps the rest as text and is not part of the value; in a '@' cell it would be, so '@' cells
// get the text as it is.

/** Whether a string given to setValues would not be stored as that same text (outside '@'). */
export function parsesAsOther(text: string): boolean {
  return (
    // A formula, an apostrophe Sheets would swallow, a sign or space before a number.
    /^[='+\-\u2212@\s]/.test(text) ||
    // Numbers, dates (14/03/2026, 2026-03-14), times, amounts, percents.
    /^[\d.,$€£¥(]/.test(text) ||
    /^rp\.?\s*\d/i.test(text) ||
    /^(true|false)$/i.test(text) ||
    // Month-name dates ("Mar 14 2026", "Maret 2026").
    /^[a-z]{3,9}\.?\s+\d/i.test(text)
  );
}

/** The string to give setValues so the cell holds exactly `text` as text (a non-'@' cell). */
export function textInput(text: string): string {
  return text !== '' && parsesAsOther(text) ? `'${text}` : text;
}

/**
 * A kept input as setValues must get it to hold again what the cell holds now: its formula when it
 * has one (a formula stays a formula); text in a non-'@' cell behind an apostrophe when it would
 * parse as something else (text stays text); anything else as read.
 */
export function keptInput(value: unknown, formula = '', format = ''): unknown {
  if (formula) return formula;
  if (typeof value === 'string' && format !== '@') return textInput(value);
  return value;
}

/**
 * A block of read cells as kept inputs (keptInput per cell) in the columns `keep` accepts; the
 * other columns as read. `formulas` and `formats` have the block's shape (getFormulas,
 * getNumberFormats of the same range). `header`: the first row is a header, left as read.
 */
export function keptInputs(
  values: unknown[][],
  formulas: string[][],
  formats: string[][],
  keep: (column: number) => boolean,
  header = true,
): unknown[][] {
  return values.map((row, r) =>
    r === 0 && header
      ? row
      : row.map((value, c) =>
          keep(c) ? keptInput(value, formulas[r]?.[c], formats[r]?.[c]) : value,
        ),
  );
}

/**
 * 0-based columns of an appraisal tab's header holding the texts the add-on copies from the
 * inputs (Periode, NIP, Nama, Jenis, Kode, Uraian, Satuan): the tab writer makes them plain text
 * ('@') before writing, so a name typed as `=HYPERLINK(...)` stays text and no apostrophe shows.
 */
export function tabTextColumns(header: readonly unknown[]): Set<number> {
  const inputs = new Set(PENILAIAN_INPUT_HEADERS.map(normalizeHeader));
  const generated = new Set(
    HEADERS.penilaian
      .map(normalizeHeader)
      .filter(h => !inputs.has(h) && h !== normalizeHeader('Target')),
  );
  const columns = new Set<number>();
  header.forEach((h, i) => {
    if (generated.has(normalizeHeader(h))) columns.add(i);
  });
  return columns;
}
