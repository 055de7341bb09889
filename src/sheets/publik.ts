// The Publik sheet (docs/SHEETS.md "Output sheets"): the public groups of src/core/publik.ts read
// from Hasil, the unit names from Unit and the IKM from the IKM sheet when it exists. No name and
// no NIP ever reaches it: only Periode, Kode Unit, Status and Predikat are read from Hasil.
import {cellText} from '../core/cell-text';
import {parseNumber} from '../core/numbers';
import {normalizePeriod} from '../core/period';
import {
  LAINNYA,
  type PublikGroup,
  type PublikIkm,
  type PublikLine,
  publikGroups,
  sharePercent,
} from '../core/publik';
import {parsePredikat} from '../core/rating';
import {HEADERS} from './schema';
import {headerColumns} from './table';

/** The IKM output sheet (SHEETS.md): `Periode | Kode Unit | Responden | NRR U1 … NRR U9 | IKM | Mutu`. */
export const IKM_SHEET = 'IKM';

function columnsOf(table: unknown[][] | undefined, names: string[]) {
  const cols = headerColumns(table?.[0]);
  return names.map(n => (cols[n.toLowerCase()] ?? 0) - 1);
}

/** Hasil's rows as public lines (name and NIP are not read). */
export function publikLines(hasil: unknown[][] | undefined): PublikLine[] {
  const [cP, cU, cS, cPr] = columnsOf(hasil, [
    'Periode',
    'Kode Unit',
    'Status',
    'Predikat',
  ]);
  if (cP < 0 || cU < 0) return [];
  const lines: PublikLine[] = [];
  for (const row of (hasil ?? []).slice(1)) {
    const period = normalizePeriod(row[cP]);
    if (!period) continue;
    lines.push({
      period,
      unit: cellText(row[cU]).trim(),
      complete: cS >= 0 && cellText(row[cS]).trim() === 'Lengkap',
      predikat: cPr >= 0 ? parsePredikat(row[cPr]) : null,
    });
  }
  return lines;
}

/** The IKM sheet as a lookup by period and unit. */
export function ikmLookup(
  ikm: unknown[][] | undefined,
): (period: string, unit: string) => PublikIkm | undefined {
  const map = new Map<string, PublikIkm>();
  const [cP, cU, cR, cI] = columnsOf(ikm, [
    'Periode',
    'Kode Unit',
    'Responden',
    'IKM',
  ]);
  if (cP >= 0 && cU >= 0 && cI >= 0) {
    for (const row of (ikm ?? []).slice(1)) {
      const period = normalizePeriod(row[cP]);
      const value = parseNumber(row[cI]);
      if (!period || value === null) continue;
      const responden = cR >= 0 ? (parseNumber(row[cR]) ?? 0) : 1;
      map.set(`${period}\t${cellText(row[cU]).trim()}`, {
        ikm: value,
        responden,
      });
    }
  }
  return (period, unit) => map.get(`${period}\t${unit}`);
}

/** Unit code -> name, from the Unit sheet. */
export function unitNames(unit: unknown[][] | undefined): Map<string, string> {
  const [cK, cN] = columnsOf(unit, ['Kode Unit', 'Nama Unit']);
  const names = new Map<string, string>();
  if (cK < 0) return names;
  for (const row of (unit ?? []).slice(1))
    names.set(cellText(row[cK]).trim(), cN >= 0 ? cellText(row[cN]) : '');
  return names;
}

/** The groups from the three tables. */
export function publikFromTables(tables: {
  hasil?: unknown[][];
  ikm?: unknown[][];
}): PublikGroup[] {
  return publikGroups(publikLines(tables.hasil), ikmLookup(tables.ikm));
}

/** The Publik sheet, header first. `lainnya`: the merged group's name in the workbook's language. */
export function publikRows(
  groups: readonly PublikGroup[],
  names: Map<string, string>,
  lainnya: string,
): (string | number)[][] {
  return [
    [...HEADERS.publik],
    ...groups.map(g => [
      g.period,
      g.unit,
      g.unit === LAINNYA ? lainnya : (names.get(g.unit) ?? ''),
      g.appraised,
      g.complete,
      sharePercent(g),
      ...g.predikat,
      g.ikm === null ? '' : Math.round(g.ikm * 100) / 100,
    ]),
  ];
}
