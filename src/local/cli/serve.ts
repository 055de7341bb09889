// `kinerja-asn serve` (npm start): the workbench on a workbook file, made from the demo city
// when the file does not exist yet; runs until Ctrl+C.
import fs from 'node:fs';
import path from 'node:path';
import {DEFAULT_MAIL_QUOTA, readIfExists, userOf} from '../runtime';
import type {Options} from './args';
import {CliContext, EXIT_OK, langOf} from './context';
import {createDemo} from './demo';

const DEFAULT_SERVE_FILE = 'kinerja-asn.xlsx';
const DEFAULT_PORT = 8080;

export async function serve(
  cli: CliContext,
  options: Options,
  fileArg?: string,
): Promise<number> {
  const file = cli.resolve(fileArg ?? DEFAULT_SERVE_FILE);
  if (!fs.existsSync(file)) {
    cli.out('cli.serve.creating', {file});
    const {runtime} = await createDemo(cli, file, options);
    await runtime.save();
    cli.out('cli.saved', {file});
    // The workbench takes the file's lock for each change of its own.
    cli.release();
  }
  const existing = await readIfExists(file, (key, params) =>
    cli.err(key, params),
  );
  cli.lang = langOf(existing, options);
  const outbox = path.resolve(
    cli.io.cwd,
    options.outbox ?? path.join(path.dirname(file), 'outbox'),
  );
  // Loaded here: the workbench (and its HTTP server) is only needed by this verb.
  const {startServer} = await import('../workbench/backend');
  const server = await startServer({
    file,
    workbook: existing,
    port: options.port ?? DEFAULT_PORT,
    outbox,
    codeFile: path.join(cli.root, 'dist', 'Code.js'),
    sidebarFile: path.join(cli.root, 'dist', 'Sidebar.html'),
    emulator: {
      user: userOf(existing, options.user),
      htmlDir: path.join(cli.root, 'dist'),
      mailQuota: DEFAULT_MAIL_QUOTA,
    },
  });
  cli.out('cli.serve.running', {url: server.url, file});
  await (cli.io.untilStopped ?? untilSignal)();
  await server.close();
  cli.out('cli.serve.stopped');
  return EXIT_OK;
}

function untilSignal(): Promise<void> {
  return new Promise(resolve => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
