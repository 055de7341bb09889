// Every lookup appraisal and validation make by NIP or code is a Map, built once per input (no
// quadratic scans).

import type {
  AppraisalInput,
  AppraisalRow,
  Aspect,
  Employee,
  Indicator,
  SkpAssignment,
  SourceRef,
  Training,
  Unit,
} from '../types';
import {BERAKHLAK} from '../berakhlak';
import {compareCodes} from '../codes';
import {subPeriodsOf, type Period} from '../period';

/** Rows of one person in one period, by Jenis then upper-cased Kode (the first row wins). */
export interface PersonRows {
  hasilKerja: Map<string, AppraisalRow>;
  perilaku: Map<string, AppraisalRow>;
  ringkasan: Map<string, AppraisalRow>;
}

export interface AppraisalIndex {
  input: AppraisalInput;
  /** The behaviour aspects in a fixed order (BerAKHLAK order, then by code). */
  aspects: Aspect[];
  employees: Map<string, Employee>;
  units: Map<string, Unit>;
  indicators: Map<string, Indicator>;
  indicatorsByUnit: Map<string, Indicator[]>;
  skpByNip: Map<string, SkpAssignment[]>;
  trainingsByCode: Map<string, Training[]>;
  /** Canonical period -> NIP -> rows. Rows with an unreadable Jenis or period are left out. */
  rows: Map<string, Map<string, PersonRows>>;
  /** Each duplicate appraisal row with the first row it repeats. */
  duplicateRows: {row: AppraisalRow; first: AppraisalRow}[];
}

const setFirst = <K, V>(map: Map<K, V>, key: K, value: V) => {
  if (!map.has(key)) map.set(key, value);
};

export const pushTo = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

function isUnreadable(src: SourceRef, header: string): boolean {
  return !!src.invalid?.some(c => c.header === header);
}

export function buildIndex(input: AppraisalInput): AppraisalIndex {
  const employees = new Map<string, Employee>();
  for (const e of input.employees) if (e.nip) setFirst(employees, e.nip, e);
  const units = new Map<string, Unit>();
  for (const u of input.units) if (u.kode) setFirst(units, u.kode, u);
  const indicators = new Map<string, Indicator>();
  for (const i of input.indicators) if (i.kode) setFirst(indicators, i.kode, i);
  const indicatorsByUnit = new Map<string, Indicator[]>();
  indicators.forEach(i => pushTo(indicatorsByUnit, i.kodeUnit, i));
  const skpByNip = new Map<string, SkpAssignment[]>();
  for (const s of input.skp) if (s.nip) pushTo(skpByNip, s.nip, s);
  // Results carry trainings without their source row, sorted by name within a code, so the
  // order of the Pelatihan sheet does not change results.
  const trainingsByCode = new Map<string, Training[]>();
  for (const t of input.trainings) {
    if (t.kode) {
      pushTo(trainingsByCode, t.kode, {
        kode: t.kode,
        pelatihan: t.pelatihan,
        keterangan: t.keterangan,
      });
    }
  }
  trainingsByCode.forEach(list =>
    list.sort((a, b) => compareCodes(a.pelatihan, b.pelatihan)),
  );
  // Aspects in BerAKHLAK order first (the contract's default), then any others by code: the
  // same order whatever the row order of the Perilaku sheet.
  const canonical = new Map(BERAKHLAK.map(([kode], i) => [kode, i] as const));
  const aspects = [...input.aspects].sort(
    (a, b) =>
      (canonical.get(a.kode.toUpperCase()) ?? 99) -
        (canonical.get(b.kode.toUpperCase()) ?? 99) ||
      compareCodes(a.kode, b.kode),
  );

  const rows = new Map<string, Map<string, PersonRows>>();
  const duplicateRows: AppraisalIndex['duplicateRows'] = [];
  for (const row of input.appraisals) {
    if (!row.nip || !row.kode || isUnreadable(row.src, 'Jenis')) continue;
    if (isUnreadable(row.src, 'Periode') || isUnreadable(row.src, 'Nama Tab'))
      continue;
    let byNip = rows.get(row.periode);
    if (!byNip) rows.set(row.periode, (byNip = new Map()));
    let person = byNip.get(row.nip);
    if (!person) {
      person = {
        hasilKerja: new Map(),
        perilaku: new Map(),
        ringkasan: new Map(),
      };
      byNip.set(row.nip, person);
    }
    const map =
      row.jenis === 'Hasil Kerja'
        ? person.hasilKerja
        : row.jenis === 'Perilaku'
          ? person.perilaku
          : person.ringkasan;
    const key = row.kode.toUpperCase();
    const first = map.get(key);
    if (first) duplicateRows.push({row, first});
    else map.set(key, row);
  }
  return {
    input,
    aspects,
    employees,
    units,
    indicators,
    indicatorsByUnit,
    skpByNip,
    trainingsByCode,
    rows,
    duplicateRows,
  };
}

const INDEX_CACHE = new WeakMap<AppraisalInput, AppraisalIndex>();

/** The index of an input, built once per input object (treat the input as immutable after parsing). */
export function cachedIndex(input: AppraisalInput): AppraisalIndex {
  let index = INDEX_CACHE.get(input);
  if (!index) INDEX_CACHE.set(input, (index = buildIndex(input)));
  return index;
}

/**
 * One person's rows for a period: its own tab's and those of the sub-periods it aggregates (the
 * quarters of a semester or year; under Bulanan the months of a quarter, semester or year).
 */
export interface PeriodRows {
  period: Period;
  /** Codes of the sub-periods, in order; empty for a tab period (a quarter, or a month). */
  subPeriods: string[];
  own: PersonRows | undefined;
  /** Rows of each of `subPeriods`, in order. */
  ofSubs: (PersonRows | undefined)[];
}

export function periodRowsOf(
  index: AppraisalIndex,
  nip: string,
  period: Period,
): PeriodRows {
  const subPeriods = subPeriodsOf(
    period,
    index.input.settings.siklusEvaluasi ?? 'Triwulanan',
  );
  return {
    period,
    subPeriods,
    own: index.rows.get(period.code)?.get(nip),
    ofSubs: subPeriods.map(code => index.rows.get(code)?.get(nip)),
  };
}
