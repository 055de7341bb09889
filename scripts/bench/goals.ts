// The scale report's goals (issue 10, item 4), judged on the measured results, and what breaks
// first at the largest size.
import {
  EXECUTION_LIMIT_SECONDS,
  SHORT_LIMIT_SECONDS,
} from '../../src/local/emulator/cost';
import {CELL_LIMIT} from '../../src/local/emulator/limits';
import type {StepResult} from './run';
import type {YearPoint} from './year';

export const GOAL_SIZE = 10_000;
/** A chunk's budget: Apps Script's 6 minutes less a margin (CHUNK_BUDGET_MS in src/core). */
export const EXECUTION_GOAL_SECONDS = 270;
export const CELL_GOAL = 8_000_000;
export const RATIO_GOAL = 1.5;

export interface Goal {
  name: string;
  goal: string;
  result: string;
  pass: boolean;
}

/** An error's first sentence, for a table cell (the notes under the tables keep it whole). */
export function short(error: string): string {
  const first = /^.*?(limit of \d+ cells|\.\s)/.exec(error)?.[0] ?? error;
  return first.length > 160 ? `${first.slice(0, 157)}...` : first.trim();
}

const s = (n: number) => `${n.toFixed(1)} s`;
const cells = (n: number) => n.toLocaleString('en');

/** Google's runtime limit of a step's executions. */
export function limitOf(r: StepResult): number {
  return r.step.startsWith('ASN_SCORE')
    ? SHORT_LIMIT_SECONDS
    : EXECUTION_LIMIT_SECONDS;
}

export function goals(results: StepResult[], year: YearPoint[]): Goal[] {
  const at = results.filter(r => r.size === GOAL_SIZE && !r.skipped);
  const out: Goal[] = [];
  if (!at.length)
    return [
      {
        name: `executions at ${cells(GOAL_SIZE)}`,
        goal: 'measured',
        result: 'not run (see --sizes)',
        pass: false,
      },
    ];
  for (const r of at) {
    const limit = Math.min(EXECUTION_GOAL_SECONDS, limitOf(r));
    out.push({
      name: `${r.step} (${r.mode}): longest execution, pessimistic`,
      goal: `< ${limit} s`,
      result:
        s(r.worst.pessimistic) +
        (r.extrapolated
          ? ` (${r.measured} of ${cells(r.executions)} executions sampled)`
          : '') +
        (r.error ? `; error: ${short(r.error)}` : ''),
      pass: r.worst.pessimistic < limit && !r.error,
    });
  }
  for (const r of at.filter(x => x.ratio !== undefined)) {
    out.push({
      name: `${r.step} (${r.mode}): cells read / minimum`,
      goal: `≤ ${RATIO_GOAL}x`,
      result: `${cells(r.worst.cellsRead)} / ${cells(r.minimumCells ?? 0)} = ${r.ratio!.toFixed(2)}x`,
      pass: r.ratio! <= RATIO_GOAL,
    });
  }
  for (const mode of ['Per Atasan', 'Per Unit']) {
    const points = year.filter(p => p.size === GOAL_SIZE && p.mode === mode);
    if (!points.length) {
      out.push({
        name: `workbook after a year, ${mode}`,
        goal: `< ${cells(CELL_GOAL)} cells`,
        result: 'not run',
        pass: false,
      });
      continue;
    }
    const last = points[points.length - 1];
    const failed = points.find(p => p.error);
    out.push({
      name: `workbook after a year, ${mode}`,
      goal: `< ${cells(CELL_GOAL)} cells`,
      result:
        `${cells(last.cells)} cells, ${last.sheets} sheets` +
        (failed ? `; ${failed.step} failed: ${short(failed.error ?? '')}` : ''),
      pass: last.cells < CELL_GOAL && !failed,
    });
  }
  return out;
}

/**
 * What breaks first at the largest size: in the order of a year's work (the executions of the
 * first quarter, then the year's steps), the first error, the first execution past Google's limit
 * or the goal, the first step past 8 M / 10 M cells.
 */
export function breaksFirst(
  results: StepResult[],
  year: YearPoint[],
): string[] {
  const size = Math.max(
    0,
    ...results.map(r => r.size),
    ...year.map(p => p.size),
  );
  if (!size) return ['Nothing measured.'];
  const lines: string[] = [];
  const rs = results.filter(r => r.size === size && !r.skipped);
  const firstOver = (limit: (r: StepResult) => number) =>
    rs.find(r => r.worst.pessimistic > limit(r));
  const error = rs.find(r => r.error);
  const killed = firstOver(limitOf);
  const overGoal = firstOver(r => Math.min(EXECUTION_GOAL_SECONDS, limitOf(r)));
  const killedOpt = rs.find(r => r.worst.optimistic > limitOf(r));
  const describe = (r: StepResult) =>
    `**${r.step}** in ${r.mode} (${cells(r.worst.cellsRead)} cells read, ${cells(r.worst.cellsWritten)} written, ` +
    `${cells(r.worst.calls)} calls in its longest execution: ${s(r.worst.pessimistic)} pessimistic, ` +
    `${s(r.worst.optimistic)} optimistic, limit ${limitOf(r)} s)`;
  if (overGoal)
    lines.push(
      `First execution over its goal (pessimistic): ${describe(overGoal)}.`,
    );
  if (killed)
    lines.push(
      `First execution Google would stop ("Exceeded maximum execution time") on the pessimistic profile: ${describe(killed)}.`,
    );
  else
    lines.push(
      "No execution passes Google's limit on the pessimistic profile.",
    );
  if (killedOpt)
    lines.push(`Even on the optimistic profile: ${describe(killedOpt)}.`);
  if (error)
    lines.push(
      `First failing step: **${error.step}** in ${error.mode}: ${short(error.error ?? '')}.`,
    );
  for (const mode of ['Per Atasan', 'Per Unit']) {
    const ps = year.filter(p => p.size === size && p.mode === mode);
    if (!ps.length) continue;
    const over8 = ps.find(p => p.cells >= CELL_GOAL);
    const failed = ps.find(p => p.error);
    const parts: string[] = [];
    if (over8)
      parts.push(
        `passes ${cells(CELL_GOAL)} cells at **${over8.step}** (${cells(over8.cells)} cells, ${over8.sheets} sheets)`,
      );
    if (failed)
      parts.push(
        `fails at **${failed.step}**: ${short(failed.error ?? '')} (${cells(failed.cells)} cells; Google's cap is ${cells(CELL_LIMIT)})`,
      );
    lines.push(
      `Year in ${mode}: ${parts.length ? parts.join('; ') : `stays under ${cells(CELL_GOAL)} cells (${cells(ps[ps.length - 1].cells)})`}.`,
    );
  }
  return [`At ${cells(size)} employees:`, ...lines.map(l => `- ${l}`)];
}
