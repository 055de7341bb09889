// Appraisal tabs' names and identities (SHEETS.md "Appraisal tabs"). The NAME is for people:
// `<Periode> <short name>` within the 31 characters .xlsx allows, unique ignoring case (as Sheets
// compares names), free of `[]:*?/\` and of an apostrophe at either end. The IDENTITY (period,
// mode, supervisor NIP or unit code) is stored with the tab (developer metadata `kinerja.tab`),
// so a tab a person renamed is still found. Tabs of old workbooks named `Penilaian <Periode> <key>`
// are recognised by that name once, then stamped.

import {PENILAIAN_PREFIX} from './schema';

/** Developer metadata key holding a tab's identity. */
export const TAB_METADATA_KEY = 'kinerja.tab';
/** The longest sheet name an .xlsx file holds. */
export const MAX_TAB_NAME = 31;

export type TabMode = 'atasan' | 'unit';

export interface TabIdentity {
  period: string;
  mode: TabMode;
  /** Supervisor NIP (atasan) or unit code (unit). */
  key: string;
}

export function encodeIdentity(id: TabIdentity): string {
  return JSON.stringify({period: id.period, mode: id.mode, key: id.key});
}

export function decodeIdentity(text: unknown): TabIdentity | null {
  if (typeof text !== 'string' || !text.startsWith('{')) return null;
  try {
    const v = JSON.parse(text) as Partial<TabIdentity>;
    if (typeof v.period !== 'string' || typeof v.key !== 'string') return null;
    if (!v.period || !v.key) return null;
    return {
      period: v.period,
      mode: v.mode === 'unit' ? 'unit' : 'atasan',
      key: v.key,
    };
  } catch {
    return null;
  }
}

/** The identity string used as a map key: one per tab of a workbook. */
export function identityKey(id: TabIdentity): string {
  return `${id.period}|${id.mode}|${id.key}`;
}

/**
 * An old workbook's tab `Penilaian <Periode> <key>`: its identity from the name (an 18-digit key
 * is a supervisor's NIP, anything else a unit code), or null.
 */
export function legacyIdentity(name: string): TabIdentity | null {
  if (!name.startsWith(PENILAIAN_PREFIX)) return null;
  const [period, ...rest] = name
    .slice(PENILAIAN_PREFIX.length)
    .trim()
    .split(/\s+/);
  const key = rest.join(' ');
  if (!period || !key || !/^\d{4}(-|$)/.test(period)) return null;
  return {period, mode: /^\d{18}$/.test(key) ? 'atasan' : 'unit', key};
}

/** Titles written before a name (academic, professional, religious), compared without dots. */
const PREFIX_TITLES = new Set([
  'prof',
  'dr',
  'drs',
  'dra',
  'ir',
  'h',
  'hj',
  'kh',
  'hc',
  'apt',
  'ns',
]);

/**
 * A person's name without titles and degrees: the part before the first comma (degrees follow it:
 * `Sri Wahyuni, S.Kom., M.Si.`), without leading titles (`Dr. Ir. H.`) and without words holding
 * an inner dot (`S.Kom`, `M.Si`, `Ph.D`); a single initial (`M.`) stays.
 */
export function shortPersonName(name: string): string {
  const main = name.split(',')[0] ?? '';
  const words = main.trim().split(/\s+/).filter(Boolean);
  while (
    words.length > 1 &&
    PREFIX_TITLES.has(words[0].replace(/\./g, '').toLowerCase())
  )
    words.shift();
  const kept = words.filter((w, i) => i === 0 || !/[A-Za-z]\.[A-Za-z]/.test(w));
  return kept.join(' ');
}

/** Text safe in a sheet name: no `[]:*?/\`, single spaces (\s covers tabs and line breaks). */
function clean(text: string): string {
  return text
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `label` cut to `room` characters, at a word boundary when one is close enough. */
function cut(label: string, room: number): string {
  if (label.length <= room) return label;
  let out = label.slice(0, room);
  const space = out.lastIndexOf(' ');
  if (space >= Math.ceil(room / 2)) out = out.slice(0, space);
  return out.replace(/[\s.,'-]+$/, '');
}

/** Strips apostrophes and spaces at the ends (Sheets refuses a name that starts or ends with '). */
function trimEnds(name: string): string {
  return name.replace(/^['\s]+|['\s]+$/g, '');
}

/**
 * The name of a new tab: `<period> <label>` within 31 characters, different (ignoring case) from
 * every name in `taken` (lower case), which gets it added. `label`: the supervisor's short name or
 * the unit's name; `fallback` (the NIP or unit code) when the label is empty.
 */
export function newTabName(
  period: string,
  label: string,
  fallback: string,
  taken: Set<string>,
): string {
  const text = clean(label) || clean(fallback) || '-';
  const base = `${clean(period)} `;
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const room = MAX_TAB_NAME - base.length - suffix.length;
    const name = trimEnds(base + cut(text, room)) + suffix;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}
