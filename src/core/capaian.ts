// Achievement of one indicator (capaian) and how values combine (DOMAIN §2).

import type {Agregasi, Arah} from './types';
import {roundTo} from './numbers';

/** PP 30/2019 ceiling of capaian, the default `Batas Capaian`. */
export const DEFAULT_BATAS_CAPAIAN = 120;

/** Weights of the Utama indicators must total 100 within this tolerance. */
export const WEIGHT_TOLERANCE = 0.01;

/**
 * Capaian in percent, full precision.
 * Naik (higher is better): R / T × 100. Turun (lower is better, PermenPANRB 8/2021 "kondisi
 * khusus"): (2 − R / T) × 100, so T = 8, R = 9 gives 87.5. Floor 0, ceiling `batas`.
 * Null when it cannot be computed: target ≤ 0 (an input error) or a non-finite number.
 * Written as R × 100 / T (one rounding step) so 11 of 10 is exactly 110, not 110.00000000000001.
 */
export function capaian(
  realisasi: number,
  target: number,
  arah: Arah,
  batas: number = DEFAULT_BATAS_CAPAIAN,
): number | null {
  if (!Number.isFinite(realisasi) || !Number.isFinite(target) || target <= 0) {
    return null;
  }
  const raw =
    arah === 'Turun'
      ? ((2 * target - realisasi) * 100) / target
      : (realisasi * 100) / target;
  return Math.min(Math.max(raw, 0), batas);
}

/**
 * Combines an indicator's values over several periods (semester/annual realisasi from quarters).
 * Jumlah: sum; Rata-rata: mean; Terakhir: the latest. Blank (null) values are left out;
 * null when every value is blank.
 */
export function aggregate(
  values: (number | null)[],
  agregasi: Agregasi,
): number | null {
  const present = values.filter(
    (v): v is number => v !== null && Number.isFinite(v),
  );
  if (present.length === 0) return null;
  const sum = present.reduce((a, b) => a + b, 0);
  if (agregasi === 'Jumlah') return sum;
  if (agregasi === 'Rata-rata') return sum / present.length;
  return present[present.length - 1];
}

/**
 * Weighted mean. When every weight is blank the items weigh equally; when some are given a blank
 * weight counts as 0 (validation reports such mixed weights). Weights are normalised by their
 * total. Null when there is nothing to average or the weights total 0.
 */
export function weightedMean(
  items: {value: number; weight: number | null}[],
): number | null {
  if (items.length === 0) return null;
  const equal = items.every(item => item.weight === null);
  let total = 0;
  let sum = 0;
  for (const item of items) {
    const weight = equal ? 1 : (item.weight ?? 0);
    total += weight;
    sum += item.value * weight;
  }
  return total > 0 ? sum / total : null;
}

/**
 * Weights (Bobot, %) of a person's Utama indicators are valid when all are blank (equal weights),
 * or all are given, none negative, totalling 100 ± 0.01. A mix of blank and given is invalid.
 */
export function weightsValid(weights: (number | null)[]): boolean {
  if (weights.every(w => w === null)) return true;
  if (weights.some(w => w === null || !Number.isFinite(w) || w < 0)) {
    return false;
  }
  const total = (weights as number[]).reduce((a, b) => a + b, 0);
  return Math.abs(roundTo(total - 100, 9)) <= WEIGHT_TOLERANCE;
}
