// The Hasil sheet: the rows recompute writes (one per employee and period, HEADERS.hasil order),
// and every way the add-on reads them back (custom functions, email, sidebar summary).

import {msg} from '../core/i18n';
import {normalizeNip} from '../core/nip';
import {parseNumber} from '../core/numbers';
import {comparePeriods, normalizePeriod} from '../core/period';
import type {EmployeeResult, Lang} from '../core/types';
import {cellText} from '../core/cell-text';
import {HEADERS, normalizeHeader} from './schema';
import {headerColumns, isBlankRow, records} from './table';
import {rekomendasiText, round2, safeCellText} from './write';

/** [Nilai Akhir or null, Predikat or ''] of one NIP in one period. */
export type HasilCell = [number | null, string];

export interface HasilIndex {
  /** NIP (text) -> canonical period code -> result. */
  byNip: Record<string, Record<string, HasilCell>>;
  /** The latest period present in Hasil, or null when Hasil has no rows. */
  latest: string | null;
}

/** What the custom functions look up: one NIP's result in one period. */
export interface HasilLookup {
  /** The latest period present in Hasil, or null when Hasil has no rows. */
  latest: string | null;
  /** The result of `nip` in canonical `period`, or undefined when Hasil has no such row. */
  find(nip: string, period: string): HasilCell | undefined;
}

const own = (o: object, key: string) =>
  Object.prototype.hasOwnProperty.call(o, key);

/** The lookup over an index held whole. */
export function lookupOfIndex(index: HasilIndex): HasilLookup {
  return {
    latest: index.latest,
    find: (nip, period) =>
      own(index.byNip, nip) && own(index.byNip[nip], period)
        ? index.byNip[nip][period]
        : undefined,
  };
}

/** A problem that stops the index being read (missing sheet or column), in both languages. */
export class HasilError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string> = {},
  ) {
    super(msg(key, params).id);
  }
}

/** 0-based columns of what the custom functions read, by header. Throws HasilError when missing. */
export interface HasilLookupColumns {
  periode: number;
  nip: number;
  nilai: number;
  predikat: number;
}

export function hasilLookupColumns(
  header: readonly unknown[],
): HasilLookupColumns {
  const names = header.map(h => normalizeHeader(cellText(h)));
  const column = (name: string) => {
    const index = names.indexOf(normalizeHeader(name));
    if (index < 0)
      throw new HasilError('core.fn.missingHeader', {header: name});
    return index;
  };
  return {
    periode: column('Periode'),
    nip: column('NIP'),
    nilai: column('Nilai Akhir'),
    predikat: column('Predikat'),
  };
}

/** A Periode cell as the lookups key it: the canonical code, else the text as typed. */
function periodKey(value: unknown): string {
  const raw = String(value ?? '').trim();
  return raw === '' ? '' : (normalizePeriod(raw) ?? raw);
}

/** Builds the index from the Hasil values (row 1 = headers). */
export function buildHasilIndex(hasil: unknown[][]): HasilIndex {
  const col = hasilLookupColumns(hasil[0] ?? []);
  const byNip: Record<string, Record<string, HasilCell>> = {};
  let latest: string | null = null;
  for (const row of hasil.slice(1)) {
    const nip = normalizeNip(row[col.nip]);
    const period = periodKey(row[col.periode]);
    if (!nip || !period) continue;
    const predikat = String(row[col.predikat] ?? '').trim();
    (byNip[nip] ??= {})[period] = [parseNumber(row[col.nilai]), predikat];
    if (latest === null || comparePeriods(period, latest) > 0) latest = period;
  }
  return {byNip, latest};
}

/**
 * The data rows (0-based, in sheet order) of each period named in a Periode column, and the
 * latest period: what a lookup needs to read one period's rows only.
 */
export function hasilPeriodRows(periodColumn: readonly unknown[][]): {
  latest: string | null;
  rows: Map<string, number[]>;
} {
  const rows = new Map<string, number[]>();
  let latest: string | null = null;
  periodColumn.forEach((cells, i) => {
    const period = periodKey(cells[0]);
    if (!period) return;
    let list = rows.get(period);
    if (!list) rows.set(period, (list = []));
    list.push(i);
    if (latest === null || comparePeriods(period, latest) > 0) latest = period;
  });
  return {latest, rows};
}

/** Hasil rows (no header), in HEADERS.hasil order. Numbers stay numbers (2 decimals). */
export function hasilRows(results: EmployeeResult[], lang: Lang): unknown[][] {
  return results.map(r => [
    safeCellText(r.periode),
    // Text columns are plain text ('@', hasil-write.ts): kept as they are, as nothing there is a
    // formula and an apostrophe before '-', '+' or '@' would show.
    r.nip,
    r.nama,
    r.kodeUnit,
    r.nipAtasan,
    round2(r.capaianHasilKerja),
    r.ratingHasilKerja ?? '',
    r.ratingPerilaku ?? '',
    round2(r.nilaiAkhir),
    r.predikat ?? '',
    r.peringkatUnit ?? '',
    r.status,
    rekomendasiText(r, lang),
  ]);
}

/**
 * The whole new Hasil table (header included): rows of `period` replaced by `rows` (in HEADERS.hasil
 * order) where the first of them stood, or appended when the period is new; every other row kept
 * in place. Users' own columns are kept (and, for a replaced row, carried over by NIP); missing
 * contract headers are added at the right. Rows come back padded to the header's width.
 */
export function mergeHasil(
  existing: unknown[][],
  period: string,
  rows: unknown[][],
): unknown[][] {
  const header: unknown[] = isBlankRow(existing[0])
    ? [...HEADERS.hasil]
    : [...existing[0]];
  let columns = headerColumns(header);
  for (const h of HEADERS.hasil) {
    if (!(normalizeHeader(h) in columns)) header.push(h);
  }
  columns = headerColumns(header);
  const width = header.length;
  const contractColumns = HEADERS.hasil.map(
    h => columns[normalizeHeader(h)] - 1,
  );
  const contractSet = new Set(contractColumns);
  const periodColumn = contractColumns[0];
  const nipColumn = contractColumns[1];
  const target = normalizePeriod(period) ?? period.trim();
  const pad = (row: readonly unknown[]) => {
    const out = row.slice(0, width);
    while (out.length < width) out.push('');
    return out;
  };
  const isTarget = (row: readonly unknown[]) => {
    const text = cellText(row[periodColumn]);
    return (normalizePeriod(text) ?? text) === target;
  };

  const body = isBlankRow(existing[0]) ? [] : existing.slice(1);
  const userCellsByNip = new Map<string, unknown[]>();
  for (const row of body) {
    if (isTarget(row)) userCellsByNip.set(cellText(row[nipColumn]), pad(row));
  }
  const newRows = rows.map(values => {
    const nip = cellText(values[1]).replace(/^'/, '');
    const out =
      userCellsByNip.get(nip)?.map((v, i) => (contractSet.has(i) ? '' : v)) ??
      pad([]);
    contractColumns.forEach((column, i) => (out[column] = values[i] ?? ''));
    return out;
  });

  const result: unknown[][] = [header];
  let inserted = false;
  for (const row of body) {
    if (isTarget(row)) {
      if (!inserted) result.push(...newRows);
      inserted = true;
    } else if (!isBlankRow(row)) {
      result.push(pad(row));
    }
  }
  if (!inserted) result.push(...newRows);
  return result;
}

/** Predikat of each NIP in Hasil for the period ('' when the row exists without one). */
export function predikatByNip(
  values: unknown[][] | undefined,
  period: string,
): Map<string, string> {
  const map = new Map<string, string>();
  if (!values || values.length < 2) return map;
  const columns = headerColumns(values[0]);
  const col = (h: string) => (columns[normalizeHeader(h)] ?? 0) - 1;
  const [p, n, pr] = [col('Periode'), col('NIP'), col('Predikat')];
  if (p < 0 || n < 0) return map;
  for (const row of values.slice(1)) {
    if (normalizePeriod(cellText(row[p])) !== period) continue;
    map.set(normalizeNip(row[n]), pr < 0 ? '' : cellText(row[pr]));
  }
  return map;
}

/** Hasil rows of one period. */
export function hasilOfPeriod(values: unknown[][] | undefined, period: string) {
  return records(values).filter(
    r => normalizePeriod(cellText(r['periode'])) === period,
  );
}

/** Every period (canonical code) named in Hasil's Periode column. */
export function periodsInHasil(hasil: unknown[][] | undefined): string[] {
  const found: string[] = [];
  const column = headerColumns(hasil?.[0])[normalizeHeader('Periode')];
  if (column && hasil) {
    for (let r = 1; r < hasil.length; r++) {
      const p = normalizePeriod(cellText(hasil[r][column - 1]));
      if (p) found.push(p);
    }
  }
  return found;
}
