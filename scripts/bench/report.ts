// The scale report as markdown (stdout, and the README's table) from the machine-readable results.
import {MINIMUM_NOTE} from './minimum';
import {type Goal} from './goals';
import type {StepResult} from './run';
import {STEPS} from './steps';
import type {YearPoint} from './year';

export interface BenchReport {
  generatedAt: string;
  machine: {
    node: string;
    platform: string;
    cpus: number;
    loadavg: number[];
    memoryGb: number;
  };
  options: Record<string, unknown>;
  results: StepResult[];
  year: YearPoint[];
  goals: Goal[];
  breaksFirst: string[];
}

const n = (x: number) => Math.round(x).toLocaleString('en');
const s1 = (x: number) => x.toFixed(1);

function median(xs: number[]): number {
  const a = [...xs].sort((p, q) => p - q);
  const m = a.length >> 1;
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2;
}

/** CPU seconds of the longest execution: one run, or "min / median" of several. */
function cpu(r: StepResult): string {
  if (r.cpuRuns.length <= 1) return s1(r.worst.cpuMs / 1000);
  return `${s1(Math.min(...r.cpuRuns) / 1000)} / ${s1(median(r.cpuRuns) / 1000)}`;
}

/** The executions table: one row per size and step. */
export function executionsTable(results: StepResult[]): string[] {
  const lines = [
    '| Employees | Tabs | Execution | Executions | Calls | Cells read | Cells written | Read / min. | CPU s | Peak RSS MB | Est. s optimistic | Est. s pessimistic | Total est. s (opt. / pess.) |',
    '|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    const w = r.worst;
    const name =
      r.step +
      (r.error ? ' **(error)**' : '') +
      (r.after ? ` (after ${r.after} failed)` : '');
    if (r.skipped) {
      lines.push(
        `| ${n(r.size)} | ${r.mode} | ${name} | skipped: ${r.skipped} |||||||||`,
      );
      continue;
    }
    const execs = r.extrapolated
      ? `${n(r.executions)} (extrapolated from ${r.measured})`
      : n(r.executions);
    lines.push(
      `| ${n(r.size)} | ${r.mode} | ${name} | ${execs} | ${n(w.calls)} | ${n(w.cellsRead)} | ${n(w.cellsWritten)} | ` +
        `${r.ratio === undefined ? '—' : `${r.ratio.toFixed(2)}x`} | ${cpu(r)} | ${n(w.peakRssMb)} | ` +
        `${s1(w.optimistic)} | ${s1(w.pessimistic)} | ${s1(r.total.optimistic)} / ${s1(r.total.pessimistic)} |`,
    );
  }
  return lines;
}

/** The year table: one row per step, one column per size and mode. */
export function yearTable(year: YearPoint[]): string[] {
  const columns = [...new Set(year.map(p => `${p.size}|${p.mode}`))];
  if (!columns.length) return ['(not run)'];
  const steps = [...new Set(year.map(p => p.step))];
  const head = columns.map(c => {
    const [size, mode] = c.split('|');
    return `${n(Number(size))} ${mode}`;
  });
  const lines = [
    `| Step | ${head.join(' | ')} |`,
    `|---|${columns.map(() => '---:').join('|')}|`,
  ];
  for (const step of steps) {
    const cells = columns.map(c => {
      const p = year.find(q => `${q.size}|${q.mode}` === c && q.step === step);
      if (!p) return '';
      return p.error ? `${n(p.cells)} **(failed)**` : n(p.cells);
    });
    lines.push(`| ${step} | ${cells.join(' | ')} |`);
  }
  return lines;
}

export function goalsTable(goals: Goal[]): string[] {
  return [
    '| Goal at 10,000 | Target | Result | |',
    '|---|---|---|---|',
    ...goals.map(
      g =>
        `| ${g.name} | ${g.goal} | ${g.result} | ${g.pass ? 'PASS' : '**FAIL**'} |`,
    ),
  ];
}

export function markdown(report: BenchReport): string {
  const m = report.machine;
  const errors = report.results.filter(r => r.error);
  const yearErrors = report.year.filter(p => p.error);
  const out = [
    '# Kinerja ASN scale report',
    '',
    `dist/Code.js in the emulator; Node ${m.node}, ${m.platform}, ${m.cpus} cores, ${m.memoryGb} GB; ` +
      `load average at start ${m.loadavg.map(x => x.toFixed(1)).join(' ')} (CPU times vary with load). ` +
      `${report.generatedAt}. The add-on's clock moves in an execution by the ` +
      `${report.options.clock === false ? 'nothing (--clock off)' : `${String(report.options.clock ?? 'no')} estimate`} ` +
      '(a send chunk stops at its 270 s budget as in Google).',
    '',
    '## Executions',
    '',
    "Each execution's service calls, cells read and written and estimated Apps Script seconds come from the " +
      "emulator's cost model (src/local/emulator/cost.ts, docs/PLATFORM-LIMITS.md §8), both profiles; the " +
      "figures are those of the step's longest execution (pessimistic), the last column sums all of them.",
    '',
    ...executionsTable(report.results),
    '',
    ...STEPS.map(st => `- ${st.name}: ${st.note}.`),
    `- Read / min.: ${MINIMUM_NOTE}.`,
    "- Peak RSS: the process's high-water mark so far (it never goes down).",
    ...errors.map(r => `- ${n(r.size)} ${r.step}: ${r.error}`),
    '',
    '## Workbook cells over a year',
    '',
    'Sum over sheets of maxRows x maxColumns, as Google counts (limit 10,000,000).',
    '',
    ...yearTable(report.year),
    ...(yearErrors.length ? [''] : []),
    ...yearErrors.map(p => `- ${n(p.size)} ${p.mode}, ${p.step}: ${p.error}`),
    '',
    '## Goals',
    '',
    ...goalsTable(report.goals),
    '',
    '## What breaks first',
    '',
    ...report.breaksFirst,
    '',
    report.goals.every(g => g.pass)
      ? 'All goals met.'
      : `${report.goals.filter(g => !g.pass).length} goal(s) failed.`,
  ];
  return out.join('\n');
}
