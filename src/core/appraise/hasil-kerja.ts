// Hasil kerja of one person in one period: each indicator's realisasi, capaian and suggested
// rating, then the weighted capaian and the suggested overall rating (DOMAIN §2-§3).
//
// Realisasi of a semester/year: a value typed in that period's own tab wins; otherwise the
// quarters' realisasi combined by Agregasi, and every quarter must have one.

import type {Employee, IndicatorResult, Rating} from '../types';
import {msg, type Message} from '../i18n';
import {parseNumberStrict} from '../numbers';
import {aggregate, capaian, weightedMean, weightsValid} from '../capaian';
import {suggestHasilKerja, suggestIndicatorRating} from '../rating';
import {nilaiSkp} from '../numerik';
import {type AppraisalIndex, type PeriodRows} from './records-index';
import {assignmentsOf, periodTarget, type Assignment} from './targets';

export interface HasilKerja {
  indicators: IndicatorResult[];
  capaianHasilKerja: number | null;
  suggestedHasilKerja: Rating | null;
  /** Every Utama indicator has a capaian and the weights are valid. */
  complete: boolean;
  /** Why not complete, in the order found. */
  missing: Message[];
}

export function appraiseHasilKerja(
  index: AppraisalIndex,
  employee: Employee,
  rows: PeriodRows,
): HasilKerja {
  const {settings} = index.input;
  const missing: Message[] = [];
  const assignments = assignmentsOf(index, employee);
  const weightsOk = weightsValid(
    assignments.items
      .filter(a => a.indicator.jenis === 'Utama')
      .map(a => a.bobot),
  );
  const indicators: IndicatorResult[] = [];
  let utamaCount = 0;
  let utamaComplete = true;
  for (const assignment of assignments.items) {
    const utama = assignment.indicator.jenis === 'Utama';
    if (utama) utamaCount++;
    const {result, problem} = indicatorResult(index, assignment, rows);
    if (utama && result.capaian === null) {
      utamaComplete = false;
      if (problem) missing.push(problem);
    }
    indicators.push(result);
  }
  if (utamaCount === 0) {
    utamaComplete = false;
    missing.push(msg('validation.missing.noUtama'));
  }
  if (!weightsOk) missing.push(msg('validation.missing.bobot'));
  const complete = utamaComplete && weightsOk;
  const utamaResults = indicators.filter(r => r.jenis === 'Utama');
  const numerik = settings.model === 'NUMERIK';
  const capaianHasilKerja = !complete
    ? null
    : numerik
      ? nilaiSkp(
          utamaResults.map(r => ({
            capaian: r.capaian as number,
            bobot: r.bobot,
          })),
          settings.batasCapaian,
        )
      : weightedMean(
          utamaResults.map(r => ({
            value: r.capaian as number,
            weight: r.bobot,
          })),
        );
  const suggestedHasilKerja = complete
    ? suggestHasilKerja(
        indicators
          .filter(r => r.suggested !== null)
          .map(r => ({
            jenis: r.jenis,
            rating: r.suggested as Rating,
            bobot: r.bobot,
          })),
      )
    : null;
  return {
    indicators,
    capaianHasilKerja,
    suggestedHasilKerja,
    complete,
    missing,
  };
}

/** One indicator's result, and why its capaian is missing when it is. */
function indicatorResult(
  index: AppraisalIndex,
  assignment: Assignment,
  rows: PeriodRows,
): {result: IndicatorResult; problem: Message | null} {
  const {settings} = index.input;
  const {indicator} = assignment;
  const {period, subPeriods} = rows;
  const kode = indicator.kode.toUpperCase();
  const target = periodTarget(assignment, period);
  const own = rows.own?.hasilKerja.get(kode);
  let realisasi: number | null = null;
  let problem: Message | null = null;
  let buktiDukung = own?.buktiDukung ?? '';
  let umpanBalik = own?.umpanBalik ?? '';
  const fromIkm = ikmRealisasi(index, indicator, rows);
  const ownValue = own ? realisasiOf(own.realisasi) : {kind: 'blank' as const};
  if (fromIkm !== null) {
    // Satuan IKM: the unit's IKM of the period (DOMAIN §11), whatever was typed.
    realisasi = fromIkm;
  } else if (ownValue.kind === 'number') {
    realisasi = ownValue.value;
  } else if (ownValue.kind === 'invalid') {
    problem = msg('validation.missing.realisasiInvalid', {
      kode: indicator.kode,
    });
  } else if (subPeriods.length === 0) {
    problem = msg('validation.missing.realisasi', {kode: indicator.kode});
  } else {
    const values: number[] = [];
    subPeriods.forEach((code, i) => {
      const row = rows.ofSubs[i]?.hasilKerja.get(kode);
      const value = row ? realisasiOf(row.realisasi) : {kind: 'blank' as const};
      if (row) {
        buktiDukung = row.buktiDukung || buktiDukung;
        umpanBalik = row.umpanBalik || umpanBalik;
      }
      if (value.kind === 'number') values.push(value.value);
      else if (!problem) {
        problem =
          value.kind === 'invalid'
            ? msg('validation.missing.realisasiInvalid', {
                kode: indicator.kode,
              })
            : msg('validation.missing.realisasiQuarter', {
                kode: indicator.kode,
                periode: code,
              });
      }
    });
    if (!problem) realisasi = aggregate(values, indicator.agregasi);
  }
  if (target.value === null && !problem) {
    problem = msg('validation.missing.target', {
      kode: indicator.kode,
      periode: period.code,
    });
  }
  const value =
    realisasi !== null && target.value !== null
      ? capaian(realisasi, target.value, indicator.arah, settings.batasCapaian)
      : null;
  if (value === null && !problem) {
    // A target of zero or below: validation names the cell.
    problem = msg('validation.missing.target', {
      kode: indicator.kode,
      periode: period.code,
    });
  }
  const utama = indicator.jenis === 'Utama';
  return {
    problem,
    result: {
      kode: indicator.kode,
      uraian: indicator.indikator,
      satuan: indicator.satuan,
      jenis: indicator.jenis,
      arah: indicator.arah,
      bobot: utama ? assignment.bobot : null,
      target: target.value,
      realisasi,
      capaian: value,
      suggested:
        value === null
          ? null
          : suggestIndicatorRating(value, {
              ambangDiAtas: settings.ambangDiAtas,
              ambangSesuai: settings.ambangSesuai,
            }),
      buktiDukung,
      umpanBalik,
    },
  };
}

/**
 * The realisasi of an indicator whose Satuan is `IKM`: its unit's IKM of the period, else (a
 * semester or year) its sub-periods' IKM (quarters, or months under Bulanan) combined by Agregasi
 * when every one has one; null when
 * the IKM sheet has none (the typed value then counts as for any indicator).
 */
function ikmRealisasi(
  index: AppraisalIndex,
  indicator: Assignment['indicator'],
  rows: PeriodRows,
): number | null {
  const ikm = index.input.ikm;
  if (!ikm || indicator.satuan.trim().toUpperCase() !== 'IKM') return null;
  const unit = indicator.kodeUnit.trim().toUpperCase();
  const own = ikm.get(`${rows.period.code}|${unit}`);
  if (own !== undefined) return own;
  // A tab period (a quarter, or a month) has no sub-periods: only its own IKM counts.
  if (rows.subPeriods.length === 0) return null;
  const values = rows.subPeriods.map(code => ikm.get(`${code}|${unit}`));
  return values.every(v => v !== undefined)
    ? aggregate(values as number[], indicator.agregasi)
    : null;
}

/** A Realisasi as a number; a negative one is unreadable (validation reports it at its cell). */
function realisasiOf(value: unknown): ReturnType<typeof parseNumberStrict> {
  const parsed = parseNumberStrict(value);
  return parsed.kind === 'number' && parsed.value < 0
    ? {kind: 'invalid', text: String(parsed.value)}
    : parsed;
}
