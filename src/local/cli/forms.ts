// `kinerja-asn forms FILE` creates the three forms (apiCreateForms, as the menu does) and
// `kinerja-asn respond FILE --form laporan|rekan|skm ANSWERS.csv` submits each CSV row as one
// response, as a respondent would: the CSV's header row holds the question titles (SHEETS.md
// "Forms"; `Email Address` for the peer form), each row goes to the emulator's form, which appends
// it to the response sheet and fires the form-submit trigger (src/local/emulator/form-submit.ts).
import fs from 'node:fs';
import type {Options} from './args';
import {
  CliContext,
  CliFailure,
  EXIT_INPUT_ERRORS,
  EXIT_OK,
  EXIT_USAGE,
} from './context';

export const FORM_TITLES = {
  laporan: 'Laporan Pegawai',
  rekan: 'Masukan Rekan Kerja',
  skm: 'Survei Kepuasan Masyarakat',
} as const;

interface FormsResult {
  ok: boolean;
  message: string;
  forms: {key: keyof typeof FORM_TITLES; id: string}[];
}

export async function forms(
  cli: CliContext,
  file: string,
  options: Options,
): Promise<number> {
  const runtime = await cli.open(file, options);
  const result = runtime.call<FormsResult>('apiCreateForms');
  cli.line(result.message);
  if (!result.ok) return EXIT_INPUT_ERRORS;
  await cli.saveIfChanged(runtime, true);
  return EXIT_OK;
}

export async function respond(
  cli: CliContext,
  file: string,
  options: Options,
): Promise<number> {
  const csv = cli.resolve(options.answersFile!);
  if (!fs.existsSync(csv))
    throw new CliFailure('cli.error.answersNotFound', {file: csv}, EXIT_USAGE);
  const runtime = await cli.open(file, options);
  const emulator = runtime.emulator;
  const {Utilities} = emulator.globals as {
    Utilities: {parseCsv(text: string): string[][]};
  };
  const text = fs.readFileSync(csv, 'utf8').replace(/^\uFEFF/, '');
  const [head = [], ...rows] = Utilities.parseCsv(text).filter(r =>
    r.some(cell => String(cell).trim() !== ''),
  );
  const titles = head.map(h => String(h).trim());
  const title = FORM_TITLES[options.form!];
  let submitted = 0;
  const failures: string[] = [];
  rows.forEach((row, i) => {
    const answers: Record<string, string> = {};
    let email = '';
    titles.forEach((h, c) => {
      if (h === 'Email Address') email = String(row[c] ?? '');
      else if (h !== 'Timestamp') answers[h] = String(row[c] ?? '');
    });
    try {
      runtime.execution(ctx =>
        emulator.submitForm(ctx, title, {answers, email}),
      );
      submitted++;
    } catch (e) {
      failures.push(`${options.answersFile}:${i + 2}: ${(e as Error).message}`);
    }
  });
  for (const f of failures) cli.io.stderr(f + '\n');
  cli.out('cli.respond.done', {
    form: title,
    submitted,
    failed: failures.length,
  });
  if (submitted > 0) await cli.saveIfChanged(runtime, true);
  return failures.length ? EXIT_INPUT_ERRORS : EXIT_OK;
}
