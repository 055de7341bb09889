// `npm run bench -- --detail`: the call table (the bench before the scale report): the performance budget of the add-on, measured on the built dist/Code.js in the
// emulator. A demo workbook of 10,000 employees × 8 indicators (appraisal tabs filled in), then
//   1. apiRecompute of one quarter, twice: the first run also does the one-time work (insert the
//      Rekap chart, grow Hasil by 10,000 rows, log the supervisors' overrides); the second is every
//      later Hitung Ulang of that quarter. Spreadsheet service calls by method, wall and CPU time,
//      memory. The ≤ 50 call budget is asserted on the second run; the first is reported;
//   2. ASN_SCORE over a 10,000-row range of NIPs, then the same call again (cache), and with the
//      Hasil range as its data_hasil argument (no sheet read at all).
// Goals are printed next to the results with PASS/FAIL; the exit status is 1 when one fails.
// Options: --pegawai N (default 10000), --indikator N (default 8), --seed S.
// The scale report (scripts/bench.ts) is the default; this detail runs behind --detail.
import path from 'node:path';
import type {RecomputeResult} from '../../src/core/api';
import {demoWorkbook} from '../../src/demo/workbook';
import {fillDemoTabs, writeDemoTables} from '../../src/local/demo-tables';
import {type Emulator, createEmulator} from '../../src/local/emulator';
import {inExecution as execution, repoRoot} from '../../src/local/loader';

/** Every class of the Spreadsheet service (charts included); Lock, Properties, Cache are others. */
const SPREADSHEET_CLASSES =
  /^(SpreadsheetApp|Spreadsheet|Sheet|Range|Protection|DataValidation\w*|EmbeddedChart\w*|ChartOptions|ContainerInfo)\./;
/** Calls that read cell contents. */
const READ_CALLS =
  /^(Range\.(getValues|getValue|getDisplayValues|getDisplayValue|getFormulas)|Sheet\.getSheetValues)$/;

interface Goal {
  name: string;
  goal: string;
  result: string;
  pass: boolean;
}

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n <= 0) {
    console.error(`--${name} needs a positive whole number`);
    process.exit(2);
  }
  return n;
}

function gc(): void {
  const collect = (globalThis as {gc?: () => void}).gc;
  if (collect) collect();
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Wall ms, CPU ms, the counts by method and heap right after, of one measured run. */
function measure<T>(emulator: Emulator, run: () => T) {
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  emulator.calls.reset();
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const value = run();
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  const heapAfter = process.memoryUsage().heapUsed;
  const byMethod = emulator.calls.byMethod();
  return {
    value,
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    byMethod,
    heapBefore,
    heapAfter,
  };
}

function spreadsheetTotal(byMethod: Record<string, number>): number {
  return Object.entries(byMethod)
    .filter(([name]) => SPREADSHEET_CLASSES.test(name))
    .reduce((sum, [, n]) => sum + n, 0);
}

export function detailBench(): number {
  const employeeCount = option('pegawai', 10000);
  const indicatorsPerUnit = option('indikator', 8);
  const seed = option('seed', 1);
  const root = repoRoot();
  const codeFile = path.join(root, 'dist', 'Code.js');

  console.log('# Kinerja ASN benchmark\n');
  console.log(
    `Node ${process.version}, ${process.platform}/${process.arch}; dist/Code.js in the emulator.\n`,
  );

  // The workbook: demo data, 'Per Unit' tabs (one tab per unit, so reads are O(sheets), not
  // O(supervisors)), the supervisors' inputs typed in.
  let t0 = Date.now();
  const demo = demoWorkbook({
    employeeCount,
    seed,
    indicatorsPerUnit,
    period: '2026-TW1',
    tabPenilaian: 'Per Unit',
  });
  const generateMs = Date.now() - t0;
  const emulator = createEmulator({
    user: demo.hrEmail,
    now: () => new Date(Date.UTC(2026, 3, 2, 2)),
    htmlDir: path.join(root, 'dist'),
  });
  t0 = Date.now();
  execution(emulator, codeFile, ctx => ctx.apiSetupSheets());
  writeDemoTables(emulator, demo);
  const tabs = execution(emulator, codeFile, ctx =>
    ctx.apiCreateTabs(demo.period),
  ) as {
    ok: boolean;
    tabs: string[];
    message: string;
  };
  if (!tabs.ok) console.log(`apiCreateTabs: ${tabs.message}`);
  fillDemoTabs(emulator, demo, demo.period);
  const prepareMs = Date.now() - t0;
  const tabRows = emulator.workbook.sheets
    .filter(s => s.name.startsWith(`Penilaian ${demo.period} `))
    .reduce((sum, s) => sum + Math.max(0, s.lastRow() - 1), 0);
  console.log(
    `Workbook: ${demo.employees.length} employees, ${demo.indicators.length} indicators ` +
      `(${indicatorsPerUnit} per unit), ${tabs.tabs?.length ?? 0} appraisal tabs with ${tabRows} rows ` +
      `(generated in ${secs(generateMs)}, set up and filled in ${secs(prepareMs)}).\n`,
  );

  // 1. Recompute one quarter: the first time, then again.
  const recomputeOnce = () =>
    measure(emulator, () =>
      execution(
        emulator,
        codeFile,
        ctx => ctx.apiRecompute(demo.period) as RecomputeResult,
      ),
    );
  const first = recomputeOnce();
  const recompute = recomputeOnce();
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const result = recompute.value;
  const firstCalls = spreadsheetTotal(first.byMethod);
  const sheetCalls = spreadsheetTotal(recompute.byMethod);
  const all = (m: Record<string, number>) =>
    Object.values(m).reduce((a, b) => a + b, 0);
  console.log(`## apiRecompute('${demo.period}')\n`);
  console.log(`${result.message}\n`);
  console.log('| Service call | First run | Again |\n|---|---:|---:|');
  const names = [
    ...new Set([
      ...Object.keys(first.byMethod),
      ...Object.keys(recompute.byMethod),
    ]),
  ].sort();
  for (const name of names)
    console.log(
      `| ${name} | ${first.byMethod[name] ?? 0} | ${recompute.byMethod[name] ?? 0} |`,
    );
  console.log(
    `| **Spreadsheet service total** | **${firstCalls}** | **${sheetCalls}** |`,
  );
  console.log(
    `| All services | ${all(first.byMethod)} | ${all(recompute.byMethod)} |`,
  );
  console.log(
    `| Wall / CPU | ${secs(first.wallMs)} / ${secs(first.cpuMs)} | ${secs(recompute.wallMs)} / ${secs(recompute.cpuMs)} |\n`,
  );

  // 2. ASN_SCORE over a range of every NIP, twice (the second run reads the cache).
  const range = demo.employees.map(e => [e.nip]);
  const score1 = measure(emulator, () =>
    execution(emulator, codeFile, ctx => ctx.ASN_SCORE(range) as unknown[][]),
  );
  const score2 = measure(emulator, () =>
    execution(
      emulator,
      codeFile,
      ctx => ctx.ASN_SCORE(range, demo.period) as unknown[][],
    ),
  );
  // As a formula =ASN_SCORE(A2:A10001; ; Hasil!A:M): Sheets passes the Hasil values.
  const hasilValues = emulator.workbook.sheetByName('Hasil')
    ? execution(emulator, codeFile, ctx =>
        (ctx.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
          .getActiveSpreadsheet()
          .getSheetByName('Hasil')!
          .getRange('A:M')
          .getValues(),
      )
    : [];
  const score3 = measure(emulator, () =>
    execution(
      emulator,
      codeFile,
      ctx => ctx.ASN_SCORE(range, '', hasilValues) as unknown[][],
    ),
  );
  const numeric = (value: unknown) =>
    Array.isArray(value)
      ? value.filter(row => typeof row?.[0] === 'number').length
      : 0;
  const scored = numeric(score1.value);
  const reads = (m: Record<string, number>) =>
    Object.entries(m)
      .filter(([name]) => READ_CALLS.test(name))
      .reduce((sum, [, n]) => sum + n, 0);
  console.log(`## ASN_SCORE over ${range.length} NIPs\n`);
  console.log(
    `${scored} numeric scores (the others are incomplete appraisals).\n`,
  );
  console.log(
    '| Call | Sheet reads | Spreadsheet calls | Wall |\n|---|---:|---:|---:|',
  );
  console.log(
    `| first (cold cache) | ${reads(score1.byMethod)} | ${spreadsheetTotal(score1.byMethod)} | ${secs(score1.wallMs)} |`,
  );
  console.log(
    `| second (cached) | ${reads(score2.byMethod)} | ${spreadsheetTotal(score2.byMethod)} | ${secs(score2.wallMs)} |`,
  );
  console.log(
    `| with data_hasil = Hasil!A:M | ${reads(score3.byMethod)} | ${spreadsheetTotal(score3.byMethod)} | ${secs(score3.wallMs)} |\n`,
  );

  const goals: Goal[] = [
    {
      name: 'Appraisal tabs created (apiCreateTabs)',
      goal: 'ok',
      result: tabs.ok ? `${tabs.tabs.length} tabs` : tabs.message,
      pass: tabs.ok,
    },
    {
      name: 'Recompute succeeded (apiRecompute)',
      goal: 'ok',
      result: result.ok
        ? `${result.employees} employees, ${result.complete} complete`
        : result.message,
      pass: result.ok,
    },
    {
      name: 'Recompute: spreadsheet service calls',
      goal: '≤ 50 (O(sheets))',
      result: String(sheetCalls),
      pass: sheetCalls <= 50,
    },
    {
      name: 'First recompute: spreadsheet service calls (+ chart insert, Hasil growth, override log)',
      goal: '(report)',
      result: String(firstCalls),
      pass: true,
    },
    {
      name: 'Recompute: CPU time (first run / again)',
      goal: '< 5 s',
      result: `${secs(first.cpuMs)} / ${secs(recompute.cpuMs)}`,
      pass: first.cpuMs < 5000 && recompute.cpuMs < 5000,
    },
    {
      name: 'Recompute: wall time (first run / again)',
      goal: '(report)',
      result: `${secs(first.wallMs)} / ${secs(recompute.wallMs)}`,
      pass: true,
    },
    {
      name: 'Recompute: heap used after / peak RSS of the process',
      goal: '(report)',
      result: `${mb(recompute.heapAfter)} / ${mb(peakRss)}`,
      pass: true,
    },
    {
      name: `ASN_SCORE over ${range.length} rows, periode omitted: sheet reads`,
      goal: '= 1 (reads once)',
      result: String(reads(score1.byMethod)),
      pass: reads(score1.byMethod) === 1,
    },
    {
      name: 'ASN_SCORE with data_hasil: sheet reads / same scores',
      goal: '0 / yes',
      result: `${reads(score3.byMethod)} / ${numeric(score3.value) === scored ? 'yes' : 'no'}`,
      pass: reads(score3.byMethod) === 0 && numeric(score3.value) === scored,
    },
    {
      name: `ASN_SCORE over ${range.length} rows: results`,
      goal: `${range.length} rows`,
      result: `${Array.isArray(score1.value) ? score1.value.length : 0} rows`,
      pass: Array.isArray(score1.value) && score1.value.length === range.length,
    },
    {
      name: 'ASN_SCORE again (cached): sheet reads / wall time',
      goal: '(report)',
      result: `${reads(score2.byMethod)} / ${secs(score2.wallMs)}`,
      pass: true,
    },
  ];
  console.log(
    `## Goals (${demo.employees.length} employees × ${indicatorsPerUnit} indicators)\n`,
  );
  console.log('| Measure | Goal | Result | |\n|---|---|---|---|');
  for (const g of goals) {
    const verdict = g.goal === '(report)' ? '' : g.pass ? 'PASS' : '**FAIL**';
    console.log(`| ${g.name} | ${g.goal} | ${g.result} | ${verdict} |`);
  }
  const failed = goals.filter(g => !g.pass).length;
  console.log(failed ? `\n${failed} goal(s) failed.` : '\nAll goals met.');
  return failed ? 1 : 0;
}
