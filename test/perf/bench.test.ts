// The scale report's machinery (scripts/bench/*) on a small workbook: every step of the table
// measured over dist/Code.js, the year's cell count as Google counts it, and the goals' verdicts.
import {goals, breaksFirst} from '../../scripts/bench/goals';
import {total} from '../../scripts/bench/measure';
import {markdown} from '../../scripts/bench/report';
import {runSteps, type StepResult} from '../../scripts/bench/run';
import {STEPS} from '../../scripts/bench/steps';
import {cellCount, makeWorld} from '../../scripts/bench/world';
import {simulateYear} from '../../scripts/bench/year';
import {repoRoot} from '../../src/local/loader';

jest.setTimeout(180_000);

const small = (mode: 'Per Atasan' | 'Per Unit') =>
  makeWorld({size: 60, mode, indicatorsPerUnit: 3, seed: 1, root: repoRoot()});

describe('scale report', () => {
  test('measures every step of the table with both profiles', () => {
    const results = runSteps(
      small('Per Unit'),
      {sample: 3, maxChunks: 20},
      () => {},
    );
    expect(results.map(r => r.step)).toEqual(STEPS.map(s => s.name));
    for (const r of results) {
      expect({step: r.step, error: r.error}).toEqual({
        step: r.step,
        error: undefined,
      });
      expect(r.worst.calls).toBeGreaterThan(0);
      expect(r.worst.pessimistic).toBeGreaterThan(r.worst.optimistic);
      expect(r.total.pessimistic).toBeGreaterThanOrEqual(r.worst.pessimistic);
    }
    const recompute = results.find(r => r.step === 'recompute again')!;
    expect(recompute.minimumCells).toBeGreaterThan(0);
    expect(recompute.ratio).toBeCloseTo(
      recompute.worst.cellsRead / recompute.minimumCells!,
    );
    // One execution per cell, 3 of the 60 measured and the rest extrapolated.
    const column = results.find(r => r.step === 'ASN_SCORE column')!;
    expect([column.executions, column.measured, column.extrapolated]).toEqual([
      60,
      3,
      true,
    ]);
    // The total is the sample's mean times the 60 executions, beyond any one of them.
    expect(column.total.pessimistic).toBeGreaterThan(column.worst.pessimistic);
  });

  test("counts the workbook's grid after each step of a year", () => {
    const world = small('Per Unit');
    const points = simulateYear(world, 20, () => {});
    expect(points.map(p => p.step)).toEqual([
      ...['TW1', 'TW2', 'TW3', 'TW4'].flatMap(q =>
        ['tabs', 'recompute', 'close'].map(s => `2026-${q} ${s}`),
      ),
      '2026-S1 recompute',
      '2026-S2 recompute',
      '2026 recompute',
    ]);
    expect(points.every(p => !p.error)).toBe(true);
    // Each quarter's tabs add cells (a recompute may shrink a grid set-up made too large), and
    // closing the quarter takes a third of them away (13 columns become 9).
    points.forEach((p, i) => {
      if (i > 0 && p.step.endsWith(' tabs')) {
        expect(p.cells).toBeGreaterThan(points[i - 1].cells);
      }
      if (p.step.endsWith(' close') && i >= 3) {
        const added = points[i - 2].cells - points[i - 3].cells;
        expect(points[i - 1].cells - p.cells).toBeGreaterThan(added / 4);
      }
    });
    expect(points[points.length - 1].cells).toBe(cellCount(world));
  });

  test('judges the goals at 10,000 and names what breaks first', () => {
    const row = (
      step: string,
      pessimistic: number,
      extra: Partial<StepResult> = {},
    ): StepResult => ({
      step,
      size: 10_000,
      mode: 'Per Unit',
      executions: 1,
      measured: 1,
      extrapolated: false,
      worst: {
        ...total([]),
        pessimistic,
        optimistic: pessimistic / 4,
        calls: 10,
      },
      total: {...total([]), pessimistic},
      cpuRuns: [1],
      ...extra,
    });
    const results = [
      row('create tabs', 425),
      row('recompute', 130, {
        minimumCells: 1000,
        ratio: 2.6,
        worst: {...total([]), pessimistic: 130, cellsRead: 2600},
      }),
      row('ASN_SCORE range', 31),
    ];
    const verdicts = goals(results, []);
    const byName = (prefix: string) =>
      verdicts.find(g => g.name.startsWith(prefix))!;
    expect(byName('create tabs').pass).toBe(false);
    expect(byName('recompute (Per Unit): longest').pass).toBe(true);
    expect(byName('recompute (Per Unit): cells read').pass).toBe(false);
    // A custom function's limit is Google's 30 s, below the 270 s goal.
    expect(byName('ASN_SCORE range').goal).toBe('< 30 s');
    expect(byName('workbook after a year, Per Atasan').result).toBe('not run');
    const first = breaksFirst(results, []);
    expect(first[0]).toBe('At 10,000 employees:');
    expect(first.join('\n')).toMatch(/Google would stop .*\*\*create tabs\*\*/);
    const md = markdown({
      generatedAt: 'now',
      machine: {
        node: 'v20',
        platform: 'linux',
        cpus: 2,
        loadavg: [1, 1, 1],
        memoryGb: 24,
      },
      options: {clock: 'pessimistic'},
      results,
      year: [],
      goals: verdicts,
      breaksFirst: first,
    });
    expect(md).toContain('| 10,000 | Per Unit | create tabs | 1 |');
    expect(md).toContain('**FAIL**');
  });
});
