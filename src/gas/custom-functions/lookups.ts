// ASN_SCORE and ASN_PREDIKAT: a NIP's result in one period, looked up in the Hasil sheet (or in a
// Hasil range given as data_hasil). Each is an entry point of src/gas/index.ts: it becomes a
// top-level function of dist/Code.js with its JSDoc, so `@customfunction` makes Sheets offer it.

import {normalizeNip, numberLostDigits} from '../../core/nip';
import {normalizePeriod} from '../../core/period';
import type {Lang} from '../../core/types';
import {
  buildHasilIndex,
  lookupOfIndex,
  type HasilLookup,
} from '../../sheets/hasil';
import {
  readHasilLookup,
  readHasilSettings,
  readSettingsProperty,
} from '../hasil-cache';
import {fail, isBlank, messageOf, perRow} from './args';

/** The result of one NIP in one period from the Hasil index. */
function lookupHasil(
  index: HasilLookup,
  defaultPeriod: () => string,
  nipValue: unknown,
  periodValue: unknown,
  what: 'nilai' | 'predikat',
): number | string {
  if (isBlank(nipValue)) return '';
  if (numberLostDigits(nipValue)) {
    throw fail('core.nip.storedAsNumber', {value: String(nipValue)});
  }
  const nip = normalizeNip(nipValue);
  let period: string;
  if (isBlank(periodValue)) {
    period = defaultPeriod();
  } else {
    const parsed = normalizePeriod(periodValue);
    if (!parsed) {
      throw fail('core.fn.badPeriod', {value: String(periodValue).trim()});
    }
    period = parsed;
  }
  const cell = index.find(nip, period);
  if (!cell) throw fail('core.fn.nipNotFound', {nip, periode: period});
  const value = what === 'nilai' ? cell[0] : cell[1];
  if (value === null || value === '') {
    throw fail('core.fn.noValue', {
      nip,
      periode: period,
      what: what === 'nilai' ? 'Nilai Akhir' : 'Predikat',
    });
  }
  return value;
}

/**
 * The index of a Hasil range passed as `data_hasil` (header row included, columns found by their
 * header text). Anything else (one cell, a range without those headers) is a clear error.
 */
function indexOfRange(name: string, dataHasil: unknown): HasilLookup {
  const table = Array.isArray(dataHasil) ? (dataHasil as unknown[][]) : null;
  try {
    if (!table || !Array.isArray(table[0])) throw new Error('not a range');
    return lookupOfIndex(buildHasilIndex(table));
  } catch {
    throw fail('core.fn.badHasilRange', {name});
  }
}

function hasilFunction(
  name: string,
  nip: unknown,
  period: unknown,
  what: 'nilai' | 'predikat',
  dataHasil: unknown,
): unknown {
  // With data_hasil the values come as an argument (Sheets recalculates the formula whenever Hasil
  // changes) and no sheet is read at all: the defaults come from the property, else built in.
  const given = !isBlank(dataHasil);
  const settings = given ? () => readSettingsProperty() : readHasilSettings;
  let lang: Lang | undefined;
  const langOf = () => (lang ??= settings()?.lang ?? 'id');
  let index: HasilLookup;
  try {
    // One cell (=ASN_SCORE(A2)) reads its NIP's shard of the cache; a range, its periods whole.
    index = given
      ? indexOfRange(name, dataHasil)
      : readHasilLookup(Array.isArray(nip));
  } catch (e) {
    throw new Error(messageOf(e, langOf));
  }
  // Periode Aktif comes from the kinerja.settings property (Pengaturan only before the first
  // recompute), looked up once and only when some row leaves the period blank.
  let fallback: string | undefined;
  const defaultPeriod = () =>
    (fallback ??= settings()?.periodeAktif ?? index.latest ?? '');
  return perRow(name, [nip, period], langOf, 1, values =>
    lookupHasil(index, defaultPeriod, values[0], values[1], what),
  );
}

/**
 * Nilai Akhir pegawai dari sheet Hasil (hasil Hitung Ulang terakhir).
 * Dengan rentang NIP, hasilnya satu nilai per baris.
 * Sheets menghitung ulang rumus hanya bila argumennya berubah: isi data_hasil (misalnya Hasil!A:M)
 * agar nilainya ikut berubah setiap kali Hitung Ulang menulis Hasil.
 * Contoh: =ASN_SCORE(A2; "2026-TW1"), =ASN_SCORE(A2:A200) atau =ASN_SCORE(A2; ; Hasil!A:M)
 *
 * @param {string|Array<Array<string>>} nip NIP pegawai (teks 18 digit) atau rentang NIP.
 * @param {string} periode Opsional. Periode seperti 2026-03, 2026-TW1, 2026-S1 atau 2026; kosong = Periode Aktif di Pengaturan (atau periode terakhir di Hasil).
 * @param {Array<Array<string>>} data_hasil Opsional. Rentang sheet Hasil termasuk baris judul, misalnya Hasil!A:M; bila diisi, nilai dibaca dari rentang ini dan ikut diperbarui setiap Hasil berubah.
 * @return {number|Array<Array<number>>} Nilai Akhir, atau pesan galat per baris untuk rentang.
 * @customfunction
 */
export function ASN_SCORE(
  nip: unknown,
  periode?: unknown,
  data_hasil?: unknown,
): unknown {
  return hasilFunction('ASN_SCORE', nip, periode, 'nilai', data_hasil);
}

/**
 * Predikat kinerja pegawai dari sheet Hasil (Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang).
 * Dengan rentang NIP, hasilnya satu predikat per baris.
 * Sheets menghitung ulang rumus hanya bila argumennya berubah: isi data_hasil (misalnya Hasil!A:M)
 * agar predikat ikut berubah setiap kali Hitung Ulang menulis Hasil.
 * Contoh: =ASN_PREDIKAT(A2; "2026-TW1"), =ASN_PREDIKAT(A2:A200) atau =ASN_PREDIKAT(A2; ; Hasil!A:M)
 *
 * @param {string|Array<Array<string>>} nip NIP pegawai (teks 18 digit) atau rentang NIP.
 * @param {string} periode Opsional. Periode seperti 2026-03, 2026-TW1, 2026-S1 atau 2026; kosong = Periode Aktif di Pengaturan (atau periode terakhir di Hasil).
 * @param {Array<Array<string>>} data_hasil Opsional. Rentang sheet Hasil termasuk baris judul, misalnya Hasil!A:M; bila diisi, predikat dibaca dari rentang ini dan ikut diperbarui setiap Hasil berubah.
 * @return {string|Array<Array<string>>} Predikat, atau pesan galat per baris untuk rentang.
 * @customfunction
 */
export function ASN_PREDIKAT(
  nip: unknown,
  periode?: unknown,
  data_hasil?: unknown,
): unknown {
  return hasilFunction('ASN_PREDIKAT', nip, periode, 'predikat', data_hasil);
}
