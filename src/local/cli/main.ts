// The command line: `kinerja-asn <verb> <file.xlsx> [--periode P] [options]` (SHEETS.md).
// Each verb loads the .xlsx into the Apps Script emulator, runs the very dist/Code.js that ships
// (its api* functions, as the sidebar calls them), and saves the file atomically when it changed.
// Exit status: 0 success, 1 input errors found, 2 wrong usage.
import {t} from '../i18n';
import {repoRoot} from '../loader';
import {type Command, UsageError, parseArgs} from './args';
import {
  CliContext,
  CliFailure,
  type CliIo,
  EXIT_INPUT_ERRORS,
  EXIT_OK,
  EXIT_USAGE,
} from './context';
import {demo} from './demo';
import {dokumen, ekspor, publik} from './dokumen';
import {feedback} from './feedback';
import {serve} from './serve';
import {EXIT_BY_REASON, guardProcess, yieldToEvents} from './interrupt';
import {init, recompute, tabs, tutup, validate} from './workbook-verbs';
import {WorkbookFileError} from '../workbook-file';
import {presensi, tpp} from './tpp';
import {forms, respond} from './forms';

/** The repository root (where dist/ lives), for scripts that require build/cli.js: see loader.ts. */
export {repoRoot};

const FILE_VERBS = {
  init,
  demo,
  validate,
  tabs,
  recompute,
  tutup,
  feedback,
  presensi,
  tpp,
  dokumen,
  ekspor,
  forms,
  respond,
  publik,
};

async function run(cli: CliContext, command: Command): Promise<number> {
  const {verb, options} = command;
  if (options.lang) cli.lang = options.lang;
  if (verb === 'help' || options.help) {
    cli.line(t(cli.lang, 'cli.usage'));
    return EXIT_OK;
  }
  cli.verb = verb;
  if (verb === 'serve') return serve(cli, options, command.file);
  return FILE_VERBS[verb](cli, cli.resolve(command.file!), options);
}

/** The --lang of a command line, read before parsing so that usage errors speak it too. */
function earlyLang(argv: readonly string[]): 'en' | 'id' | undefined {
  const at = argv.findIndex(a => a === '--lang' || a.startsWith('--lang='));
  if (at < 0) return undefined;
  const value = argv[at].includes('=') ? argv[at].split('=')[1] : argv[at + 1];
  return value === 'en' || value === 'id' ? value : undefined;
}

/** Runs one command line; resolves to the exit status. Never throws. */
export async function main(
  argv: readonly string[],
  io: Partial<CliIo> = {},
): Promise<number> {
  let stdoutOpen = true;
  const fullIo: CliIo = {
    stdout: text => {
      if (stdoutOpen) process.stdout.write(text);
    },
    stderr: text => process.stderr.write(text),
    cwd: process.cwd(),
    now: () => new Date(),
    stop: {reason: null},
    ...io,
  };
  const cli = new CliContext(fullIo, () => repoRoot());
  // The real process (no captured output): Ctrl+C, SIGTERM and a closed stdout stop it cleanly.
  const unguard = io.stdout
    ? () => undefined
    : guardProcess(
        fullIo.stop!,
        (key, params) => cli.err(key, params),
        () => (stdoutOpen = false),
      );
  try {
    return await runMain(cli, fullIo, argv);
  } finally {
    cli.release();
    unguard();
  }
}

async function runMain(
  cli: CliContext,
  fullIo: CliIo,
  argv: readonly string[],
): Promise<number> {
  cli.lang = earlyLang(argv) ?? cli.lang;
  let command: Command;
  try {
    command = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    cli.err(e.key, e.params);
    fullIo.stderr('\n' + t(cli.lang, 'cli.usage') + '\n');
    return EXIT_USAGE;
  }
  try {
    const code = await run(cli, command);
    // Let a closed pipe or a last signal be seen before the status is decided.
    await yieldToEvents();
    const stopped = fullIo.stop?.reason;
    if (!stopped) return code;
    cli.err('cli.stop.stopped', {reason: stopped});
    return EXIT_BY_REASON[stopped];
  } catch (e) {
    if (e instanceof CliFailure) {
      cli.err(e.key, e.params);
      return e.exitCode;
    }
    if (e instanceof WorkbookFileError) {
      cli.err(e.key, e.params);
      return e.key === 'cli.lock.busy' ? EXIT_INPUT_ERRORS : EXIT_USAGE;
    }
    // An error of the bundle's realm is no `instanceof Error` here: its message is read as such.
    const own = (e as {message?: unknown} | null)?.message;
    const message = typeof own === 'string' ? own : String(e);
    cli.err('cli.error.failed', {message});
    if (process.env.KINERJA_DEBUG && e instanceof Error)
      fullIo.stderr(`${e.stack}\n`);
    return EXIT_INPUT_ERRORS;
  }
}
