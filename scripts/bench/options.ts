// The bench's command line: `npm run bench -- --sizes 1000,10000 --runs 3 ...`.
import type {ClockSetting} from '../../src/local/emulator';
import {TAB_MODES, type TabMode} from './world';

export interface BenchOptions {
  sizes: number[];
  /** Tab modes the executions are measured in (the year always runs both). */
  modes: TabMode[];
  /** Sizes whose year is simulated (default: the same). */
  yearSizes: number[];
  runs: number;
  sample: number;
  maxChunks: number;
  indicatorsPerUnit: number;
  seed: number;
  json: string;
  /** Replace the README's bench table (between the bench markers). */
  readme: boolean;
  /** The old call table (scripts/bench/detail.ts) instead of the scale report. */
  detail: boolean;
  steps?: Set<string>;
  /** The profile moving the add-on's clock, or false. */
  clock: ClockSetting;
}

export const USAGE = `npm run bench -- [options]
  --sizes 1000,10000,50000  employee counts (default the three)
  --modes atasan,unit       tab modes of the executions (default both)
  --year-sizes LIST         sizes whose year is simulated (default: --sizes; 0 = none)
  --runs N                  repeat the executions N times (CPU min / median), default 1
  --sample N                executions measured of a per-employee step, default 10
  --max-chunks N            most executions of one job, default 500
  --indikator N --seed S    demo data (default 8, 1)
  --steps a,b               only these executions (names as in the table)
  --clock P                 profile moving the add-on's clock in an execution: pessimistic
                            (default), optimistic, or off (the clock stands still)
  --json FILE               machine-readable results (default build/bench.json)
  --readme                  rewrite README.md's bench section from the results
  --from-json A.json,B.json print (and with --readme write) the report of saved runs, merged
  --detail [--pegawai N]    the former call table of one recompute and ASN_SCORE`;

function value(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i < 0 ? undefined : argv[i + 1];
}

function whole(
  argv: string[],
  name: string,
  fallback: number,
  min = 1,
): number {
  const raw = value(argv, name);
  if (raw === undefined) return fallback;
  const x = Number(raw);
  if (!Number.isInteger(x) || x < min)
    throw new Error(`--${name} needs a whole number ≥ ${min}, not '${raw}'`);
  return x;
}

function list(argv: string[], name: string, fallback: number[]): number[] {
  const raw = value(argv, name);
  if (raw === undefined) return fallback;
  const xs = raw.split(',').map(x => Number(x.trim().replace(/_/g, '')));
  if (xs.some(x => !Number.isInteger(x) || x < 0))
    throw new Error(
      `--${name} needs whole numbers separated by commas, not '${raw}'`,
    );
  return xs.filter(x => x > 0);
}

function clockOption(raw: string | undefined): ClockSetting {
  if (raw === undefined || raw === 'pessimistic') return 'pessimistic';
  if (raw === 'optimistic') return raw;
  if (raw === 'off') return false;
  throw new Error(`--clock needs pessimistic, optimistic or off, not '${raw}'`);
}

export function parseOptions(argv: string[]): BenchOptions {
  const sizes = list(argv, 'sizes', [1000, 10000, 50000]);
  const steps = value(argv, 'steps');
  const modes = value(argv, 'modes');
  const picked = modes
    ? TAB_MODES.filter(m =>
        modes
          .toLowerCase()
          .split(',')
          .some(x => m.toLowerCase().endsWith(x.trim())),
      )
    : [...TAB_MODES];
  if (!picked.length)
    throw new Error(`--modes needs atasan and/or unit, not '${modes}'`);
  return {
    sizes,
    modes: picked,
    yearSizes: list(argv, 'year-sizes', sizes),
    runs: whole(argv, 'runs', 1),
    sample: whole(argv, 'sample', 10),
    maxChunks: whole(argv, 'max-chunks', 500),
    indicatorsPerUnit: whole(argv, 'indikator', 8),
    seed: whole(argv, 'seed', 1),
    json: value(argv, 'json') ?? 'build/bench.json',
    readme: argv.includes('--readme'),
    detail: argv.includes('--detail'),
    clock: clockOption(value(argv, 'clock')),
    steps: steps ? new Set(steps.split(',').map(x => x.trim())) : undefined,
  };
}
