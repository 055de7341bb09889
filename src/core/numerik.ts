// Model NUMERIK (PP 30/2019, DOMAIN §4): numeric scores and their predikat.

import type {Predikat} from './types';
import {DEFAULT_BATAS_CAPAIAN, weightedMean} from './capaian';
import {roundTo} from './numbers';

/**
 * Nilai SKP: weighted mean of capaian (weights = Bobot; equal when all blank), each capaian and the
 * result capped at `batas`. Null for no items.
 */
export function nilaiSkp(
  items: {capaian: number; bobot: number | null}[],
  batas: number = DEFAULT_BATAS_CAPAIAN,
): number | null {
  const mean = weightedMean(
    items.map(item => ({
      value: Math.min(item.capaian, batas),
      weight: item.bobot,
    })),
  );
  return mean === null ? null : Math.min(mean, batas);
}

/** Nilai Perilaku: the mean of the aspect scores (each 0-120, checked by validation). */
export function nilaiPerilakuNumerik(scores: number[]): number | null {
  if (scores.length === 0) return null;
  return scores.reduce((a, b) => a + b, 0) / scores.length;
}

/** Nilai Akhir = Bobot Hasil Kerja % × Nilai SKP + Bobot Perilaku % × Nilai Perilaku (70/30; 60/40 with 360°). */
export function nilaiAkhirNumerik(
  skp: number,
  perilaku: number,
  bobotHasil: number,
  bobotPerilaku: number,
): number {
  return (skp * bobotHasil + perilaku * bobotPerilaku) / 100;
}

/**
 * Predikat of PP 30/2019: Sangat Baik 110 ≤ n (≤ 120) and only with an innovation (else Baik);
 * Baik 90 < n < 110; Butuh Perbaikan 70 < n ≤ 90; Kurang 50 < n ≤ 70; Sangat Kurang n ≤ 50.
 * Compared after rounding to 1e-9 (float noise must not cross a band edge).
 */
export function predikatNumerik(n: number, adaInovasi: boolean): Predikat {
  const value = roundTo(n, 9);
  if (value >= 110) return adaInovasi ? 'Sangat Baik' : 'Baik';
  if (value > 90) return 'Baik';
  if (value > 70) return 'Butuh Perbaikan';
  if (value > 50) return 'Kurang';
  return 'Sangat Kurang';
}
