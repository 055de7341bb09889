// Reading only what feedback needs of the big sheets: the appraisal tabs' NIP column (an index
// NIP -> rows), then just the rows of the employees at hand; and of Hasil just the Periode, NIP and
// Predikat columns. The tabs are the bulk of a workbook (about 16 rows of 13 cells per employee
// and quarter), so a preview or a send chunk reads O(tabs) narrow columns plus its people's rows,
// never every tab cell.

import {cellText} from '../../core/cell-text';
import {normalizeNip} from '../../core/nip';
import {HEADERS, SHEET, normalizeHeader} from '../../sheets/schema';
import {movedTab, readArchiveRuns} from '../closed-periods';
import {TAB_COLUMNS_NEEDED} from '../../sheets/read-columns';
import {rowRuns} from '../../sheets/runs';
import {headerColumns} from '../../sheets/table';
import {findTabs, tabsFeeding} from '../tabs/find';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Rows of one NIP in one tab: 1-based sheet rows, ascending. */
interface TabIndex {
  name: string;
  /** The tab's period (its identity); absent for Arsip Penilaian runs. */
  period?: string;
  sheet: Sheet;
  /** Whole header row, read once the tab is first needed. */
  header: unknown[] | null;
  rowsByNip: Map<string, number[]>;
}

/** Index of every tab feeding the period: which rows hold which NIP. */
export interface TabRowIndex {
  tabs: TabIndex[];
}

/** The tabs feeding `period` (its own and, for a semester or year, its quarters'), by identity. */
function feedingTabs(
  sheets: Map<string, Sheet>,
  period: string,
): [string, Sheet, string][] {
  const moved = movedTab();
  return tabsFeeding(findTabs(sheets), period)
    .filter(tab => tab.name !== moved)
    .map(tab => [tab.name, tab.sheet, tab.identity.period]);
}

/** Every tab feeding `period`, whole (one call each): for a preview of everyone. */
export function readTabsWhole(
  sheets: Map<string, Sheet>,
  period: string,
): {name: string; period?: string; values: unknown[][]}[] {
  return [
    ...feedingTabs(sheets, period).map(([name, sheet, tabPeriod]) => ({
      name,
      period: tabPeriod,
      values: sheet.getSheetValues(1, 1, -1, -1) as unknown[][],
    })),
    ...readArchiveRuns(sheets, period),
  ];
}

/** Contract column of NIP in a tab (Periode, NIP, ...): a tab in contract order needs one read. */
const CONTRACT_NIP_COLUMN = HEADERS.penilaian.indexOf('NIP') + 1;

function nipColumnOf(header: readonly unknown[]): number {
  return headerColumns(header)[normalizeHeader('NIP')] ?? 0;
}

/**
 * Sheet rows of each NIP in `values` (a header row, then data rows from sheet row `firstRow`),
 * reading its 1-based `column`; none without a column.
 */
function nipRows(
  values: unknown[][],
  column: number,
  firstRow: number,
): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  if (!column) return rows;
  for (let r = 1; r < values.length; r++) {
    const nip = normalizeNip(values[r][column - 1]);
    if (!nip) continue;
    const row = firstRow + r - 1;
    const list = rows.get(nip);
    if (list) list.push(row);
    else rows.set(nip, [row]);
  }
  return rows;
}

/**
 * One narrow read per tab feeding `period`: its NIP column (one call when the tab keeps the
 * contract column, else the header and then the NIP column where it was moved).
 */
export function indexTabs(
  sheets: Map<string, Sheet>,
  period: string,
): TabRowIndex {
  const tabs: TabIndex[] = [];
  for (const [name, sheet, tabPeriod] of feedingTabs(sheets, period)) {
    let values = sheet.getSheetValues(
      1,
      CONTRACT_NIP_COLUMN,
      -1,
      1,
    ) as unknown[][];
    let header: unknown[] | null = null;
    if (nipColumnOf(values[0] ?? []) !== 1) {
      header = sheet.getSheetValues(1, 1, 1, -1)[0] as unknown[];
      const column = nipColumnOf(header);
      if (!column) {
        // No NIP header: the tab cannot be read anyway; parse reports it from its header.
        tabs.push({
          name,
          period: tabPeriod,
          sheet,
          header,
          rowsByNip: new Map(),
        });
        continue;
      }
      values = sheet.getSheetValues(1, column, -1, 1) as unknown[][];
    }
    tabs.push({
      name,
      period: tabPeriod,
      sheet,
      header,
      rowsByNip: nipRows(values, 1, 2),
    });
  }
  // A closed period's rows in Arsip Penilaian: the same index, over its Periode and NIP columns.
  const archive = sheets.get(SHEET.arsipPenilaian);
  for (const run of archive
    ? readArchiveRuns(sheets, period, {headers: ['NIP']})
    : []) {
    const column = headerColumns(run.values[0])[normalizeHeader('NIP')] ?? 0;
    tabs.push({
      name: run.name,
      sheet: archive!,
      header: null,
      rowsByNip: nipRows(run.values, column, run.firstRow),
    });
  }
  return {tabs};
}

/**
 * The tabs as parseWorkbook takes them, holding the header and only the rows of `nips` (read in
 * runs: one getSheetValues per run). A tab none of them is in is left out.
 */
export function tabsOf(
  index: TabRowIndex,
  nips: readonly string[],
): {name: string; period?: string; values: unknown[][]}[] {
  const out: {name: string; period?: string; values: unknown[][]}[] = [];
  for (const tab of index.tabs) {
    const rows: number[] = [];
    for (const nip of nips) rows.push(...(tab.rowsByNip.get(nip) ?? []));
    if (!rows.length) continue;
    tab.header ??= tab.sheet.getSheetValues(1, 1, 1, -1)[0] as unknown[];
    const width = Math.max(1, tab.header.length);
    const values: unknown[][] = [tab.header];
    for (const [first, last] of rowRuns(rows, width)) {
      values.push(
        ...(tab.sheet.getSheetValues(
          first,
          1,
          last - first + 1,
          width,
        ) as unknown[][]),
      );
    }
    out.push({name: tab.name, period: tab.period, values});
  }
  return out;
}

/**
 * Hasil narrowed to `headers` (Periode, NIP and Predikat unless told): the header row, then one
 * read of the columns from the first to the last of them, as a table with its own header row.
 * A Hasil lacking one of them yields no rows (for feedback: every employee "recompute first").
 */
export function readHasilColumns(
  sheet: Sheet | undefined,
  headers: readonly string[] = ['Periode', 'NIP', 'Predikat'],
): unknown[][] {
  if (!sheet) return [];
  const header = sheet.getSheetValues(1, 1, 1, -1)[0] as unknown[];
  const columns = headerColumns(header);
  const wanted = headers.map(h => columns[normalizeHeader(h)] ?? 0);
  if (wanted.some(c => !c) || !header.some(v => cellText(v) !== '')) {
    return [header];
  }
  const first = Math.min(...wanted);
  const last = Math.max(...wanted);
  return sheet.getSheetValues(1, first, -1, last - first + 1) as unknown[][];
}

/** Tab columns the progress summary reads (src/core/progress.ts): those needed, up to Rating. */
const PROGRESS_HEADERS = TAB_COLUMNS_NEEDED.slice(
  0,
  TAB_COLUMNS_NEEDED.indexOf('Rating') + 1,
);

/**
 * The tabs feeding `period`, each read in one call from column 1 through the last column the
 * progress summary needs (Rating, the 10th of 13 in contract order). A tab whose columns were
 * moved so that one of them lies further right is read whole.
 */
export function readProgressTabs(
  sheets: Map<string, Sheet>,
  period: string,
): {name: string; period?: string; values: unknown[][]}[] {
  const width = Math.max(
    ...PROGRESS_HEADERS.map(
      h => (HEADERS.penilaian as readonly string[]).indexOf(h) + 1,
    ),
  );
  const out: {name: string; period?: string; values: unknown[][]}[] = [];
  for (const [name, sheet, tabPeriod] of feedingTabs(sheets, period)) {
    let values = sheet.getSheetValues(1, 1, -1, width) as unknown[][];
    const columns = headerColumns(values[0] ?? []);
    if (PROGRESS_HEADERS.some(h => !columns[normalizeHeader(h)])) {
      values = sheet.getSheetValues(1, 1, -1, -1) as unknown[][];
    }
    out.push({name, period: tabPeriod, values});
  }
  out.push(...readArchiveRuns(sheets, period, {headers: PROGRESS_HEADERS}));
  return out;
}
