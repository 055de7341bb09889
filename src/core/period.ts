// Appraisal periods (DOMAIN §1): 'YYYY-MM' (bulan), 'YYYY-TW1'..'YYYY-TW4' (triwulan), 'YYYY-S1',
// 'YYYY-S2' (semester), 'YYYY' (tahunan).

export type PeriodKind = 'M' | 'TW' | 'S' | 'Y';

/** Pengaturan `Siklus Evaluasi`: which periods get appraisal tabs (months or quarters). */
export type SiklusEvaluasi = 'Bulanan' | 'Triwulanan';

export interface Period {
  /** Canonical code: '2026-03', '2026-TW1', '2026-S2', '2026'. */
  code: string;
  year: number;
  kind: PeriodKind;
  /** 1-12 for M, 1-4 for TW, 1-2 for S, 0 for a year. */
  index: number;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

/** Western Indonesia Time (WIB, UTC+7): the default spreadsheet time zone, Asia/Jakarta. */
export const WIB_OFFSET_MINUTES = 7 * 60;

/**
 * Reads a period code, tolerant of case, spaces and separators: ' 2026 tw1 ', '2026/S2', '2026-3',
 * 2026 (a number). A month needs its separator ('2026-03'); '2026-13' is not a period.
 */
export function parsePeriod(text: unknown): Period | null {
  if (typeof text === 'number') {
    return Number.isInteger(text) ? yearPeriod(text) : null;
  }
  if (typeof text !== 'string') return null;
  const compact = text.replace(/[\s\u00a0]+/g, '').toUpperCase();
  const month = /^(\d{4})[-/_.](\d{1,2})$/.exec(compact);
  if (month) {
    const [year, m] = [Number(month[1]), Number(month[2])];
    if (year < MIN_YEAR || year > MAX_YEAR || m < 1 || m > 12) return null;
    return {code: monthCode(year, m), year, kind: 'M', index: m};
  }
  const match = /^(\d{4})(?:[-/_.]?(TW|S)([1-4]))?$/.exec(compact);
  if (!match) return null;
  const year = Number(match[1]);
  if (!match[2]) return yearPeriod(year);
  const kind = match[2] as 'TW' | 'S';
  const index = Number(match[3]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (kind === 'S' && index > 2) return null;
  return {code: `${year}-${kind}${index}`, year, kind, index};
}

function yearPeriod(year: number): Period | null {
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  return {code: String(year), year, kind: 'Y', index: 0};
}

export const monthCode = (year: number, month: number) =>
  `${year}-${String(month).padStart(2, '0')}`;

/** The quarters (1-4) a period covers: 2026-05 -> [2]; TW2 -> [2]; S1 -> [1,2]; a year -> [1..4]. */
export function quartersOf(period: Period): number[] {
  if (period.kind === 'M') return [Math.ceil(period.index / 3)];
  if (period.kind === 'TW') return [period.index];
  if (period.kind === 'S') {
    return period.index === 1 ? [1, 2] : [3, 4];
  }
  return [1, 2, 3, 4];
}

/** The months (1-12) a period covers: 2026-05 -> [5]; TW2 -> [4,5,6]; S2 -> [7..12]; a year -> [1..12]. */
export function monthsOf(period: Period): number[] {
  if (period.kind === 'M') return [period.index];
  const months: number[] = [];
  for (const q of quartersOf(period)) months.push(3 * q - 2, 3 * q - 1, 3 * q);
  return months;
}

/**
 * The sub-periods a longer period aggregates (DOMAIN §1): under Bulanan the months of a quarter,
 * semester or year; under Triwulanan the quarters of a semester or year. A tab period has none.
 */
export function subPeriodsOf(period: Period, cycle: SiklusEvaluasi): string[] {
  if (period.kind === 'M') return [];
  if (cycle === 'Bulanan')
    return monthsOf(period).map(m => monthCode(period.year, m));
  if (period.kind === 'TW') return [];
  return quartersOf(period).map(q => `${period.year}-TW${q}`);
}

/**
 * Why appraisal tabs may not be made for a period under a cycle: a quarter under Bulanan or a
 * month under Triwulanan (message key and its parameters, with the period to use instead), else
 * null. Semesters and years keep their own tabs.
 */
export function tabCycleProblem(
  period: Period,
  cycle: SiklusEvaluasi,
): {key: string; params: {periode: string; example: string}} | null {
  if (cycle === 'Bulanan' && period.kind === 'TW') {
    const example = monthCode(period.year, 3 * period.index - 2);
    return {
      key: 'period.cycle.quarterTab',
      params: {periode: period.code, example},
    };
  }
  if (cycle === 'Triwulanan' && period.kind === 'M') {
    const example = `${period.year}-TW${quartersOf(period)[0]}`;
    return {
      key: 'period.cycle.monthTab',
      params: {periode: period.code, example},
    };
  }
  return null;
}

/** The month a moment falls in, in the spreadsheet's time zone (see currentQuarter). */
export function currentMonth(
  date: Date,
  timeZoneOffsetMinutes = WIB_OFFSET_MINUTES,
): string {
  const local = new Date(date.getTime() + timeZoneOffsetMinutes * 60_000);
  return monthCode(local.getUTCFullYear(), local.getUTCMonth() + 1);
}

/**
 * The quarter a moment falls in, in the spreadsheet's time zone given as its UTC offset
 * (default WIB, +420). 31 Dec 2026 20:00 UTC is already 1 Jan 2027 in Jakarta -> '2027-TW1'.
 */
export function currentQuarter(
  date: Date,
  timeZoneOffsetMinutes = WIB_OFFSET_MINUTES,
): string {
  const local = new Date(date.getTime() + timeZoneOffsetMinutes * 60_000);
  const quarter = Math.floor(local.getUTCMonth() / 3) + 1;
  return `${local.getUTCFullYear()}-TW${quarter}`;
}

/**
 * Every period of a year in calendar order: TW1, TW2, S1, TW3, TW4, S2, the year; under Bulanan
 * each quarter is preceded by its months (2026-01, 2026-02, 2026-03, 2026-TW1, ...).
 */
export function periodsOfYear(
  year: number,
  cycle: SiklusEvaluasi = 'Triwulanan',
): string[] {
  if (cycle === 'Bulanan') {
    const months = Array.from({length: 12}, (_, i) => monthCode(year, i + 1));
    return [...months, ...periodsOfYear(year)].sort(comparePeriods);
  }
  return [
    `${year}-TW1`,
    `${year}-TW2`,
    `${year}-S1`,
    `${year}-TW3`,
    `${year}-TW4`,
    `${year}-S2`,
    String(year),
  ];
}

/**
 * Chronological order: by year, then by the last month covered, then the shorter period first
 * (2026-03 before TW1, TW2 before S1, TW4 before S2 before the year). Codes that are not periods sort after, by text.
 */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa || !pb) {
    if (pa) return -1;
    if (pb) return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  return sortKey(pa) - sortKey(pb);
}

function sortKey(period: Period): number {
  const months = monthsOf(period);
  const last = months[months.length - 1];
  return period.year * 10_000 + last * 100 + months.length;
}

/** The canonical code of a period text, or null. */
export function normalizePeriod(text: unknown): string | null {
  return parsePeriod(text)?.code ?? null;
}
