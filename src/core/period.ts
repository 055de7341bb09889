// Appraisal periods (DOMAIN §1): 'YYYY-TW1'..'YYYY-TW4' (triwulan), 'YYYY-S1', 'YYYY-S2'
// (semester), 'YYYY' (tahunan).

export type PeriodKind = 'TW' | 'S' | 'Y';

export interface Period {
  /** Canonical code: '2026-TW1', '2026-S2', '2026'. */
  code: string;
  year: number;
  kind: PeriodKind;
  /** 1-4 for TW, 1-2 for S, 0 for a year. */
  index: number;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

/** Western Indonesia Time (WIB, UTC+7): the default spreadsheet time zone, Asia/Jakarta. */
export const WIB_OFFSET_MINUTES = 7 * 60;

/**
 * Reads a period code, tolerant of case, spaces and separators: ' 2026 tw1 ', '2026/S2',
 * 2026 (a number). Null when it is not a period.
 */
export function parsePeriod(text: unknown): Period | null {
  if (typeof text === 'number') {
    return Number.isInteger(text) ? yearPeriod(text) : null;
  }
  if (typeof text !== 'string') return null;
  const compact = text.replace(/[\s\u00a0]+/g, '').toUpperCase();
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

/** The quarters (1-4) a period covers: TW2 -> [2]; S1 -> [1,2]; S2 -> [3,4]; a year -> [1,2,3,4]. */
export function quartersOf(period: Period): number[] {
  if (period.kind === 'TW') return [period.index];
  if (period.kind === 'S') {
    return period.index === 1 ? [1, 2] : [3, 4];
  }
  return [1, 2, 3, 4];
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

/** Every period of a year in calendar order: TW1, TW2, S1, TW3, TW4, S2, the year. */
export function periodsOfYear(year: number): string[] {
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
 * Chronological order: by year, then by the last quarter covered, then the shorter period first
 * (TW2 before S1, TW4 before S2 before the year). Codes that are not periods sort after, by text.
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
  const quarters = quartersOf(period);
  const last = quarters[quarters.length - 1];
  return period.year * 100 + last * 10 + quarters.length;
}

/** The canonical code of a period text, or null. */
export function normalizePeriod(text: unknown): string | null {
  return parsePeriod(text)?.code ?? null;
}
