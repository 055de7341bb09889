// The resumable "Buat Tab Penilaian" job (pure): its state as kept in a document property, the
// cost estimate that sizes each chunk, and a short hash for the no-change check.
//
// Cost figures: docs/PLATFORM-LIMITS.md §8, pessimistic profile: a service call that forces a
// round trip ~30-50 ms (50 taken), a cell read or written in a batch ~50 µs. A chunk stops taking
// tabs once its estimate would pass CHUNK_ESTIMATE_MS, far below the 6 minutes of an execution.

export const COST = {callMs: 50, cellMs: 0.05} as const;

/** Estimated pessimistic milliseconds of `calls` service calls touching `cells` cells. */
export function estimateMs(calls: number, cells: number): number {
  return calls * COST.callMs + cells * COST.cellMs;
}

/** Estimate budget of one chunk (read + writes): 150 s of the 360 s an execution may take. */
export const CHUNK_ESTIMATE_MS = 150_000;

export type TabsJobState = 'running' | 'done' | 'error' | 'idle';

export interface TabsJob {
  id: string;
  period: string;
  state: TabsJobState;
  /** Pass over the tabs (a second one drops rows an employee took along to a later tab). */
  pass: number;
  /** Whether this pass has read every tab once (to find employees who moved). */
  scanned: boolean;
  /** [from, to] tab names of moved employees' rows: those are read together, `to` first. */
  movers: [string, string][];
  /** Too many moves to list: every chunk reads every tab still to do. */
  fullRead: boolean;
  /** Hash of the pass's tab order: when the tabs change under it, the pass starts again. */
  order: string;
  /** Rows kept in a tab for a tab not yet written (the next pass drops them). */
  lentKept: number;
  /** The tab being built now ('' between tabs): when set on entry, a chunk died inside it. */
  building: string;
  /** Tabs finished (a position in the pass's order), and tabs in all. */
  done: number;
  total: number;
  created: number;
  /** Tabs rewritten, and tabs left untouched because nothing changed. */
  written: number;
  unchanged: number;
  employees: number;
  staleRows: number;
  withoutKey: number;
  /** Hash of the input sheets: when they change mid-job, the job starts its pass again. */
  inputs: string;
  /** Estimated pessimistic seconds of the last chunk, and chunks run so far. */
  lastChunkSeconds: number;
  chunks: number;
  message: string;
}

export function newTabsJob(
  id: string,
  period: string,
  inputs: string,
): TabsJob {
  return {
    id,
    period,
    state: 'running',
    pass: 1,
    scanned: false,
    movers: [],
    fullRead: false,
    order: '',
    lentKept: 0,
    building: '',
    done: 0,
    total: 0,
    created: 0,
    written: 0,
    unchanged: 0,
    employees: 0,
    staleRows: 0,
    withoutKey: 0,
    inputs,
    lastChunkSeconds: 0,
    chunks: 0,
    message: '',
  };
}

/** The job from its property text, or null when absent or unreadable. */
export function parseTabsJob(text: string | null): TabsJob | null {
  if (!text) return null;
  try {
    const job = JSON.parse(text) as TabsJob;
    if (!job || typeof job.period !== 'string' || typeof job.done !== 'number')
      return null;
    return job;
  } catch {
    return null;
  }
}

export function isTabsJobPending(job: TabsJob | null): boolean {
  return !!job && (job.state === 'running' || job.state === 'error');
}

/** 32-bit FNV-1a of a text, base 36: a change detector, not a security hash. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** Runs of equal values in a list: [value, first index, length]. */
export function runsOf<T>(items: readonly T[]): [T, number, number][] {
  const runs: [T, number, number][] = [];
  items.forEach((item, i) => {
    const last = runs[runs.length - 1];
    if (last && last[0] === item) last[2]++;
    else runs.push([item, i, 1]);
  });
  return runs;
}

/** Starts the job's pass again from the first tab (the signatures make unchanged tabs free). */
export function restartPass(job: TabsJob): void {
  job.pass++;
  job.done = 0;
  job.scanned = false;
  job.movers = [];
  job.fullRead = false;
  job.order = '';
  job.lentKept = 0;
}

/** The order tabs are built in: tabs receiving moved rows first, then by name. */
export function tabOrder(
  names: readonly string[],
  movers: readonly [string, string][],
): string[] {
  const receivers = new Set(movers.map(m => m[1]));
  const sorted = [...new Set(names)].sort();
  return [
    ...sorted.filter(n => receivers.has(n)),
    ...sorted.filter(n => !receivers.has(n)),
  ];
}
