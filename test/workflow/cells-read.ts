// Cells read per sheet during a run, counted in the test by spying on the emulator's two readers
// (Sheet.getSheetValues, Range.getValues) rather than editing the emulator: its cost model is
// another piece of work (issue 10).
import {Range} from '../../src/local/emulator/range';
import {Sheet} from '../../src/local/emulator/sheet';
import {minimumRecomputeCells} from '../../src/local/minimum-cells';
import type {Emulator} from '../../src/local/emulator';

export interface CellsRead {
  bySheet: Map<string, number>;
  total: number;
}

const size = (values: unknown) =>
  Array.isArray(values)
    ? values.reduce(
        (n: number, row: unknown) => n + (Array.isArray(row) ? row.length : 0),
        0,
      )
    : 0;

/** Runs `fn` and counts the cells each sheet's reads returned. */
export function countCellsRead(fn: () => void): CellsRead {
  const bySheet = new Map<string, number>();
  const add = (name: string, n: number) =>
    bySheet.set(name, (bySheet.get(name) ?? 0) + n);
  const sheetValues = jest.spyOn(Sheet.prototype, 'getSheetValues');
  const rangeValues = jest.spyOn(Range.prototype, 'getValues');
  try {
    fn();
    sheetValues.mock.results.forEach((r, i) => {
      const self = sheetValues.mock.contexts[i] as Sheet;
      if (r.type === 'return') add(self._model.name, size(r.value));
    });
    rangeValues.mock.results.forEach((r, i) => {
      const self = rangeValues.mock.contexts[i] as Range;
      if (r.type === 'return') add(self._sheet.name, size(r.value));
    });
  } finally {
    sheetValues.mockRestore();
    rangeValues.mockRestore();
  }
  return {bySheet, total: [...bySheet.values()].reduce((a, b) => a + b, 0)};
}

/** The minimum cells a recompute of `period` must read (src/local/minimum-cells.ts). */
export function minimumCells(emulator: Emulator, period: string): number {
  return minimumRecomputeCells(emulator.workbook, period);
}

/** Calls that read cell contents (as scripts/bench.ts counts them). */
const READ_CALLS =
  /^(Range\.(getValues|getValue|getDisplayValues|getFormulas)|Sheet\.getSheetValues)$/;

/** How many calls that read cells the emulator counted since its last reset. */
export function sheetReadCalls(emulator: Emulator): number {
  return Object.entries(emulator.calls.byMethod())
    .filter(([name]) => READ_CALLS.test(name))
    .reduce((n, [, c]) => n + c, 0);
}
