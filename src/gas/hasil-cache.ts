// The NIP -> period -> {Nilai Akhir, Predikat} index behind ASN_SCORE and ASN_PREDIKAT, read from
// the Hasil sheet with one getValues and kept in the document cache so a column of hundreds of
// formulas costs one sheet read. Recompute calls invalidateHasilCache() after writing Hasil.
//
// Cache layout (CacheService values are at most 100 KB, keys 250 characters, 1,000 entries:
// https://developers.google.com/apps-script/reference/cache/cache):
//   hasil:v1       head: {"g": generation, "n": chunk count}
//   hasil:v1:<i>   chunk i of the JSON index, prefixed with "<generation>|"
//   hasil:v1:settings  Periode Aktif and Bahasa of Pengaturan (read only when needed)
// A reader accepts the chunks only when every one carries the head's generation, so chunks left by
// an older write can never be mixed into a newer index.
//
// Periode Aktif and Bahasa are also kept in the document property `kinerja.settings`, written by
// recompute, by saving the settings form and by an edit of Pengaturan (the on-edit trigger), so a
// custom function reads one sheet, Hasil. Pengaturan is read only while that property is missing
// (before the first recompute). Custom functions only read properties (ARCHITECTURE.md).

import {normalizePeriod} from '../core/period';
import type {Lang} from '../core/types';
import {parseLang} from '../core/i18n';
import {SHEET} from '../sheets/schema';
import {buildHasilIndex, HasilError, type HasilIndex} from '../sheets/hasil';
import {readPengaturanBasics} from '../sheets/pengaturan';
import {contractSheet} from './workbook';

export const HASIL_CACHE_KEY = 'hasil:v1';
const SETTINGS_KEY = `${HASIL_CACHE_KEY}:settings`;
/** Characters per chunk: well under 100 KB, as the index is ASCII JSON. */
const CHUNK_CHARS = 90_000;
/** Above this many chunks (about 1.8 MB) the index is not cached: a read is then cheaper than the cache. */
const MAX_CHUNKS = 20;
/** 6 hours, the longest the cache keeps a value. */
const CACHE_SECONDS = 21_600;

/** What the custom functions need from Pengaturan. */
export interface HasilSettings {
  /** `Periode Aktif` as a canonical code, or null when blank or not a period. */
  periodeAktif: string | null;
  lang: Lang;
}

function documentCache(): GoogleAppsScript.Cache.Cache | null {
  try {
    return CacheService.getDocumentCache();
  } catch {
    return null;
  }
}

function chunkKeys(count: number): string[] {
  return Array.from({length: count}, (_, i) => `${HASIL_CACHE_KEY}:${i}`);
}

function fromCache(cache: GoogleAppsScript.Cache.Cache): HasilIndex | null {
  const head = cache.get(HASIL_CACHE_KEY);
  if (!head) return null;
  let parsed: {g: string; n: number};
  try {
    parsed = JSON.parse(head);
  } catch {
    return null;
  }
  if (!parsed || typeof parsed.n !== 'number' || parsed.n < 1) return null;
  const keys = chunkKeys(parsed.n);
  const chunks = cache.getAll(keys);
  const prefix = `${parsed.g}|`;
  let json = '';
  for (const key of keys) {
    const chunk = chunks[key];
    if (typeof chunk !== 'string' || !chunk.startsWith(prefix)) return null;
    json += chunk.slice(prefix.length);
  }
  try {
    return JSON.parse(json) as HasilIndex;
  } catch {
    return null;
  }
}

function toCache(cache: GoogleAppsScript.Cache.Cache, index: HasilIndex): void {
  const json = JSON.stringify(index);
  const count = Math.max(1, Math.ceil(json.length / CHUNK_CHARS));
  if (count > MAX_CHUNKS) return;
  const generation =
    String(Date.now()) + Math.random().toString(36).slice(2, 8);
  const values: Record<string, string> = {};
  chunkKeys(count).forEach((key, i) => {
    values[key] =
      `${generation}|${json.slice(i * CHUNK_CHARS, (i + 1) * CHUNK_CHARS)}`;
  });
  // Chunks first, head last: a reader never sees a head whose chunks are not there yet.
  cache.putAll(values, CACHE_SECONDS);
  cache.put(
    HASIL_CACHE_KEY,
    JSON.stringify({g: generation, n: count}),
    CACHE_SECONDS,
  );
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
 * The Hasil index: from the document cache, else from the sheet (one getValues), then cached for
 * 6 hours. Throws HasilError when Hasil is missing, empty or lacks a needed column.
 */
export function readHasilIndex(): HasilIndex {
  const cache = documentCache();
  const cached = cache ? fromCache(cache) : null;
  if (cached) return cached;
  const hasil = readSheet(SHEET.hasil);
  const blank = (row: unknown[]) =>
    row.every(cell => cell === '' || cell === null);
  if (!hasil || hasil.every(blank)) throw new HasilError('core.fn.noHasil');
  const index = buildHasilIndex(hasil);
  if (cache) {
    try {
      toCache(cache, index);
    } catch {
      // A full or unavailable cache only costs speed: the index is still correct.
    }
  }
  return index;
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
  let count = MAX_CHUNKS;
  const head = cache.get(HASIL_CACHE_KEY);
  if (head) {
    try {
      count = Math.max(count, Number(JSON.parse(head).n) || 0);
    } catch {
      // Unreadable head: remove the default range of chunks.
    }
  }
  cache.removeAll([HASIL_CACHE_KEY, SETTINGS_KEY, ...chunkKeys(count)]);
}
