// Reading a closed period (docs/SHEETS.md "Closing a period"): its tab inputs live in Arsip
// Penilaian, where a document property says which rows hold which period, so a reader takes only
// the rows of the periods it needs. Every reader of appraisal tabs (recompute, Periksa Data, the
// progress summary, feedback) adds these rows to the tabs it reads. The stored index is checked
// against the rows read (their Periode); when HR sorted or edited the sheet, the index is rebuilt
// from the Periode column.

import {normalizeNip} from '../core/nip';
import {normalizePeriod, parsePeriod} from '../core/period';
import {rowRuns} from '../sheets/runs';
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

/** Rows of one run, header first, as a tab reader takes them; `firstRow`: sheet row of values[1]. */
export interface ArchiveRun {
  name: string;
  period: string;
  firstRow: number;
  values: unknown[][];
  /** Which data rows count (the others are read but not used); all when absent. */
  keep?: boolean[];
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
    .filter(p => tabFeedsPeriod(p, period))
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

/** Columns from Periode through Realisasi: what an earlier quarter of a semester or year gives. */
const AGGREGATE_HEADERS = ['Periode', 'NIP', 'Jenis', 'Kode', 'Realisasi'];

export interface ArchiveReadOptions {
  /** Columns the reader needs (default: all); read from column 1 through the last of them. */
  headers?: readonly string[];
  /**
   * For an appraisal of a semester or year: NIPs with rows in each open quarter's tabs. An
   * earlier closed quarter then gives only its Realisasi (aggregated), and its full rows only for
   * the employees with no rows in a later quarter (whose perilaku, overrides and feedback come
   * from that quarter: src/core/appraise, "the latest quarter with rows").
   */
  openNips?: Map<string, Set<string>>;
}

/**
 * The Arsip Penilaian rows of every closed period feeding `period`, one entry per run of rows.
 * A reader that needs fewer columns names them; they are widened to where HR moved them.
 */
export function readArchiveRuns(
  sheets: Map<string, Sheet>,
  period: string | null,
  o: ArchiveReadOptions = {},
): ArchiveRun[] {
  if (period === null) return [];
  const sheet = sheets.get(SHEET.arsipPenilaian);
  if (!sheet) return [];
  let index = loadClosedIndex();
  const periods = feedingPeriods(index, period);
  if (!periods.length) return [];
  const header = sheet.getSheetValues(1, 1, 1, -1)[0] as unknown[];
  const columns = headerColumns(header);
  const col = (h: string) => columns[normalizeHeader(h)] ?? 0;
  const periodColumn = col('Periode');
  if (!periodColumn) {
    // Without its Periode header the sheet cannot be read; the reader reports the header.
    return [
      {name: SHEET.arsipPenilaian, period, firstRow: 2, values: [header]},
    ];
  }
  const widthOf = (headers: readonly string[]) =>
    Math.max(periodColumn, ...headers.map(col));
  const full = widthOf(o.headers ?? ARSIP_HEADER);
  const narrow = Math.min(full, widthOf(AGGREGATE_HEADERS));
  const nipColumn = col('NIP');
  const aggregate =
    !!o.openNips &&
    !['TW', 'M'].includes(parsePeriod(period)?.kind ?? 'TW') &&
    narrow < full;
  const read = (): ArchiveRun[] => {
    if (!aggregate) {
      return periods.flatMap(p =>
        readRuns(sheet, p, index[p] ?? [], full, header),
      );
    }
    // Latest first: an employee's rows in a later quarter decide what an earlier one must give.
    const later = new Set<string>();
    for (const [q, nips] of o.openNips!)
      nips.forEach(n => later.add(`${q}|${n}`));
    const jenisColumn = col('Jenis');
    const quarters = [...new Set([...o.openNips!.keys(), ...periods])];
    const out: ArchiveRun[] = [];
    for (const p of [...periods].reverse()) {
      // Once per period, not per row: the quarters after it, open or closed.
      const after = quarters.filter(q => q > p);
      const latest = after.length === 0;
      const hasLater = (nip: string) =>
        after.some(q => later.has(`${q}|${nip}`));
      const runs = readRuns(
        sheet,
        p,
        index[p] ?? [],
        latest ? full : narrow,
        header,
      );
      const nips = new Set<string>();
      const missing: number[] = [];
      for (const run of runs) {
        run.values.slice(1).forEach((row, i) => {
          const nip = normalizeNip(row[nipColumn - 1]);
          nips.add(nip);
          if (!latest && !hasLater(nip)) missing.push(run.firstRow + i);
        });
      }
      if (!latest) {
        // Only Hasil Kerja rows count from an earlier quarter (its Realisasi is aggregated); the
        // rows of employees with nothing later are read again whole, so their narrow copies go.
        const again = new Set(missing);
        for (const run of runs) {
          const rows = run.values.slice(1);
          run.values = [header, ...rows];
          run.keep = rows.map(
            (row, i) =>
              !again.has(run.firstRow + i) &&
              normalizeHeader(row[jenisColumn - 1]) ===
                normalizeHeader('Hasil Kerja'),
          );
        }
      }
      if (missing.length) {
        for (const [first, last] of rowRuns(missing, full))
          out.push(...readRuns(sheet, p, [[first, last]], full, header));
      }
      out.push(...runs);
      nips.forEach(n => later.add(`${p}|${n}`));
    }
    return out;
  };
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
