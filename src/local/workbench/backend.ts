// The workbench's real backend (`npm start`): the built add-on run in the local runtime on the
// workbook file, saved after every change, re-read when another program changed the file.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type {Lang} from '../../core/types';
import type {Emulator, EmulatorOptions} from '../emulator';
import type {Workbook} from '../emulator/model';
import {repoRoot} from '../loader';
import {WorkbookLock} from '../file-lock';
import {Runtime, readWorkbookFile, userOf} from '../runtime';
import {WorkbookFileError, realFile} from '../workbook-file';
import {t} from '../i18n';
import {
  type EditResult,
  type RunningServer,
  type WorkbenchBackend,
  startWorkbench,
} from '../server';
import {cellInfo, knownUsers} from './edits';
import {errorMessage} from './http';
import {NO_SAVE_API, NotFound} from './rpc';

export interface ServerOptions {
  /** The .xlsx file: read at start (when no workbook is given) and saved after every change. */
  file?: string;
  port: number;
  /** Folder for .eml files written by MailApp. */
  outbox: string;
  /** Loopback only: 127.0.0.1 (default), localhost or ::1. */
  host?: string;
  /** A ready workbook (tests); otherwise read from `file`, or a new empty one if it is missing. */
  workbook?: Workbook;
  codeFile?: string;
  sidebarFile?: string;
  /** Further emulator options (clock, mail quota, user). */
  emulator?: Omit<EmulatorOptions, 'workbook' | 'outboxDir'>;
}

export interface RunningWorkbench extends RunningServer {
  emulator: Emulator;
}

/** Starts the workbench on the workbook file (or the given workbook) and the built bundle. */
export async function startServer(
  options: ServerOptions,
): Promise<RunningWorkbench> {
  // The file is the CLI's too: each change holds its lock (file-lock.ts) from re-read to save.
  const file = options.file;
  // The language of refusals (the lock busy): the workbook's, once it is open.
  let speak = (): Lang => 'id';
  const locked = async <T>(run: () => Promise<T>): Promise<T> => {
    if (!file) return run();
    let lock: WorkbookLock;
    try {
      lock = await WorkbookLock.acquire(realFile(file), 'kinerja-asn serve');
    } catch (error) {
      if (error instanceof WorkbookFileError)
        throw new Error(t(speak(), error.key, error.params));
      throw error;
    }
    try {
      return await run();
    } finally {
      lock.release();
    }
  };
  const read = options.workbook
    ? {workbook: options.workbook, replayed: false}
    : file
      ? await locked(() => readWorkbookFile(file))
      : {replayed: false};
  const workbook = read.workbook;
  fs.mkdirSync(options.outbox, {recursive: true});
  const codeFile = options.codeFile ?? path.join(repoRoot(), 'dist', 'Code.js');
  const sidebarFile =
    options.sidebarFile ?? path.join(repoRoot(), 'dist', 'Sidebar.html');
  // Who acts unless told: the workbook's owner, its HR (SHEETS.md, Roles); *Sebagai* shows them.
  const user = userOf(workbook, options.emulator?.user);
  const runtime = new Runtime({
    file: options.file,
    workbook,
    replayed: read.replayed,
    codeFile,
    emulator: {...options.emulator, user, outboxDir: options.outbox},
  });
  let currentUser = user;
  if (!fs.existsSync(codeFile)) {
    throw new Error(`${codeFile} not found: run npm run build first`);
  }
  const refresh = () => runtime.reloadIfChanged(currentUser);
  const lang = (): Lang => {
    try {
      return runtime.execution(ctx =>
        (ctx.apiGetState as () => {lang: Lang})().lang === 'en' ? 'en' : 'id',
      );
    } catch {
      return 'id';
    }
  };
  speak = lang;
  const cellOf = (sheetName: string, ref: string) =>
    cellInfo(runtime.emulator.workbook, sheetName, ref, currentUser, lang());

  const backend: WorkbenchBackend = {
    title: options.file ? path.basename(options.file) : 'workbook',
    outboxDir: options.outbox,
    workbook: () => runtime.emulator.workbook,
    sidebarHtml: () => fs.readFileSync(sidebarFile, 'utf8'),
    lang,
    refresh,
    callApi: (fn, argsJson) => locked(() => callApi(fn, argsJson)),
    cell: cellOf,
    edit: (sheetName, ref, value) => locked(() => edit(sheetName, ref, value)),
    // Sebagai lists who is really acting first, even when --user named someone new to the file.
    users: () => ({
      current: currentUser,
      known: [
        ...new Set([currentUser, ...knownUsers(runtime.emulator.workbook)]),
      ],
    }),
    setUser(email) {
      currentUser = email;
      runtime.emulator.setUser(email);
    },
  };
  async function callApi(fn: string, argsJson: string): Promise<unknown> {
    await refresh();
    // Each google.script.run call is a new Apps Script execution: a fresh context, locks released.
    const result = runtime.execution(ctx => {
      const target = ctx[fn];
      if (typeof target !== 'function') throw new NotFound(fn);
      // Arguments are decoded inside the bundle's realm, as google.script.run delivers them.
      const parse = vm.runInContext('JSON.parse', ctx) as (
        s: string,
      ) => unknown;
      const args = parse(argsJson);
      return (target as (...a: unknown[]) => unknown)(
        ...(Array.isArray(args) ? args : []),
      );
    });
    if (!NO_SAVE_API.has(fn)) await runtime.save();
    return result;
  }
  async function edit(
    sheetName: string,
    ref: string,
    value: string,
  ): Promise<EditResult> {
    await refresh();
    try {
      // Each edit is an execution of its own, in which the installable onEdit triggers run.
      runtime.execution(ctx =>
        runtime.emulator.userEdit(ctx, sheetName, ref, value),
      );
    } catch (error) {
      return {ok: false, message: errorMessage(error)};
    }
    await runtime.save();
    const info = cellOf(sheetName, ref);
    // The onEdit trigger's mark, if the value breaks a rule: the save says so (issue 12).
    return info.problem
      ? {ok: true, display: info.value, problem: info.problem}
      : {ok: true, display: info.value};
  }
  const running = await startWorkbench(backend, options.port, options.host);
  return {
    ...running,
    // A getter: the emulator is made anew when the file is read in again.
    get emulator() {
      return runtime.emulator;
    },
  };
}
