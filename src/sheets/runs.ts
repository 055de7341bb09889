// Runs of rows and columns, so a table is read and formatted with one call per run (pure).

/**
 * Two row runs are read as one when the cells in between are fewer than this: by the
 * cost model of docs/PLATFORM-LIMITS.md §8 a call costs up to 30-50 ms and a cell about 50 µs,
 * so one call is worth some 600-1,000 cells.
 */
const RUN_GAP_CELLS = 650;

/** Runs [first, last] of sorted rows, joining runs whose gap is cheaper to read than a call. */
export function rowRuns(
  rows: readonly number[],
  width: number,
): [number, number][] {
  const gap = Math.max(1, Math.floor(RUN_GAP_CELLS / Math.max(1, width)));
  const sorted = [...rows].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && row - last[1] <= gap) last[1] = Math.max(last[1], row);
    else runs.push([row, row]);
  }
  return runs;
}

/** Runs of adjacent 1-based columns, e.g. [9,10,11,13] -> [[9,3],[13,1]]. */
export function columnRuns(columns: number[]): [number, number][] {
  const sorted = [...new Set(columns)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === c) last[1]++;
    else runs.push([c, 1]);
  }
  return runs;
}
