// Runs the step table over one world: each step's executions, measured; jobs repeated while they
// report more to do; per-item steps sampled and extrapolated past the sample.
import {loadBundle} from '../../src/local/loader';
import {type Measured, mean, measure, scale, total, worst} from './measure';
import {MINIMUM} from './minimum';
import {STEPS, type Step} from './steps';
import type {World} from './world';

export interface StepResult {
  step: string;
  size: number;
  mode: string;
  /** Executions the step takes (all of them, measured or extrapolated). */
  executions: number;
  measured: number;
  extrapolated: boolean;
  /** The execution estimated longest (pessimistic); the sum over the step's executions. */
  worst: Measured;
  total: Measured;
  minimumCells?: number;
  /** worst.cellsRead / minimumCells. */
  ratio?: number;
  /** CPU ms of the worst execution, one per run (--runs). */
  cpuRuns: number[];
  skipped?: string;
  error?: string;
  /** An earlier step of the same workbook failed: this one ran on what that left. */
  after?: string;
}

export interface RunOptions {
  /** Items measured of a per-item step before extrapolating. */
  sample: number;
  /** Most executions of one job before the bench gives up on it. */
  maxChunks: number;
}

/** Evenly spread sample of `k` items (all when there are fewer). */
function sampleOf(items: string[], k: number): string[] {
  if (items.length <= k) return items;
  const step = items.length / k;
  return Array.from({length: k}, (_, i) => items[Math.floor(i * step)]);
}

/** Whether the bundle defines the entry point (a throwaway context, not an execution). */
function hasEntryPoint(w: World, name: string): boolean {
  const ctx = loadBundle(w.emulator, w.codeFile, {costProfile: 'off'});
  w.emulator.endExecution(ctx);
  return typeof ctx[name] === 'function';
}

function runStep(w: World, step: Step, o: RunOptions): StepResult {
  step.prepare?.(w);
  const base = {step: step.name, size: w.size, mode: w.mode};
  const opts = {customFunction: step.customFunction};
  const runs: Measured[] = [];
  const useEach =
    step.each && (!step.start || (step.needs && !hasEntryPoint(w, step.needs)));
  let executions = 0;
  let extrapolated = false;
  let error: string | undefined;
  if (useEach && step.each) {
    const items = step.each.items(w);
    const chosen = sampleOf(items, o.sample);
    const each = step.each;
    for (const item of chosen) {
      const r = measure(
        w.emulator,
        w.codeFile,
        ctx => each.run(ctx, w, item),
        opts,
      );
      runs.push(r.stats);
      error ??= r.stats.error;
    }
    executions = items.length;
    extrapolated = chosen.length < items.length;
  } else if (step.start) {
    const start = step.start;
    let r = measure(w.emulator, w.codeFile, ctx => start(ctx, w), opts);
    runs.push(r.stats);
    while (
      !r.stats.error &&
      step.more?.(r.value) &&
      runs.length < o.maxChunks
    ) {
      const next = step.next ?? start;
      r = measure(w.emulator, w.codeFile, ctx => next(ctx, w), opts);
      runs.push(r.stats);
    }
    if (!r.stats.error && step.more?.(r.value))
      error = `still running after ${o.maxChunks} executions`;
    error ??= runs.find(s => s.error)?.error ?? failure(r.value);
    executions = runs.length;
  }
  const sum = extrapolated ? scale(mean(runs), executions) : total(runs);
  const top = worst(runs) ?? sum;
  const minimum = MINIMUM[step.name]?.(w, w.period);
  return {
    ...base,
    executions,
    measured: runs.length,
    extrapolated,
    worst: top,
    total: sum,
    minimumCells: minimum,
    ratio: minimum ? top.cellsRead / minimum : undefined,
    cpuRuns: [top.cpuMs],
    error,
  };
}

/** An ActionResult that says it failed: its message. */
function failure(value: unknown): string | undefined {
  const v = value as
    {ok?: unknown; state?: unknown; message?: unknown} | undefined;
  return v && (v.ok === false || v.state === 'error')
    ? String(v.message ?? 'failed')
    : undefined;
}

/** Every step of the table, in order, over one world. `only` filters by step name. */
export function runSteps(
  w: World,
  o: RunOptions,
  log: (line: string) => void,
  only?: Set<string>,
): StepResult[] {
  const out: StepResult[] = [];
  for (const step of STEPS) {
    if (only && !only.has(step.name)) {
      out.push({
        step: step.name,
        size: w.size,
        mode: w.mode,
        executions: 0,
        measured: 0,
        extrapolated: false,
        worst: total([]),
        total: total([]),
        cpuRuns: [],
        skipped: 'not selected (--steps)',
      });
      continue;
    }
    const t0 = Date.now();
    const r = runStep(w, step, o);
    r.after = out.find(x => x.error)?.step;
    log(
      `  ${w.size} ${step.name}: ${r.executions} execution(s), worst ${r.worst.pessimistic.toFixed(1)} s pessimistic, ` +
        `${((Date.now() - t0) / 1000).toFixed(1)} s wall${r.error ? ` (error: ${r.error})` : ''}`,
    );
    out.push(r);
  }
  return out;
}
