// Legacy model PP 46/2011 (Perka BKN 1/2013, DOMAIN §4) for regions that still use it.
// Per activity: Kuantitas, Kualitas, Waktu and (when budgeted) Biaya; nilai = their mean.

import type {LegacyPredikat} from './types';
import {roundTo} from './numbers';

/** The efficiency boundary of Perka BKN 1/2013: up to 24 % the normal formula applies. */
export const EFISIENSI_BATAS = 24;

/** Kuantitas = RO / TO × 100 (null when the target is not positive). */
export function aspekKuantitas(
  realisasi: number,
  target: number,
): number | null {
  return target > 0 ? (realisasi / target) * 100 : null;
}

/** Kualitas = RK / TK × 100 (null when the target is not positive). */
export function aspekKualitas(
  realisasi: number,
  target: number,
): number | null {
  return target > 0 ? (realisasi / target) * 100 : null;
}

/** Efisiensi e = 100 − R / T × 100 (time or cost saved, percent). */
export function efisiensi(realisasi: number, target: number): number {
  return 100 - (realisasi / target) * 100;
}

/**
 * Waktu (and Biaya, with TB/RB): (1.76·T − R) / T × 100 when e ≤ 24, else
 * 76 − ((1.76·T − R) / T × 100 − 100). e is compared after rounding to 1e-9: 100 − 9.12/12×100
 * is 24.000000000000004 in floating point but 24 by the regulation.
 */
export function aspekEfisiensi(
  realisasi: number,
  target: number,
): number | null {
  if (!(target > 0)) return null;
  const base = ((1.76 * target - realisasi) / target) * 100;
  const e = roundTo(efisiensi(realisasi, target), 9);
  return e <= EFISIENSI_BATAS ? base : 76 - (base - 100);
}

export interface LegacyActivity {
  kuantitas: {target: number; realisasi: number};
  kualitas: {target: number; realisasi: number};
  waktu: {target: number; realisasi: number};
  /** Absent (or target 0) for an activity without a budget. */
  biaya?: {target: number; realisasi: number} | null;
}

/** Nilai of one activity: (Kuantitas + Kualitas + Waktu [+ Biaya]) / 3 [or 4]. Null when a target is not positive. */
export function nilaiKegiatan(activity: LegacyActivity): number | null {
  const parts = [
    aspekKuantitas(activity.kuantitas.realisasi, activity.kuantitas.target),
    aspekKualitas(activity.kualitas.realisasi, activity.kualitas.target),
    aspekEfisiensi(activity.waktu.realisasi, activity.waktu.target),
  ];
  if (activity.biaya && activity.biaya.target > 0) {
    parts.push(aspekEfisiensi(activity.biaya.realisasi, activity.biaya.target));
  }
  if (parts.some(p => p === null)) return null;
  return (parts as number[]).reduce((a, b) => a + b, 0) / parts.length;
}

/** Nilai capaian SKP: mean of the activities' nilai plus points for tugas tambahan / kreativitas. */
export function nilaiSkpLegacy(nilai: number[], tambahan = 0): number | null {
  if (nilai.length === 0) return null;
  return nilai.reduce((a, b) => a + b, 0) / nilai.length + tambahan;
}

/** Nilai prestasi kerja = 60 % SKP + 40 % perilaku. */
export function nilaiAkhirLegacy(skp: number, perilaku: number): number {
  return (skp * 60 + perilaku * 40) / 100;
}

/**
 * Bands: 91+ Sangat Baik, 76-90 Baik, 61-75 Cukup, 51-60 Kurang, ≤ 50 Buruk. A value between two
 * bands (90.5) belongs to the lower one: a band is reached only at its lower bound.
 */
export function predikatLegacy(n: number): LegacyPredikat {
  const value = roundTo(n, 9);
  if (value >= 91) return 'Sangat Baik';
  if (value >= 76) return 'Baik';
  if (value >= 61) return 'Cukup';
  if (value >= 51) return 'Kurang';
  return 'Buruk';
}
