// Hasil read for the custom functions without reading it whole: row 1 and the Periode column
// first, then only the rows of a period a formula asks for, and of those only the NIP, Nilai Akhir
// and Predikat columns. With several years in Hasil (10,000 employees: 40,000 rows a year) a cold
// formula reads a few percent of the table, which keeps it well inside the 30 s a custom function
// may run (docs/PLATFORM-LIMITS.md §4; cost figures §8).

import {
  type HasilIndex,
  HasilError,
  buildHasilIndex,
  hasilLookupColumns,
  hasilPeriodRows,
} from '../sheets/hasil';
import {columnRuns, rowRuns} from '../sheets/runs';
import {SHEET} from '../sheets/schema';
import {contractSheet} from './workbook';

/**
 * Up to this many cells Hasil is read whole in one call and every period cached at once: by the
 * cost model (docs/PLATFORM-LIMITS.md §8, pessimistic 50 µs a cell) 100,000 cells take about 5 s,
 * and one call beats the four of a period's read. Above it, a period at a time.
 */
export const WHOLE_READ_CELLS = 100_000;

/** Hasil as the custom functions read it: what periods it has, and one period's index on demand. */
export interface HasilSheetReader {
  /** Hasil read whole (a small sheet): every period's index at once. */
  whole?: HasilIndex;
  /** The latest period present in Hasil, or null when it has no rows. */
  latest: string | null;
  /** Every period present in Hasil. */
  periods: string[];
  /** The index of one period (empty when Hasil has no rows of it). */
  load(period: string): HasilIndex;
}

/** Throws HasilError when Hasil is missing, blank or lacks a needed column. */
export function hasilSheetReader(): HasilSheetReader {
  const sheet = contractSheet(
    SpreadsheetApp.getActiveSpreadsheet(),
    SHEET.hasil,
  );
  const lastRow = sheet ? sheet.getLastRow() : 0;
  if (!sheet || lastRow < 1) throw new HasilError('core.fn.noHasil');
  const lastColumn = sheet.getLastColumn();
  const blank = (row: unknown[]) =>
    row.every(cell => cell === '' || cell === null);
  if (lastRow * lastColumn <= WHOLE_READ_CELLS) {
    const values = sheet.getDataRange().getValues();
    if (values.every(blank)) throw new HasilError('core.fn.noHasil');
    const whole = buildHasilIndex(values);
    const periods = new Set<string>();
    for (const byPeriod of Object.values(whole.byNip)) {
      for (const period of Object.keys(byPeriod)) periods.add(period);
    }
    return {
      whole,
      latest: whole.latest,
      periods: [...periods],
      load: () => whole,
    };
  }
  const header = sheet.getSheetValues(1, 1, 1, lastColumn)[0];
  if (blank(header)) throw new HasilError('core.fn.noHasil');
  const col = hasilLookupColumns(header);
  const periodColumn =
    lastRow > 1 ? sheet.getSheetValues(2, col.periode + 1, lastRow - 1, 1) : [];
  const {latest, rows} = hasilPeriodRows(periodColumn);
  const wanted = [col.nip, col.nilai, col.predikat];
  // NIP apart from Nilai Akhir..Predikat in the contract order: two reads per run of rows.
  const columns = columnRuns(wanted.map(c => c + 1));
  /** Where a wanted column is among the column runs: [run, offset]. */
  const place = wanted.map(c => {
    const run = columns.findIndex(
      ([start, n]) => c + 1 >= start && c + 1 < start + n,
    );
    return [run, c + 1 - columns[run][0]] as const;
  });
  return {
    latest,
    periods: [...rows.keys()],
    load(period) {
      const table: unknown[][] = [
        ['Periode', 'NIP', 'Nilai Akhir', 'Predikat'],
      ];
      const list = rows.get(period) ?? [];
      const mine = new Set(list);
      for (const [first, last] of rowRuns(list, wanted.length)) {
        const count = last - first + 1;
        const parts = columns.map(([start, n]) =>
          sheet.getSheetValues(first + 2, start, count, n),
        );
        for (let r = 0; r < count; r++) {
          // A run may join rows of other periods lying between this period's: skipped.
          if (!mine.has(first + r)) continue;
          table.push([
            period,
            ...place.map(([run, offset]) => parts[run][r][offset]),
          ]);
        }
      }
      return {byNip: buildHasilIndex(table).byNip, latest};
    },
  };
}
