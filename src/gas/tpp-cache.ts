// The Jumlah TPP index behind ASN_TPP: for each month, NIP -> Jumlah TPP, kept in the document cache
// (values at most 100 KB, https://developers.google.com/apps-script/reference/cache/cache) in shards
// of at most SHARD_ENTRIES NIPs, written by computeTpp right after it writes Hasil TPP. A month
// missing from the cache (evicted, or computed before) is read once from the Hasil TPP sheet.
import {SHEET} from '../sheets/schema';
import {jumlahTppOfMonth} from '../sheets/hasil-tpp';
import {contractSheet, activeSpreadsheet, readValues} from './workbook';

const KEY = 'tpp:v1';
const SHARD_ENTRIES = 2000;
const CACHE_SECONDS = 21_600;

function cache(): GoogleAppsScript.Cache.Cache | null {
  try {
    return CacheService.getDocumentCache();
  } catch {
    return null;
  }
}

/** Shard of a NIP: its last digits, so that one cell reads one shard. */
const shardOf = (nip: string, shards: number) =>
  Number(nip.slice(-6).replace(/\D/g, '') || 0) % shards;

/** Replaces a month's cached index. */
export function cacheTppMonth(month: string, jumlah: Map<string, number | ''>) {
  const c = cache();
  if (!c) return;
  const shards = Math.max(1, Math.ceil(jumlah.size / SHARD_ENTRIES));
  const parts: Record<string, string>[] = Array.from(
    {length: shards},
    () => ({}),
  );
  for (const [nip, value] of jumlah)
    parts[shardOf(nip, shards)][nip] = String(value);
  const values: Record<string, string> = {[`${KEY}:${month}`]: String(shards)};
  const latest = c.get(`${KEY}:latest`);
  if (!latest || latest < month) values[`${KEY}:latest`] = month;
  parts.forEach((p, i) => (values[`${KEY}:${month}:${i}`] = JSON.stringify(p)));
  try {
    c.putAll(values, CACHE_SECONDS);
  } catch {
    // Too big or the cache is down: the formulas read the sheet.
  }
}

/** Jumlah TPP of a NIP in a month: a number, '' (row without amount) or undefined (no row). */
export function makeTppLookup(): (
  nip: string,
  month: string,
) => number | '' | undefined {
  const c = cache();
  const months = new Map<string, Map<string, number | ''>>();
  const shardsRead = new Map<string, Record<string, string>>();
  let sheet: unknown[][] | undefined;
  return (nip, month) => {
    if (months.has(month)) return months.get(month)!.get(nip);
    const head = c?.get(`${KEY}:${month}`);
    if (head) {
      const key = `${KEY}:${month}:${shardOf(nip, Number(head))}`;
      let shard = shardsRead.get(key);
      if (!shard) {
        const text = c!.get(key);
        if (text) shardsRead.set(key, (shard = JSON.parse(text)));
      }
      if (shard) {
        const v = shard[nip];
        return v === undefined ? undefined : v === '' ? '' : Number(v);
      }
    }
    return readMonth(month).get(nip);
  };
  function readMonth(month: string): Map<string, number | ''> {
    let map = months.get(month);
    if (!map) {
      if (!sheet) {
        const s = contractSheet(activeSpreadsheet(), SHEET.hasilTpp);
        sheet = s ? readValues(s) : [];
      }
      map = jumlahTppOfMonth(sheet, month);
      months.set(month, map);
      cacheTppMonth(month, map);
    }
    return map;
  }
}

/** The latest month of Hasil TPP (cached by computeTpp; else read from the sheet), or null. */
export function latestTppMonth(): string | null {
  const cached = cache()?.get(`${KEY}:latest`);
  if (cached) return cached;
  const s = contractSheet(activeSpreadsheet(), SHEET.hasilTpp);
  const values = s ? readValues(s) : [];
  const column =
    values[0]?.findIndex(h => String(h).trim() === 'Periode') ?? -1;
  if (column < 0) return null;
  const months = values
    .slice(1)
    .map(r => String(r[column] ?? '').trim())
    .filter(m => /^\d{4}-\d{2}$/.test(m))
    .sort();
  return months[months.length - 1] ?? null;
}
