// Reading a closed period (docs/SHEETS.md "Closing a period"): its tab inputs live in Arsip
// Penilaian, where a document property says which rows hold which period, so a reader takes only
// the rows of the periods it needs. Every reader of appraisal tabs (recompute, Periksa Data, the
// progress summary, feedback) adds these rows to the tabs it reads. The stored index is checked
// against the rows read (their Periode); when HR sorted or edited the sheet, the index is rebuilt
// from the Periode column.

import {normalizePeriod} from '../core/period';
import {
  ARSIP_HEADER,
  type ClosedIndex,
  type RowRun,
  indexFromColumn,
  parseClosedIndex,
} from '../sheets/arsip-penilaian';
import {cellText} from '../core/cell-text';
import {SHEET, normalizeHeader} from '../sheets/schema';
import {headerColumns} from '../sheets/table';
import {tabFeedsPeriod} from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const CLOSED_INDEX_KEY = 'kinerja.closedIndex';
export const CLOSE_JOB_KEY = 'kinerja.closeJob';
/** readArchiveRuns of every closed period (the summary's period list). */
export const ALL_PERIODS = '*';

/** Rows of one run, header first, as a tab reader takes them; `firstRow`: sheet row of values[1]. */
export interface ArchiveRun {
  name: string;
  period: string;
  firstRow: number;
  values: unknown[][];
}

function props() {
  return PropertiesService.getDocumentProperties();
}

export function loadClosedIndex(): ClosedIndex {
  return parseClosedIndex(props().getProperty(CLOSED_INDEX_KEY));
}

/** The tab whose rows the close job has just copied (it is in the index; skip it until deleted). */
export function movedTab(): string {
  try {
    const job = JSON.parse(props().getProperty(CLOSE_JOB_KEY) ?? 'null') as {
      lastMoved?: string;
    } | null;
    return job?.lastMoved ?? '';
  } catch {
    return '';
  }
}

/** Whether `period` is closed (wholly or while its close job runs). */
export function isClosed(period: string, index = loadClosedIndex()): boolean {
  return period in index;
}

/** Closed periods whose rows feed `period` (itself and, for a semester or year, its quarters). */
function feedingPeriods(index: ClosedIndex, period: string): string[] {
  return Object.keys(index)
    .filter(p => period === ALL_PERIODS || tabFeedsPeriod(p, period))
    .sort();
}

function readRuns(
  sheet: Sheet,
  period: string,
  runs: readonly RowRun[],
  width: number,
  header: unknown[],
): ArchiveRun[] {
  const out: ArchiveRun[] = [];
  for (const [first, last] of runs) {
    if (last < first) continue;
    const rows = sheet.getSheetValues(
      first,
      1,
      last - first + 1,
      width,
    ) as unknown[][];
    out.push({
      name: SHEET.arsipPenilaian,
      period,
      firstRow: first,
      values: [header.slice(0, width), ...rows],
    });
  }
  return out;
}

/** Whether every row read belongs to its period (the index still matches the sheet). */
function matches(runs: readonly ArchiveRun[], periodColumn: number): boolean {
  return runs.every(run =>
    run.values
      .slice(1)
      .every(
        row => normalizePeriod(cellText(row[periodColumn - 1])) === run.period,
      ),
  );
}

/**
 * The Arsip Penilaian rows of every closed period feeding `period`, one entry per run of rows.
 * `width`: columns read from column 1 (default the whole header); a reader that needs fewer
 * passes its last column in contract order, widened when HR moved a column further right.
 */
export function readArchiveRuns(
  sheets: Map<string, Sheet>,
  period: string | null,
  neededHeaders: readonly string[] = ARSIP_HEADER,
): ArchiveRun[] {
  if (period === null) return [];
  const sheet = sheets.get(SHEET.arsipPenilaian);
  if (!sheet) return [];
  let index = loadClosedIndex();
  const periods = feedingPeriods(index, period);
  if (!periods.length) return [];
  const header = sheet.getSheetValues(1, 1, 1, -1)[0] as unknown[];
  const columns = headerColumns(header);
  const periodColumn = columns[normalizeHeader('Periode')] ?? 0;
  if (!periodColumn) {
    // Without its Periode header the sheet cannot be read; the reader reports the header.
    return [
      {name: SHEET.arsipPenilaian, period, firstRow: 2, values: [header]},
    ];
  }
  const width = Math.max(
    periodColumn,
    ...neededHeaders.map(h => columns[normalizeHeader(h)] ?? 0),
  );
  const read = () =>
    periods.flatMap(p => readRuns(sheet, p, index[p] ?? [], width, header));
  let runs = read();
  if (!matches(runs, periodColumn)) {
    const last = sheet.getLastRow();
    const column =
      last > 1
        ? (sheet.getSheetValues(2, periodColumn, last - 1, 1) as unknown[][])
        : [];
    const rebuilt = indexFromColumn(
      column.map(r => r[0]),
      normalizePeriod,
    );
    // Only the periods that were closed stay closed: rows typed by hand for others are not a close.
    index = Object.fromEntries(
      Object.keys(index).map(p => [p, rebuilt[p] ?? []]),
    );
    try {
      props().setProperty(CLOSED_INDEX_KEY, JSON.stringify(index));
    } catch {
      // A reader that may not write (a custom function) rebuilds again next time.
    }
    runs = read();
  }
  return runs;
}
