// The verbs that run one action of the add-on on a workbook file: init (set up the sheets),
// validate, tabs (appraisal tabs of a period) and recompute.
import fs from 'node:fs';
import type {
  ActionResult,
  CloseStatus,
  RecomputeResult,
  TabsResult,
  ValidationDto,
} from '../../core/api';
import type {Lang} from '../../core/types';
import {HEADERS, SHEET, normalizeHeader} from '../../sheets/schema';
import type {Emulator} from '../emulator';
import {Runtime, modelValues, spreadsheetOf} from '../runtime';
import type {Options} from './args';
import {
  CliContext,
  EXIT_INPUT_ERRORS,
  EXIT_OK,
  langOf,
  periodOf,
} from './context';

/** Types a Pengaturan sheet holding only `Bahasa` into a new workbook (set-up adds the rest). */
function presetLanguage(emulator: Emulator, lang: Lang): void {
  const ss = spreadsheetOf(emulator);
  const sheet = ss.insertSheet(SHEET.pengaturan);
  sheet
    .getRange(1, 1, 2, 2)
    .setValues([[...HEADERS.pengaturan], ['Bahasa', lang]]);
}

export async function init(
  cli: CliContext,
  file: string,
  options: Options,
): Promise<number> {
  const isNew = !fs.existsSync(file);
  const runtime = await cli.open(file, options, {create: true});
  // A new workbook made with --lang speaks that language: Bahasa is typed first, so set-up writes
  // its message and the default Template Email in it. An existing workbook keeps its Bahasa.
  if (isNew && options.lang) presetLanguage(runtime.emulator, options.lang);
  const result = runtime.call<ActionResult>('apiSetupSheets');
  cli.lang = langOf(runtime.emulator.workbook, options);
  cli.line(result.message);
  await cli.saveIfChanged(runtime, true);
  return result.ok ? EXIT_OK : EXIT_INPUT_ERRORS;
}

function printIssues(cli: CliContext, issues: ValidationDto['issues']): void {
  for (const issue of issues) {
    // issue.text already starts with the place; the message alone goes after ours.
    const where = issue.cell ? `${issue.sheet}!${issue.cell}` : issue.sheet;
    const text = issue.message[cli.lang];
    if (issue.level === 'Galat') cli.io.stderr(`${where}: ${text}\n`);
    else cli.err('cli.issue.warning', {where, text});
  }
}

export async function validate(
  cli: CliContext,
  file: string,
  options: Options,
): Promise<number> {
  const runtime = await cli.open(file, options);
  const result = runtime.call<ValidationDto>(
    'apiValidate',
    periodOf(runtime, options),
  );
  printIssues(cli, result.issues);
  cli.out('cli.validate.summary', {
    errors: result.errors,
    warnings: result.warnings,
  });
  await cli.saveIfChanged(runtime, false);
  return result.errors > 0 ? EXIT_INPUT_ERRORS : EXIT_OK;
}

export async function tabs(
  cli: CliContext,
  file: string,
  options: Options,
): Promise<number> {
  const runtime = await cli.open(file, options);
  const period = periodOf(runtime, options);
  const result = runtime.call<TabsResult>('apiCreateTabs', period);
  cli.line(result.message);
  if (result.tabs?.length)
    cli.out('cli.tabs.list', {tabs: result.tabs.join(', ')});
  await cli.saveIfChanged(runtime, true);
  return result.ok ? EXIT_OK : EXIT_INPUT_ERRORS;
}

/** Closes a period (Tutup Periode): chunk after chunk until done, as the sidebar does. */
export async function tutup(
  cli: CliContext,
  file: string,
  options: Options,
): Promise<number> {
  const runtime = await cli.open(file, options);
  const period = periodOf(runtime, options);
  let result = runtime.call<CloseStatus>('apiClosePeriod', period);
  for (let i = 0; result.state === 'running' && result.ok && i < 1000; i++)
    result = runtime.call<CloseStatus>('apiClosePeriod', period);
  cli.line(result.message);
  await cli.saveIfChanged(runtime, true);
  return result.ok ? EXIT_OK : EXIT_INPUT_ERRORS;
}

/** What recompute did; with errors, the problems of the Validasi sheet it wrote. */
export function printRecompute(
  cli: CliContext,
  runtime: Runtime,
  period: string,
  result: RecomputeResult,
): void {
  cli.line(result.message);
  cli.out('cli.recompute.summary', {
    period,
    employees: result.employees,
    complete: result.complete,
    errors: result.errors,
    warnings: result.warnings,
  });
  if (result.errors === 0) return;
  // The Validasi sheet recompute just wrote holds the problems, in the workbook's language.
  const rows = modelValues(runtime.emulator.workbook, SHEET.validasi);
  const header = (rows[0] ?? []).map(normalizeHeader);
  const [s, c, m, l] = ['sheet', 'sel', 'pesan', 'tingkat'].map(h =>
    header.indexOf(h),
  );
  for (const row of rows.slice(1)) {
    const level = String(row[l] ?? '');
    if (!/galat|error/i.test(level)) continue;
    const where = row[c] ? `${row[s]}!${row[c]}` : String(row[s]);
    cli.io.stderr(`${where}: ${String(row[m] ?? '')}\n`);
  }
  cli.err('cli.recompute.seeValidasi');
}

export async function recompute(
  cli: CliContext,
  file: string,
  options: Options,
): Promise<number> {
  const runtime = await cli.open(file, options);
  const period = periodOf(runtime, options);
  const result = runtime.call<RecomputeResult>('apiRecompute', period);
  printRecompute(cli, runtime, period, result);
  await cli.saveIfChanged(runtime, true);
  return result.errors > 0 || !result.ok ? EXIT_INPUT_ERRORS : EXIT_OK;
}
