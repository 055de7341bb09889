// Dates, time zones and number formats: Utilities.formatDate (Java SimpleDateFormat patterns),
// Range.getDisplayValues (Sheets number-format patterns) and how Sheets parses typed/written text.
import {CellValue} from './model';

export interface ZonedParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
  offsetMinutes: number; // local - UTC
}

const FIXED_OFFSET = /^(?:GMT|UTC)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i;
const formatters = new Map<string, Intl.DateTimeFormat>();

function fixedOffset(tz: string): number | null {
  if (/^(GMT|UTC|Z|Etc\/UTC|Etc\/GMT)$/i.test(tz)) return 0;
  const m = FIXED_OFFSET.exec(tz);
  if (!m) return null;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

function formatterFor(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** The wall-clock fields of an instant in an IANA zone (or a fixed 'GMT+7' offset). */
export function zonedParts(date: Date, tz: string): ZonedParts {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new Error('Invalid date');
  let offsetMinutes = fixedOffset(tz);
  if (offsetMinutes === null) {
    const fields: Record<string, number> = {};
    for (const p of formatterFor(tz).formatToParts(date)) {
      if (p.type !== 'literal') fields[p.type] = Number(p.value);
    }
    const asUtc = Date.UTC(
      fields.year,
      fields.month - 1,
      fields.day,
      fields.hour,
      fields.minute,
      fields.second,
    );
    offsetMinutes = Math.round(
      (asUtc - (ms - (((ms % 1000) + 1000) % 1000))) / 60000,
    );
  }
  const local = new Date(ms + offsetMinutes * 60000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    millisecond: local.getUTCMilliseconds(),
    weekday: local.getUTCDay(),
    offsetMinutes,
  };
}

/** The instant at which the wall clock in tz shows the given fields. */
export function zonedToDate(
  tz: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  let offset = zonedParts(new Date(guess), tz).offsetMinutes;
  let result = guess - offset * 60000;
  offset = zonedParts(new Date(result), tz).offsetMinutes; // DST edge: settle on the real offset
  result = guess - offset * 60000;
  return new Date(result);
}

const MONTHS = [
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
];
const DAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];
/** Java prints these abbreviations for the three Indonesian zones (CLDR names). */
const ZONE_NAMES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
  UTC: 'UTC',
  GMT: 'GMT',
};

const pad = (n: number, width: number) =>
  String(Math.abs(n)).padStart(width, '0');

function offsetText(minutes: number, colon: boolean, short = false): string {
  const sign = minutes < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const m = pad(Math.abs(minutes) % 60, 2);
  if (short) return `${sign}${h}`;
  return colon ? `${sign}${h}:${m}` : `${sign}${h}${m}`;
}

function dayOfYear(p: ZonedParts): number {
  return (
    Math.round(
      (Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / 864e5,
    ) + 1
  );
}

/**
 * Java SimpleDateFormat, as Utilities.formatDate uses it
 * (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
 * points to java.text.SimpleDateFormat). English names, like Apps Script.
 */
export function formatJavaDate(
  date: Date,
  tz: string,
  pattern: string,
): string {
  const p = zonedParts(date, tz);
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i];
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      out += pattern.slice(i + 1, end < 0 ? pattern.length : end);
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    out += javaField(ch, n, p, tz);
  }
  return out;
}

function javaField(ch: string, n: number, p: ZonedParts, tz: string): string {
  switch (ch) {
    case 'G':
      return 'AD';
    case 'y':
    case 'Y':
      return n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
    case 'M':
    case 'L':
      if (n >= 4) return MONTHS[p.month - 1];
      if (n === 3) return MONTHS[p.month - 1].slice(0, 3);
      return pad(p.month, n);
    case 'd':
      return pad(p.day, n);
    case 'D':
      return pad(dayOfYear(p), n);
    case 'E':
      return n >= 4 ? DAYS[p.weekday] : DAYS[p.weekday].slice(0, 3);
    case 'u':
      return pad(p.weekday === 0 ? 7 : p.weekday, n);
    case 'a':
      return p.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(p.hour, n);
    case 'k':
      return pad(p.hour === 0 ? 24 : p.hour, n);
    case 'K':
      return pad(p.hour % 12, n);
    case 'h':
      return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n);
    case 'm':
      return pad(p.minute, n);
    case 's':
      return pad(p.second, n);
    case 'S':
      return pad(p.millisecond, Math.max(n, 3)).slice(0, Math.max(n, 3));
    case 'z':
      return ZONE_NAMES[tz] ?? 'GMT' + offsetText(p.offsetMinutes, true);
    case 'Z':
      return offsetText(p.offsetMinutes, false);
    case 'X':
      if (p.offsetMinutes === 0) return 'Z';
      return offsetText(p.offsetMinutes, n >= 3, n === 1);
    case 'w':
      return pad(Math.ceil(dayOfYear(p) / 7), n);
    default:
      throw new Error(`Illegal pattern character '${ch}'`);
  }
}

// ---------------------------------------------------------------------------------------------
// Sheets number formats (display)

function generalNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const abs = Math.abs(n);
  if (abs >= 1e15 || (abs !== 0 && abs < 1e-9)) {
    // Sheets shows big numbers (e.g. a NIP typed as a number) in scientific notation: 1.96608E+17
    const [mant, exp] = n.toExponential(5).split('e');
    const m = mant.replace(/\.?0+$/, '');
    const e = Number(exp);
    return `${m}E${e < 0 ? '-' : '+'}${pad(e, 2)}`;
  }
  return String(Number(n.toPrecision(10)));
}

function numberPattern(n: number, pattern: string, locale: string): string {
  // Literal parts in quotes and the numeric core.
  const section =
    pattern.split(';')[n < 0 && pattern.includes(';') ? 1 : 0] ?? pattern;
  const unquoted = section.replace(/"[^"]*"/g, '');
  const percent = unquoted.includes('%');
  const core = /[#0,.]*[0#][#0,.]*/.exec(unquoted)?.[0] ?? '0';
  const [intPart, fracPart = ''] = core.split('.');
  const minFrac = (fracPart.match(/0/g) ?? []).length;
  const maxFrac = (fracPart.match(/[0#]/g) ?? []).length;
  const grouping = intPart.includes(',');
  const minInt = (intPart.match(/0/g) ?? []).length;
  let value = Math.abs(percent ? n * 100 : n);
  // Round half away from zero like Sheets.
  const factor = 10 ** maxFrac;
  value = Math.round(value * factor + 1e-9) / factor;
  let [ip, fp = ''] = value.toFixed(maxFrac).split('.');
  while (fp.length > minFrac && fp.endsWith('0')) fp = fp.slice(0, -1);
  if (ip === '0' && minInt === 0) ip = '';
  ip = ip.padStart(minInt, '0');
  const [groupSep, decSep] = locale.startsWith('id') ? ['.', ','] : [',', '.'];
  if (grouping) ip = ip.replace(/\B(?=(\d{3})+(?!\d))/g, groupSep);
  const num =
    (n < 0 && !pattern.includes(';') ? '-' : '') + ip + (fp ? decSep + fp : '');
  // Put the number back where the core was, keep literals (quoted text, % sign, spaces).
  const at = section.indexOf(core);
  const before = section.slice(0, at).replace(/"([^"]*)"/g, '$1');
  const after = section.slice(at + core.length).replace(/"([^"]*)"/g, '$1');
  return before + num + after;
}

const DATE_TOKEN =
  /yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|"[^"]*"|./gi;

function sheetsDatePattern(date: Date, pattern: string, tz: string): string {
  const p = zonedParts(date, tz);
  const tokens = pattern.match(DATE_TOKEN) ?? [];
  const ampm = /am\/pm/i.test(pattern);
  let out = '';
  tokens.forEach((raw, i) => {
    const t = raw.toLowerCase();
    const prev =
      tokens
        .slice(0, i)
        .reverse()
        .find(x => /^[a-z]/i.test(x))
        ?.toLowerCase() ?? '';
    const next =
      tokens
        .slice(i + 1)
        .find(x => /^[a-z]/i.test(x))
        ?.toLowerCase() ?? '';
    const isMinute = prev.startsWith('h') || next.startsWith('s');
    switch (t) {
      case 'yyyy':
        out += pad(p.year, 4);
        return;
      case 'yy':
        out += pad(p.year % 100, 2);
        return;
      case 'mmmm':
        out += MONTHS[p.month - 1];
        return;
      case 'mmm':
        out += MONTHS[p.month - 1].slice(0, 3);
        return;
      case 'mm':
        out += pad(isMinute ? p.minute : p.month, 2);
        return;
      case 'm':
        out += String(isMinute ? p.minute : p.month);
        return;
      case 'dddd':
        out += DAYS[p.weekday];
        return;
      case 'ddd':
        out += DAYS[p.weekday].slice(0, 3);
        return;
      case 'dd':
        out += pad(p.day, 2);
        return;
      case 'd':
        out += String(p.day);
        return;
      case 'hh':
      case 'h': {
        const h = ampm ? (p.hour % 12 === 0 ? 12 : p.hour % 12) : p.hour;
        out += t === 'hh' ? pad(h, 2) : String(h);
        return;
      }
      case 'ss':
        out += pad(p.second, 2);
        return;
      case 's':
        out += String(p.second);
        return;
      case 'am/pm':
        out += p.hour < 12 ? 'AM' : 'PM';
        return;
      default:
        out += raw.startsWith('"') ? raw.slice(1, -1) : raw;
    }
  });
  return out;
}

const looksLikeDatePattern = (pattern: string) =>
  /[yd]|mm?m?m?.*[yd]|h|s{1,2}/i.test(pattern.replace(/"[^"]*"/g, ''));

/** What Sheets shows for a cell: Range.getDisplayValues(). */
export function displayValue(
  value: CellValue | undefined,
  numberFormat: string | undefined,
  tz: string,
  locale: string,
): string {
  if (value === undefined || value === '') return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const fmt = numberFormat && numberFormat !== 'General' ? numberFormat : '';
  if (isDate(value)) {
    if (fmt && fmt !== '@' && looksLikeDatePattern(fmt))
      return sheetsDatePattern(value, fmt, tz);
    const p = zonedParts(value, tz);
    const hasTime = p.hour || p.minute || p.second;
    const idLocale = locale.startsWith('id');
    const base = idLocale ? 'dd/mm/yyyy' : 'm/d/yyyy';
    return sheetsDatePattern(
      value,
      hasTime ? base + (idLocale ? ' hh.mm.ss' : ' h:mm:ss') : base,
      tz,
    );
  }
  if (!fmt || fmt === '@') return generalNumber(value);
  if (looksLikeDatePattern(fmt) && !/[0#]/.test(fmt)) {
    return sheetsDatePattern(serialToDate(value, tz), fmt, tz);
  }
  return numberPattern(value, fmt, locale);
}

// Sheets date serials (days since 1899-12-30, wall clock in the spreadsheet time zone).
export function dateToSerial(date: Date, tz: string): number {
  const p = zonedParts(date, tz);
  const wall = Date.UTC(
    p.year,
    p.month - 1,
    p.day,
    p.hour,
    p.minute,
    p.second,
    p.millisecond,
  );
  return (wall - Date.UTC(1899, 11, 30)) / 864e5;
}

export function serialToDate(serial: number, tz: string): Date {
  const wall = new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 864e5));
  return zonedToDate(
    tz,
    wall.getUTCFullYear(),
    wall.getUTCMonth() + 1,
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
  );
}

// ---------------------------------------------------------------------------------------------
// Text written into a cell, parsed the way Sheets parses what a person types (setValue(s) too).

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
 * A string put into a cell whose format is not plain text ('@'): '=...' is a formula, a leading
 * apostrophe forces text, numeric/percent/boolean/date-looking text becomes a number, boolean or date
 * (that is why NIPs must live in '@' columns: '196608011988031001' would become 1.96608011988031E+17).
 */
export function parseCellText(
  text: string,
  numberFormat: string | undefined,
  tz: string,
  locale: string,
): Parsed {
  if (text === '') return {};
  if (text.length > 1 && text.startsWith('=')) return {formula: text};
  if (numberFormat === '@') return {value: text};
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

export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}
