// Reading one table of raw values (row 1 = headers, found by text in any order): its rows as
// cells by header, each cell read as its column's type; a cell that is not leaves a default and
// an InvalidCell marker on the record's src.

import type {InvalidCell, Issue, SourceRef} from '../core/types';
import {parseNumberStrict} from '../core/numbers';
import {normalizeNip} from '../core/nip';
import {SHEET, normalizeHeader} from './schema';
import {
  type ColumnMap,
  type ColumnMaps,
  choiceKey,
  headerColumns,
  isBlankRow,
  makeIssue,
} from './table';
import {cellText} from '../core/cell-text';

/** Headers without which a sheet's rows cannot be read at all. Other contract headers are optional. */
export const REQUIRED_HEADERS: Record<string, readonly string[]> = {
  pengaturan: ['Kunci', 'Nilai'],
  templateEmail: ['Kunci', 'Nilai'],
  unit: ['Kode Unit', 'Nama Unit'],
  pegawai: ['NIP', 'Nama', 'Kode Unit', 'NIP Atasan'],
  indikator: ['Kode', 'Kode Unit', 'Indikator'],
  skp: ['NIP', 'Kode Indikator'],
  perilaku: ['Kode', 'Aspek'],
  pelatihan: ['Kode', 'Pelatihan'],
  penilaian: ['NIP', 'Jenis', 'Kode', 'Realisasi', 'Rating'],
};

/** Sheets the appraisal cannot do without: their absence is an error, not a default. */
export const ESSENTIAL_SHEETS: readonly (keyof typeof SHEET)[] = [
  'unit',
  'pegawai',
  'indikator',
];

/** One readable table: its column map and, per data row, its 1-based row and cells. */
export interface Table {
  sheet: string;
  columns: ColumnMap;
  rows: {row: number; cells: readonly unknown[]}[];
  /** 0-based index of a header's column, -1 when absent. */
  index(header: string): number;
}

export function openTable(
  sheet: string,
  values: unknown[][] | undefined,
  contract: readonly string[],
  required: readonly string[],
  issues: Issue[],
  columnsOut: ColumnMaps,
): Table {
  const columns = headerColumns(values?.[0]);
  const indexCache = new Map<string, number>();
  const index = (header: string) => {
    let i = indexCache.get(header);
    if (i === undefined) {
      i = (columns[normalizeHeader(header)] ?? 0) - 1;
      indexCache.set(header, i);
    }
    return i;
  };
  const empty: Table = {sheet, columns, rows: [], index};
  if (!values) return empty;
  columnsOut[sheet] = columns;
  const missingRequired = required.filter(h => index(h) < 0);
  for (const header of missingRequired) {
    issues.push(
      makeIssue(sheet, '', 'validation.sheet.headerMissing', {header}),
    );
  }
  if (missingRequired.length) return empty;
  for (const header of contract) {
    if (index(header) < 0 && !required.includes(header)) {
      issues.push(
        makeIssue(
          sheet,
          '',
          'validation.sheet.headerOptionalMissing',
          {header},
          'Peringatan',
        ),
      );
    }
  }
  const rows: Table['rows'] = [];
  for (let r = 1; r < values.length; r++) {
    const cells = values[r];
    if (!isBlankRow(cells)) rows.push({row: r + 1, cells});
  }
  return {sheet, columns, rows, index};
}

/** A reader of one row: typed getters that record unreadable cells on `src.invalid`. */
export class RowReader {
  readonly src: SourceRef;
  constructor(
    private readonly table: Table,
    private readonly cells: readonly unknown[],
    row: number,
  ) {
    this.src = {sheet: table.sheet, row};
  }

  raw(header: string): unknown {
    const i = this.table.index(header);
    return i < 0 ? '' : (this.cells[i] ?? '');
  }

  text(header: string): string {
    return cellText(this.raw(header));
  }

  private mark(header: string, text: string, problem: InvalidCell['problem']) {
    (this.src.invalid ??= []).push({header, text, problem});
  }

  /** Blank -> null; unreadable -> null and marked. */
  number(header: string): number | null {
    const parsed = parseNumberStrict(this.raw(header));
    if (parsed.kind === 'number') return parsed.value;
    if (parsed.kind === 'invalid') this.mark(header, parsed.text, 'invalid');
    return null;
  }

  /**
   * A NIP as text, spaces and dots removed. A number cell is marked and read as blank: its last
   * digits may be lost, so its row must not be appraised (nor get a Hasil row) under another NIP.
   */
  nip(header: string): string {
    const value = this.raw(header);
    const text = normalizeNip(value);
    if (typeof value !== 'number') return text;
    this.mark(header, text, 'storedAsNumber');
    return '';
  }

  /** One of `choices` (case, spacing and dashes ignored); blank -> fallback; else fallback, marked. */
  choice<T, F>(header: string, choices: Record<string, T>, fallback: F): T | F {
    const value = this.raw(header);
    const key = typeof value === 'boolean' ? String(value) : choiceKey(value);
    if (key === '') return fallback;
    const found = choices[key];
    if (found !== undefined) return found;
    this.mark(header, cellText(value), 'invalid');
    return fallback;
  }
}

export function readKeyValue(table: Table): Map<string, string> {
  const result = new Map<string, string>();
  const k = table.index('Kunci');
  const v = table.index('Nilai');
  for (const {cells} of table.rows) {
    const key = normalizeHeader(cells[k]);
    if (key && !result.has(key)) result.set(key, cellText(cells[v]));
  }
  return result;
}

/** The row of each key of a Kunci | Nilai table (first occurrence), as a record's src. */
export function keySources(table: Table): Map<string, SourceRef> {
  const result = new Map<string, SourceRef>();
  const k = table.index('Kunci');
  for (const {row, cells} of table.rows) {
    const key = normalizeHeader(cells[k]);
    if (key && !result.has(key)) result.set(key, {sheet: table.sheet, row});
  }
  return result;
}
