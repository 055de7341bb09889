// Angka kredit of functional positions (Peraturan BKN 3/2023, DOMAIN §8):
// percentage by predikat × annual coefficient of the jenjang × months / 12.

import type {Period} from './period';
import type {Predikat} from './types';

/** Percentage of the annual coefficient earned per predikat. */
export const PERSENTASE_ANGKA_KREDIT: Record<Predikat, number> = {
  'Sangat Baik': 150,
  Baik: 100,
  'Butuh Perbaikan': 75,
  'Kurang/Misconduct': 50,
  Kurang: 50,
  'Sangat Kurang': 25,
};

/** Annual coefficient (koefisien tahunan) per jenjang jabatan fungsional. */
export const KOEFISIEN_TAHUNAN: Record<string, number> = {
  Pemula: 3.75,
  Terampil: 5,
  Mahir: 12.5,
  Penyelia: 25,
  'Ahli Pertama': 12.5,
  'Ahli Muda': 25,
  'Ahli Madya': 37.5,
  'Ahli Utama': 50,
};

/** Angka kredit for a period of `bulan` months (default a full year): Ahli Pertama, Sangat Baik -> 18.75. */
export function angkaKredit(
  predikat: Predikat,
  koefisienTahunan: number,
  bulan = 12,
): number {
  return (
    (PERSENTASE_ANGKA_KREDIT[predikat] * koefisienTahunan * bulan) / (100 * 12)
  );
}

/** Angka kredit of one employee for one period, with the figures it is made of. */
export interface AngkaKreditResult {
  jenjang: string;
  koefisienTahunan: number;
  persentase: number;
  bulan: number;
  nilai: number;
}

// Longest first, so "Ahli Pertama" is found before a shorter name could match.
const JENJANG = Object.keys(KOEFISIEN_TAHUNAN).sort(
  (a, b) => b.length - a.length,
);

/**
 * The jenjang a jabatan fungsional's name ends with ("Analis Kebijakan Ahli Pertama" -> Ahli
 * Pertama, "Perawat Terampil" -> Terampil), or null for a structural or unnamed position
 * ("Kepala Dinas"). Case and extra spaces are ignored.
 */
export function jenjangOf(jabatan: string): string | null {
  const text = ` ${jabatan.replace(/\s+/g, ' ').trim().toLowerCase()}`;
  return JENJANG.find(j => text.endsWith(` ${j.toLowerCase()}`)) ?? null;
}

/** Months a period covers: a triwulan 3, a semester 6, a year 12. */
export function monthsOf(period: Period): number {
  return period.kind === 'TW' ? 3 : period.kind === 'S' ? 6 : 12;
}

/** The period's angka kredit of a functional position with a predikat; null otherwise. */
export function angkaKreditOf(
  jabatan: string,
  predikat: Predikat | null,
  period: Period,
): AngkaKreditResult | null {
  const jenjang = jenjangOf(jabatan);
  if (!jenjang || !predikat) return null;
  const koefisienTahunan = KOEFISIEN_TAHUNAN[jenjang];
  const bulan = monthsOf(period);
  return {
    jenjang,
    koefisienTahunan,
    persentase: PERSENTASE_ANGKA_KREDIT[predikat],
    bulan,
    nilai: angkaKredit(predikat, koefisienTahunan, bulan),
  };
}
