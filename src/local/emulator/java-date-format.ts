// Java SimpleDateFormat patterns, as Utilities.formatDate prints them.
import {DAYS, MONTHS, ZonedParts, pad, zonedParts} from './dates';

/** Java prints these abbreviations for the three Indonesian zones (CLDR names). */
const ZONE_NAMES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
  UTC: 'UTC',
  GMT: 'GMT',
};

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
