// What getValues alone cannot tell about the inputs (issue 11): merged cells (Sheets reads every
// cell of a merge but the first as blank, so a merged Realisasi looks "not filled"), and a date
// where a number is expected, shown as the person sees it (its display value, e.g. 14/03/2026)
// rather than as a JavaScript date in another time zone. Merges are reported, never broken apart
// or written over: a tab that holds one is not rewritten (refuseMerges).

import {t} from '../core/i18n';
import type {Issue, Lang} from '../core/types';
import type {RawWorkbook} from '../sheets/read';
import {SHEET, a1, normalizeHeader} from '../sheets/schema';
import {headerColumns, makeIssue} from '../sheets/table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Columns of a tab whose dates are shown as typed (a date is never a valid value there). */
const NUMBER_INPUTS = ['Realisasi', 'Rating'].map(normalizeHeader);

function mergeIssues(sheet: string, merges: Range[]): Issue[] {
  return merges.map(m =>
    makeIssue(sheet, a1(m.getRow(), m.getColumn()), 'validation.value.merged', {
      range: m.getA1Notation(),
    }),
  );
}

/** The merges inside a block of `values` read from `sheet` (one getRange, one getMergedRanges). */
function mergesIn(sheet: Sheet, values: unknown[][] | undefined): Range[] {
  const rows = values?.length ?? 0;
  const columns = values?.[0]?.length ?? 0;
  if (!rows || !columns) return [];
  return sheet.getRange(1, 1, rows, columns).getMergedRanges();
}

/**
 * Checks the sheets `raw` holds: with `merges`, the merged cells of every table and tab read (two
 * calls a sheet: Periksa Data, not the recompute, whose call budget is 50); always, a date in a
 * tab's Realisasi or Rating becomes its display text in `raw` (one getRange + getDisplayValues per
 * such column, only where a date is found). Returns the merge issues.
 */
export function checkInputCells(
  sheets: Map<string, Sheet>,
  raw: RawWorkbook,
  merges: boolean,
): Issue[] {
  const issues: Issue[] = [];
  const check = (name: string, values: unknown[][] | undefined) => {
    const sheet = sheets.get(name);
    if (sheet && merges)
      issues.push(...mergeIssues(name, mergesIn(sheet, values)));
    return sheet;
  };
  for (const [key, values] of Object.entries(raw.tables))
    check(SHEET[key as keyof typeof SHEET], values);
  for (const tab of raw.tabs) {
    // A run of Arsip Penilaian rows (a closed period) starts at its own row, not at row 2.
    const first = tab.firstRow ?? 2;
    const sheet =
      first === 2 ? check(tab.name, tab.values) : sheets.get(tab.name);
    if (sheet && merges && first !== 2 && tab.values.length > 1) {
      const width = tab.values[0]?.length ?? 0;
      if (width)
        issues.push(
          ...mergeIssues(
            tab.name,
            sheet
              .getRange(first, 1, tab.values.length - 1, width)
              .getMergedRanges(),
          ),
        );
    }
    if (sheet) showDatesAsTyped(sheet, tab.values, first);
  }
  return issues;
}

/** `values[1]` is sheet row `first` (row 2 for a whole tab). */
function showDatesAsTyped(sheet: Sheet, values: unknown[][], first = 2): void {
  const columns = headerColumns(values[0]);
  for (const header of NUMBER_INPUTS) {
    const column = columns[header];
    if (!column) continue;
    const rows = values.findIndex(
      (row, r) => r > 0 && row[column - 1] instanceof Date,
    );
    if (rows < 0) continue;
    const shown = sheet
      .getRange(first, column, values.length - 1, 1)
      .getDisplayValues();
    values.forEach((row, r) => {
      if (r > 0 && row[column - 1] instanceof Date)
        row[column - 1] = shown[r - 1]?.[0] ?? '';
    });
  }
}

/**
 * Throws (a message naming the cells) when the first `rows` x `columns` of `sheet` hold merged
 * cells: a tab with a merge is not rewritten (its typed values would be lost under it).
 */
export function refuseMerges(
  sheet: Sheet,
  rows: number,
  columns: number,
  lang: Lang,
): void {
  if (rows < 1 || columns < 1) return;
  const merges = sheet.getRange(1, 1, rows, columns).getMergedRanges();
  if (!merges.length) return;
  throw new Error(
    t(lang, 'validation.value.merged', {
      range: merges.map(m => m.getA1Notation()).join(', '),
    }),
  );
}
