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
import {feedback} from './feedback';
import {serve} from './serve';
import {init, recompute, tabs, validate} from './workbook-verbs';

/** The repository root (where dist/ lives), for scripts that require build/cli.js: see loader.ts. */
export {repoRoot};

const FILE_VERBS = {init, demo, validate, tabs, recompute, feedback};

async function run(cli: CliContext, command: Command): Promise<number> {
  const {verb, options} = command;
  if (options.lang) cli.lang = options.lang;
  if (verb === 'help' || options.help) {
    cli.line(t(cli.lang, 'cli.usage'));
    return EXIT_OK;
  }
  if (verb === 'serve') return serve(cli, options, command.file);
  return FILE_VERBS[verb](cli, cli.resolve(command.file!), options);
}

let pipeGuarded = false;
/** `kinerja-asn feedback x.xlsx | head`: a reader that stops early is not an error. */
function quietOnClosedPipe(): void {
  if (pipeGuarded) return;
  pipeGuarded = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
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
  if (!io.stdout) quietOnClosedPipe();
  const fullIo: CliIo = {
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
    cwd: process.cwd(),
    now: () => new Date(),
    ...io,
  };
  const cli = new CliContext(fullIo, () => repoRoot());
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
    return await run(cli, command);
  } catch (e) {
    if (e instanceof CliFailure) {
      cli.err(e.key, e.params);
      return e.exitCode;
    }
    const message = e instanceof Error ? e.message : String(e);
    cli.err('cli.error.failed', {message});
    if (process.env.KINERJA_DEBUG && e instanceof Error)
      fullIo.stderr(`${e.stack}\n`);
    return EXIT_INPUT_ERRORS;
  }
}
