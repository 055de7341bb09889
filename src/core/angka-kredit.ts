// Angka kredit of functional positions (Peraturan BKN 3/2023, DOMAIN §8):
// percentage by predikat × annual coefficient of the jenjang × months / 12.

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
