// NIP, the civil-servant number (Perka BKN 22/2007, DOMAIN §7):
//   PNS : YYYYMMDD birth date + YYYYMM first CPNS appointment (TMT) + gender (1/2) + 3-digit sequence
//   PPPK: YYYYMMDD birth date + 6 digits (year + code, not a TMT) + gender (1/2) + 3-digit sequence
// Spaces and dots are display only ('19660801 198803 1 001'). A NIP kept as a number in a
// spreadsheet has lost digits (18 digits exceed the 2^53 precision of a double).

import type {EmployeeStatus} from './types';
import {msg, type Message} from './i18n';

export interface NipInfo {
  nip: string;
  birthDate: {year: number; month: number; day: number};
  /** First CPNS appointment (PNS only); null for PPPK, whose digits 9-14 are not a TMT. */
  tmt: {year: number; month: number} | null;
  gender: 'Pria' | 'Wanita';
  /** Digits 16-18. */
  sequence: string;
  status: EmployeeStatus;
}

export type NipErrorCode =
  'length' | 'digits' | 'birthDate' | 'tmt' | 'gender' | 'storedAsNumber';

export type NipResult =
  {ok: true; info: NipInfo} | {ok: false; error: Message; code: NipErrorCode};

/**
 * Earliest plausible birth year. Fixed (the module stays pure and clock-free): nobody born before
 * 1940 is still in service. Pass `today` to parseNip to also reject people younger than 15.
 */
export const MIN_BIRTH_YEAR = 1940;
/** Youngest age at first appointment we accept (CPNS/PPPK require at least 18; slack for typos in records). */
const MIN_AGE = 15;

/**
 * True when a value is a NIP that a spreadsheet turned into a number and therefore lost digits:
 * a number that is not a safe integer (> 2^53, e.g. 1.96608011988031e17), or text in exponent
 * form ('1.96608011988031E+17', what a CSV export of such a cell shows).
 */
export function numberLostDigits(raw: unknown): boolean {
  if (typeof raw === 'number') return !Number.isSafeInteger(raw);
  if (typeof raw === 'string') return /^\s*\d+([.,]\d+)?e\+?\d+\s*$/i.test(raw);
  return false;
}

/** The NIP as text: spaces, dots and a leading apostrophe removed; a number written out in digits. */
export function normalizeNip(raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return String(raw);
    // A large double still has an exact integer value; write it out (its digits may be wrong).
    return Number.isInteger(raw) ? BigInt(raw).toString() : String(raw);
  }
  return String(raw)
    .replace(/^[\s\u00a0]*'/, '')
    .replace(/[\s\u00a0.]+/g, '');
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/**
 * Checks a NIP and reads what it encodes. PNS (default) is checked strictly: real birth date,
 * TMT month 01-12 and TMT year at least 15 years after birth, gender digit 1/2. PPPK leniently:
 * real birth date and gender digit only. `today`, when given, also rejects birth years less than
 * 15 years ago and a TMT after this year.
 */
export function parseNip(
  raw: unknown,
  status: EmployeeStatus = 'PNS',
  today?: Date,
): NipResult {
  const shown = typeof raw === 'string' ? raw.trim() : String(raw ?? '');
  const fail = (
    code: NipErrorCode,
    key: string,
    params: Record<string, string | number> = {},
  ): NipResult => ({
    ok: false,
    code,
    error: msg(key, {value: shown, ...params}),
  });

  if (numberLostDigits(raw)) {
    return fail('storedAsNumber', 'core.nip.storedAsNumber');
  }
  const nip = normalizeNip(raw);
  if (nip === '') return fail('length', 'core.nip.blank');
  if (!/^\d*$/.test(nip)) return fail('digits', 'core.nip.digits');
  if (nip.length !== 18) {
    return fail('length', 'core.nip.length', {count: nip.length});
  }

  const year = Number(nip.slice(0, 4));
  const month = Number(nip.slice(4, 6));
  const day = Number(nip.slice(6, 8));
  const maxBirthYear = today ? today.getFullYear() - MIN_AGE : Infinity;
  if (
    !isRealDate(year, month, day) ||
    year < MIN_BIRTH_YEAR ||
    year > maxBirthYear
  ) {
    return fail('birthDate', 'core.nip.birthDate', {date: nip.slice(0, 8)});
  }

  let tmt: NipInfo['tmt'] = null;
  if (status === 'PNS') {
    const tmtYear = Number(nip.slice(8, 12));
    const tmtMonth = Number(nip.slice(12, 14));
    const maxTmtYear = today ? today.getFullYear() : Infinity;
    if (
      tmtMonth < 1 ||
      tmtMonth > 12 ||
      tmtYear < year + MIN_AGE ||
      tmtYear > maxTmtYear
    ) {
      return fail('tmt', 'core.nip.tmt', {tmt: nip.slice(8, 14)});
    }
    tmt = {year: tmtYear, month: tmtMonth};
  }

  const genderDigit = nip[14];
  if (genderDigit !== '1' && genderDigit !== '2') {
    return fail('gender', 'core.nip.gender', {digit: genderDigit});
  }
  return {
    ok: true,
    info: {
      nip,
      birthDate: {year, month, day},
      tmt,
      gender: genderDigit === '1' ? 'Pria' : 'Wanita',
      sequence: nip.slice(15),
      status,
    },
  };
}
