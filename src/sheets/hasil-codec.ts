// A compact text form of the Hasil index for the document cache, sharded by period and by NIP so
// that one =ASN_SCORE(A2) reads one small value, whatever the size of Hasil.
//
// CacheService keeps values of at most 100 KB and keys of at most 250 characters, 1,000 entries per
// cache (developers.google.com/apps-script/reference/cache/cache; justin.poehnelt.com/posts/
// exploring-apps-script-cacheservice-limits). One entry is `NIP \t Nilai Akhir \t predikat#`, rows
// joined by \n: about 28 characters, so 10,000 employees make 280 KB a period, four shards of 90 KB
// chosen by a hash of the NIP. A cell's lookup needs the head (periods, shard counts, predikat
// names) and its NIP's one shard.

import {normalizePeriod} from '../core/period';
import type {HasilCell, HasilIndex} from './hasil';

/** Characters per shard: under 100 KB, as the text is ASCII (a NIP with other letters is counted). */
export const SHARD_CHARS = 90_000;

export interface HasilShards {
  latest: string | null;
  /** Predikat texts; an entry names one by its position. */
  predikats: string[];
  /** Canonical period -> its shards (entry texts), the shard of a NIP chosen by shardOf. */
  periods: Record<string, string[]>;
}

/** FNV-1a of the NIP, modulo the shard count: the shard a NIP's entry is in. */
export function shardOf(nip: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < nip.length; i++) {
    hash ^= nip.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % count;
}

/** Byte length of text as UTF-8 (what the cache's 100 KB counts). */
function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair counts 6 instead of 4: an over-estimate is safe.
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return n;
}

/**
 * The index as shards, or null when it cannot be kept this way (a NIP holding a tab or a line
 * break). Periods Hasil names in a form that is not a period code are left out: a lookup always
 * asks for a canonical code.
 */
export function encodeHasil(
  index: HasilIndex,
  knownPredikats: readonly string[] = [],
): HasilShards | null {
  // Predikat names already numbered (in a cached head) keep their numbers.
  const predikats: string[] = [...knownPredikats];
  const predikatIndex = new Map<string, number>(
    predikats.map((p, i) => [p, i]),
  );
  const entries = new Map<string, string[]>();
  for (const nip of Object.keys(index.byNip)) {
    if (/[\t\n]/.test(nip)) return null;
    const byPeriod = index.byNip[nip];
    for (const period of Object.keys(byPeriod)) {
      if (normalizePeriod(period) !== period) continue;
      const [nilai, predikat] = byPeriod[period];
      let p = predikatIndex.get(predikat);
      if (p === undefined) {
        p = predikats.push(predikat) - 1;
        predikatIndex.set(predikat, p);
      }
      const entry = `${nip}\t${nilai === null ? '' : String(nilai)}\t${p}`;
      const list = entries.get(period);
      if (list) list.push(entry);
      else entries.set(period, [entry]);
    }
  }
  const periods: Record<string, string[]> = {};
  for (const [period, list] of entries) {
    const bytes = list.reduce((n, e) => n + utf8Length(e) + 1, 0);
    periods[period] = split(list, Math.ceil((bytes * 1.1) / SHARD_CHARS));
  }
  return {latest: index.latest, predikats, periods};
}

/** Entries into `count` shards by NIP hash; more shards while one is over SHARD_CHARS. */
function split(list: readonly string[], count: number): string[] {
  for (let n = Math.max(1, count); ; n *= 2) {
    const shards: string[][] = Array.from({length: n}, () => []);
    for (const entry of list) {
      shards[shardOf(entry.slice(0, entry.indexOf('\t')), n)].push(entry);
    }
    // A leading '#': no shard is ever empty, so a missing one (evicted) is told from a blank one.
    const texts = shards.map(s => '#' + s.join('\n'));
    if (texts.every(t => utf8Length(t) <= SHARD_CHARS) || n >= list.length) {
      return texts;
    }
  }
}

const cellOf = (
  nilai: string,
  p: string,
  predikats: readonly string[],
): HasilCell => [
  nilai === '' ? null : Number(nilai),
  predikats[Number(p)] ?? '',
];

/** The entries of one shard by NIP. */
export function decodeShard(
  text: string,
  predikats: readonly string[],
): Map<string, HasilCell> {
  const map = new Map<string, HasilCell>();
  if (text.length <= 1) return map;
  for (const line of text.slice(1).split('\n')) {
    const [nip, nilai, p] = line.split('\t');
    map.set(nip, cellOf(nilai, p, predikats));
  }
  return map;
}

/** One NIP's entry in a shard without decoding the rest (a single cell's lookup). */
export function findInShard(
  text: string,
  nip: string,
  predikats: readonly string[],
): HasilCell | undefined {
  const at = text.startsWith(`#${nip}\t`)
    ? 1
    : (i => (i < 0 ? -1 : i + 1))(text.indexOf(`\n${nip}\t`));
  if (at < 0) return undefined;
  const end = text.indexOf('\n', at);
  const [, nilai, p] = text.slice(at, end < 0 ? undefined : end).split('\t');
  return cellOf(nilai, p, predikats);
}
