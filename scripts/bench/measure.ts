// One measured Apps Script execution of the bench: the emulator's cost meter (service calls,
// cells read and written, estimated seconds under both profiles, src/local/emulator/cost.ts),
// and the Node process's own CPU time and memory while it ran.
import type {
  BundleContext,
  ClockSetting,
  Emulator,
  ExecutionStats,
} from '../../src/local/emulator';
import {inExecution} from '../../src/local/loader';

export interface Measured {
  calls: number;
  cellsRead: number;
  cellsWritten: number;
  roundTrips: number;
  /** Estimated Apps Script seconds. */
  optimistic: number;
  pessimistic: number;
  /** Node CPU (user + system) and wall time of the emulated execution. */
  cpuMs: number;
  wallMs: number;
  /** Heap used right after the execution, and the process's peak RSS so far. */
  heapMb: number;
  peakRssMb: number;
  /** The error the execution threw, if any (e.g. Google's limits). */
  error?: string;
}

export function gc(): void {
  const collect = (globalThis as {gc?: () => void}).gc;
  if (collect) collect();
}

const MB = 1024 * 1024;

/**
 * The profile whose estimate moves the add-on's clock during an execution (--clock): pessimistic
 * by default, so the add-on's own time budgets (a send chunk's 270 s) run out where they would in
 * Google on a slow day; false keeps the clock still (the emulator before it had a clock).
 */
export const clock: {setting: ClockSetting} = {setting: 'pessimistic'};

/** Runs `run` as one execution of the bundle; never throws (the error is in the result). */
export function measure<T>(
  emulator: Emulator,
  codeFile: string,
  run: (ctx: BundleContext) => T,
  options: {customFunction?: boolean} = {},
): {value: T | undefined; stats: Measured} {
  let cost: ExecutionStats | undefined;
  let value: T | undefined;
  let error: string | undefined;
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  try {
    value = inExecution(emulator, codeFile, run, {
      ...options,
      // The bench measures; it never stops an execution (both profiles are reported).
      costProfile: 'off',
      advanceClock: clock.setting,
      onStats: s => (cost = s),
    });
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  const c = cost ?? {
    calls: 0,
    cellsRead: 0,
    cellsWritten: 0,
    roundTrips: 0,
    estimatedSeconds: {optimistic: 0, pessimistic: 0},
  };
  return {
    value,
    stats: {
      calls: c.calls,
      cellsRead: c.cellsRead,
      cellsWritten: c.cellsWritten,
      roundTrips: c.roundTrips,
      optimistic: c.estimatedSeconds.optimistic,
      pessimistic: c.estimatedSeconds.pessimistic,
      cpuMs: (cpu.user + cpu.system) / 1000,
      wallMs,
      heapMb: process.memoryUsage().heapUsed / MB,
      peakRssMb: (process.resourceUsage().maxRSS * 1024) / MB,
      error,
    },
  };
}

/** The sum of several executions (a job's chunks); the peak memory is the highest. */
export function total(runs: Measured[]): Measured {
  const sum = (key: keyof Measured) =>
    runs.reduce((s, r) => s + (r[key] as number), 0);
  return {
    calls: sum('calls'),
    cellsRead: sum('cellsRead'),
    cellsWritten: sum('cellsWritten'),
    roundTrips: sum('roundTrips'),
    optimistic: sum('optimistic'),
    pessimistic: sum('pessimistic'),
    cpuMs: sum('cpuMs'),
    wallMs: sum('wallMs'),
    heapMb: Math.max(0, ...runs.map(r => r.heapMb)),
    peakRssMb: Math.max(0, ...runs.map(r => r.peakRssMb)),
    error: runs.find(r => r.error)?.error,
  };
}

/** The execution of the runs estimated longest under the pessimistic profile. */
export function worst(runs: Measured[]): Measured | undefined {
  return runs.reduce<Measured | undefined>(
    (w, r) => (!w || r.pessimistic > w.pessimistic ? r : w),
    undefined,
  );
}

/** Multiplies a sample's mean execution by `count` (an extrapolated total). */
export function scale(mean: Measured, count: number): Measured {
  return {
    ...mean,
    calls: mean.calls * count,
    cellsRead: mean.cellsRead * count,
    cellsWritten: mean.cellsWritten * count,
    roundTrips: mean.roundTrips * count,
    optimistic: mean.optimistic * count,
    pessimistic: mean.pessimistic * count,
    cpuMs: mean.cpuMs * count,
    wallMs: mean.wallMs * count,
  };
}

export function mean(runs: Measured[]): Measured {
  const t = total(runs);
  return runs.length
    ? {...scale(t, 1 / runs.length), heapMb: t.heapMb, peakRssMb: t.peakRssMb}
    : t;
}
