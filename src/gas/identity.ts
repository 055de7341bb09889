// Who is acting, and whether they may (SHEETS.md, Roles; pure rules in src/core/roles.ts). Every
// HR-only entry point calls requireHr first: the check is made here, on the server, whatever the
// sidebar shows. It is cheap: the owner is known in 5 service calls; only someone else costs one
// read of Pengaturan more.

import {t} from '../core/i18n';
import {isHr} from '../core/roles';
import {readPengaturanBasics} from '../sheets/pengaturan';
import {SHEET} from '../sheets/schema';
import {activeSpreadsheet, contractSheet, readValues} from './workbook';

/** The user whose account this execution acts for (a trigger's: its creator's). */
export function effectiveUserEmail(): string {
  try {
    return (
      Session.getEffectiveUser().getEmail() ||
      Session.getActiveUser().getEmail()
    );
  } catch {
    return '';
  }
}

/** The person at the keyboard (the one clicking), else the effective user. */
export function activeUserEmail(): string {
  try {
    return Session.getActiveUser().getEmail() || effectiveUserEmail();
  } catch {
    return effectiveUserEmail();
  }
}

/** The spreadsheet owner's email ('' in a shared drive, where files have no owner). */
export function ownerEmail(): string {
  try {
    const owner = activeSpreadsheet().getOwner();
    return owner ? owner.getEmail() : '';
  } catch {
    return '';
  }
}

/** An HR-only action asked for by someone else: its message is in the workbook's language. */
export class RoleRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RoleRefused';
  }
}

/** The refusal's own message when `error` is one (shown as it is, not as an unexpected error). */
export function refusalText(error: unknown): string | null {
  return error instanceof RoleRefused ? error.message : null;
}

/**
 * Throws RoleRefused unless the user this execution acts for is HR: the owner, or an address in
 * Pengaturan's `Email HR`. `action` is the message key of the action's name. With no owner (a
 * shared drive) and no Email HR typed yet, whoever can edit the file sets it up.
 */
export function requireHr(action: string): void {
  const user = effectiveUserEmail();
  const owner = ownerEmail();
  if (user && owner && user.toLowerCase() === owner.toLowerCase()) return;
  const sheet = contractSheet(activeSpreadsheet(), SHEET.pengaturan);
  const basics = readPengaturanBasics(sheet ? readValues(sheet) : null);
  const emailHr = basics.values['email hr'];
  if (isHr(user, owner, emailHr)) return;
  if (!owner && String(emailHr ?? '').trim() === '' && user) return;
  const lang = basics.lang;
  throw new RoleRefused(t(lang, 'role.hrOnly', {action: t(lang, action)}));
}
