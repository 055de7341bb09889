// emulator.userEdit: a person typing in cells. Protections and reject-validations refuse the edit
// with Sheets' messages, as they would in the browser; script writes skip validations.
import {parseA1, rectToA1} from './a1';
import {satisfiesValidation} from './data-validation';
import type {Env} from './env';
import type {Rect, SheetModel, Workbook} from './model';
import {PROTECTED_MESSAGE, blockingProtection} from './protection';
import {Range} from './range';
import {Spreadsheet} from './spreadsheet';
import {User} from './user';

/** The sheet and cells a person edits, once protections let `user` edit them. */
export function editTarget(
  wb: Workbook,
  user: string,
  sheetName: string,
  a1: string,
): {sheet: SheetModel; rect: Rect} {
  const sheet = wb.sheetByName(sheetName);
  if (!sheet) throw new Error(`Sheet not found: ${sheetName}`);
  const rect = parseA1(a1, sheet.maxRows, sheet.maxCols);
  if (!rect) throw new Error(`Range not found: ${a1}`);
  if (blockingProtection(wb, sheet, rect, user))
    throw new Error(PROTECTED_MESSAGE);
  return {sheet, rect};
}

/**
 * Writes what a person typed (one value for every cell, or a grid), unless a reject-validation
 * refuses it; returns the edit event's fields (range, source, user, value, oldValue).
 */
export function typeInto(
  env: Env,
  sheet: SheetModel,
  rect: Rect,
  value: unknown,
): Record<string, unknown> {
  const range = new Range(env, sheet, rect);
  const single = rect.numRows === 1 && rect.numCols === 1;
  const data = single
    ? [[value]]
    : Array.isArray(value)
      ? (value as unknown[][])
      : Array.from({length: rect.numRows}, () =>
          new Array(rect.numCols).fill(value),
        );
  const oldValue = sheet.get('value', rect.row, rect.col);
  // Write first into a scratch check: a reject-validation refuses the whole edit.
  for (let i = 0; i < rect.numRows; i++) {
    for (let j = 0; j < rect.numCols; j++) {
      const rule = sheet.get('validation', rect.row + i, rect.col + j);
      if (!rule || rule.allowInvalid) continue;
      const before = sheet.get('value', rect.row + i, rect.col + j);
      const beforeFormula = sheet.get('formula', rect.row + i, rect.col + j);
      const cell = new Range(env, sheet, {
        row: rect.row + i,
        col: rect.col + j,
        numRows: 1,
        numCols: 1,
      });
      cell._write([[data[i][j]]]);
      const ok = satisfiesValidation(
        rule,
        sheet.get('value', rect.row + i, rect.col + j),
      );
      sheet.set('value', rect.row + i, rect.col + j, before);
      sheet.set('formula', rect.row + i, rect.col + j, beforeFormula);
      if (!ok) {
        const where = rectToA1(cell._rect());
        throw new Error(
          `There was a problem: The data you entered in cell ${where} violates the data validation rules set on this cell.`,
        );
      }
    }
  }
  range._write(data);
  const base: Record<string, unknown> = {
    range,
    source: new Spreadsheet(env),
    user: new User(env, env.user),
  };
  // e.value / e.oldValue exist only for a single-cell edit (and oldValue only if it had one).
  if (single) {
    const v = sheet.get('value', rect.row, rect.col);
    if (v !== undefined)
      base.value = typeof v === 'object' ? v.toISOString() : String(v);
    if (oldValue !== undefined) {
      base.oldValue =
        typeof oldValue === 'object'
          ? oldValue.toISOString()
          : String(oldValue);
    }
  }
  return base;
}
