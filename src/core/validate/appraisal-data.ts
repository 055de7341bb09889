// Checks of what one appraisal reads: every period checked has a target for each assignment, the
// weights of each person total 100, and the rows of the appraisal tabs name known people and codes
// with readable values.

import type {AppraisalInput, AppraisalRow} from '../types';
import {parseNumberStrict} from '../numbers';
import {parsePeriod, type Period} from '../period';
import {parseRating} from '../rating';
import {weightsValid} from '../capaian';
import type {AppraisalIndex} from '../appraise/records-index';
import {
  assignmentsOf,
  firstWeightPlace,
  periodTarget,
} from '../appraise/targets';
import type {FindingList} from './finding-list';

export function periodsToCheck(input: AppraisalInput): Period[] {
  const codes = new Set<string>();
  const active = parsePeriod(input.settings.periodeAktif);
  if (active) codes.add(active.code);
  const texts = new Set(input.appraisals.map(row => row.periode));
  for (const text of texts) {
    const period = parsePeriod(text);
    if (period) codes.add(period.code);
  }
  return [...codes].sort().map(code => parsePeriod(code) as Period);
}

/** Per active employee: has Utama indicators, weights total 100, a target for every period checked. */
export function checkAssignments(
  index: AppraisalIndex,
  periods: Period[],
  list: FindingList,
): void {
  for (const employee of index.employees.values()) {
    if (!employee.aktif) continue;
    const assignments = assignmentsOf(index, employee);
    const utama = assignments.items.filter(a => a.indicator.jenis === 'Utama');
    if (utama.length === 0) {
      list.at(
        employee.src,
        'NIP',
        'validation.pegawai.noIndicators',
        {nip: employee.nip, unit: employee.kodeUnit},
        'Peringatan',
      );
    }
    const weights = utama.map(a => a.bobot);
    if (!weightsValid(weights)) {
      const total = weights.reduce<number>((sum, w) => sum + (w ?? 0), 0);
      const where = firstWeightPlace(assignments);
      // Indikator weights are shared by the unit: one issue per unit, not per person.
      const rounded = Math.round(total * 100) / 100;
      if (assignments.weightSource === 'SKP') {
        list.place(where, 'validation.bobot.sum', {
          nip: employee.nip,
          total: rounded,
        });
      } else {
        list.place(where, 'validation.bobot.sumUnit', {
          unit: employee.kodeUnit,
          total: rounded,
        });
      }
    }
    for (const assignment of assignments.items) {
      for (const period of periods) {
        const target = periodTarget(assignment, period);
        const missing = target.missing;
        if (target.value !== null || !missing) continue;
        if (missing.src.invalid?.some(c => c.header === missing.header))
          continue;
        list.at(missing.src, missing.header, 'validation.target.missing', {
          header: missing.header,
          periode: period.code,
          kode: assignment.indicator.kode,
        });
      }
    }
  }
}

export function checkTabs(
  input: AppraisalInput,
  index: AppraisalIndex,
  list: FindingList,
): void {
  const numerik = input.settings.model === 'NUMERIK';
  const aspectCodes = new Set(input.aspects.map(a => a.kode.toUpperCase()));
  const indicatorCodes = new Set(
    [...index.indicators.keys()].map(k => k.toUpperCase()),
  );
  const unknownNipSeen = new Set<string>();
  for (const row of input.appraisals) {
    if (row.src.invalid?.some(c => c.header === 'Jenis')) continue;
    if (row.nip && !index.employees.has(row.nip)) {
      const key = `${row.src.sheet}\u0000${row.nip}`;
      if (!unknownNipSeen.has(key)) {
        unknownNipSeen.add(key);
        list.at(row.src, 'NIP', 'validation.tab.nipUnknown', {nip: row.nip});
      }
    }
    const kode = row.kode.toUpperCase();
    if (row.jenis === 'Hasil Kerja') {
      if (!indicatorCodes.has(kode)) {
        unknownCode(row, list);
        continue;
      }
      checkRealisasi(row, list);
    } else if (formulaError(row.rating)) {
      list.at(row.src, 'Rating', 'validation.value.formulaError', {
        header: 'Rating',
        value: formulaError(row.rating),
      });
    } else if (row.jenis === 'Perilaku') {
      if (!aspectCodes.has(kode)) {
        unknownCode(row, list);
        continue;
      }
      if (numerik) {
        const score = parseNumberStrict(row.rating);
        if (
          score.kind === 'invalid' ||
          (score.kind === 'number' && (score.value < 0 || score.value > 120))
        ) {
          list.at(row.src, 'Rating', 'validation.tab.scoreInvalid', {
            value: cellValue(row.rating),
          });
        }
      } else if (parseRating(row.rating) === 'invalid') {
        list.at(row.src, 'Rating', 'validation.tab.ratingInvalid', {
          value: cellValue(row.rating),
        });
      }
    } else if (kode === 'HK' || kode === 'PK') {
      if (parseRating(row.rating) === 'invalid') {
        list.at(row.src, 'Rating', 'validation.tab.ratingInvalid', {
          value: cellValue(row.rating),
        });
      }
    } else if (kode === 'IN') {
      // Ya/Tidak: a choice of the cell, checked by src/sheets.
    } else {
      unknownCode(row, list);
    }
  }
  for (const {row, first} of index.duplicateRows) {
    list.at(
      row.src,
      'Kode',
      'validation.tab.duplicateRow',
      {
        nip: row.nip,
        kode: row.kode,
        first: list.cellName({src: first.src, header: 'Kode'}),
      },
      'Peringatan',
    );
  }
}

function unknownCode(row: AppraisalRow, list: FindingList): void {
  if (row.kode === '') {
    list.at(row.src, 'Kode', 'validation.value.blankRequired', {
      header: 'Kode',
    });
  } else {
    list.at(
      row.src,
      'Kode',
      'validation.tab.kodeUnknown',
      {kode: row.kode, jenis: row.jenis},
      'Peringatan',
    );
  }
}

function cellValue(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

/** Spreadsheet error values as getValues gives them (a formula that fails): '#DIV/0!' etc. */
const FORMULA_ERROR =
  /^#(?:DIV\/0!|N\/A|REF!|VALUE!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!|GETTING_DATA)$/;

/** The error a cell shows when its formula fails, else ''. */
export function formulaError(value: unknown): string {
  return typeof value === 'string' && FORMULA_ERROR.test(value.trim())
    ? value.trim()
    : '';
}

/** A date as people in Indonesia write it (dd/mm/yyyy), its calendar day as Sheets shows it. */
function dateText(value: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(value.getDate())}/${pad(value.getMonth() + 1)}/${value.getFullYear()}`;
}

/**
 * Realisasi: a number of 0 or more. A date (a cell Sheets turned into one; the Apps Script side
 * gives its display text instead, src/gas/workbook.ts), a formula error and a negative number are
 * reported at the cell; the appraisal treats them as not filled.
 */
function checkRealisasi(row: AppraisalRow, list: FindingList): void {
  const value = row.realisasi;
  if (value instanceof Date) {
    list.at(row.src, 'Realisasi', 'validation.tab.realisasiDate', {
      value: dateText(value),
    });
    return;
  }
  const error = formulaError(value);
  if (error) {
    list.at(row.src, 'Realisasi', 'validation.value.formulaError', {
      header: 'Realisasi',
      value: error,
    });
    return;
  }
  const realisasi = parseNumberStrict(value);
  if (realisasi.kind === 'invalid') {
    const date = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(realisasi.text);
    list.at(
      row.src,
      'Realisasi',
      date ? 'validation.tab.realisasiDate' : 'validation.tab.realisasiInvalid',
      {value: realisasi.text},
    );
  } else if (realisasi.kind === 'number' && realisasi.value < 0) {
    list.at(row.src, 'Realisasi', 'validation.tab.realisasiNegative', {
      value: cellValue(value),
    });
  }
}
