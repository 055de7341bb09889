// `kinerja-asn demo`: a new workbook holding the demo city government, its appraisal tabs for the
// period and what its supervisors typed so far, recomputed (also the workbench's first start).
import fs from 'node:fs';
import type {ActionResult, RecomputeResult, TabsResult} from '../../core/api';
import {currentQuarter} from '../../core/period';
import {DEMO_AGENCY} from '../../demo/types';
import {demoWorkbook} from '../../demo/workbook';
import {monthsOfQuarter} from '../../demo/tpp';
import {SHEET} from '../../sheets/schema';
import {fillDemoTabs, writeDemoTables} from '../demo-tables';
import {Runtime, modelValues} from '../runtime';
import {readWorkbook} from '../xlsx';
import type {Options} from './args';
import {
  CliContext,
  CliFailure,
  EXIT_INPUT_ERRORS,
  EXIT_OK,
  EXIT_USAGE,
  langOf,
} from './context';
import {printRecompute} from './workbook-verbs';

export async function demo(
  cli: CliContext,
  file: string,
  options: Options,
): Promise<number> {
  if (fs.existsSync(file)) {
    const existing = await readWorkbook(file);
    if (modelValues(existing, SHEET.pegawai).length > 1) {
      throw new CliFailure('cli.error.demoNotEmpty', {file}, EXIT_USAGE);
    }
  }
  const {runtime, code} = await createDemo(cli, file, options);
  await cli.saveIfChanged(runtime, true);
  return code;
}

/** init + sample tables + tabs for Periode Aktif + the supervisors' partial inputs + recompute. */
export async function createDemo(
  cli: CliContext,
  file: string,
  options: Options,
): Promise<{runtime: Runtime; code: number}> {
  const demo = demoWorkbook({
    employeeCount: options.employeeCount,
    seed: options.seed,
    // The default period of new sample data: the current quarter in Jakarta.
    period: options.period ?? currentQuarter(cli.io.now()),
    indicatorsPerUnit: options.indicatorsPerUnit,
  });
  // A new workbook is owned by the demo's HR; an existing (empty, set-up) one is filled by its
  // owner, its HR until the sample Email HR is written (SHEETS.md, Roles).
  const runtime = await cli.open(file, options, {
    create: true,
    user: fs.existsSync(file) ? undefined : demo.hrEmail,
  });
  const setup = runtime.call<ActionResult>('apiSetupSheets');
  if (!setup.ok) {
    cli.line(setup.message);
    return {runtime, code: EXIT_INPUT_ERRORS};
  }
  writeDemoTables(runtime.emulator, demo);
  cli.lang = langOf(runtime.emulator.workbook, options);
  const tabs = runtime.call<TabsResult>('apiCreateTabs', demo.period);
  if (!tabs.ok) cli.io.stderr(tabs.message + '\n');
  const tabCount = fillDemoTabs(runtime.emulator, demo, demo.period);
  const recompute = runtime.call<RecomputeResult>('apiRecompute', demo.period);
  const fills = {complete: 0, partial: 0, empty: 0};
  for (const plan of demo.plans.values()) fills[plan.fill]++;
  cli.out('cli.demo.created', {
    agency: DEMO_AGENCY,
    employees: demo.employees.length,
    units: demo.tables.unit.length - 1,
    indicators: demo.indicators.length,
    period: demo.period,
    tabs: tabs.ok ? tabs.tabs.length : tabCount,
  });
  cli.out('cli.demo.filled', fills);
  printRecompute(cli, runtime, demo.period, recompute);
  // TPP of the quarter's three months, from the demo's attendance (Hasil TPP, Rekap, Daftar TPP).
  for (const month of monthsOfQuarter(demo.period)) {
    const tpp = runtime.call<{message: string}>('apiComputeTpp', month);
    cli.line(tpp.message);
  }
  const failed = !tabs.ok || !recompute.ok || recompute.errors > 0;
  return {runtime, code: failed ? EXIT_INPUT_ERRORS : EXIT_OK};
}
