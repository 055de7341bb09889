// How custom functions read their arguments and report problems, shared by every ASN_ function.
//
// A custom function may only read the spreadsheet and use Cache, Lock, Properties and Utilities
// (ARCHITECTURE.md). A single value gives a single result and a problem is thrown as an Error
// (Sheets shows #ERROR! with the message as tooltip). A range gives one result per row and a problem
// in one row becomes that row's cell text, so one bad row does not blank the whole column.

import {msg} from '../../core/i18n';
import type {Message, Params} from '../../core/i18n';
import {parseNumberStrict} from '../../core/numbers';
import {parseRating} from '../../core/rating';
import type {Arah, EmployeeStatus, Lang, Rating} from '../../core/types';
import {HasilError} from '../../sheets/hasil';
import {readHasilSettings} from '../hasil-cache';

/** A problem with one input, in both languages until the language is known. */
export class InputError extends Error {
  constructor(readonly text: Message) {
    super(text.id);
  }
}

export function fail(key: string, params: Params = {}): InputError {
  return new InputError(msg(key, params));
}

/** The interface language for messages, looked up (cache, else Pengaturan) only when a message is needed. */
export function makeLangSource(): () => Lang {
  let lang: Lang | undefined;
  return () => (lang ??= readHasilSettings().lang);
}

export function messageOf(error: unknown, lang: () => Lang): string {
  if (error instanceof InputError) return error.text[lang()];
  if (error instanceof HasilError) return msg(error.key, error.params)[lang()];
  return error instanceof Error ? error.message : String(error);
}

export function isBlank(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '')
  );
}

/** The value of row `row` of an argument: a range gives its row (first column), a single value repeats. */
function valueAt(arg: unknown, row: number): unknown {
  if (!Array.isArray(arg)) return arg;
  const cells = (arg.length === 1 ? arg[0] : arg[row]) as unknown;
  return Array.isArray(cells) ? cells[0] : cells;
}

/**
 * Runs `compute` once per row. With no range argument it returns the single result and throws a
 * problem; with ranges (all of the same number of rows, or one row, which is repeated) it returns
 * one row per input row and writes a problem as that row's text.
 */
export function perRow<T>(
  name: string,
  args: unknown[],
  lang: () => Lang,
  width: number,
  compute: (values: unknown[]) => T | T[],
): unknown {
  const ranges = args.filter(Array.isArray) as unknown[][];
  if (ranges.length === 0) {
    try {
      return compute(args);
    } catch (e) {
      throw new Error(messageOf(e, lang));
    }
  }
  const rows = Math.max(...ranges.map(r => r.length));
  // An empty range: Sheets shows an empty array as an error, so give one blank cell instead.
  if (rows === 0) return '';
  if (ranges.some(r => r.length !== rows && r.length !== 1)) {
    throw new Error(msg('core.fn.sizeMismatch', {name, rows})[lang()]);
  }
  const padding = (first: unknown) => [
    first,
    ...Array.from({length: width - 1}, () => ''),
  ];
  const out: unknown[][] = [];
  for (let row = 0; row < rows; row++) {
    try {
      const result = compute(args.map(arg => valueAt(arg, row)));
      out.push(Array.isArray(result) ? result : padding(result));
    } catch (e) {
      out.push(padding(messageOf(e, lang)));
    }
  }
  return out;
}

export function readNumber(value: unknown, label: string): number | null {
  const parsed = parseNumberStrict(value);
  if (parsed.kind === 'blank') return null;
  if (parsed.kind === 'invalid') {
    throw fail('core.fn.badNumber', {name: label, value: parsed.text});
  }
  return parsed.value;
}

export function readArah(value: unknown): Arah {
  if (isBlank(value)) return 'Naik';
  const text = String(value).trim().toLowerCase();
  if (text === 'naik') return 'Naik';
  if (text === 'turun') return 'Turun';
  throw fail('core.fn.badArah', {value: String(value).trim()});
}

export function readRating(value: unknown): Rating | null {
  const rating = parseRating(value);
  if (rating === 'invalid') {
    throw fail('core.fn.badRating', {value: String(value).trim()});
  }
  return rating;
}

export function readStatus(value: unknown): EmployeeStatus | null {
  const text = String(value ?? '')
    .trim()
    .toUpperCase();
  return text === 'PNS' || text === 'PPPK' ? text : null;
}
