// Arsip Penilaian (docs/SHEETS.md "Closing a period"): a closed period's appraisal tabs become rows
// of this one sheet, holding only the columns the appraisal reads (Periode, NIP, Jenis, Kode and
// the five inputs). A tab holds 13 columns; the archive 9, so a year of quarterly tabs for 10,000
// employees fits Sheets' 10 M cells (issue 10). Pure: the gas side reads and writes the sheet.

import {cellText} from '../core/cell-text';
import {HEADERS, normalizeHeader} from './schema';
import {headerColumns, isBlankRow} from './table';
import {textInput} from './values';

export const ARSIP_HEADER: readonly string[] = HEADERS.arsipPenilaian;
const NIP = ARSIP_HEADER.indexOf('NIP');

/** Sheet rows [first, last] of one closed period in Arsip Penilaian (1-based, inclusive). */
export type RowRun = [number, number];

/** Where each closed period's rows are: period -> runs, ascending. */
export type ClosedIndex = Record<string, RowRun[]>;

/**
 * A tab's rows in the archive's layout, taken by header text (a person may have moved columns):
 * the period the tab belongs to fills a blank Periode; blank rows are dropped. As setValues must
 * get them: a text that would parse as something else behind an apostrophe (a typed
 * `=Tidak sesuai` stays text; the NIP column is plain text and takes it as is); a formula as the
 * value it shows (the period is final, and a formula's references mean nothing in the archive).
 */
export function archiveRows(
  values: readonly (readonly unknown[])[],
  tabPeriod: string,
): unknown[][] {
  const columns = headerColumns(values[0] ?? []);
  const from = ARSIP_HEADER.map(h => (columns[normalizeHeader(h)] ?? 0) - 1);
  const periode = from[ARSIP_HEADER.indexOf('Periode')];
  const out: unknown[][] = [];
  for (let r = 1; r < values.length; r++) {
    const source = values[r];
    if (isBlankRow(source as unknown[])) continue;
    const row = from.map((i, c) => {
      const value = i < 0 ? '' : (source[i] ?? '');
      return typeof value === 'string' && c !== NIP ? textInput(value) : value;
    });
    if (periode < 0 || cellText(row[periode]) === '') row[0] = tabPeriod;
    out.push(row);
  }
  return out;
}

/** Parses the stored index; anything unreadable is an empty index (the sheet is read instead). */
export function parseClosedIndex(text: string | null): ClosedIndex {
  if (!text) return {};
  try {
    const value = JSON.parse(text) as unknown;
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    const out: ClosedIndex = {};
    for (const [period, runs] of Object.entries(value)) {
      if (
        Array.isArray(runs) &&
        runs.every(
          r =>
            Array.isArray(r) &&
            r.length === 2 &&
            Number.isInteger(r[0]) &&
            Number.isInteger(r[1]) &&
            r[0] >= 2 &&
            r[1] >= r[0] - 1,
        )
      )
        out[period] = runs as RowRun[];
    }
    return out;
  } catch {
    return {};
  }
}

/** Adds `count` rows starting at `first` to a period's runs (joined to its last run when adjacent). */
export function addRows(
  index: ClosedIndex,
  period: string,
  first: number,
  count: number,
): ClosedIndex {
  if (count <= 0) return {...index, [period]: index[period] ?? []};
  const runs = [...(index[period] ?? [])].map(r => [...r] as RowRun);
  const last = runs[runs.length - 1];
  if (last && last[1] + 1 === first) last[1] = first + count - 1;
  else runs.push([first, first + count - 1]);
  return {...index, [period]: runs};
}

/**
 * The index rebuilt from the archive's Periode column (`periods[i]` is sheet row i + 2), when the
 * stored one no longer matches the sheet (HR sorted or edited it). Periods are normalised by
 * `normalize`; rows it cannot read are left out (the appraisal reports them when it reads them).
 */
export function indexFromColumn(
  periods: readonly unknown[],
  normalize: (text: string) => string | null,
): ClosedIndex {
  const index: ClosedIndex = {};
  periods.forEach((cell, i) => {
    const period = normalize(cellText(cell));
    if (!period) return;
    const row = i + 2;
    const runs = (index[period] ??= []);
    const last = runs[runs.length - 1];
    if (last && last[1] + 1 === row) last[1] = row;
    else runs.push([row, row]);
  });
  return index;
}

/** Total rows of a period's runs. */
export function runRows(runs: readonly RowRun[]): number {
  return runs.reduce((n, [first, last]) => n + last - first + 1, 0);
}
