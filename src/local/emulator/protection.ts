// Protection (Range.protect(), Sheet.protect()) and who may edit which cell: Sheets' protection
// rules, shared by script writes and emulator.userEdit.
import {countMethods} from './calls';
import {chartModels} from './charts';
import type {Env} from './env';
import {ProtectionModel, Rect, SheetModel, Workbook} from './model';
import {Range} from './range';
import {Service} from './service';
import {User, editorsOfFile, emailOf} from './user';

export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.col < b.col + b.numCols &&
    b.col < a.col + a.numCols
  );
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.col + inner.numCols <= outer.col + outer.numCols
  );
}

const domainOf = (email: string) =>
  email.slice(email.lastIndexOf('@') + 1).toLowerCase();

export function mayEdit(
  workbook: Workbook,
  p: ProtectionModel,
  user: string,
): boolean {
  const u = user.toLowerCase();
  if (u === workbook.owner.toLowerCase()) return true; // the owner can always edit
  if (p.editors.some(e => e.toLowerCase() === u)) return true;
  return p.domainEdit && domainOf(u) === domainOf(workbook.owner);
}

/**
 * The first non-warning protection that stops `user` from editing any cell of rect, or null.
 * A sheet protection does not cover its unprotected ranges (cells wholly inside one).
 */
export function blockingProtection(
  workbook: Workbook,
  sheet: SheetModel,
  rect: Rect,
  user: string,
): ProtectionModel | null {
  if (workbook.protections.length === 0) return null;
  if (user.toLowerCase() === workbook.owner.toLowerCase()) return null;
  for (const p of workbook.protections) {
    if (p.sheetId !== sheet.id || p.warningOnly || mayEdit(workbook, p, user))
      continue;
    if (p.type === 'RANGE') {
      if (p.rect && intersects(p.rect, rect)) return p;
      continue;
    }
    // Sheet protection: blocked unless every cell of rect lies in an unprotected range.
    if (!coveredByUnprotected(p.unprotected, rect)) return p;
  }
  return null;
}

function coveredByUnprotected(unprotected: Rect[], rect: Rect): boolean {
  if (unprotected.length === 0) return false;
  for (let r = rect.row; r < rect.row + rect.numRows; r++) {
    for (let c = rect.col; c < rect.col + rect.numCols; c++) {
      const cell = {row: r, col: c, numRows: 1, numCols: 1};
      if (!unprotected.some(u => contains(u, cell))) return false;
    }
  }
  return true;
}

/** Keeps protections, named ranges and chart ranges pointing at the same cells when rows/columns move. */
export function shiftRects(
  workbook: Workbook,
  sheetId: number,
  dim: 'row' | 'col',
  at: number,
  delta: number,
): void {
  const shift = (rect: Rect): Rect | null => {
    const start = dim === 'row' ? rect.row : rect.col;
    const size = dim === 'row' ? rect.numRows : rect.numCols;
    let newStart = start;
    let newSize = size;
    if (delta > 0) {
      if (at <= start) newStart = start + delta;
      else if (at < start + size) newSize = size + delta;
    } else {
      const delEnd = at - delta; // exclusive
      const keepBefore = Math.max(0, Math.min(size, at - start));
      const keepAfter = Math.max(0, start + size - Math.max(delEnd, start));
      newSize = keepBefore + keepAfter;
      newStart = start < at ? start : Math.max(at, start + delta);
      if (newSize <= 0) return null;
    }
    return dim === 'row'
      ? {...rect, row: newStart, numRows: newSize}
      : {...rect, col: newStart, numCols: newSize};
  };
  workbook.protections = workbook.protections.filter(p => {
    if (p.sheetId !== sheetId) return true;
    p.unprotected = p.unprotected
      .map(shift)
      .filter((r): r is Rect => r !== null);
    if (!p.rect) return true;
    const moved = shift(p.rect);
    if (!moved) return false;
    p.rect = moved;
    return true;
  });
  workbook.namedRanges = workbook.namedRanges.filter(n => {
    if (n.sheetId !== sheetId) return true;
    const moved = shift(n.rect);
    if (!moved) return false;
    n.rect = moved;
    return true;
  });
  // Charts follow their data as Sheets does: a range grows with rows inserted inside it.
  for (const chart of chartModels(workbook, false)) {
    chart.ranges = chart.ranges
      .map(r => {
        if (r.sheetId !== sheetId) return r;
        const moved = shift(r.rect);
        return moved ? {sheetId, rect: moved} : null;
      })
      .filter((r): r is {sheetId: number; rect: Rect} => r !== null);
  }
}

/** A new protection of a range (rect) or of a whole sheet (rect null), added to the workbook. */
export function newProtection(
  env: Env,
  type: 'RANGE' | 'SHEET',
  sheet: SheetModel,
  rect: Rect | null,
): ProtectionModel {
  const wb = env.workbook;
  // A new protection starts with everyone who can edit the file (that is why Google's sample code
  // removes protection.getEditors() afterwards):
  // https://developers.google.com/apps-script/reference/spreadsheet/protection
  const p: ProtectionModel = {
    id: wb.newId('protection'),
    type,
    sheetId: sheet.id,
    rect,
    description: '',
    editors: editorsOfFile(env),
    warningOnly: false,
    domainEdit: false,
    unprotected: [],
  };
  wb.protections.push(p);
  return p;
}

export class Protection extends Service {
  constructor(
    env: Env,
    public _model: ProtectionModel,
  ) {
    super(env);
  }
  _mayChange(): void {
    if (!mayEdit(this._env.workbook, this._model, this._env.actor)) {
      throw this._env.error(PROTECTED_MESSAGE);
    }
  }
  getEditors(): User[] {
    return this._env.list(this._model.editors.map(e => new User(this._env, e)));
  }
  addEditor(emailAddress: string | User): Protection {
    this._mayChange();
    const email = emailOf(emailAddress);
    if (!this._model.editors.includes(email)) this._model.editors.push(email);
    return this;
  }
  addEditors(emailAddresses: (string | User)[]): Protection {
    this._mayChange();
    for (const e of emailAddresses) {
      const email = emailOf(e);
      if (!this._model.editors.includes(email)) this._model.editors.push(email);
    }
    return this;
  }
  removeEditor(emailAddress: string | User): Protection {
    this._mayChange();
    const email = emailOf(emailAddress);
    // The owner always keeps access.
    if (email !== this._env.workbook.owner) {
      this._model.editors = this._model.editors.filter(e => e !== email);
    }
    return this;
  }
  /**
   * "Neither the owner of the spreadsheet nor the current user can be removed."
   * developers.google.com/apps-script/reference/spreadsheet/protection#removeeditorsemailaddresses
   */
  removeEditors(emailAddresses: (string | User)[]): Protection {
    this._mayChange();
    const drop = new Set(emailAddresses.map(e => emailOf(e).toLowerCase()));
    drop.delete(this._env.workbook.owner.toLowerCase());
    drop.delete((this._env.effectiveUser ?? this._env.user).toLowerCase());
    this._model.editors = this._model.editors.filter(
      e => !drop.has(e.toLowerCase()),
    );
    return this;
  }
  getDescription(): string {
    return this._model.description;
  }
  setDescription(description: string): Protection {
    this._model.description = String(description);
    return this;
  }
  isWarningOnly(): boolean {
    return this._model.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): Protection {
    this._mayChange();
    this._model.warningOnly = Boolean(warningOnly);
    return this;
  }
  canDomainEdit(): boolean {
    return this._model.domainEdit;
  }
  setDomainEdit(editable: boolean): Protection {
    this._mayChange();
    this._model.domainEdit = Boolean(editable);
    return this;
  }
  canEdit(): boolean {
    return (
      this._model.warningOnly ||
      mayEdit(this._env.workbook, this._model, this._env.actor)
    );
  }
  getProtectionType(): string {
    return this._model.type;
  }
  getRange(): Range {
    const sheet = this._env.workbook.sheetById(this._model.sheetId);
    if (!sheet) throw this._env.error('Sheet not found');
    const rect = this._model.rect ?? {
      row: 1,
      col: 1,
      numRows: sheet.maxRows,
      numCols: sheet.maxCols,
    };
    return new Range(this._env, sheet, rect);
  }
  setRange(range: Range): Protection {
    if (this._model.type === 'SHEET')
      throw this._env.error('A sheet protection cannot change its range.');
    this._model.sheetId = range._sheet.id;
    this._model.rect = range._rect();
    return this;
  }
  getUnprotectedRanges(): Range[] {
    const sheet = this._env.workbook.sheetById(this._model.sheetId);
    if (!sheet) return this._env.list([]);
    return this._env.list(
      this._model.unprotected.map(r => new Range(this._env, sheet, r)),
    );
  }
  setUnprotectedRanges(ranges: Range[]): Protection {
    if (this._model.type !== 'SHEET') {
      throw this._env.error(
        'Unprotected ranges can only be set on a sheet protection.',
      );
    }
    this._mayChange();
    this._model.unprotected = ranges
      .filter(r => r._sheet.id === this._model.sheetId)
      .map(r => r._rect());
    return this;
  }
  remove(): void {
    this._mayChange();
    const wb = this._env.workbook;
    wb.protections = wb.protections.filter(p => p !== this._model);
  }
  toString(): string {
    return 'Protection';
  }
}

countMethods(Protection, 'Protection');
