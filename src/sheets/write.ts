// Output blocks as 2-D arrays ready for one setValues each: Validasi, Rekap (Hasil: ./hasil.ts),
// and the text helpers they share with Hasil.
// Every text the add-on writes goes through safeCellText, so a cell never starts a formula.

import type {EmployeeResult, Issue, Lang, Predikat} from '../core/types';
import type {WorkbookInput} from './read';
import {msg, t} from '../core/i18n';
import {roundTo} from '../core/numbers';
import {formatNumber} from '../core/email-text';
import {compareCodes} from '../core/codes';

/**
 * Text that Sheets would read as a formula (= + - @, and tab/carriage return, which some
 * spreadsheet programs strip before parsing) gets a leading apostrophe, which Sheets shows as
 * plain text (OWASP "CSV injection" guidance).
 */
export function safeCellText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export const round2 = (value: number | null): number | '' =>
  value === null ? '' : roundTo(value, 2);

/** How many items of a list the Rekomendasi cell names before "and N more". */
const LIST_LIMIT = 3;

function shortList(items: string[], lang: Lang): string {
  if (items.length <= LIST_LIMIT) return items.join(', ');
  return (
    items.slice(0, LIST_LIMIT).join(', ') +
    ' ' +
    t(lang, 'validation.output.more', {count: items.length - LIST_LIMIT})
  );
}

/** Rekomendasi: missing reasons, else reward/coaching, then the trainings. */
export function rekomendasiText(result: EmployeeResult, lang: Lang): string {
  if (result.status !== 'Lengkap') {
    return t(lang, 'validation.output.incomplete', {
      list: shortList(
        result.missing.map(m => m[lang]),
        lang,
      ),
    });
  }
  const parts: string[] = [];
  if (result.followUp === 'Penghargaan')
    parts.push(t(lang, 'validation.output.reward'));
  if (result.followUp === 'Pembinaan')
    parts.push(t(lang, 'validation.output.coaching'));
  if (result.angkaKredit) {
    parts.push(
      t(lang, 'validation.output.angkaKredit', {
        jenjang: result.angkaKredit.jenjang,
        // Three decimals, as conversion tables write them (3,125 for a quarter of Ahli Pertama).
        nilai: formatNumber(result.angkaKredit.nilai, lang, 3),
      }),
    );
  }
  if (result.trainings.length) {
    parts.push(
      t(lang, 'validation.output.trainings', {
        list: shortList(
          result.trainings.map(tr => tr.pelatihan),
          lang,
        ),
      }),
    );
  }
  return parts.join('; ');
}

/** Validasi rows (no header): Sheet | Sel | Pesan | Tingkat. */
export function validasiRows(issues: Issue[], lang: Lang): unknown[][] {
  return issues.map(issue => [
    safeCellText(issue.sheet),
    safeCellText(issue.cell),
    safeCellText(issue.message[lang]),
    issue.level,
  ]);
}

/** Rekap headers (Bahasa Indonesia, like every contract header). Aggregates only: no names, no NIPs. */
export const REKAP_HEADERS = [
  'Kode Unit',
  'Nama Unit',
  'Pegawai',
  'Lengkap',
  'Persen Lengkap',
  'Rata-rata Capaian',
  'Sangat Baik',
  'Baik',
  'Butuh Perbaikan',
  'Kurang/Misconduct',
  'Sangat Kurang',
  'IKM',
] as const;

/** Predikat column of each predikat: NUMERIK's 'Kurang' counts with 'Kurang/Misconduct' (same band). */
const PREDIKAT_COLUMN: Record<Predikat, number> = {
  'Sangat Baik': 6,
  Baik: 7,
  'Butuh Perbaikan': 8,
  'Kurang/Misconduct': 9,
  Kurang: 9,
  'Sangat Kurang': 10,
};

/**
 * The Rekap block, header row first: one row per unit (every unit of the Unit sheet, then codes
 * found only in results), sorted by Kode Unit, then a total row. Rata-rata Capaian is the mean
 * Capaian Hasil Kerja of complete results; Persen Lengkap is 0-100; both rounded to 2 decimals.
 */
export function rekapRows(
  results: EmployeeResult[],
  input: WorkbookInput,
  lang: Lang,
): unknown[][] {
  interface Tally {
    pegawai: number;
    lengkap: number;
    capaianSum: number;
    capaianCount: number;
    predikat: number[];
  }
  const empty = (): Tally => ({
    pegawai: 0,
    lengkap: 0,
    capaianSum: 0,
    capaianCount: 0,
    predikat: [0, 0, 0, 0, 0],
  });
  const names = new Map<string, string>();
  for (const u of input.units)
    if (u.kode && !names.has(u.kode)) names.set(u.kode, u.nama);
  const tallies = new Map<string, Tally>();
  for (const kode of names.keys()) tallies.set(kode, empty());
  const total = empty();
  for (const r of results) {
    let tally = tallies.get(r.kodeUnit);
    if (!tally) tallies.set(r.kodeUnit, (tally = empty()));
    for (const x of [tally, total]) {
      x.pegawai++;
      if (r.status === 'Lengkap') {
        x.lengkap++;
        if (r.capaianHasilKerja !== null) {
          x.capaianSum += r.capaianHasilKerja;
          x.capaianCount++;
        }
      }
      if (r.predikat) x.predikat[PREDIKAT_COLUMN[r.predikat] - 6]++;
    }
  }
  // The unit's IKM of the period (IKM sheet), blank without one and on the Total row.
  const period = results[0]?.periode ?? '';
  const ikmOf = (kode: string) =>
    kode ? (input.ikm?.get(`${period}|${kode.toUpperCase()}`) ?? '') : '';
  const line = (kode: string, nama: string, x: Tally): unknown[] => [
    safeCellText(kode),
    safeCellText(nama),
    x.pegawai,
    x.lengkap,
    x.pegawai ? roundTo((x.lengkap / x.pegawai) * 100, 2) : '',
    x.capaianCount ? roundTo(x.capaianSum / x.capaianCount, 2) : '',
    ...x.predikat,
    ikmOf(kode),
  ];
  const codes = [...tallies.keys()].sort(compareCodes);
  return [
    [...REKAP_HEADERS],
    ...codes.map(kode =>
      line(kode, names.get(kode) ?? '', tallies.get(kode) as Tally),
    ),
    line('', msg('validation.output.total')[lang], total),
  ];
}
