// Appraising one period: records in, one EmployeeResult per active employee out, ranked within
// each unit, with the problems found (overrides without Alasan, distribution-curve warnings).
//
// Only complete results get a rank; ranks are within the unit, by Nilai Akhir at full precision
// (rankWithTies treats values equal to 1e-9 as a tie).

import type {AppraisalInput, EmployeeResult, Finding, Predikat} from '../types';
import {msg} from '../i18n';
import {parsePeriod, type Period} from '../period';
import {checkDistribution} from '../distribution';
import {rankWithTies} from '../rank';
import {compareCodes} from '../codes';
import {
  buildIndex,
  periodRowsOf,
  pushTo,
  type AppraisalIndex,
} from './records-index';
import {appraiseEmployee} from './employee';
import {overrideFinding, type OverrideProblem} from './overrides';

/** Appraises every active employee (with a NIP; the first row of a duplicated NIP) for a period. */
export function appraiseWithIndex(
  index: AppraisalIndex,
  period: Period,
): {results: EmployeeResult[]; overrideProblems: OverrideProblem[]} {
  const results: EmployeeResult[] = [];
  const overrideProblems: OverrideProblem[] = [];
  index.employees.forEach(employee => {
    if (!employee.aktif) return;
    const appraisal = appraiseEmployee(index, employee, period);
    results.push(appraisal.result);
    overrideProblems.push(...appraisal.overrideProblems);
  });
  results.sort(
    (a, b) =>
      compareCodes(a.kodeUnit, b.kodeUnit) ||
      (a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : 0),
  );
  // Ranks within each unit among complete results (results are sorted by unit).
  let start = 0;
  while (start < results.length) {
    let end = start;
    while (
      end < results.length &&
      results[end].kodeUnit === results[start].kodeUnit
    )
      end++;
    const ranked = results.slice(start, end).filter(r => r.nilaiAkhir !== null);
    const ranks = rankWithTies(ranked, r => r.nilaiAkhir);
    ranked.forEach(r => (r.peringkatUnit = ranks.get(r) ?? null));
    start = end;
  }
  return {results, overrideProblems};
}

/**
 * The override problems of a period, appraising only the active employees with rows in it (own or
 * of its quarters): without rows there is no Ringkasan rating, so no override to check.
 */
export function overrideProblemsOf(
  index: AppraisalIndex,
  period: Period,
): OverrideProblem[] {
  const problems: OverrideProblem[] = [];
  index.employees.forEach(employee => {
    if (!employee.aktif) return;
    const rows = periodRowsOf(index, employee.nip, period);
    if (!rows.own && !rows.ofSubs.some(r => !!r)) return;
    problems.push(
      ...appraiseEmployee(index, employee, period).overrideProblems,
    );
  });
  return problems;
}

/** `index`: the index of `input` when the caller built it already (shared with validation). */
export function appraisePeriod(
  input: AppraisalInput,
  periodCode: string,
  index: AppraisalIndex = buildIndex(input),
): {results: EmployeeResult[]; findings: Finding[]} {
  const period = parsePeriod(periodCode);
  if (!period) {
    return {
      results: [],
      findings: [
        {
          at: {settings: true},
          message: msg('validation.period.unknown', {value: periodCode}),
          level: 'Galat',
        },
      ],
    };
  }
  const {results, overrideProblems} = appraiseWithIndex(index, period);
  const findings = overrideProblems.map(overrideFinding);
  findings.push(...distributionFindings(index, results));
  return {results, findings};
}

/** Distribution-curve warnings for each unit with a Capaian Organisasi, at that cell. */
function distributionFindings(
  index: AppraisalIndex,
  results: EmployeeResult[],
): Finding[] {
  const predikatsByUnit = new Map<string, Predikat[]>();
  for (const r of results)
    if (r.predikat) pushTo(predikatsByUnit, r.kodeUnit, r.predikat);
  const findings: Finding[] = [];
  [...index.units.values()]
    .sort((a, b) => compareCodes(a.kode, b.kode))
    .forEach(unit => {
      const predikats = predikatsByUnit.get(unit.kode);
      if (!unit.capaianOrganisasi || !predikats) return;
      for (const {message: warning} of checkDistribution(
        unit.capaianOrganisasi,
        predikats,
      )) {
        findings.push({
          at: {src: unit.src, header: 'Capaian Organisasi'},
          message: {
            id: msg('validation.distribution', {
              unit: unit.kode,
              warning: warning.id,
            }).id,
            en: msg('validation.distribution', {
              unit: unit.kode,
              warning: warning.en,
            }).en,
          },
          level: 'Peringatan',
        });
      }
    });
  return findings;
}
