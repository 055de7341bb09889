// Which indicators a person is appraised on, with what weight, against which target (DOMAIN §2).
//
// Choices where the spec is silent (documented here and in the tests):
// - Target of a period: an SKP row's personal Target, when filled, is the person's target for
//   every period. Otherwise TW k -> `Target TWk`; a semester -> its two quarter targets combined
//   by the indicator's Agregasi (Jumlah: sum, Rata-rata: mean, Terakhir: the later one), the same
//   rule that combines the quarters' realisasi, so a semester compares like with like; a year ->
//   `Target Tahunan`, or when blank the four quarter targets combined the same way.
// - A month (Siklus Evaluasi = Bulanan): `Target Bulanan` when filled; else derived from its
//   quarter's target: Jumlah -> the quarter target / 3; Rata-rata and Terakhir -> the quarter
//   target itself (SHEETS.md "Periods").
// - Weights: when any of a person's SKP rows has a Bobot, the SKP Bobot column is their weights;
//   otherwise the Indikator Bobot column. All blank = equal weights; a mix of blank and filled, or
//   a total other than 100, leaves the result incomplete (validation reports the Galat) rather
//   than scoring with wrong weights.

import type {
  AppraisalInput,
  CellRef,
  Employee,
  Indicator,
  Place,
  SkpAssignment,
} from '../types';
import {parsePeriod, quartersOf, type Period} from '../period';
import {aggregate} from '../capaian';
import {compareCodes} from '../codes';
import {cachedIndex, type AppraisalIndex} from './records-index';

export interface Assignment {
  indicator: Indicator;
  /** The SKP row that assigns it, when the person has SKP rows. */
  skp: SkpAssignment | null;
  /** Effective weight (percent) of an Utama indicator; null = equal weights / Tambahan. */
  bobot: number | null;
}

export interface PersonAssignments {
  items: Assignment[];
  /** Where the weights come from: the SKP Bobot column or the Indikator Bobot column. */
  weightSource: 'SKP' | 'Indikator';
}

/** A person's indicators: their SKP rows if any (unknown codes skipped), else their unit's. Sorted by code. */
export function assignmentsOf(
  index: AppraisalIndex,
  employee: Employee,
): PersonAssignments {
  const skpRows = index.skpByNip.get(employee.nip);
  const items: Assignment[] = [];
  let weightSource: PersonAssignments['weightSource'] = 'Indikator';
  if (skpRows && skpRows.length) {
    if (skpRows.some(s => s.bobot !== null)) weightSource = 'SKP';
    const seen = new Set<string>();
    for (const s of skpRows) {
      const indicator = index.indicators.get(s.kodeIndikator);
      if (!indicator || seen.has(indicator.kode)) continue;
      seen.add(indicator.kode);
      items.push({indicator, skp: s, bobot: null});
    }
  } else {
    for (const indicator of index.indicatorsByUnit.get(employee.kodeUnit) ??
      []) {
      items.push({indicator, skp: null, bobot: null});
    }
  }
  for (const item of items) {
    if (item.indicator.jenis !== 'Utama') continue;
    item.bobot =
      weightSource === 'SKP' ? (item.skp?.bobot ?? null) : item.indicator.bobot;
  }
  items.sort((a, b) => compareCodes(a.indicator.kode, b.indicator.kode));
  return {items, weightSource};
}

/** The cell holding a person's first Utama weight (where a wrong total is reported). */
export function firstWeightPlace(assignments: PersonAssignments): Place {
  const sources = assignments.items
    .filter(i => i.indicator.jenis === 'Utama')
    .map(i =>
      assignments.weightSource === 'SKP' && i.skp ? i.skp.src : i.indicator.src,
    )
    .sort((a, b) => a.row - b.row);
  const src = sources[0];
  return src ? {src, header: 'Bobot'} : {sheet: ''};
}

export interface PeriodTarget {
  value: number | null;
  /** When value is null: the cell that should hold the missing target. */
  missing: CellRef | null;
}

/** Target of an assignment for a period (see the choices at the top of this file). */
export function periodTarget(
  assignment: Assignment,
  period: Period,
): PeriodTarget {
  const {indicator, skp} = assignment;
  if (skp && skp.target !== null) return {value: skp.target, missing: null};
  const quarterTargets = (quarters: number[]): PeriodTarget => {
    const values: number[] = [];
    for (const q of quarters) {
      const value = indicator.targetTriwulan[q - 1];
      if (value === null) {
        return {
          value: null,
          missing: {src: indicator.src, header: `Target TW${q}`},
        };
      }
      values.push(value);
    }
    return {value: aggregate(values, indicator.agregasi), missing: null};
  };
  if (period.kind === 'M') {
    if (
      indicator.targetBulanan !== undefined &&
      indicator.targetBulanan !== null
    )
      return {value: indicator.targetBulanan, missing: null};
    const quarter = quarterTargets(quartersOf(period));
    if (quarter.value === null || indicator.agregasi !== 'Jumlah')
      return quarter;
    return {value: quarter.value / 3, missing: null};
  }
  if (period.kind === 'Y') {
    if (indicator.targetTahunan !== null)
      return {value: indicator.targetTahunan, missing: null};
    const fromQuarters = quarterTargets([1, 2, 3, 4]);
    return fromQuarters.value !== null
      ? fromQuarters
      : {value: null, missing: {src: indicator.src, header: 'Target Tahunan'}};
  }
  return quarterTargets(quartersOf(period));
}

/**
 * The indicators of a person for a period with their target and effective weight. The index is
 * built once per input object and reused (treat the input as immutable after parsing).
 */
export function assignedIndicators(
  input: AppraisalInput,
  nip: string,
  periodCode: string,
): {indicator: Indicator; target: number | null; bobot: number | null}[] {
  const index = cachedIndex(input);
  const employee = index.employees.get(nip);
  const period = parsePeriod(periodCode);
  if (!employee || !period) return [];
  return assignmentsOf(index, employee).items.map(a => ({
    indicator: a.indicator,
    target: periodTarget(a, period).value,
    bobot: a.bobot,
  }));
}
