// Small helpers over raw table values (as Range.getValues() returns them: row 1 = headers,
// '' for empty cells, numbers as numbers, Date for dates, booleans for checkboxes).

import type {Issue, IssueLevel, SourceRef} from '../core/types';
import {msg, type Params} from '../core/i18n';
import {cellText, isBlankCell} from '../core/cell-text';
import {HEADERS, SHEET, a1, normalizeHeader} from './schema';

/** Normalised header text -> 1-based column. */
export type ColumnMap = Record<string, number>;

/** Column maps of every sheet read, keyed by sheet (or tab) name. */
export type ColumnMaps = Record<string, ColumnMap>;

/** Finds each header of row 1 by text, case and surrounding spaces ignored; the first one wins. */
export function headerColumns(
  headerRow: readonly unknown[] | undefined,
): ColumnMap {
  const columns: ColumnMap = {};
  (headerRow ?? []).forEach((cell, index) => {
    const key = normalizeHeader(cell);
    if (key && !(key in columns)) columns[key] = index + 1;
  });
  return columns;
}

/**
 * The contract headers of a sheet, by its name; any other sheet problems are reported on is an
 * appraisal tab (their names are for people: src/sheets/tab-identity.ts), sharing one header.
 */
export function contractHeaders(sheet: string): readonly string[] {
  const key = (Object.keys(SHEET) as (keyof typeof SHEET)[]).find(
    k => SHEET[k] === sheet,
  );
  const headers: Record<string, readonly string[]> = HEADERS;
  return key ? headers[key] || [] : HEADERS.penilaian;
}

/** Column map of a sheet laid out exactly as the contract lists its headers. */
export function defaultColumns(sheet: string): ColumnMap {
  return headerColumns(contractHeaders(sheet));
}

/**
 * A1 address of the cell holding `header` in the row of `src`. Uses the column map read from the
 * sheet when known (users may reorder columns), else the contract order.
 */
export function cellOf(
  columns: ColumnMaps | undefined,
  src: SourceRef,
  header: string,
): string {
  const map = columns?.[src.sheet] ?? defaultColumns(src.sheet);
  const column = map[normalizeHeader(header)];
  return column ? a1(src.row, column) : '';
}

export function isBlankRow(row: readonly unknown[] | undefined): boolean {
  return !row || row.every(isBlankCell);
}

/** Lower case, inner spaces/dashes/underscores collapsed: 'Rata rata', ' rata-RATA ' -> 'rata rata'. */
export function choiceKey(value: unknown): string {
  return cellText(value)
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

/** An Issue from a catalogue message. */
export function makeIssue(
  sheet: string,
  cell: string,
  key: string,
  params: Params = {},
  level: IssueLevel = 'Galat',
): Issue {
  return {sheet, cell, message: msg(key, params), level};
}

/** Rows of a table as objects keyed by normalised header. */
export function records(
  values: unknown[][] | undefined,
): Record<string, unknown>[] {
  if (!values || values.length < 2) return [];
  const columns = headerColumns(values[0]);
  return values.slice(1).map(row => {
    const record: Record<string, unknown> = {};
    for (const [key, column] of Object.entries(columns))
      record[key] = row[column - 1];
    return record;
  });
}
