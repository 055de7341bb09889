// What a script or a person writes into cells becomes: text parsed the way Sheets parses what a
// person types (setValue(s) too), numbers, booleans, dates and '=' formulas.
import {isDate, zonedToDate} from './dates';
import type {Env} from './env';
import type {CellValue, Rect, SheetModel} from './model';

export type Parsed = {value?: CellValue; formula?: string};

const NUMBER = {
  en: /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/,
  id: /^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)?(?:,\d+)?(?:[eE][+-]?\d+)?$/,
};
const ISO_DATE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const SLASH_DATE =
  /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$/;

function parseNumberText(text: string, locale: string): number | null {
  const id = locale.startsWith('id');
  const re = id ? NUMBER.id : NUMBER.en;
  if (!/\d/.test(text) || !re.test(text)) return null;
  const normalized = id
    ? text.replace(/\./g, '').replace(',', '.')
    : text.replace(/,/g, '');
  const n = Number(normalized);
  return Number.isFinite(n) ? n : null;
}

/**
 * A string put into a cell the way setValue(s) puts it: parsed as if typed into the UI
 * (developers.google.com/sheets/api/reference/rest/v4/ValueInputOption, USER_ENTERED: "the same
 * rules that are applied when entering text into a cell via the Google Sheets UI").
 * - Plain text format ('@'): everything stays text, '=...' included, and the apostrophe is kept
 *   (how-to-sheets.com/formulas-functions/google-sheets-text-instead-of-formula: a leading
 *   apostrophe or the Plain Text format shows the text instead of executing a formula).
 * - Otherwise '=...' is a formula, and only '=': "formulas must start with = to be considered a
 *   formula" (Google's Sheets API cell-feed guide, quoted in github.com/jennybc/googlesheets/issues/18);
 *   '+1' / '-1' are numbers, '+62 812', '-abc' and '@siti' plain text.
 * - A leading apostrophe forces text and is not part of the value; numeric/percent/boolean/date-
 *   looking text becomes a number, boolean or date (that is why NIPs must live in '@' columns:
 *   '196608011988031001' would become 1.96608011988031E+17).
 */
export function parseCellText(
  text: string,
  numberFormat: string | undefined,
  tz: string,
  locale: string,
): Parsed {
  if (text === '') return {};
  if (numberFormat === '@') return {value: text};
  if (text.length > 1 && text.startsWith('=')) return {formula: text};
  if (text.startsWith("'"))
    return text.length === 1 ? {} : {value: text.slice(1)};
  const t = text.trim();
  if (/^(true|false)$/i.test(t)) return {value: t.toLowerCase() === 'true'};
  const percent = t.endsWith('%');
  const n = parseNumberText(percent ? t.slice(0, -1).trim() : t, locale);
  if (n !== null) return {value: percent ? n / 100 : n};
  let m = ISO_DATE.exec(t);
  if (m) {
    const d = validDate(
      tz,
      +m[1],
      +m[2],
      +m[3],
      +(m[4] ?? 0),
      +(m[5] ?? 0),
      +(m[6] ?? 0),
    );
    if (d) return {value: d};
  }
  m = SLASH_DATE.exec(t);
  if (m) {
    const [a, b] = [+m[1], +m[2]];
    const [day, month] = locale.startsWith('id') ? [a, b] : [b, a];
    const d = validDate(
      tz,
      +m[3],
      month,
      day,
      +(m[4] ?? 0),
      +(m[5] ?? 0),
      +(m[6] ?? 0),
    );
    if (d) return {value: d};
  }
  return {value: text};
}

function validDate(
  tz: string,
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
): Date | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59)
    return null;
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCDate() !== d) return null;
  return zonedToDate(tz, y, mo, d, h, mi, s);
}

/** Writes a checked block of values the way setValues does (text parsing, formulas). */
export function writeValues(
  env: Env,
  m: SheetModel,
  rect: Rect,
  data: unknown[][],
): void {
  const {timeZone, locale} = env.workbook;
  const values = m.layers.value;
  const formulas = m.layers.formula;
  const formats = m.layers.numberFormat;
  const {row, col, numRows, numCols} = rect;
  for (let i = 0; i < numRows; i++) {
    const src = data[i];
    const r = row - 1 + i;
    let vRow = values[r];
    const fRow = formulas[r];
    const fmtRow = formats[r];
    m.touch(r + 1);
    for (let j = 0; j < numCols; j++) {
      const c = col - 1 + j;
      const input = src[j];
      let value: CellValue | undefined;
      let formula: string | undefined;
      if (input === null || input === undefined || input === '') {
        value = undefined;
      } else if (typeof input === 'string') {
        const first = input.charCodeAt(0);
        // Fast path: text starting with a letter other than t/f cannot be a number/date/boolean.
        const plain =
          ((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) &&
          first !== 84 &&
          first !== 70 &&
          first !== 116 &&
          first !== 102;
        if (plain) value = input;
        else {
          const parsed = parseCellText(input, fmtRow?.[c], timeZone, locale);
          value = parsed.value;
          formula = parsed.formula;
        }
      } else if (typeof input === 'number' || typeof input === 'boolean') {
        value = input;
      } else if (isDate(input)) {
        value = new Date((input as Date).getTime());
      } else {
        value = String(input);
      }
      if (value !== undefined && vRow === undefined) vRow = values[r] = [];
      if (vRow !== undefined) vRow[c] = value;
      if (formula !== undefined) {
        m.set('formula', r + 1, c + 1, formula);
      } else if (fRow !== undefined && fRow[c] !== undefined) {
        fRow[c] = undefined;
      }
    }
  }
}
