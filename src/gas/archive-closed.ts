// "Arsipkan Tahun Lalu" for closed periods: the Arsip Penilaian rows of years before `Tahun` go to
// the archive spreadsheet too, or the sheet would grow by a year of inputs every year (at 10,000
// employees some 6 M cells a year, beside Sheets' 10 M).
//
// Same rule as for tabs (src/gas/archive.ts): copied first, in slices, each slice read back and
// compared before anything is removed; the rows are deleted only once every slice matched. A
// chunk killed while deleting leaves the index stale; the job then finds the past rows again by
// their Periode, which is safe because every one of them is already checked in the archive.

import {normalizePeriod, parsePeriod} from '../core/period';
import {estimateMs} from '../core/tab-job';
import {cellText} from '../core/cell-text';
import {
  ARSIP_HEADER,
  type ClosedIndex,
  type RowRun,
  indexFromColumn,
} from '../sheets/arsip-penilaian';
import {sameValues} from '../sheets/penilaian-compare';
import {keptInputs} from '../sheets/values';
import {SHEET} from '../sheets/schema';
import {CLOSED_INDEX_KEY, loadClosedIndex} from './closed-periods';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Rows per slice: 40,000 x 9 cells is some 18 s to read or write on the pessimistic profile. */
const SLICE_ROWS = 40_000;

/** The closed part of the archive job (kept in the archive job's property). */
export interface ClosedArchive {
  /** Past rows in all, copied and checked so far (in the order of `pastRuns`). */
  rows: number;
  copied: number;
  checked: number;
  /** Set before the first delete: from then on past rows are found by their Periode. */
  deleting: boolean;
  done: boolean;
  /** The slice being checked was copied again once (a second mismatch stops the job). */
  retried?: boolean;
}

const isPast = (period: string, before: number) =>
  (parsePeriod(period)?.year ?? before) < before;

/** The runs of every closed period before `before`, in sheet order. */
export function pastRuns(index: ClosedIndex, before: number): RowRun[] {
  return Object.entries(index)
    .filter(([period]) => isPast(period, before))
    .flatMap(([, runs]) => runs)
    .filter(([first, last]) => last >= first)
    .sort((a, b) => a[0] - b[0]);
}

export function newClosedArchive(before: number): ClosedArchive {
  const rows = pastRuns(loadClosedIndex(), before).reduce(
    (n, [first, last]) => n + last - first + 1,
    0,
  );
  return {rows, copied: 0, checked: 0, deleting: false, done: rows === 0};
}

/** The sheet rows of the past rows [from, from + count) in run order, as runs. */
function slice(runs: RowRun[], from: number, count: number): RowRun[] {
  const out: RowRun[] = [];
  let skip = from;
  let left = count;
  for (const [first, last] of runs) {
    const size = last - first + 1;
    if (skip >= size) {
      skip -= size;
      continue;
    }
    const start = first + skip;
    const take = Math.min(left, last - start + 1);
    out.push([start, start + take - 1]);
    left -= take;
    skip = 0;
    if (!left) break;
  }
  return out;
}

function readSlice(sheet: Sheet, runs: RowRun[]): unknown[][] {
  return runs.flatMap(
    ([first, last]) =>
      sheet.getSheetValues(
        first,
        1,
        last - first + 1,
        ARSIP_HEADER.length,
      ) as unknown[][],
  );
}

/** Number formats of the slice: text stays text in the copy (an 18-digit NIP, a '9' typed as text). */
function readFormats(sheet: Sheet, runs: RowRun[]): string[][] {
  return runs.flatMap(([first, last]) =>
    sheet
      .getRange(first, 1, last - first + 1, ARSIP_HEADER.length)
      .getNumberFormats(),
  );
}

function targetSheet(archive: Spreadsheet, rows: number): Sheet {
  let target = archive.getSheetByName(SHEET.arsipPenilaian);
  if (!target) {
    target = archive.insertSheet(SHEET.arsipPenilaian);
    const width = ARSIP_HEADER.length;
    target.deleteColumns(width + 1, target.getMaxColumns() - width);
    target.getRange(1, 1, 1, width).setValues([[...ARSIP_HEADER]]);
    target.setFrozenRows(1);
  }
  const need = rows + 1;
  const max = target.getMaxRows();
  if (max < need) target.insertRowsAfter(max, need - max);
  else if (max > need) target.deleteRows(need + 1, max - need);
  return target;
}

/**
 * One step of the closed rows' part: copy a slice, or check one, or delete them all. Returns the
 * estimated ms spent; the caller saves the job after each step and calls again while it fits.
 * `save` stores the job (this part in it) before the first delete.
 */
export function closedStep(
  job: ClosedArchive,
  before: number,
  sheets: Map<string, Sheet>,
  archive: Spreadsheet,
  phase: 'copy' | 'remove',
  save: () => void,
): number {
  const source = sheets.get(SHEET.arsipPenilaian);
  if (!source || job.done) {
    job.done = true;
    return 0;
  }
  const index = loadClosedIndex();
  const runs = pastRuns(index, before);
  const width = ARSIP_HEADER.length;
  if (phase === 'copy') {
    if (job.copied >= job.rows) return 0;
    const count = Math.min(SLICE_ROWS, job.rows - job.copied);
    const rows = slice(runs, job.copied, count);
    const values = readSlice(source, rows);
    const target = targetSheet(archive, job.rows);
    const range = target.getRange(2 + job.copied, 1, values.length, width);
    const formats = readFormats(source, rows);
    range.setNumberFormats(formats);
    range.setValues(keptInputs(values, [], formats, () => true, false));
    job.copied += count;
    return estimateMs(6 + 2 * runs.length, 4 * count * width);
  }
  if (!job.deleting && job.checked < job.rows) {
    const count = Math.min(SLICE_ROWS, job.rows - job.checked);
    const rows = slice(runs, job.checked, count);
    const values = readSlice(source, rows);
    const target = targetSheet(archive, job.rows);
    const copy = target.getRange(2 + job.checked, 1, count, width);
    if (sameValues(copy.getValues(), values)) {
      job.checked += count;
      job.retried = false;
    } else if (job.retried) {
      // Copied again and still different: stop rather than loop; nothing was removed.
      throw new Error(
        `${SHEET.arsipPenilaian}: copy differs at row ${2 + job.checked}`,
      );
    } else {
      const formats = readFormats(source, rows);
      copy.setNumberFormats(formats);
      // Checked again in the next step.
      copy.setValues(keptInputs(values, [], formats, () => true, false));
      job.retried = true;
    }
    return estimateMs(4 + runs.length, 3 * count * width);
  }
  // Every past row is in the archive, checked: delete them, last run first (rows above stay put).
  job.deleting = true;
  save();
  let toDelete = runs;
  if (!matchesPast(source, runs, before))
    toDelete = pastFromColumn(source, before);
  for (const [first, last] of [...toDelete].reverse())
    source.deleteRows(first, last - first + 1);
  const deleted = toDelete.reduce((n, [f, l]) => n + l - f + 1, 0);
  PropertiesService.getDocumentProperties().setProperty(
    CLOSED_INDEX_KEY,
    JSON.stringify(shifted(index, before, toDelete)),
  );
  job.done = true;
  return estimateMs(3 + toDelete.length, deleted);
}

/** Whether the first and last row of each run are of a past year (the index still holds). */
function matchesPast(sheet: Sheet, runs: RowRun[], before: number): boolean {
  return runs.every(([first, last]) =>
    [first, last].every(row => {
      const period = normalizePeriod(
        cellText(sheet.getSheetValues(row, 1, 1, 1)[0][0]),
      );
      return !!period && isPast(period, before);
    }),
  );
}

function pastFromColumn(sheet: Sheet, before: number): RowRun[] {
  const last = sheet.getLastRow();
  if (last < 2) return [];
  const column = sheet.getSheetValues(2, 1, last - 1, 1).map(r => r[0]);
  const found = indexFromColumn(column, normalizePeriod);
  return pastRuns(found, before);
}

/** The index without past periods, the runs after each deleted run moved up by its size. */
function shifted(
  index: ClosedIndex,
  before: number,
  deleted: RowRun[],
): ClosedIndex {
  const above = (row: number) =>
    deleted
      .filter(([, last]) => last < row)
      .reduce((n, [first, last]) => n + last - first + 1, 0);
  const out: ClosedIndex = {};
  for (const [period, runs] of Object.entries(index)) {
    if (isPast(period, before)) continue;
    out[period] = runs.map(
      ([first, last]) => [first - above(first), last - above(first)] as RowRun,
    );
  }
  return out;
}
