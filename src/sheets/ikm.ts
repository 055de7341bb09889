// The IKM sheet (SHEETS.md): `Periode | Kode Unit | Responden | NRR U1 … NRR U9 | IKM | Mutu`, one
// row per period and unit, computed from the SKM form's response sheet(s) as DOMAIN §6 says (NRR
// per element = mean of its answers, blanks excluded; IKM = Σ NRR × bobot × 25; mutu A-D).
// An answer that is not 1-4, or a row without a readable Periode or Kode Unit, is left out.

import {ikm, isIkmAnswer} from '../core/ikm';
import {parseNumber, roundTo} from '../core/numbers';
import {normalizePeriod} from '../core/period';
import {SKM_TITLES} from '../core/forms';
import {HEADERS, normalizeHeader} from './schema';

export const IKM_HEADERS: readonly string[] = HEADERS.ikm;

/** Whether a response sheet's header row is the SKM form's. */
export function isSkmHeader(headers: readonly unknown[]): boolean {
  const names = new Set(headers.map(normalizeHeader));
  return (
    names.has('kode unit') &&
    names.has('periode') &&
    SKM_TITLES.every(title => names.has(normalizeHeader(title)))
  );
}

function answerOf(value: unknown): number | null {
  const n = typeof value === 'number' ? value : parseNumber(value);
  return isIkmAnswer(n) ? n : null;
}

/** The IKM table (header first) from SKM response tables (each header first), sorted. */
export function ikmTable(
  responses: readonly unknown[][][],
  bobot: number,
): unknown[][] {
  const groups = new Map<string, (number | null)[][]>();
  for (const [head = [], ...rows] of responses) {
    const at = (title: string) =>
      head.findIndex(h => normalizeHeader(h) === normalizeHeader(title));
    const periode = at('Periode');
    const unit = at('Kode Unit');
    const elements = SKM_TITLES.map(at);
    if (periode < 0 || unit < 0 || elements.some(c => c < 0)) continue;
    for (const row of rows) {
      const p = normalizePeriod(row[periode]);
      const u = String(row[unit] ?? '').trim();
      if (!p || !u) continue;
      const key = `${p}\u0000${u}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key)!.push(elements.map(c => answerOf(row[c])));
    }
  }
  const out: unknown[][] = [[...IKM_HEADERS]];
  for (const key of [...groups.keys()].sort()) {
    const [p, u] = key.split('\u0000');
    const result = ikm(groups.get(key)!, bobot);
    if (result.respondents === 0) continue;
    out.push([
      p,
      u,
      result.respondents,
      ...result.nrr.map(n => (n === null ? '' : roundTo(n, 2))),
      result.ikm === null ? '' : roundTo(result.ikm, 2),
      result.mutu ?? '',
    ]);
  }
  return out;
}

/** IKM by `${periode}|${kodeUnit}` from the IKM table (header first). */
export function ikmByUnit(
  table: readonly unknown[][] | undefined,
): Map<string, number> {
  const map = new Map<string, number>();
  const [head = [], ...rows] = table ?? [];
  const at = (h: string) => head.findIndex(x => normalizeHeader(x) === h);
  const p = at('periode');
  const u = at('kode unit');
  const v = at('ikm');
  if (p < 0 || u < 0 || v < 0) return map;
  for (const row of rows) {
    const periode = normalizePeriod(row[p]);
    const value = typeof row[v] === 'number' ? row[v] : parseNumber(row[v]);
    if (periode && typeof value === 'number')
      map.set(
        `${periode}|${String(row[u] ?? '')
          .trim()
          .toUpperCase()}`,
        value,
      );
  }
  return map;
}
