// The viewer's edit bar on the server side: POST /edit {sheet, ref, value} types into a cell as the
// current user, POST /as {email} changes who that is; GET /cell describes one cell.
import type http from 'node:http';
import {t} from '../i18n';
import type {Lang} from '../../core/types';
import {parseA1} from '../emulator/a1';
import type {Workbook} from '../emulator/model';
import {blockingProtection} from '../emulator/protection';
import type {CellInfo, WorkbenchBackend} from '../server';
import {readBody, refuseUnlessJson, sendJson} from './http';
import {cellText} from './viewer';
import {markText} from '../../sheets/edit-rules';

export async function editRoute(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  route: string,
  backend: WorkbenchBackend,
  serialised: <T>(job: () => Promise<T>) => Promise<T>,
): Promise<void> {
  if (refuseUnlessJson(req, res)) return;
  let body: Record<string, unknown>;
  try {
    const parsed = JSON.parse((await readBody(req)) || '{}') as unknown;
    if (!parsed || typeof parsed !== 'object') throw new Error('not an object');
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

/** Everyone the workbench can act as: the owner, the editors, and every protection's editors. */
export function knownUsers(workbook: Workbook): string[] {
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

/** What the edit bar shows for one cell, and whether `user` may type there. */
export function cellInfo(
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
      problem: '',
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
    problem: markText(String(sheet.get('note', rect.row, rect.col) ?? '')),
    reason: blocked
      ? t(lang, 'sidebar.workbench.protected', {
          user,
          description: blocked.description || sheetName,
        })
      : '',
  };
}
