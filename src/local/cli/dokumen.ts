// `kinerja-asn dokumen` (the official documents as PDF files in --out DIR) and `kinerja-asn ekspor
// --format siasn --out FILE.xlsx`. Documents are made in chunks of at most PER_EXECUTION employees,
// one Apps Script execution each, so a whole roster stays inside the 6-minute limit of the cost
// model (a conversion costs 1.5 s optimistic, 4 s pessimistic: src/local/emulator/cost.ts).
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import {normalizeHeader} from '../../sheets/schema';
import {SHEET} from '../../sheets/schema';
import type {PublikView} from '../../core/api';
import {publikPage} from '../publik-page';
import {modelValues} from '../runtime';
import type {Options} from './args';
import {CliContext, EXIT_INPUT_ERRORS, EXIT_OK, periodOf} from './context';

/** Employees per execution: the gas side's PER_EXECUTION (src/gas/dokumen.ts). */
export const DOKUMEN_CHUNK = 60;

interface Batch {
  ok: boolean;
  message: string;
  files: {name: string; base64: string}[];
}

/** Active NIPs of Pegawai, in sheet order (read from the file, outside any execution). */
function activeNips(cli: CliContext, values: unknown[][]): string[] {
  void cli;
  const [head = [], ...rows] = values;
  const at = (h: string) => head.findIndex(x => normalizeHeader(x) === h);
  const nip = at('nip');
  const aktif = at('aktif');
  const seen = new Set<string>();
  for (const row of rows) {
    const n = String(row[nip] ?? '').replace(/[\s.]/g, '');
    if (!n || (aktif >= 0 && /^tidak$/i.test(String(row[aktif]).trim())))
      continue;
    seen.add(n);
  }
  return [...seen];
}

export async function dokumen(
  cli: CliContext,
  file: string,
  options: Options,
): Promise<number> {
  const runtime = await cli.open(file, options);
  const period = periodOf(runtime, options);
  const out = path.resolve(cli.io.cwd, options.out!);
  const nips = options.nip
    ? [options.nip]
    : activeNips(cli, modelValues(runtime.emulator.workbook, SHEET.pegawai));
  fs.mkdirSync(out, {recursive: true});
  let written = 0;
  let slowest = 0;
  for (let i = 0; i < nips.length; i += DOKUMEN_CHUNK) {
    const chunk = nips.slice(i, i + DOKUMEN_CHUNK);
    const batch = runtime.call<Batch>(
      'apiDokumenBatch',
      period,
      options.jenis ?? 'evaluasi',
      chunk,
    );
    slowest = Math.max(
      slowest,
      runtime.lastExecution?.estimatedSeconds.pessimistic ?? 0,
    );
    if (!batch.ok) {
      cli.line(batch.message);
      return EXIT_INPUT_ERRORS;
    }
    for (const f of batch.files) {
      fs.writeFileSync(path.join(out, f.name), Buffer.from(f.base64, 'base64'));
      written++;
    }
  }
  if (options.nip && written === 0) {
    cli.err('cli.error.unknownNip', {nip: options.nip, period});
    return EXIT_INPUT_ERRORS;
  }
  cli.out('cli.dokumen.done', {
    count: written,
    dir: out,
    seconds: Math.round(slowest),
  });
  return EXIT_OK;
}

export async function ekspor(
  cli: CliContext,
  file: string,
  options: Options,
): Promise<number> {
  const runtime = await cli.open(file, options);
  const result = runtime.call<{
    ok: boolean;
    message: string;
    rows: (string | number)[][];
  }>('apiEksporSiasn', options.period ?? '');
  cli.line(result.message);
  if (!result.ok) return EXIT_INPUT_ERRORS;
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('SIASN');
  // NIPs stay text (18 digits lose precision as numbers).
  // Copied: arrays from the bundle's realm fail ExcelJS's instanceof Array and would be dropped.
  result.rows.forEach(r => sheet.addRow([...r]));
  for (const c of [1, 9]) sheet.getColumn(c).numFmt = '@';
  sheet.getRow(1).font = {bold: true};
  const target = path.resolve(cli.io.cwd, options.out!);
  fs.mkdirSync(path.dirname(target), {recursive: true});
  await book.xlsx.writeFile(target);
  return EXIT_OK;
}

/** `kinerja-asn publik FILE --out DIR`: the Publik sheet rewritten, and DIR/index.html. */
export async function publik(
  cli: CliContext,
  file: string,
  options: Options,
): Promise<number> {
  const runtime = await cli.open(file, options);
  const view = runtime.call<PublikView>('apiPublik');
  cli.line(view.message);
  await cli.saveIfChanged(runtime, false);
  if (!view.ok) return EXIT_INPUT_ERRORS;
  const dir = path.resolve(cli.io.cwd, options.out!);
  fs.mkdirSync(dir, {recursive: true});
  const target = path.join(dir, 'index.html');
  fs.writeFileSync(target, publikPage(view.lang, view.instansi, view.rows));
  cli.out('cli.publik.done', {file: target});
  return EXIT_OK;
}
