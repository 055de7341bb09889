// A simulated year of one workbook: tabs + recompute + close for each quarter (the supervisors
// filling the tabs in between), then the two semesters and the year recomputed; the workbook's
// cell count as Google counts it after each step.
import {measure} from './measure';
import {running, yearSteps} from './steps';
import {cellCount, fillTabs, type World} from './world';

export interface YearPoint {
  size: number;
  mode: string;
  step: string;
  /** Cells after the step: the sum over sheets of maxRows x maxColumns. */
  cells: number;
  sheets: number;
  /** Estimated seconds of the step's longest execution. */
  pessimistic: number;
  optimistic: number;
  executions: number;
  error?: string;
}

export function simulateYear(
  w: World,
  maxChunks: number,
  log: (line: string) => void,
): YearPoint[] {
  const year = Number(w.period.slice(0, 4));
  const out: YearPoint[] = [];
  for (const s of yearSteps(year)) {
    const api = {
      tabs: 'apiCreateTabs',
      recompute: 'apiRecompute',
      close: 'apiClosePeriod',
    }[s.action];
    const run = (ctx: Record<string, (p: string) => unknown>) =>
      ctx[api](s.period);
    let executions = 0;
    let pessimistic = 0;
    let optimistic = 0;
    let error: string | undefined;
    for (;;) {
      const r = measure(w.emulator, w.codeFile, run);
      executions++;
      pessimistic = Math.max(pessimistic, r.stats.pessimistic);
      optimistic = Math.max(optimistic, r.stats.optimistic);
      const v = r.value as {ok?: boolean; message?: string} | undefined;
      error = r.stats.error ?? (v?.ok === false ? v.message : undefined);
      if (error || !running(r.value) || executions >= maxChunks) break;
    }
    if (s.action === 'tabs' && !error) fillTabs(w, s.period);
    const point: YearPoint = {
      size: w.size,
      mode: w.mode,
      step: s.name,
      cells: cellCount(w),
      sheets: w.emulator.workbook.sheets.length,
      pessimistic,
      optimistic,
      executions,
      error,
    };
    log(
      `  ${w.size} ${w.mode} ${s.name}: ${point.cells.toLocaleString('en')} cells` +
        (error ? ` (error: ${error})` : ''),
    );
    out.push(point);
  }
  return out;
}
