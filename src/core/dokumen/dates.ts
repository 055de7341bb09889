// Dates printed on the official documents (DOMAIN.md §10): `31 Maret 2026` / `31 March 2026`, and
// the first and last day of an appraisal period.
import {type Period, quartersOf} from '../period';
import type {Lang} from '../types';

/** A calendar day (no time zone: the caller picks the day in the spreadsheet's zone). */
export interface Day {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

const MONTHS: Record<Lang, readonly string[]> = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** `31 Maret 2026` (id) or `31 March 2026` (en). */
export function formatDay(day: Day, lang: Lang): string {
  return `${day.day} ${MONTHS[lang][day.month - 1]} ${day.year}`;
}

/** Days in a month (1-12) of a year, leap years included. */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The period's first and last day: 2026-TW1 -> 1 Januari 2026 .. 31 Maret 2026. */
export function periodDays(period: Period): {start: Day; end: Day} {
  const quarters = quartersOf(period);
  const first = (quarters[0] - 1) * 3 + 1;
  const last = quarters[quarters.length - 1] * 3;
  return {
    start: {year: period.year, month: first, day: 1},
    end: {year: period.year, month: last, day: daysIn(period.year, last)},
  };
}
