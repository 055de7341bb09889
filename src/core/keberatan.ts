// Appeals (keberatan, PP 30/2019 Pasal 59; DOMAIN.md §11), pure: an employee may object within 14
// days of receiving the result (the day the feedback email was sent: Log Email's Terkirim row);
// only the supervisor's own supervisor, or HR, decides; a decision Diterima replaces the predikat.

import {normalizeNip} from './nip';
import {WIB_OFFSET_MINUTES, normalizePeriod} from './period';
import {parsePredikat} from './rating';
import {type RosterEntry, isHr} from './roles';
import type {Predikat} from './types';

/** Days an employee has to object, from receiving the result. */
export const KEBERATAN_DAYS = 14;

export type Keputusan = 'Diterima' | 'Ditolak';

export interface Appeal {
  /** Row in the sheet (1-based; the header is row 1). */
  row: number;
  nip: string;
  period: string;
  filed: Date | null;
  keputusan: Keputusan | null;
  /** What was typed in Keputusan when it is neither word. */
  badKeputusan: string;
  predikatBaru: Predikat | null;
  decidedBy: string;
}

/**
 * A date cell (its day in the spreadsheet's zone, WIB by default, as currentQuarter reads one), or
 * text `YYYY-MM-DD` / `DD/MM/YYYY`: the day at UTC midnight.
 */
export function parseDay(
  value: unknown,
  offsetMinutes = WIB_OFFSET_MINUTES,
): Date | null {
  if (value instanceof Date && !isNaN(value.getTime())) {
    const local = new Date(value.getTime() + offsetMinutes * 60_000);
    return new Date(
      Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()),
    );
  }
  const text = String(value ?? '').trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (m) return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (m) return new Date(Date.UTC(+m[3], +m[2] - 1, +m[1]));
  return null;
}

/** Whole days from `from` to `to` (both days). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / 86_400_000);
}

/** Filed more than 14 days after the result was received; false when that day is not known. */
export function isLate(filed: Date | null, received: Date | null): boolean {
  return !!filed && !!received && daysBetween(received, filed) > KEBERATAN_DAYS;
}

/** One data row of Keberatan (columns by index: NIP, Periode, Tanggal, Keputusan, Predikat Baru, Diputuskan Oleh). */
export function parseAppeal(
  row: number,
  cells: {
    nip: unknown;
    period: unknown;
    tanggal: unknown;
    keputusan: unknown;
    predikatBaru: unknown;
    decidedBy: unknown;
  },
): Appeal | null {
  const nip = normalizeNip(cells.nip);
  const period = normalizePeriod(cells.period);
  if (!nip || !period) return null;
  const word = String(cells.keputusan ?? '').trim();
  const keputusan: Keputusan | null = /^diterima$/i.test(word)
    ? 'Diterima'
    : /^ditolak$/i.test(word)
      ? 'Ditolak'
      : null;
  return {
    row,
    nip,
    period,
    filed: parseDay(cells.tanggal),
    keputusan,
    badKeputusan: keputusan || !word ? '' : word,
    predikatBaru: parsePredikat(cells.predikatBaru),
    decidedBy: String(cells.decidedBy ?? '').trim(),
  };
}

/**
 * Whether `user` may decide `nip`'s appeal: HR (owner or Email HR), or the employee's supervisor's
 * own supervisor (the NIP Atasan of their NIP Atasan), by the email on that person's Pegawai row.
 */
export function mayDecide(
  user: string,
  nip: string,
  roster: readonly RosterEntry[],
  owner: string,
  emailHr: unknown,
): boolean {
  if (isHr(user, owner, emailHr)) return true;
  const u = user.trim().toLowerCase();
  if (!u) return false;
  const byNip = new Map(roster.map(p => [p.nip, p]));
  const atasan = byNip.get(nip)?.nipAtasan;
  const second = atasan ? byNip.get(atasan)?.nipAtasan : '';
  const decider = second ? byNip.get(second) : undefined;
  return !!decider?.email && decider.email.trim().toLowerCase() === u;
}

/** The predikat a decided appeal puts in Hasil (Diterima with a Predikat Baru), else null. */
export function appealPredikat(appeal: Appeal): Predikat | null {
  return appeal.keputusan === 'Diterima' ? appeal.predikatBaru : null;
}
