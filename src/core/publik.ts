// The public view (issue 15 item 6, DOMAIN.md §11): aggregates per unit and period with no name
// and no NIP, and no group small enough to point at a person. The rule (k-anonymity, k = 5):
// - a unit with fewer than PUBLIK_MIN employees appraised in a period joins "Lainnya";
// - when "Lainnya" then holds 1-4, the smallest named units join it too until it holds at least 5
//   (suppressing it instead would not protect anyone: the period's total minus the named units
//   gives it back);
// - a period with fewer than 5 employees in all is left out.

import type {Predikat} from './types';

/** Smallest group the public view shows. */
export const PUBLIK_MIN = 5;

/** The group of small units (a contract value: the Publik sheet's Kode Unit). */
export const LAINNYA = 'Lainnya';

/** Predikat columns, best first; Kurang/Misconduct (KUADRAN) counts under Kurang (same rank). */
export const PUBLIK_PREDIKAT = [
  'Sangat Baik',
  'Baik',
  'Butuh Perbaikan',
  'Kurang',
  'Sangat Kurang',
] as const;

/** One employee's result in a period, as Hasil holds it. */
export interface PublikLine {
  period: string;
  unit: string;
  complete: boolean;
  predikat: Predikat | null;
}

/** A unit's IKM in a period, with its respondents (to weigh a merged group). */
export interface PublikIkm {
  ikm: number;
  responden: number;
}

export interface PublikGroup {
  period: string;
  /** Unit code, or LAINNYA. */
  unit: string;
  /** The unit codes counted here (one, or the merged ones). */
  units: string[];
  appraised: number;
  complete: number;
  /** Counts in PUBLIK_PREDIKAT order. */
  predikat: number[];
  /** Respondent-weighted IKM of the group's units that have one; null without any. */
  ikm: number | null;
}

function predikatColumn(p: Predikat | null): number {
  if (!p) return -1;
  if (p === 'Kurang/Misconduct') return 3;
  return PUBLIK_PREDIKAT.indexOf(p as (typeof PUBLIK_PREDIKAT)[number]);
}

function groupOf(
  period: string,
  unit: string,
  units: string[],
  lines: PublikLine[],
  ikm: (period: string, unit: string) => PublikIkm | undefined,
): PublikGroup {
  const predikat = PUBLIK_PREDIKAT.map(() => 0);
  for (const line of lines) {
    const c = predikatColumn(line.predikat);
    if (c >= 0) predikat[c]++;
  }
  let weight = 0;
  let sum = 0;
  for (const u of units) {
    const found = ikm(period, u);
    if (!found || !(found.responden > 0)) continue;
    weight += found.responden;
    sum += found.ikm * found.responden;
  }
  return {
    period,
    unit,
    units,
    appraised: lines.length,
    complete: lines.filter(l => l.complete).length,
    predikat,
    ikm: weight > 0 ? sum / weight : null,
  };
}

/**
 * The public groups: periods in the order first seen, units by code, "Lainnya" last.
 * `ikm(period, unit)` gives a unit's IKM (absent: blank).
 */
export function publikGroups(
  lines: readonly PublikLine[],
  ikm: (period: string, unit: string) => PublikIkm | undefined = () =>
    undefined,
): PublikGroup[] {
  const byPeriod = new Map<string, Map<string, PublikLine[]>>();
  for (const line of lines) {
    const units = byPeriod.get(line.period) ?? new Map();
    byPeriod.set(line.period, units);
    const list = units.get(line.unit) ?? [];
    units.set(line.unit, list);
    list.push(line);
  }
  const out: PublikGroup[] = [];
  for (const [period, units] of byPeriod) {
    const total = [...units.values()].reduce((n, l) => n + l.length, 0);
    if (total < PUBLIK_MIN) continue;
    const named = [...units.entries()].filter(
      ([, l]) => l.length >= PUBLIK_MIN,
    );
    const small = [...units.entries()].filter(([, l]) => l.length < PUBLIK_MIN);
    let others = small.reduce((n, [, l]) => n + l.length, 0);
    // Smallest first (then by code), so the fewest employees change group.
    named.sort((a, b) => a[1].length - b[1].length || (a[0] < b[0] ? -1 : 1));
    while (others > 0 && others < PUBLIK_MIN && named.length) {
      const moved = named.shift()!;
      small.push(moved);
      others += moved[1].length;
    }
    named.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [code, list] of named)
      out.push(groupOf(period, code, [code], list, ikm));
    if (small.length) {
      const codes = small.map(([c]) => c).sort();
      out.push(
        groupOf(
          period,
          LAINNYA,
          codes,
          small.flatMap(([, l]) => l),
          ikm,
        ),
      );
    }
  }
  return out;
}

/** Share complete in percent, one decimal. */
export function sharePercent(group: PublikGroup): number {
  return group.appraised
    ? Math.round((group.complete / group.appraised) * 1000) / 10
    : 0;
}
