// The local workbench (`npm start`): the built sidebar served beside a read-only view of the
// workbook, with google.script.run shimmed over HTTP to the built dist/Code.js running in the
// emulator. Listens on loopback only: the page can send email and rewrite the workbook.
import fs from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import vm from 'node:vm';
import {t} from './i18n';
import type {Lang} from '../core/types';
import type {Emulator, EmulatorOptions} from './emulator';
import {parseA1} from './emulator/a1';
import {blockingProtection} from './emulator/protection';
import {loadBundle, repoRoot} from './loader';
import type {CellValue, SheetModel, Workbook} from './emulator/model';

/** A file of the repository (dist/Code.js, dist/Sidebar.html), from src/local or build/ alike. */
function repoFile(relative: string): string {
  return path.join(repoRoot(), relative);
}

/** Rows of a sheet shown per viewer page (a 100k-row Hasil stays responsive). */
export const VIEWER_PAGE_ROWS = 500;
/** Columns shown at most (the contract's widest sheet has 14). */
const VIEWER_MAX_COLS = 60;
const MAX_BODY_BYTES = 1_000_000;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

/**
 * Server functions after which the workbook is not saved: they only read, or (apiSelectCell)
 * change just the selection, which is not worth an .xlsx write. Everything else saves.
 */
const NO_SAVE_API = new Set([
  'apiGetState',
  'apiGetSummary',
  'apiListEmployees',
  'apiPreviewEmail',
  'apiGetSendStatus',
  'apiSelectCell',
]);

/** What the HTTP layer needs from "the add-on": the real one runs the bundle, tests may fake it. */
export interface WorkbenchBackend {
  /** Runs server function `fn` (already known to start with 'api') with JSON-decoded args. */
  callApi(fn: string, argsJson: string): Promise<unknown>;
  sidebarHtml(): string;
  /** The workbook the viewer shows (absent: no viewer). */
  workbook?(): Workbook;
  outboxDir?: string;
  /** Interface language of the workbench's own page. */
  lang(): Lang;
  /** Label shown in the page header (the file name). */
  title: string;
  /** Re-reads the file when another program changed it since it was last read or saved. */
  refresh?(): Promise<void>;
  /** What the viewer's edit bar shows for one cell. */
  cell?(sheet: string, ref: string): CellInfo;
  /** A person typing into a cell as the current user (protections, validation, onEdit). */
  edit?(sheet: string, ref: string, value: string): Promise<EditResult>;
  /** Who the workbench acts as, and the people it can act as (owner, editors, tab editors). */
  users?(): {current: string; known: string[]};
  setUser?(email: string): void;
}

/** One cell as the edit bar shows it. */
export interface CellInfo {
  ref: string;
  /** What was typed or computed, as text ('' when empty). */
  value: string;
  /** The dropdown of a list validation, else []. */
  options: string[];
  /** Whether the current user may type here; otherwise `reason` says why not. */
  editable: boolean;
  reason: string;
}

export type EditResult =
  {ok: true; display: string} | {ok: false; message: string};

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

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export interface RunningWorkbench extends RunningServer {
  emulator: Emulator;
}

/** Starts the workbench on the workbook file (or the given workbook) and the built bundle. */
export async function startServer(
  options: ServerOptions,
): Promise<RunningWorkbench> {
  // Loaded here, not at the top: the HTTP layer (startWorkbench) is usable without them.
  const [{createEmulator}, {readWorkbook, writeWorkbook}] = await Promise.all([
    import('./emulator'),
    import('./xlsx'),
  ]);
  let workbook = options.workbook;
  if (!workbook && options.file && fs.existsSync(options.file)) {
    workbook = await readWorkbook(options.file);
  }
  fs.mkdirSync(options.outbox, {recursive: true});
  const makeEmulator = (wb: Workbook | undefined) =>
    createEmulator({
      ...options.emulator,
      workbook: wb,
      outboxDir: options.outbox,
    });
  let emulator = makeEmulator(workbook);

  // The file as last read or saved: when it differs, a person changed it in another program
  // (LibreOffice, Excel) and their edits are read in before anything else, never overwritten.
  const stamp = (): string | null => {
    if (!options.file || !fs.existsSync(options.file)) return null;
    const stat = fs.statSync(options.file);
    return `${stat.mtimeMs}:${stat.size}`;
  };
  // A given workbook stands for the file as it is now: only a later change is read in.
  let known = stamp();
  const save = async () => {
    if (!options.file) return;
    await writeWorkbook(emulator.workbook, options.file);
    known = stamp();
  };
  const refresh = async () => {
    const now = stamp();
    if (!options.file || now === null || now === known) return;
    const user = currentUser;
    emulator = makeEmulator(await readWorkbook(options.file));
    emulator.setUser(user);
    known = now;
  };
  let currentUser = options.emulator?.user ?? emulator.workbook.owner;
  const codeFile = options.codeFile ?? repoFile('dist/Code.js');
  const sidebarFile = options.sidebarFile ?? repoFile('dist/Sidebar.html');
  if (!fs.existsSync(codeFile)) {
    throw new Error(`${codeFile} not found: run npm run build first`);
  }

  /** Each google.script.run call is a new Apps Script execution: a fresh context, locks released. */
  const runInBundle = <T>(run: (ctx: Record<string, unknown>) => T): T => {
    const ctx = loadBundle(emulator, codeFile);
    try {
      return run(ctx);
    } finally {
      emulator.endExecution(ctx);
    }
  };

  const backend: WorkbenchBackend = {
    title: options.file ? path.basename(options.file) : 'workbook',
    outboxDir: options.outbox,
    workbook: () => emulator.workbook,
    sidebarHtml: () => fs.readFileSync(sidebarFile, 'utf8'),
    lang: () => {
      try {
        return runInBundle(ctx =>
          (ctx.apiGetState as () => {lang: Lang})().lang === 'en' ? 'en' : 'id',
        );
      } catch {
        return 'id';
      }
    },
    refresh,
    async callApi(fn, argsJson) {
      await refresh();
      const result = runInBundle(ctx => {
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
      if (!NO_SAVE_API.has(fn)) await save();
      return result;
    },
    cell: (sheetName, ref) =>
      cellInfo(emulator.workbook, sheetName, ref, currentUser, lang()),
    async edit(sheetName, ref, value) {
      await refresh();
      try {
        // Each edit is an execution of its own, in which the installable onEdit triggers run.
        runInBundle(ctx => emulator.userEdit(ctx, sheetName, ref, value));
      } catch (error) {
        return {ok: false, message: errorMessage(error)};
      }
      await save();
      return {
        ok: true,
        display: cellInfo(
          emulator.workbook,
          sheetName,
          ref,
          currentUser,
          lang(),
        ).value,
      };
    },
    users: () => ({current: currentUser, known: knownUsers(emulator.workbook)}),
    setUser(email) {
      currentUser = email;
      emulator.setUser(email);
    },
  };
  const lang = () => backend.lang();
  const running = await startWorkbench(backend, options.port, options.host);
  return {
    ...running,
    // A getter: the emulator is made anew when the file is read in again.
    get emulator() {
      return emulator;
    },
  };
}

/** A message of an error thrown in any realm (the bundle's errors are not this realm's Error). */
function errorMessage(error: unknown): string {
  return error && typeof error === 'object' && 'message' in error
    ? String((error as {message: unknown}).message)
    : String(error);
}

/** Everyone the workbench can act as: the owner, the editors, and every protection's editors. */
function knownUsers(workbook: Workbook): string[] {
  const seen = new Map<string, string>();
  const add = (email: string) => {
    if (email && !seen.has(email.toLowerCase()))
      seen.set(email.toLowerCase(), email);
  };
  add(workbook.owner);
  workbook.editors.forEach(add);
  for (const p of workbook.protections) p.editors.forEach(add);
  return [...seen.values()];
}

function cellInfo(
  workbook: Workbook,
  sheetName: string,
  ref: string,
  user: string,
  lang: Lang,
): CellInfo {
  const sheet = workbook.sheetByName(sheetName);
  const rect = sheet ? parseA1(ref, sheet.maxRows, sheet.maxCols) : null;
  if (!sheet || !rect) {
    return {
      ref,
      value: '',
      options: [],
      editable: false,
      reason: t(lang, 'sidebar.workbench.noCell', {ref: `${sheetName}!${ref}`}),
    };
  }
  const value = sheet.get('value', rect.row, rect.col);
  const formula = sheet.get('formula', rect.row, rect.col);
  const rule = sheet.get('validation', rect.row, rect.col);
  const list =
    rule?.criteria === 'VALUE_IN_LIST' && Array.isArray(rule.args[0])
      ? (rule.args[0] as unknown[]).map(v => String(v))
      : [];
  const blocked = blockingProtection(workbook, sheet, rect, user);
  return {
    ref,
    value:
      formula && (value === undefined || value === '')
        ? formula
        : cellText(value, workbook.timeZone),
    options: list,
    editable: !blocked,
    reason: blocked
      ? t(lang, 'sidebar.workbench.protected', {
          user,
          description: blocked.description || sheetName,
        })
      : '',
  };
}

class NotFound extends Error {
  constructor(fn: string) {
    super(`Unknown server function: ${fn}`);
  }
}

/** Serves a backend over HTTP: the routes of the workbench, with rpc calls run one at a time. */
export async function startWorkbench(
  backend: WorkbenchBackend,
  port: number,
  host = '127.0.0.1',
): Promise<RunningServer> {
  if (!LOOPBACK_HOSTS.has(host)) {
    throw new Error(`The workbench listens on loopback only, not ${host}`);
  }
  // One rpc at a time: each may save the workbook, and saves must never interleave.
  let queue: Promise<unknown> = Promise.resolve();
  const serialised = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job, job);
    queue = next.catch(() => undefined);
    return next;
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch(error => {
      send(
        res,
        500,
        'text/plain; charset=utf-8',
        String(error?.message ?? error),
      );
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    // A page on another site could reach a loopback port through DNS rebinding: insist on our name.
    const hostHeader = (req.headers.host ?? '')
      .replace(/:\d+$/, '')
      .replace(/^\[|\]$/g, '');
    if (!LOOPBACK_HOSTS.has(hostHeader)) {
      send(res, 403, 'text/plain; charset=utf-8', 'Forbidden host');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = url.pathname;
    if (req.method === 'POST' && route.startsWith('/rpc/')) {
      await rpc(req, res, decodeURIComponent(route.slice('/rpc/'.length)));
      return;
    }
    if (req.method === 'POST' && (route === '/edit' || route === '/as')) {
      await formPost(req, res, route);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
      return;
    }
    const lang = () => backend.lang();
    if (route === '/') {
      send(
        res,
        200,
        'text/html; charset=utf-8',
        workbenchPage(backend, lang()),
      );
    } else if (route === '/sidebar') {
      send(
        res,
        200,
        'text/html; charset=utf-8',
        withShim(backend.sidebarHtml()),
      );
    } else if (route === '/sheets' && backend.workbook) {
      await serialised(async () => backend.refresh?.());
      send(
        res,
        200,
        'text/html; charset=utf-8',
        sheetsPage(backend.workbook(), url.searchParams, lang(), backend),
      );
    } else if (route === '/cell' && backend.cell) {
      const info = await serialised(async () => {
        await backend.refresh?.();
        return backend.cell!(
          url.searchParams.get('name') ?? '',
          url.searchParams.get('ref') ?? '',
        );
      });
      sendJson(res, 200, info);
    } else if (route === '/outbox' && backend.outboxDir) {
      send(
        res,
        200,
        'text/html; charset=utf-8',
        outboxPage(backend.outboxDir, lang()),
      );
    } else if (route.startsWith('/outbox/') && backend.outboxDir) {
      const name = decodeURIComponent(route.slice('/outbox/'.length));
      const file = path.join(backend.outboxDir, name);
      if (!/^[\w.@+-]+\.eml$/.test(name) || !fs.existsSync(file)) {
        send(res, 404, 'text/plain; charset=utf-8', 'Not found');
      } else {
        send(res, 200, 'text/plain; charset=utf-8', fs.readFileSync(file));
      }
    } else {
      send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    }
  }

  /** The viewer's edit bar: POST /edit {sheet, ref, value} and POST /as {email}, JSON only. */
  async function formPost(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    route: string,
  ) {
    if (
      !String(req.headers['content-type'] ?? '').startsWith('application/json')
    ) {
      sendJson(res, 415, {message: 'Content-Type must be application/json'});
      return;
    }
    let body: Record<string, unknown>;
    try {
      const parsed = JSON.parse((await readBody(req)) || '{}') as unknown;
      if (!parsed || typeof parsed !== 'object')
        throw new Error('not an object');
      body = parsed as Record<string, unknown>;
    } catch {
      sendJson(res, 400, {message: 'Body must be a JSON object'});
      return;
    }
    const text = (key: string) =>
      typeof body[key] === 'string' ? (body[key] as string) : '';
    if (route === '/as') {
      const email = text('email');
      const users = backend.users?.();
      if (!backend.setUser || !users?.known.includes(email)) {
        sendJson(res, 400, {message: `Unknown user: ${email}`});
        return;
      }
      await serialised(async () => backend.setUser!(email));
      sendJson(res, 200, {ok: true});
      return;
    }
    if (!backend.edit) {
      sendJson(res, 404, {message: 'Not found'});
      return;
    }
    const result = await serialised(() =>
      backend.edit!(text('sheet'), text('ref'), text('value')),
    );
    sendJson(res, result.ok ? 200 : 403, result);
  }

  async function rpc(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    fn: string,
  ) {
    // JSON only: a cross-site form cannot send it without a CORS preflight, which we never grant.
    if (
      !String(req.headers['content-type'] ?? '').startsWith('application/json')
    ) {
      sendJson(res, 415, {message: 'Content-Type must be application/json'});
      return;
    }
    const body = await readBody(req);
    if (!/^api[A-Za-z0-9]+$/.test(fn)) {
      sendJson(res, 404, {message: `Unknown server function: ${fn}`});
      return;
    }
    let argsJson = '[]';
    try {
      const parsed = body ? (JSON.parse(body) as {args?: unknown}) : {};
      argsJson = JSON.stringify(Array.isArray(parsed.args) ? parsed.args : []);
    } catch {
      sendJson(res, 400, {message: 'Body must be JSON {"args": [...]}'});
      return;
    }
    try {
      const result = await serialised(() => backend.callApi(fn, argsJson));
      sendJson(res, 200, {result: result === undefined ? null : result});
    } catch (error) {
      if (error instanceof NotFound) {
        sendJson(res, 404, {message: error.message});
        return;
      }
      // Errors thrown in the bundle come from another realm: read the message, not instanceof.
      sendJson(res, 500, {message: errorMessage(error)});
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = host === '::1' ? '[::1]' : host;
  return {
    url: `http://${shownHost}:${address.port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Wait for the rpc in progress (and its save) before closing.
        void queue.then(() => {
          server.close(error => (error ? reject(error) : resolve()));
          server.closeAllConnections();
        });
      }),
  };
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('Request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(
  res: http.ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
) {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown) {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * google.script.run over HTTP, same surface as Google's: withSuccessHandler, withFailureHandler,
 * withUserObject, then any server function name. Also tells the workbench page which function
 * ran, so the viewer can refresh (and jump to a cell selected by apiSelectCell).
 * https://developers.google.com/apps-script/guides/html/reference/run
 */
export const GOOGLE_SCRIPT_RUN_SHIM = `(function () {
  function notify(name) {
    try {
      if (window.parent !== window) window.parent.postMessage({kinerjaRpc: name}, location.origin);
    } catch (e) {}
  }
  function invoke(name, args, success, failure, userObject) {
    function fail(error) {
      if (failure) failure(error, userObject);
      else if (window.console) console.error(error);
    }
    fetch('/rpc/' + encodeURIComponent(name), {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({args: args})
    }).then(function (response) {
      return response.json().then(function (body) {
        if (response.ok) {
          notify(name);
          if (success) success(body.result, userObject);
        } else {
          var error = new Error((body && body.message) || ('HTTP ' + response.status));
          error.name = 'ScriptError';
          fail(error);
        }
      });
    }).catch(fail);
  }
  function runner(success, failure, userObject) {
    var base = {
      withSuccessHandler: function (f) { return runner(f, failure, userObject); },
      withFailureHandler: function (f) { return runner(success, f, userObject); },
      withUserObject: function (o) { return runner(success, failure, o); }
    };
    return new Proxy(base, {
      get: function (target, name) {
        if (name in target) return target[name];
        if (typeof name !== 'string' || name === 'then' || !/^[A-Za-z_$][\\w$]*$/.test(name)) return undefined;
        return function () {
          invoke(name, Array.prototype.slice.call(arguments), success, failure, userObject);
        };
      }
    });
  }
  window.google = {script: {
    run: runner(),
    host: {origin: location.origin, close: function () {}, setHeight: function () {},
      setWidth: function () {}, editor: {focus: function () {}}}
  }};
})();`;

/** Puts the shim before any script of the page, so it exists when the sidebar starts. */
export function withShim(html: string): string {
  const tag = `<script>${GOOGLE_SCRIPT_RUN_SHIM}</script>`;
  const head = html.search(/<head[^>]*>/i);
  if (head < 0) return tag + html;
  const end = html.indexOf('>', head) + 1;
  return html.slice(0, end) + tag + html.slice(end);
}

const PAGE_STYLE = `
body{margin:0;font:13px/1.4 Roboto,Arial,sans-serif;color:#202124;background:#f1f3f4}
a{color:#1a73e8}
header.bar{display:flex;gap:16px;align-items:center;padding:8px 12px;background:#fff;border-bottom:1px solid #dadce0}
header.bar h1{font-size:15px;font-weight:500;margin:0}
header.bar .file{color:#5f6368}
.layout{display:flex;height:calc(100vh - 42px)}
#sidebar{width:300px;flex:0 0 300px;border:0;border-right:1px solid #dadce0;background:#fff;height:100%}
#viewer{flex:1;border:0;height:100%;background:#fff}
`;

const SHEET_STYLE = `
body{margin:0;font:12px/1.35 Roboto,Arial,sans-serif;color:#202124}
nav.tabs{background:#f8f9fa;border-bottom:1px solid #dadce0;padding:4px 6px;display:flex;gap:2px;overflow-x:auto;white-space:nowrap}
nav.tabs a{padding:3px 8px;border-radius:4px 4px 0 0;text-decoration:none;color:#3c4043}
nav.tabs a[aria-current=page]{background:#fff;color:#188038;font-weight:500;box-shadow:inset 0 -2px #188038}
nav.tabs a.hidden{opacity:.6;font-style:italic}
.note{color:#5f6368;padding:4px 8px;margin:0}
table{border-collapse:collapse}
th,td{border:1px solid #e2e3e3;padding:2px 6px;white-space:nowrap;max-width:320px;overflow:hidden;text-overflow:ellipsis}
th{background:#f8f9fa;color:#5f6368;font-weight:normal}
.top{position:sticky;top:0;z-index:3;left:0}
td.num{text-align:right}
td.formula{color:#5f6368;font-style:italic}
td.active{outline:2px solid #1a73e8;outline-offset:-2px;background:#e8f0fe}
tr.header td{font-weight:500}
td.editing{outline:2px solid #188038;outline-offset:-2px}
td[title]{cursor:cell}
.edit-bar{display:flex;flex-wrap:wrap;gap:6px;align-items:center;padding:4px 8px;border-bottom:1px solid #dadce0;background:#fff}
.edit-bar #edit-value{flex:1;min-width:160px}
#edit-message{color:#5f6368}
#edit-message.refused{color:#c5221f}
#edit-message.saved{color:#188038}
`;

function workbenchPage(backend: WorkbenchBackend, lang: Lang): string {
  const reads = JSON.stringify([...NO_SAVE_API]);
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<title>${escapeHtml(t(lang, 'sidebar.workbench.title'))}</title><style>${PAGE_STYLE}</style></head>
<body><header class="bar"><h1>${escapeHtml(t(lang, 'sidebar.workbench.title'))}</h1>
<span class="file">${escapeHtml(backend.title)}</span>
<a href="/sheets" target="viewer">${escapeHtml(t(lang, 'sidebar.workbench.sheets'))}</a>
<a href="/outbox" target="viewer">${escapeHtml(t(lang, 'sidebar.workbench.outbox'))}</a></header>
<div class="layout">
<iframe id="sidebar" src="/sidebar" title="${escapeHtml(t(lang, 'sidebar.workbench.sidebarFrame'))}"></iframe>
<iframe id="viewer" name="viewer" src="/sheets" title="${escapeHtml(t(lang, 'sidebar.workbench.viewerFrame'))}"></iframe>
</div>
<script>
(function () {
  var reads = ${reads};
  var viewer = document.getElementById('viewer');
  window.addEventListener('message', function (event) {
    if (event.origin !== location.origin || !event.data || !event.data.kinerjaRpc) return;
    var fn = event.data.kinerjaRpc;
    if (fn === 'apiSelectCell') viewer.src = '/sheets?active=1&t=' + Date.now();
    else if (reads.indexOf(fn) < 0) viewer.contentWindow.location.reload();
  });
})();
</script></body></html>`;
}

function columnLetter(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** How the viewer shows a stored value; dates in the spreadsheet's time zone, as Sheets shows them. */
export function cellText(
  value: CellValue | undefined,
  timeZone = 'Asia/Jakarta',
): string {
  if (value === undefined || value === null) return '';
  if (
    value instanceof Date ||
    Object.prototype.toString.call(value) === '[object Date]'
  ) {
    const date = value as Date;
    if (isNaN(date.getTime())) return '';
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      })
        .formatToParts(date)
        .map(part => [part.type, part.value]),
    );
    const day = `${parts.year}-${parts.month}-${parts.day}`;
    const time = `${parts.hour}:${parts.minute}:${parts.second}`;
    return time === '00:00:00' ? day : `${day} ${time}`;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

function sheetsPage(
  workbook: Workbook,
  query: URLSearchParams,
  lang: Lang,
  backend?: WorkbenchBackend,
): string {
  const active = workbook.meta.activeRange as
    | {
        sheetId: number;
        rect: {row: number; col: number; numRows: number; numCols: number};
      }
    | undefined;
  const wantActive = query.get('active') === '1' || !query.get('name');
  let sheet: SheetModel | undefined = query.get('name')
    ? workbook.sheetByName(query.get('name') ?? '')
    : undefined;
  if (!sheet && wantActive) {
    sheet =
      (active && workbook.sheetById(active.sheetId)) ||
      workbook.sheetById(workbook.activeSheetId ?? -1) ||
      workbook.sheets[0];
  }
  const tabs = workbook.sheets
    .map(s => {
      const current = s === sheet ? ' aria-current="page"' : '';
      const hidden = s.hidden ? ' class="hidden"' : '';
      return `<a href="/sheets?name=${encodeURIComponent(s.name)}"${current}${hidden}>${escapeHtml(s.name)}</a>`;
    })
    .join('');
  const head = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<title>${escapeHtml(sheet?.name ?? t(lang, 'sidebar.workbench.sheets'))}</title><style>${SHEET_STYLE}</style></head><body>`;
  const nav = `<nav class="tabs" aria-label="${escapeHtml(t(lang, 'sidebar.workbench.sheets'))}">${tabs}</nav>`;
  if (!sheet) {
    const note = query.get('name')
      ? t(lang, 'sidebar.workbench.noSheet', {name: query.get('name') ?? ''})
      : t(lang, 'sidebar.workbench.empty');
    return `${head}${nav}<p class="note">${escapeHtml(note)}</p></body></html>`;
  }
  const lastRow = sheet.lastRow();
  const lastCol = Math.min(Math.max(sheet.lastColumn(), 1), VIEWER_MAX_COLS);
  const pages = Math.max(1, Math.ceil(lastRow / VIEWER_PAGE_ROWS));
  const selection =
    active && active.sheetId === sheet.id ? active.rect : undefined;
  let page = Number(query.get('page') ?? '');
  if (!Number.isInteger(page) || page < 1) {
    page =
      selection && wantActive ? Math.ceil(selection.row / VIEWER_PAGE_ROWS) : 1;
  }
  page = Math.min(page, pages);
  const first = (page - 1) * VIEWER_PAGE_ROWS + 1;
  const last = Math.min(lastRow, page * VIEWER_PAGE_ROWS);
  const inSelection = (row: number, col: number) =>
    !!selection &&
    row >= selection.row &&
    row < selection.row + selection.numRows &&
    col >= selection.col &&
    col < selection.col + selection.numCols;
  const rows: string[] = [];
  for (let row = first; row <= last; row++) {
    const cells: string[] = [`<th scope="row">${row}</th>`];
    for (let col = 1; col <= lastCol; col++) {
      const value = sheet.get('value', row, col);
      const formula = sheet.get('formula', row, col);
      const text =
        value === undefined || value === ''
          ? (formula ?? '')
          : cellText(value, workbook.timeZone);
      const classes = [
        typeof value === 'number' ? 'num' : '',
        formula && (value === undefined || value === '') ? 'formula' : '',
        inSelection(row, col) ? 'active' : '',
      ].filter(Boolean);
      const isAnchor =
        selection && row === selection.row && col === selection.col;
      cells.push(
        `<td${classes.length ? ` class="${classes.join(' ')}"` : ''}${isAnchor ? ' id="active-cell"' : ''} title="${columnLetter(col)}${row}">${escapeHtml(text)}</td>`,
      );
    }
    rows.push(
      `<tr${row === 1 ? ' class="header"' : ''}>${cells.join('')}</tr>`,
    );
  }
  const letters = Array.from(
    {length: lastCol},
    (_, i) => `<th scope="col">${columnLetter(i + 1)}</th>`,
  ).join('');
  const pager: string[] = [];
  if (pages > 1) {
    const link = (p: number, key: string) =>
      `<a href="/sheets?name=${encodeURIComponent(sheet!.name)}&page=${p}">${escapeHtml(t(lang, key))}</a>`;
    if (page > 1) pager.push(link(page - 1, 'sidebar.workbench.previous'));
    pager.push(
      escapeHtml(
        t(lang, 'sidebar.workbench.rows', {first, last, total: lastRow}),
      ),
    );
    if (page < pages) pager.push(link(page + 1, 'sidebar.workbench.next'));
  }
  const selectionNote = selection
    ? `<p class="note" id="selection">${escapeHtml(
        t(lang, 'sidebar.workbench.selected', {
          ref: `${sheet.name}!${columnLetter(selection.col)}${selection.row}`,
        }),
      )}</p>`
    : '';
  const bar = backend?.edit
    ? editBar(sheet.name, backend.users?.(), lang)
    : `<p class="note">${escapeHtml(t(lang, 'sidebar.workbench.readOnly'))}</p>`;
  // The sheet tabs and the edit bar stay in view together while the grid scrolls.
  return `${head}<div class="top">${nav}${bar}</div>
<p class="note">${pager.join(' · ')}</p>${selectionNote}
<table aria-label="${escapeHtml(sheet.name)}"><thead><tr><th></th>${letters}</tr></thead><tbody>${rows.join('')}</tbody></table>
${lastRow === 0 ? `<p class="note">${escapeHtml(t(lang, 'sidebar.workbench.emptySheet'))}</p>` : ''}
<script>var c=document.getElementById('active-cell');if(c)c.scrollIntoView({block:'center',inline:'center'});</script>
${backend?.edit ? `<script>${EDIT_SCRIPT}</script>` : ''}
</body></html>`;
}

/** JSON for an inline script: '<' escaped so no text can close the script element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The bar above the grid: click a cell, type, Simpan (Enter); and whom the workbench acts as. */
function editBar(
  sheetName: string,
  users: {current: string; known: string[]} | undefined,
  lang: Lang,
): string {
  const label = (key: string) => escapeHtml(t(lang, key));
  const options = (users?.known ?? [])
    .map(
      email =>
        `<option value="${escapeHtml(email)}"${email === users?.current ? ' selected' : ''}>${escapeHtml(email)}</option>`,
    )
    .join('');
  const messages = {
    saved: t(lang, 'sidebar.workbench.saved'),
    failed: t(lang, 'sidebar.workbench.editFailed'),
  };
  return `<form id="edit-bar" class="edit-bar" data-sheet="${escapeHtml(sheetName)}" autocomplete="off">
<label>${label('sidebar.workbench.cell')} <input id="edit-ref" readonly size="7"></label>
<input id="edit-value" list="edit-options" aria-label="${label('sidebar.workbench.value')}" disabled>
<datalist id="edit-options"></datalist>
<button id="edit-save" type="submit" disabled>${label('sidebar.workbench.save')}</button>
${options ? `<label>${label('sidebar.workbench.as')} <select id="edit-as">${options}</select></label>` : ''}
<span id="edit-message" role="status" aria-live="polite">${label('sidebar.workbench.clickToEdit')}</span>
</form><script>var EDIT_MESSAGES=${scriptJson(messages)};</script>`;
}

/**
 * The viewer's editing: a click on a cell asks /cell what it holds and whether the current user may
 * type there; Simpan posts /edit, shows the saved value in place and moves down a row, as Enter
 * does in a spreadsheet. Refused edits (protected range, validation) show Sheets' message.
 */
const EDIT_SCRIPT = `(function () {
  var form = document.getElementById('edit-bar');
  var sheet = form.getAttribute('data-sheet');
  var ref = document.getElementById('edit-ref');
  var input = document.getElementById('edit-value');
  var save = document.getElementById('edit-save');
  var list = document.getElementById('edit-options');
  var message = document.getElementById('edit-message');
  var as = document.getElementById('edit-as');
  var current = null;
  function json(response) { return response.json(); }
  // keep: after a save, "A7 saved" stays while the next cell is selected (unless it is refused).
  function select(td, keep) {
    if (current) current.classList.remove('editing');
    current = td;
    td.classList.add('editing');
    var a1 = td.getAttribute('title');
    fetch('/cell?name=' + encodeURIComponent(sheet) + '&ref=' + encodeURIComponent(a1))
      .then(json).then(function (info) {
        ref.value = info.ref;
        input.value = info.value;
        list.innerHTML = '';
        info.options.forEach(function (o) {
          var option = document.createElement('option');
          option.value = o;
          list.appendChild(option);
        });
        input.disabled = !info.editable;
        save.disabled = !info.editable;
        if (!keep || !info.editable) {
          message.textContent = info.reason;
          message.className = info.editable ? '' : 'refused';
        }
        if (info.editable) { input.focus(); input.select(); }
      });
  }
  document.querySelector('table').addEventListener('click', function (event) {
    var td = event.target.closest('td[title]');
    if (td) select(td);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (!current || save.disabled) return;
    var td = current;
    save.disabled = true;
    fetch('/edit', {method: 'POST', headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({sheet: sheet, ref: ref.value, value: input.value})})
      .then(json).then(function (result) {
        save.disabled = false;
        if (!result.ok) {
          message.textContent = EDIT_MESSAGES.failed + ' ' + result.message;
          message.className = 'refused';
          return;
        }
        td.textContent = result.display;
        message.textContent = EDIT_MESSAGES.saved.replace('{ref}', ref.value);
        message.className = 'saved';
        var row = td.parentElement.nextElementSibling;
        var next = row && row.children[td.cellIndex];
        if (next && next.getAttribute('title')) select(next, true);
      }).catch(function (error) {
        save.disabled = false;
        message.textContent = EDIT_MESSAGES.failed + ' ' + error;
        message.className = 'refused';
      });
  });
  // A cell selected from the sidebar (a validation problem) is ready to be corrected.
  var active = document.getElementById('active-cell');
  if (active) select(active);
  if (as) as.addEventListener('change', function () {
    fetch('/as', {method: 'POST', headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({email: as.value})}).then(function () { location.reload(); });
  });
})();`;

function outboxPage(dir: string, lang: Lang): string {
  const files = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter(name => name.endsWith('.eml'))
        .sort()
        .map(name => ({name, stat: fs.statSync(path.join(dir, name))}))
    : [];
  const items = files
    .map(
      f =>
        `<tr><td><a href="/outbox/${encodeURIComponent(f.name)}">${escapeHtml(f.name)}</a></td><td class="num">${f.stat.size}</td><td>${escapeHtml(f.stat.mtime.toISOString())}</td></tr>`,
    )
    .join('');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<title>${escapeHtml(t(lang, 'sidebar.workbench.outbox'))}</title><style>${SHEET_STYLE}</style></head><body>
<p class="note" id="outbox-count">${escapeHtml(t(lang, 'sidebar.workbench.outboxCount', {count: files.length, dir}))}</p>
<table><thead><tr><th>File</th><th>Bytes</th><th>Time</th></tr></thead><tbody>${items}</tbody></table>
</body></html>`;
}
