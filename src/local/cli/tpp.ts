// The TPP verbs: `presensi <file.xlsx> <export.csv|.xlsx> --periode YYYY-MM` imports a month of
// attendance (the export's text goes to apiImportPresensi, parsed there by Utilities.parseCsv as in
// Apps Script; an .xlsx export's first sheet is written out as CSV first), and
// `tpp <file.xlsx> --periode YYYY-MM` computes Hasil TPP of the month.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type {Options} from './args';
import {
  CliContext,
  CliFailure,
  EXIT_INPUT_ERRORS,
  EXIT_OK,
  EXIT_USAGE,
} from './context';

interface TppRunResult {
  ok: boolean;
  message: string;
  issues: string[];
  errors: number;
}

function csvField(value: unknown): string {
  const text =
    value instanceof Date
      ? value.toISOString().slice(0, 10)
      : value && typeof value === 'object' && 'result' in value
        ? String((value as {result: unknown}).result ?? '')
        : value && typeof value === 'object' && 'text' in value
          ? String((value as {text: unknown}).text ?? '')
          : String(value ?? '');
  const flat = text.replace(/[\r\n]+/g, ' ');
  return /[",]/.test(flat) ? `"${flat.replace(/"/g, '""')}"` : flat;
}

/** The export's text: a .csv as it is, an .xlsx's first sheet as CSV. */
async function exportText(file: string): Promise<string> {
  if (!fs.existsSync(file))
    throw new CliFailure('cli.error.fileNotFound', {file}, EXIT_USAGE);
  if (/\.csv$/i.test(file) || /\.txt$/i.test(file))
    return fs.readFileSync(file, 'utf8');
  if (!/\.xlsx$/i.test(file))
    throw new CliFailure('cli.error.exportType', {file}, EXIT_USAGE);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.worksheets[0];
  const lines: string[] = [];
  sheet?.eachRow({includeEmpty: false}, row => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++)
      cells.push(csvField(row.getCell(c).value));
    lines.push(cells.join(','));
  });
  return lines.join('\n');
}

function report(cli: CliContext, result: TppRunResult): void {
  cli.line(result.message);
  for (const issue of result.issues) cli.io.stderr(issue + '\n');
}

function monthOf(options: Options): string {
  if (!options.period || !/^\d{4}-\d{2}$/.test(options.period))
    throw new CliFailure(
      'cli.error.periodeMonth',
      {value: options.period ?? ''},
      EXIT_USAGE,
    );
  return options.period;
}

export async function presensi(
  cli: CliContext,
  file: string,
  options: Options,
): Promise<number> {
  const month = monthOf(options);
  if (!options.exportFile)
    throw new CliFailure('cli.error.missingExport', {}, EXIT_USAGE);
  const exportFile = cli.resolve(options.exportFile);
  const text = await exportText(exportFile);
  const runtime = await cli.open(file, options);
  const result = runtime.call<TppRunResult>(
    'apiImportPresensi',
    month,
    text,
    path.basename(exportFile),
  );
  report(cli, result);
  if (result.ok) await cli.saveIfChanged(runtime, true);
  return result.ok ? EXIT_OK : EXIT_INPUT_ERRORS;
}

export async function tpp(
  cli: CliContext,
  file: string,
  options: Options,
): Promise<number> {
  const month = monthOf(options);
  const runtime = await cli.open(file, options);
  const result = runtime.call<TppRunResult>('apiComputeTpp', month);
  report(cli, result);
  await cli.saveIfChanged(runtime, true);
  return result.ok && result.errors === 0 ? EXIT_OK : EXIT_INPUT_ERRORS;
}
