// Citizen satisfaction index SKM/IKM (PermenPANRB 14/2017, DOMAIN §6).

import {parseNumber, roundTo} from './numbers';

/** The 9 elements, in the order of the questionnaire columns. */
export const IKM_ELEMENTS: string[] = [
  'Persyaratan',
  'Sistem, Mekanisme, dan Prosedur',
  'Waktu Penyelesaian',
  'Biaya/Tarif',
  'Produk Spesifikasi Jenis Pelayanan',
  'Kompetensi Pelaksana',
  'Perilaku Pelaksana',
  'Penanganan Pengaduan, Saran dan Masukan',
  'Sarana dan Prasarana',
];

/** The regulation's weight of each element: exactly 1/9. */
export const DEFAULT_IKM_BOBOT = 1 / 9;

export type IkmMutu = 'A' | 'B' | 'C' | 'D';

export const IKM_KINERJA: Record<IkmMutu, string> = {
  A: 'Sangat Baik',
  B: 'Baik',
  C: 'Kurang Baik',
  D: 'Tidak Baik',
};

export interface IkmResult {
  /** Nilai rata-rata per element; null when the element has no answers. */
  nrr: (number | null)[];
  /** Full precision; null when some element has no answers or nobody answered. */
  ikm: number | null;
  mutu: IkmMutu | null;
  kinerja: string | null;
  /** Respondents with at least one answer. */
  respondents: number;
}

/** True for a valid answer: 1, 2, 3 or 4. */
export function isIkmAnswer(value: unknown): value is number {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

/**
 * Mutu pelayanan of an IKM value, judged on the value rounded to the 2 decimals the bands are
 * written in: A 88.31-100, B 76.61-88.30, C 65.00-76.60, D below (25.00-64.99).
 */
export function ikmMutu(value: number): IkmMutu {
  const shown = roundTo(value, 2);
  if (shown >= 88.31) return 'A';
  if (shown >= 76.61) return 'B';
  if (shown >= 65) return 'C';
  return 'D';
}

/**
 * IKM from a respondents × 9 table of answers (1-4, null for blank; callers reject other values,
 * see isIkmAnswer). NRR per element = mean of its answers; IKM = Σ (NRR × bobot) × 25.
 * 29 respondents whose answers sum to 955 give 955 / (29 × 9) × 25 = 91.48 (A).
 */
export function ikm(
  answers: (number | null)[][],
  bobot: number = DEFAULT_IKM_BOBOT,
): IkmResult {
  const sums = IKM_ELEMENTS.map(() => 0);
  const counts = IKM_ELEMENTS.map(() => 0);
  let respondents = 0;
  for (const row of answers) {
    let answered = false;
    IKM_ELEMENTS.forEach((_, element) => {
      const value = row[element];
      if (value === null || value === undefined || !Number.isFinite(value)) {
        return;
      }
      sums[element] += value;
      counts[element] += 1;
      answered = true;
    });
    if (answered) respondents += 1;
  }
  const nrr = sums.map((sum, element) =>
    counts[element] > 0 ? sum / counts[element] : null,
  );
  if (nrr.some(value => value === null)) {
    return {nrr, ikm: null, mutu: null, kinerja: null, respondents};
  }
  const value = (nrr as number[]).reduce((acc, n) => acc + n * bobot, 0) * 25;
  const mutu = ikmMutu(value);
  return {nrr, ikm: value, mutu, kinerja: IKM_KINERJA[mutu], respondents};
}

/**
 * The `Bobot IKM` setting: '1/9' (exact), '0,111', '0.11', 0.11, '11,1%'. Null when it is not a
 * weight in (0, 1]; blank gives the default 1/9.
 */
export function parseIkmBobotStrict(text: unknown): number | null {
  if (text === null || text === undefined) return DEFAULT_IKM_BOBOT;
  if (typeof text === 'string') {
    const compact = text.replace(/\s+/g, '');
    if (compact === '') return DEFAULT_IKM_BOBOT;
    const fraction = /^(\d+)\/(\d+)$/.exec(compact);
    if (fraction) {
      const value = Number(fraction[1]) / Number(fraction[2]);
      return value > 0 && value <= 1 ? value : null;
    }
    const percent = compact.endsWith('%');
    const parsed = parseNumber(compact);
    if (parsed === null) return null;
    const value = percent ? parsed / 100 : parsed;
    return value > 0 && value <= 1 ? value : null;
  }
  const value = parseNumber(text);
  return value !== null && value > 0 && value <= 1 ? value : null;
}

/** Like parseIkmBobotStrict, with the default 1/9 for anything that is not a valid weight. */
export function parseIkmBobot(text: unknown): number {
  return parseIkmBobotStrict(text) ?? DEFAULT_IKM_BOBOT;
}
