// Instants and wall clocks: time zones (IANA or a fixed 'GMT+7'), Sheets date serials, and the
// English month and day names both date formats print.
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

export const MONTHS = [
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
export const DAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

export const pad = (n: number, width: number) =>
  String(Math.abs(n)).padStart(width, '0');

/** A Sheets date serial (days since 1899-12-30, wall clock in tz) as an instant. */
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

export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}
