// POST /rpc/<apiFunction> {args: [...]}: google.script.run calls from the sidebar, run by the
// backend one at a time.
import type http from 'node:http';
import type {WorkbenchBackend} from '../server';
import {errorMessage, readBody, refuseUnlessJson, sendJson} from './http';

/**
 * Server functions after which the workbook is not saved: they only read, or (apiSelectCell)
 * change just the selection, which is not worth an .xlsx write. Everything else saves.
 */
export const NO_SAVE_API = new Set([
  'apiGetState',
  'apiGetSummary',
  'apiListEmployees',
  'apiPreviewEmail',
  'apiGetSendStatus',
  'apiSendPlan',
  'apiReminderPlan',
  'apiSelectCell',
]);

/** A server function the bundle does not have (HTTP 404). */
export class NotFound extends Error {
  constructor(fn: string) {
    super(`Unknown server function: ${fn}`);
  }
}

export async function rpcRoute(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  fn: string,
  backend: WorkbenchBackend,
  serialised: <T>(job: () => Promise<T>) => Promise<T>,
): Promise<void> {
  if (refuseUnlessJson(req, res)) return;
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
