// The local workbench's HTTP server (`npm start`): the built sidebar served beside a read-only
// view of the workbook, with google.script.run shimmed over HTTP to a backend — the built
// dist/Code.js in the emulator (workbench/backend.ts), or a fake in tests. Listens on loopback
// only: the page can send email and rewrite the workbook.
import fs from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import type {Lang} from '../core/types';
import type {Workbook} from './emulator/model';
import {editRoute} from './workbench/edits';
import {send, sendJson} from './workbench/http';
import {outboxPage, withShim, workbenchPage} from './workbench/pages';
import {rpcRoute} from './workbench/rpc';
import {sheetsPage} from './workbench/viewer';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

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
  /** The add-on's mark on the cell (a rule the value breaks), '' when none. */
  problem: string;
}

export type EditResult =
  {ok: true; display: string; problem?: string} | {ok: false; message: string};

export interface RunningServer {
  url: string;
  close(): Promise<void>;
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
      const fn = decodeURIComponent(route.slice('/rpc/'.length));
      await rpcRoute(req, res, fn, backend, serialised);
      return;
    }
    if (req.method === 'POST' && (route === '/edit' || route === '/as')) {
      await editRoute(req, res, route, backend, serialised);
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
