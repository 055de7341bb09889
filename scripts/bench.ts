// `npm run bench`: the scale report (issue 10, item 4). For each size (1,000 / 10,000 / 50,000
// employees by default) the executions of a quarter's work measured on the built dist/Code.js in
// the emulator (service calls, cells, CPU, memory, estimated Apps Script seconds under both cost
// profiles), the workbook's cell count over a simulated year in both tab modes, the goals as
// PASS/FAIL and what breaks first at the largest size. Markdown on stdout, JSON in build/bench.json
// (--json), the README table with --readme; progress on stderr. Exit status 1 when a goal fails.
// Options: scripts/bench/options.ts (USAGE); the old call table behind --detail.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {repoRoot} from '../src/local/loader';
import {detailBench} from './bench/detail';
import {breaksFirst, goals} from './bench/goals';
import {clock, gc} from './bench/measure';
import {USAGE, parseOptions, type BenchOptions} from './bench/options';
import {writeReadme} from './bench/readme';
import {type BenchReport, markdown} from './bench/report';
import {runSteps, type StepResult} from './bench/run';
import {TAB_MODES, type TabMode, makeWorld} from './bench/world';
import {simulateYear, type YearPoint} from './bench/year';

const log = (line: string) => process.stderr.write(`${line}\n`);

/** The executions at one size, `runs` times on fresh workbooks: the first run's figures, every run's CPU. */
function executionsAt(
  size: number,
  mode: TabMode,
  o: BenchOptions,
  root: string,
): StepResult[] {
  const runs = size <= 10_000 ? o.runs : 1;
  let first: StepResult[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    log(`${size} employees, ${mode}, executions (run ${i + 1} of ${runs})`);
    const world = worldOf(size, mode, o, root);
    const results = runSteps(
      world,
      {sample: o.sample, maxChunks: o.maxChunks},
      log,
      o.steps,
    );
    if (i === 0) first = results;
    else results.forEach((r, k) => first[k]?.cpuRuns.push(r.worst.cpuMs));
  }
  return first;
}

function worldOf(size: number, mode: TabMode, o: BenchOptions, root: string) {
  const {indicatorsPerUnit, seed} = o;
  return makeWorld({size, mode, indicatorsPerUnit, seed, root});
}

function yearAt(size: number, o: BenchOptions, root: string): YearPoint[] {
  const out: YearPoint[] = [];
  for (const mode of TAB_MODES) {
    gc();
    log(`${size} employees, a year in ${mode}`);
    const world = worldOf(size, mode, o, root);
    out.push(...simulateYear(world, o.maxChunks, log));
  }
  return out;
}

function main(argv: string[]): number {
  if (argv.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  if (argv.includes('--detail')) return detailBench();
  const root = repoRoot();
  if (argv.includes('--from-json')) {
    // One saved report, or several (sizes run apart) merged: results and years concatenated.
    const files = (argv[argv.indexOf('--from-json') + 1] ?? '').split(',');
    const saved = files.map(
      f => JSON.parse(fs.readFileSync(f, 'utf8')) as BenchReport,
    );
    const results = saved.flatMap(r => r.results);
    const year = saved.flatMap(r => r.year);
    const merged: BenchReport = {
      ...saved[0],
      options: {
        ...saved[0].options,
        argv: saved.map(r => String(r.options.argv)).join('` and `'),
      },
      results,
      year,
      goals: goals(results, year),
      breaksFirst: breaksFirst(results, year),
    };
    if (argv.includes('--readme'))
      writeReadme(path.join(root, 'README.md'), merged);
    console.log(markdown(merged));
    return merged.goals.every(g => g.pass) ? 0 : 1;
  }
  const o = parseOptions(argv);
  clock.setting = o.clock;
  const machine = {
    node: process.version,
    platform: `${process.platform}/${process.arch}`,
    cpus: os.cpus().length,
    loadavg: os.loadavg(),
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
  };
  const results: StepResult[] = [];
  const year: YearPoint[] = [];
  const json = path.resolve(root, o.json);
  const build = (): BenchReport => ({
    generatedAt: new Date().toISOString(),
    machine,
    options: {
      ...o,
      steps: o.steps ? [...o.steps] : undefined,
      argv: argv.join(' '),
    },
    results,
    year,
    goals: goals(results, year),
    breaksFirst: breaksFirst(results, year),
  });
  // Saved after every section, so a long run stopped half-way keeps what it measured.
  const save = () => {
    fs.mkdirSync(path.dirname(json), {recursive: true});
    fs.writeFileSync(json, JSON.stringify(build(), null, 2));
  };
  for (const size of o.sizes)
    for (const mode of o.modes) {
      results.push(...executionsAt(size, mode, o, root));
      save();
    }
  for (const size of o.yearSizes) {
    year.push(...yearAt(size, o, root));
    save();
  }
  const report = build();
  save();
  if (o.readme) writeReadme(path.join(root, 'README.md'), report);
  console.log(markdown(report));
  log(`JSON: ${json}`);
  return report.goals.every(g => g.pass) ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 2;
}
