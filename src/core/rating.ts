// Ratings of the KUADRAN model (PermenPANRB 6/2022, DOMAIN §3): parsing what people type,
// the suggested ratings, and the kuadran matrix that gives the predikat.

import type {Jenis, Predikat, Rating} from './types';
import {roundTo} from './numbers';

export const DI_ATAS: Rating = 'Di Atas Ekspektasi';
export const SESUAI: Rating = 'Sesuai Ekspektasi';
export const DI_BAWAH: Rating = 'Di Bawah Ekspektasi';

export interface RatingThresholds {
  /** Capaian from which an indicator is Di Atas (setting `Ambang Di Atas`, default 110). */
  ambangDiAtas: number;
  /** Capaian from which an indicator is Sesuai (setting `Ambang Sesuai`, default 100). */
  ambangSesuai: number;
}

export const DEFAULT_THRESHOLDS: RatingThresholds = {
  ambangDiAtas: 110,
  ambangSesuai: 100,
};

const RATING_WORDS: Record<string, Rating> = {
  diatas: DI_ATAS,
  atas: DI_ATAS,
  above: DI_ATAS,
  exceeds: DI_ATAS,
  sesuai: SESUAI,
  meets: SESUAI,
  meet: SESUAI,
  asexpected: SESUAI,
  dibawah: DI_BAWAH,
  bawah: DI_BAWAH,
  below: DI_BAWAH,
};

/**
 * Reads a rating as typed: case and spaces ignored, 'ekspektasi' optional ('Diatas', 'Di Atas',
 * 'sesuai', 'DI BAWAH EKSPEKTASI'), and English 'Above/Meets/Below Expectation(s)'.
 * Blank -> null; anything else -> 'invalid'.
 */
export function parseRating(raw: unknown): Rating | null | 'invalid' {
  if (raw === null || raw === undefined) return null;
  if (typeof raw !== 'string') return 'invalid';
  const compact = raw.toLowerCase().replace(/[\s\u00a0_-]+/g, '');
  if (compact === '') return null;
  const word = compact.replace(/(ekspektasi|expectations?)$/, '');
  return RATING_WORDS[word] ?? 'invalid';
}

/**
 * Suggested rating of one indicator from its capaian: ≥ ambangDiAtas Di Atas, ≥ ambangSesuai
 * Sesuai, else Di Bawah. Compared after rounding to 1e-9 so float noise (109.99999999999999
 * for an exact 110) does not move an indicator across a threshold.
 */
export function suggestIndicatorRating(
  capaianValue: number,
  thresholds: RatingThresholds = DEFAULT_THRESHOLDS,
): Rating {
  const value = roundTo(capaianValue, 9);
  if (value >= thresholds.ambangDiAtas) return DI_ATAS;
  if (value >= thresholds.ambangSesuai) return SESUAI;
  return DI_BAWAH;
}

/** "Sebagian besar": a share strictly above half (50/50 is not a majority). */
function isMajority(part: number, total: number): boolean {
  return total > 0 && roundTo((part / total) * 100, 9) > 50;
}

/**
 * Suggested rating hasil kerja (BKN guidance, DOMAIN §3), shares by weight over Utama indicators
 * (equal weights when every Bobot is blank; a blank among given weights counts 0):
 * 1. Di Bawah if the Di Bawah share > 50 %.
 * 2. Di Atas if the Di Atas share > 50 % and no Utama indicator is Di Bawah.
 * 3. Di Atas if every Utama is at least Sesuai and at least one Tambahan is at least Sesuai.
 * 4. Otherwise Sesuai.
 * Null when there is no Utama indicator.
 */
export function suggestHasilKerja(
  items: {jenis: Jenis; rating: Rating; bobot: number | null}[],
): Rating | null {
  const utama = items.filter(item => item.jenis === 'Utama');
  if (utama.length === 0) return null;
  const equal = utama.every(item => item.bobot === null);
  const weightOf = (item: {bobot: number | null}) =>
    equal ? 1 : Math.max(item.bobot ?? 0, 0);
  let total = utama.reduce((sum, item) => sum + weightOf(item), 0);
  // Every weight 0: fall back to counting indicators rather than having no majority at all.
  const byCount = total <= 0;
  if (byCount) total = utama.length;
  const share = (rating: Rating) =>
    utama
      .filter(item => item.rating === rating)
      .reduce((sum, item) => sum + (byCount ? 1 : weightOf(item)), 0);

  if (isMajority(share(DI_BAWAH), total)) return DI_BAWAH;
  const anyUtamaBelow = utama.some(item => item.rating === DI_BAWAH);
  if (isMajority(share(DI_ATAS), total) && !anyUtamaBelow) return DI_ATAS;
  const tambahanMet = items.some(
    item => item.jenis === 'Tambahan' && item.rating !== DI_BAWAH,
  );
  if (!anyUtamaBelow && tambahanMet) return DI_ATAS;
  return SESUAI;
}

/**
 * Suggested rating perilaku: Di Bawah if more than half the aspects are Di Bawah; Di Atas if more
 * than half are Di Atas and none is Di Bawah; otherwise Sesuai. Null for no ratings.
 */
export function suggestPerilaku(ratings: Rating[]): Rating | null {
  if (ratings.length === 0) return null;
  const count = (rating: Rating) => ratings.filter(r => r === rating).length;
  if (isMajority(count(DI_BAWAH), ratings.length)) return DI_BAWAH;
  if (isMajority(count(DI_ATAS), ratings.length) && count(DI_BAWAH) === 0) {
    return DI_ATAS;
  }
  return SESUAI;
}

/** Kuadran kinerja: rows rating hasil kerja, columns rating perilaku (DOMAIN §3). */
const KUADRAN: Record<Rating, Record<Rating, Predikat>> = {
  'Di Atas Ekspektasi': {
    'Di Bawah Ekspektasi': 'Kurang/Misconduct',
    'Sesuai Ekspektasi': 'Baik',
    'Di Atas Ekspektasi': 'Sangat Baik',
  },
  'Sesuai Ekspektasi': {
    'Di Bawah Ekspektasi': 'Kurang/Misconduct',
    'Sesuai Ekspektasi': 'Baik',
    'Di Atas Ekspektasi': 'Baik',
  },
  'Di Bawah Ekspektasi': {
    'Di Bawah Ekspektasi': 'Sangat Kurang',
    'Sesuai Ekspektasi': 'Butuh Perbaikan',
    'Di Atas Ekspektasi': 'Butuh Perbaikan',
  },
};

export function kuadranPredikat(hasil: Rating, perilaku: Rating): Predikat {
  return KUADRAN[hasil][perilaku];
}

/** Best first. 'Kurang/Misconduct' (KUADRAN) and 'Kurang' (NUMERIK) share a rank. */
export const PREDIKAT_ORDER: Predikat[] = [
  'Sangat Baik',
  'Baik',
  'Butuh Perbaikan',
  'Kurang/Misconduct',
  'Kurang',
  'Sangat Kurang',
];

/** 0 for Sangat Baik ... 4 for Sangat Kurang. */
export function predikatRank(predikat: Predikat): number {
  if (predikat === 'Kurang') return 3;
  const index = PREDIKAT_ORDER.indexOf(predikat);
  return index > 3 ? index - 1 : index;
}

/** Negative when `a` is better than `b`, so `list.sort(comparePredikat)` puts the best first. */
export function comparePredikat(a: Predikat, b: Predikat): number {
  return predikatRank(a) - predikatRank(b);
}

const PREDIKAT_WORDS: Record<string, Predikat> = {
  sangatbaik: 'Sangat Baik',
  baik: 'Baik',
  butuhperbaikan: 'Butuh Perbaikan',
  cukup: 'Butuh Perbaikan',
  'kurang/misconduct': 'Kurang/Misconduct',
  misconduct: 'Kurang/Misconduct',
  kurang: 'Kurang',
  sangatkurang: 'Sangat Kurang',
};

/** Reads a predikat as typed (case and spaces ignored; 'Cukup' is the former Butuh Perbaikan). */
export function parsePredikat(raw: unknown): Predikat | null {
  if (typeof raw !== 'string') return null;
  return PREDIKAT_WORDS[raw.toLowerCase().replace(/\s+/g, '')] ?? null;
}
