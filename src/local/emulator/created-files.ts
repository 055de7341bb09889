// SpreadsheetApp.create: a new spreadsheet beside the active one (the archive of past years).
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#create(String)
// "Creates a new spreadsheet with the given name", one sheet 'Sheet1' of 1,000 x 26 by default;
// create(name, rows, columns) sizes it. Scripts calling it need the spreadsheets scope (the
// reference's Authorization section: https://www.googleapis.com/auth/spreadsheets); the Sheets REST
// spreadsheets.create also accepts drive.file. Each created workbook is kept per emulator, so
// openById finds it and the local runtime saves it as a sibling .xlsx of the workbook.
import type {Env} from './env';
import {Workbook} from './model';
import {Spreadsheet} from './spreadsheet';

/** Created workbooks by the workbook whose script created them. */
const CREATED = new WeakMap<Workbook, Workbook[]>();

/** The full Spreadsheets scope, which SpreadsheetApp.create and openById need (currentonly does not do). */
export const SPREADSHEETS_SCOPE =
  'https://www.googleapis.com/auth/spreadsheets';

/** The workbooks a script of `workbook` created so far (oldest first). */
export function createdWorkbooks(workbook: Workbook): Workbook[] {
  return CREATED.get(workbook) ?? [];
}

/** The same execution's view of another workbook: same user, clock, realm and counters. */
function envOf(env: Env, workbook: Workbook): Env {
  const child = Object.create(env) as Env;
  Object.defineProperty(child, 'workbook', {get: () => workbook});
  return child;
}

export function createSpreadsheet(
  env: Env,
  name: unknown,
  rows?: unknown,
  columns?: unknown,
): Spreadsheet {
  env.requireScope('SpreadsheetApp.create', SPREADSHEETS_SCOPE);
  const text = String(name ?? '');
  if (!text.trim()) throw env.error('Invalid argument: name');
  const workbook = new Workbook({name: text, empty: true});
  const r = rows === undefined ? undefined : Number(rows);
  const c = columns === undefined ? undefined : Number(columns);
  if ((r !== undefined && !(r >= 1)) || (c !== undefined && !(c >= 1)))
    throw env.error('Invalid argument: rows/columns');
  workbook.addSheet('Sheet1', 0, r, c);
  workbook.owner = env.user || workbook.owner;
  workbook.editors = [workbook.owner];
  workbook.timeZone = env.workbook.timeZone;
  workbook.locale = env.workbook.locale;
  const list = CREATED.get(env.workbook) ?? [];
  list.push(workbook);
  CREATED.set(env.workbook, list);
  return new Spreadsheet(envOf(env, workbook));
}

/** A created spreadsheet by id, or null. */
export function openCreated(env: Env, id: string): Spreadsheet | null {
  const workbook = createdWorkbooks(env.workbook).find(w => w.id === id);
  return workbook ? new Spreadsheet(envOf(env, workbook)) : null;
}
