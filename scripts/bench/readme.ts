// The README's bench table, regenerated from the results (`--readme`, or `--from-json FILE` to
// rewrite it from a saved build/bench.json without measuring again).
import fs from 'node:fs';
import {
  executionsTable,
  goalsTable,
  yearTable,
  type BenchReport,
} from './report';

export const BEGIN = '<!-- bench:begin (npm run bench -- --readme) -->';
export const END = '<!-- bench:end -->';

export function readmeSection(r: BenchReport): string {
  const m = r.machine;
  return [
    BEGIN,
    `Measured ${r.generatedAt.slice(0, 10)} on Node ${m.node}, ${m.cpus} cores (shared; load ${m.loadavg[0].toFixed(1)} at start), ` +
      `\`npm run bench -- ${String(r.options.argv ?? '')}\`:`,
    '',
    ...executionsTable(r.results),
    '',
    ...yearTable(r.year),
    '',
    ...goalsTable(r.goals),
    '',
    ...r.breaksFirst,
    END,
  ].join('\n');
}

/** Replaces the section between the markers (or appends it to the Benchmark section). */
export function writeReadme(file: string, r: BenchReport): void {
  const text = fs.readFileSync(file, 'utf8');
  const section = readmeSection(r);
  const a = text.indexOf(BEGIN);
  const b = text.indexOf(END);
  if (a >= 0 && b > a) {
    fs.writeFileSync(
      file,
      text.slice(0, a) + section + text.slice(b + END.length),
    );
    return;
  }
  throw new Error(`${file} has no ${BEGIN} ... ${END} section`);
}
