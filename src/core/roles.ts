// Who may do what (SHEETS.md, Roles): HR (every address in Pengaturan's `Email HR`, plus the
// spreadsheet's owner) may do everything; a supervisor (the email of a Pegawai who is someone's
// `NIP Atasan`) types only into their own tab's inputs; anyone else may do nothing. Pure: the gas
// layer hands in the acting user's email, the owner, the Email HR text and Pegawai's rows.

export type Role = 'hr' | 'supervisor' | 'none';

/** The addresses of an `Email HR` cell: several may be typed, split by commas, semicolons or spaces. */
export function hrEmails(text: unknown): string[] {
  const seen = new Set<string>();
  for (const part of String(text ?? '').split(/[\s,;]+/)) {
    const email = part.trim().toLowerCase();
    if (email) seen.add(email);
  }
  return [...seen];
}

const same = (a: string, b: string) =>
  a.trim().toLowerCase() === b.trim().toLowerCase();

/** Whether `user` is HR: the owner, or one of the `Email HR` addresses (case ignored). */
export function isHr(user: string, owner: string, emailHr: unknown): boolean {
  const u = user.trim().toLowerCase();
  if (!u) return false;
  if (owner && same(u, owner)) return true;
  return hrEmails(emailHr).includes(u);
}

export interface RosterEntry {
  nip: string;
  email: string;
  nipAtasan: string;
}

/** The NIPs of the Pegawai rows whose email is `user` (one person may have two rows). */
export function nipsOfUser(
  user: string,
  roster: readonly RosterEntry[],
): string[] {
  const u = user.trim().toLowerCase();
  if (!u) return [];
  return roster.filter(p => p.email && same(p.email, u)).map(p => p.nip);
}

/** The NIPs among `nips` that are someone's `NIP Atasan`. */
export function supervisingNips(
  nips: readonly string[],
  roster: readonly RosterEntry[],
): string[] {
  const atasan = new Set(roster.map(p => p.nipAtasan).filter(Boolean));
  return nips.filter(n => atasan.has(n));
}

/** The role of `user`: HR first, then supervisor (someone's NIP Atasan), else none. */
export function roleOf(
  user: string,
  owner: string,
  emailHr: unknown,
  roster: readonly RosterEntry[],
): Role {
  if (isHr(user, owner, emailHr)) return 'hr';
  return supervisingNips(nipsOfUser(user, roster), roster).length
    ? 'supervisor'
    : 'none';
}
