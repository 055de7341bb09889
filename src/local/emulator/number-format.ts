// Sheets number formats: what Range.getDisplayValues() shows for a value and its format.
import {DAYS, MONTHS, isDate, pad, serialToDate, zonedParts} from './dates';
import type {CellValue} from './model';

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
