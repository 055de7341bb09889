// The executions the scale report measures, as a table: each step names how to run it over the
// bundle, and how to go on while a job reports more to do. Wiring a new entry point (chunked tab
// creation, apiPreviewAllEmails) is a change of one line here.
import type {BundleContext} from '../../src/local/emulator';
import {fillTabs, type World} from './world';

/** A job's result that asks for another execution. */
export function running(result: unknown): boolean {
  const r = result as {state?: unknown; done?: unknown} | undefined;
  return r?.state === 'running' || r?.done === false;
}

export interface Step {
  name: string;
  /** Outside any execution, before the step (a person typing into the tabs). */
  prepare?: (w: World) => void;
  /** The entry point the all-at-once form needs; when the bundle lacks it, `each` is used. */
  needs?: string;
  /** The first (or only) execution. */
  start?: (ctx: BundleContext, w: World) => unknown;
  /** Whether the last execution's result asks for another one. */
  more?: (result: unknown) => boolean;
  /** The next execution of the job (default: `start` again). */
  next?: (ctx: BundleContext, w: World) => unknown;
  /** One execution per item (a fallback or the way Sheets runs it), measured on a sample. */
  each?: {
    items: (w: World) => string[];
    run: (ctx: BundleContext, w: World, item: string) => unknown;
  };
  /** A custom function execution (30 s limit, read-only Spreadsheet service). */
  customFunction?: boolean;
  /** What the step stands for, printed under the table. */
  note: string;
}

/** The first month of a quarter code: 2026-TW1 -> 2026-01. */
const firstMonth = (period: string) =>
  period.replace(
    /-TW([1-4])$/,
    (_, q: string) => `-${String((Number(q) - 1) * 3 + 1).padStart(2, '0')}`,
  );

/** NIPs of every employee, in sheet order. */
const nips = (w: World) => w.demo.employees.map(e => e.nip);

export const STEPS: Step[] = [
  {
    name: 'create tabs',
    start: (ctx, w) => ctx.apiCreateTabs(w.period),
    more: running,
    note: 'apiCreateTabs on a quarter without tabs; repeated while the job reports more to do',
  },
  {
    name: 'refresh tabs',
    prepare: w => void fillTabs(w, w.period),
    start: (ctx, w) => ctx.apiCreateTabs(w.period),
    more: running,
    note: 'apiCreateTabs again once the supervisors typed their inputs (nothing new to add)',
  },
  {
    name: 'recompute',
    start: (ctx, w) => ctx.apiRecompute(w.period),
    note: 'apiRecompute of the quarter, the first time (chart, Hasil growth, override log)',
  },
  {
    name: 'recompute again',
    start: (ctx, w) => ctx.apiRecompute(w.period),
    note: 'apiRecompute of the same quarter: every later Hitung Ulang',
  },
  {
    name: 'tpp month',
    needs: 'apiComputeTpp',
    start: (ctx, w) => ctx.apiComputeTpp(firstMonth(w.period)),
    note: "apiComputeTpp of the quarter's first month (its Presensi from the demo): Hasil TPP, Validasi, Rekap, Daftar TPP",
  },
  {
    name: 'preview all',
    needs: 'apiPreviewAllEmails',
    start: (ctx, w) => ctx.apiPreviewAllEmails(w.period),
    each: {
      items: nips,
      run: (ctx, w, nip) => ctx.apiPreviewEmail(w.period, nip),
    },
    note: 'apiPreviewAllEmails when the bundle has it, else apiPreviewEmail per employee (one execution each)',
  },
  {
    name: 'send per chunk',
    start: (ctx, w) => ctx.apiStartSend(w.period, false),
    more: running,
    next: ctx => ctx.apiContinueSend(),
    note: 'apiStartSend then apiContinueSend while the job is running (quota set above the need)',
  },
  {
    name: 'ASN_SCORE range',
    customFunction: true,
    start: (ctx, w) =>
      ctx.ASN_SCORE(
        nips(w).map(n => [n]),
        w.period,
      ),
    note: '=ASN_SCORE(A2:A) over every NIP: one custom function execution',
  },
  {
    name: 'ASN_SCORE column',
    customFunction: true,
    each: {
      items: nips,
      run: (ctx, w, nip) => {
        try {
          return ctx.ASN_SCORE(nip, w.period);
        } catch (e) {
          return `#ERROR! ${String(e)}`; // what the cell shows (an incomplete appraisal)
        }
      },
    },
    note: 'one =ASN_SCORE(A2) per row: one custom function execution per cell (an incomplete appraisal shows #ERROR!, as designed)',
  },
  {
    name: 'close period',
    start: (ctx, w) => ctx.apiClosePeriod(w.period),
    more: running,
    note: 'apiClosePeriod of the quarter (its tabs move to Arsip Penilaian), repeated while running',
  },
  {
    name: 'recompute closed',
    start: (ctx, w) => ctx.apiRecompute(w.period),
    note: 'apiRecompute of the closed quarter (its inputs read from Arsip Penilaian)',
  },
];

/**
 * The year a workbook lives through: per quarter its tabs, its recompute, then closing it (HR
 * closes a quarter once its results are final: the tabs move to Arsip Penilaian); then the
 * semesters and the year, read from the archive.
 */
export function yearSteps(year: number): YearStep[] {
  const out: YearStep[] = [];
  for (const q of [1, 2, 3, 4]) {
    const period = `${year}-TW${q}`;
    out.push({name: `${period} tabs`, period, action: 'tabs'});
    out.push({name: `${period} recompute`, period, action: 'recompute'});
    out.push({name: `${period} close`, period, action: 'close'});
  }
  for (const period of [`${year}-S1`, `${year}-S2`, `${year}`])
    out.push({name: `${period} recompute`, period, action: 'recompute'});
  return out;
}

export interface YearStep {
  name: string;
  period: string;
  action: 'tabs' | 'recompute' | 'close';
}
