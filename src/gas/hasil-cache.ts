// The Hasil index behind ASN_SCORE and ASN_PREDIKAT (NIP -> period -> {Nilai Akhir, Predikat}),
// read from the Hasil sheet a period at a time (gas/hasil-sheet.ts: row 1, the Periode column,
// then the asked period's rows) and kept in the document cache in a compact form sharded by
// period and NIP (sheets/hasil-codec.ts), so that a column of single-cell formulas costs three
// sheet reads in all, and each cell two cache reads of at most 100 KB, however many years Hasil
// holds. Recompute replaces its period's shards after writing Hasil
// (refreshHasilCachePeriod), so no formula has to read Hasil again; settings changes drop it all.
//
// Cache layout (CacheService values are at most 100 KB, keys 250 characters, 1,000 entries:
// https://developers.google.com/apps-script/reference/cache/cache):
//   hasil:v2                  head: {"g": generation, "l": latest, "p": predikats, "s": {period: shards},
//                             "u": periods of Hasil not cached yet}
//   hasil:v2:<g>:<period>:<i> shard i of a period's entries
//   hasil:v2:settings         Periode Aktif and Bahasa of Pengaturan (read only when needed)
// Shard keys carry the generation, so a shard left by an older index is never read as part of a
// newer one; a missing shard (evicted) makes the reader read its period from the sheet again.
//
// Periode Aktif and Bahasa are also kept in the document property `kinerja.settings`, written by
// recompute, by saving the settings form and by an edit of Pengaturan (the on-edit trigger), so a
// custom function reads one sheet, Hasil. Pengaturan is read only while that property is missing
// (before the first recompute). Custom functions only read properties (ARCHITECTURE.md).

import {comparePeriods, normalizePeriod} from '../core/period';
import type {Lang} from '../core/types';
import {parseLang} from '../core/i18n';
import {SHEET} from '../sheets/schema';
import {
  buildHasilIndex,
  lookupOfIndex,
  type HasilCell,
  type HasilIndex,
  type HasilLookup,
} from '../sheets/hasil';
import {
  decodeShard,
  encodeHasil,
  findInShard,
  shardOf,
} from '../sheets/hasil-codec';
import {readPengaturanBasics} from '../sheets/pengaturan';
import {hasilSheetReader} from './hasil-sheet';
import {contractSheet} from './workbook';

export const HASIL_CACHE_KEY = 'hasil:v2';
const SETTINGS_KEY = `${HASIL_CACHE_KEY}:settings`;
/** At most this many shards are cached (a cache holds 1,000 entries, shared with other keys). */
const MAX_SHARDS = 800;
/** Characters per putAll: a few MB per call. */
const PUT_CHARS = 2_000_000;
/** 6 hours, the longest the cache keeps a value. */
const CACHE_SECONDS = 21_600;

/** What the custom functions need from Pengaturan. */
export interface HasilSettings {
  /** `Periode Aktif` as a canonical code, or null when blank or not a period. */
  periodeAktif: string | null;
  lang: Lang;
}

interface Head {
  g: string;
  l: string | null;
  p: string[];
  s: Record<string, number>;
  /** Generation of a period's shards when recompute replaced them (else g). */
  k?: Record<string, string>;
  /** Periods Hasil has whose shards are not cached yet (filled when a formula asks for them). */
  u?: string[];
}

function documentCache(): GoogleAppsScript.Cache.Cache | null {
  try {
    return CacheService.getDocumentCache();
  } catch {
    return null;
  }
}

const shardKey = (g: string, period: string, i: number) =>
  `${HASIL_CACHE_KEY}:${g}:${period}:${i}`;

const periodGeneration = (head: Head, period: string) =>
  head.k?.[period] ?? head.g;

function shardKeys(head: Head, period: string): string[] {
  const g = periodGeneration(head, period);
  return Array.from({length: head.s[period] ?? 0}, (_, i) =>
    shardKey(g, period, i),
  );
}

const newGeneration = () =>
  String(Date.now()) + Math.random().toString(36).slice(2, 8);

function readHead(cache: GoogleAppsScript.Cache.Cache): Head | null {
  const text = cache.get(HASIL_CACHE_KEY);
  if (!text) return null;
  try {
    const head = JSON.parse(text) as Head;
    return head && typeof head.g === 'string' && head.s && Array.isArray(head.p)
      ? head
      : null;
  } catch {
    return null;
  }
}

/** Document property holding {periodeAktif, bahasa} for the custom functions. */
export const SETTINGS_PROPERTY = 'kinerja.settings';

/** Stores Periode Aktif and Bahasa for the custom functions (`props`: already at hand, or fetched). */
export function saveSettingsProperty(
  periodeAktif: unknown,
  bahasa: Lang,
  props: GoogleAppsScript.Properties.Properties = PropertiesService.getDocumentProperties(),
): void {
  props.setProperty(
    SETTINGS_PROPERTY,
    JSON.stringify({
      periodeAktif: normalizePeriod(periodeAktif),
      bahasa: parseLang(bahasa),
    }),
  );
}

/** The settings in the document property, or null when missing or unreadable. */
export function readSettingsProperty(): HasilSettings | null {
  let text: string | null = null;
  try {
    text =
      PropertiesService.getDocumentProperties().getProperty(SETTINGS_PROPERTY);
  } catch {
    return null;
  }
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as {
      periodeAktif?: unknown;
      bahasa?: unknown;
    };
    return {
      periodeAktif: normalizePeriod(parsed.periodeAktif),
      lang: parseLang(parsed.bahasa),
    };
  } catch {
    return null;
  }
}

/** Stores the settings read from Pengaturan's values (after an edit of that sheet). */
export function saveSettingsFromPengaturan(values: unknown[][] | null): void {
  const basics = readPengaturanBasics(values);
  saveSettingsProperty(basics.periodeAktif, basics.lang);
}

function readSheet(name: string): unknown[][] | null {
  const sheet = contractSheet(SpreadsheetApp.getActiveSpreadsheet(), name);
  return sheet ? sheet.getDataRange().getValues() : null;
}

/** The raw Pengaturan values (one getValues), or null when the sheet is missing. */
export function readPengaturanValues(): unknown[][] | null {
  return readSheet(SHEET.pengaturan);
}

/**
 * Puts periods' shards in the cache, each under a new generation of the period, and writes the
 * head after them (a reader never sees a head whose shards are not there yet). False when they
 * cannot be cached (a NIP the compact form cannot hold, too many shards): nothing was written.
 */
function putPeriods(
  cache: GoogleAppsScript.Cache.Cache,
  head: Head,
  periods: readonly string[],
  index: HasilIndex,
): boolean {
  const shards = encodeHasil(index, head.p);
  if (!shards) return false;
  const replaced = new Set(periods);
  const kept = Object.entries(head.s)
    .filter(([p]) => !replaced.has(p))
    .reduce((n, [, count]) => n + count, 0);
  const added = periods.reduce(
    (n, p) => n + (shards.periods[p]?.length ?? 0),
    0,
  );
  if (kept + added > MAX_SHARDS) return false;
  const old = periods.flatMap(p => shardKeys(head, p));
  const next: Head = {
    ...head,
    p: shards.predikats,
    s: {...head.s},
    k: {...(head.k ?? {})},
    u: (head.u ?? []).filter(p => !replaced.has(p)),
  };
  let batch: Record<string, string> = {};
  let chars = 0;
  const flush = () => {
    if (chars > 0) cache.putAll(batch, CACHE_SECONDS);
    batch = {};
    chars = 0;
  };
  for (const period of periods) {
    const texts = shards.periods[period] ?? [];
    const generation = newGeneration();
    if (next.l === null || comparePeriods(period, next.l) > 0) next.l = period;
    next.k![period] = generation;
    if (texts.length) next.s[period] = texts.length;
    else delete next.s[period];
    texts.forEach((text, i) => {
      if (chars + text.length > PUT_CHARS) flush();
      batch[shardKey(generation, period, i)] = text;
      chars += text.length;
    });
  }
  flush();
  cache.put(HASIL_CACHE_KEY, JSON.stringify(next), CACHE_SECONDS);
  if (old.length) cache.removeAll(old);
  return true;
}

/**
 * The lookup read from the sheet, a period at a time (gas/hasil-sheet.ts), each period put in the
 * cache as it is read, so the next formula finds it there. The cache only costs speed: when it is
 * full or unavailable the lookup is still right.
 */
function sheetLookup(cache: GoogleAppsScript.Cache.Cache | null): HasilLookup {
  const reader = hasilSheetReader();
  const fresh = (): Head => ({
    g: newGeneration(),
    l: reader.latest,
    p: [],
    s: {},
    u: reader.periods,
  });
  if (reader.whole) {
    // A small Hasil read whole: every period cached at once, as a fresh head.
    try {
      if (cache) putPeriods(cache, fresh(), reader.periods, reader.whole);
    } catch {
      // Only costs speed: the index is still correct.
    }
    return lookupOfIndex(reader.whole);
  }
  const known = new Set(reader.periods);
  const loaded = new Map<string, HasilLookup>();
  return {
    latest: reader.latest,
    find(nip, period) {
      if (!known.has(period)) return undefined;
      let lookup = loaded.get(period);
      if (!lookup) {
        const index = reader.load(period);
        if (cache) {
          try {
            putPeriods(cache, readHead(cache) ?? fresh(), [period], index);
          } catch {
            // Only costs speed: the index is still correct.
          }
        }
        loaded.set(period, (lookup = lookupOfIndex(index)));
      }
      return lookup.find(nip, period);
    },
  };
}

/**
 * The lookup behind the custom functions: from the document cache when its head is there (each
 * lookup reads its NIP's shard, or with `wholePeriods` every shard of the period at once, as a
 * range of NIPs needs), else from the sheet, then cached. A shard gone from the cache (evicted)
 * switches to the sheet. Throws HasilError when Hasil is missing, empty or lacks a needed column.
 */
export function readHasilLookup(wholePeriods = true): HasilLookup {
  const cache = documentCache();
  const head = cache ? readHead(cache) : null;
  if (!cache || !head) return sheetLookup(cache);
  /** Fetches shards (one get, or one getAll); null when one is gone from the cache. */
  const fetch = (keys: string[]): Record<string, string> | null => {
    const got =
      keys.length === 1 ? {[keys[0]]: cache.get(keys[0])} : cache.getAll(keys);
    for (const key of keys) {
      const text = got[key];
      if (typeof text !== 'string' || !text.startsWith('#')) return null;
    }
    return got as Record<string, string>;
  };
  /** A range's periods, decoded whole on first use (all their shards in one getAll). */
  const periods = new Map<string, Map<string, HasilCell>>();
  /** A single cell's shards, searched as text. */
  const texts = new Map<string, string>();
  let fallback: HasilLookup | null = null;
  const fromSheet = (): HasilLookup => (fallback = sheetLookup(cache));
  return {
    latest: head.l,
    find(nip, period) {
      if (fallback) return fallback.find(nip, period);
      const count = head.s[period];
      if (!count) {
        // A period Hasil has but the cache does not yet: read from the sheet, then cached.
        return head.u?.includes(period)
          ? fromSheet().find(nip, period)
          : undefined;
      }
      if (wholePeriods) {
        let map = periods.get(period);
        if (!map) {
          const keys = shardKeys(head, period);
          const got = fetch(keys);
          if (!got) return fromSheet().find(nip, period);
          map = new Map();
          for (const key of keys) {
            decodeShard(got[key], head.p).forEach((v, k) => map!.set(k, v));
          }
          periods.set(period, map);
        }
        return map.get(nip);
      }
      const key = shardKey(
        periodGeneration(head, period),
        period,
        shardOf(nip, count),
      );
      let text = texts.get(key);
      if (text === undefined) {
        const got = fetch([key]);
        if (!got) return fromSheet().find(nip, period);
        texts.set(key, (text = got[key]));
      }
      return findInShard(text, nip, head.p);
    },
  };
}

/**
 * Periode Aktif and Bahasa: from the `kinerja.settings` property, else the document cache, else
 * Pengaturan (one getValues; defaults when the sheet is missing or unreadable), then cached.
 */
export function readHasilSettings(): HasilSettings {
  const stored = readSettingsProperty();
  if (stored) return stored;
  const cache = documentCache();
  const cached = cache?.get(SETTINGS_KEY);
  if (cached) {
    try {
      return JSON.parse(cached) as HasilSettings;
    } catch {
      // Unreadable: read the sheet again.
    }
  }
  let settings: HasilSettings = {periodeAktif: null, lang: 'id'};
  try {
    const basics = readPengaturanBasics(readPengaturanValues());
    settings = {periodeAktif: basics.periodeAktif, lang: basics.lang};
  } catch {
    return settings;
  }
  try {
    cache?.put(SETTINGS_KEY, JSON.stringify(settings), CACHE_SECONDS);
  } catch {
    // Only costs speed.
  }
  return settings;
}

/**
 * Forgets the cached index and settings: call after Hasil or Pengaturan changed (recompute, saving
 * settings, an edit of Pengaturan). Safe when nothing is cached.
 */
export function invalidateHasilCache(): void {
  const cache = documentCache();
  if (!cache) return;
  const head = readHead(cache);
  const shards = head
    ? Object.keys(head.s).flatMap(period => shardKeys(head, period))
    : [];
  cache.removeAll([HASIL_CACHE_KEY, SETTINGS_KEY, ...shards]);
}

/**
 * After recompute wrote one period's Hasil rows (`rows`: Hasil values, header first): when the
 * cache holds an index, that period's shards are replaced (under a new generation of the period)
 * and the head follows, so the next formula reads no sheet and every other period stays cached;
 * else, or when the rows cannot be cached, everything is dropped as invalidateHasilCache does. The
 * settings copy is dropped either way (Periode Aktif may have changed).
 */
export function refreshHasilCachePeriod(
  period: string,
  rows: unknown[][],
): void {
  const cache = documentCache();
  if (!cache) return;
  const head = readHead(cache);
  const code = normalizePeriod(period);
  let index: HasilIndex | null = null;
  try {
    index = head && code ? buildHasilIndex(rows) : null;
  } catch {
    index = null;
  }
  try {
    if (head && code && index && putPeriods(cache, head, [code], index)) {
      cache.remove(SETTINGS_KEY);
      return;
    }
  } catch {
    // Dropped below.
  }
  invalidateHasilCache();
}
