// Deciding an appeal (issue 15 item 5) as the acting user: only HR or the employee's supervisor's
// own supervisor (src/core/keberatan.ts mayDecide, with the person at the keyboard from
// identity.ts) may; anyone else is refused before anything is written. The decision goes in the
// appeal's row (Keputusan, Predikat Baru, Diputuskan Oleh = the acting user) with one setValues;
// the next recompute puts it in Hasil, logs it and emails it once (src/gas/keberatan.ts).
import type {ActionResult} from '../core/api';
import {t} from '../core/i18n';
import {mayDecide, parseAppeal} from '../core/keberatan';
import {normalizeNip} from '../core/nip';
import {normalizePeriod} from '../core/period';
import {parsePredikat} from '../core/rating';
import {parseWorkbook} from '../sheets/read';
import {SHEET, normalizeHeader} from '../sheets/schema';
import {headerColumns} from '../sheets/table';
import {RoleRefused, activeUserEmail, ownerEmail} from './identity';
import {markStale} from './audit';
import {readWorkbook, withDocumentLock} from './workbook';

export function decideAppeal(
  nipText: string,
  periodText: string,
  keputusan: string,
  predikatBaru: string,
): ActionResult {
  const read = readWorkbook({tables: ['pengaturan', 'pegawai', 'keberatan']});
  const {input} = parseWorkbook(read.raw, new Date());
  const lang = input.settings.bahasa;
  const nip = normalizeNip(nipText);
  const period = normalizePeriod(periodText);
  const user = activeUserEmail();
  const roster = input.employees.map(e => ({
    nip: e.nip,
    email: e.email,
    nipAtasan: e.nipAtasan,
  }));
  if (!mayDecide(user, nip, roster, ownerEmail(), input.settings.emailHr))
    throw new RoleRefused(t(lang, 'keberatan.refused', {user: user || '—'}));
  const decided = parseAppeal(0, {
    nip,
    period,
    tanggal: '',
    keputusan,
    predikatBaru,
    decidedBy: user,
  });
  if (!decided || !decided.keputusan)
    return {
      ok: false,
      message: t(lang, 'keberatan.badKeputusan', {value: keputusan}),
    };
  const table = read.raw.tables.keberatan ?? [];
  const cols = headerColumns(table[0]);
  const c = (h: string) => cols[normalizeHeader(h)] ?? 0;
  const at = table.findIndex(
    (row, i) =>
      i > 0 &&
      normalizeNip(row[c('NIP') - 1]) === nip &&
      normalizePeriod(row[c('Periode') - 1]) === period,
  );
  const sheet = read.sheets.get(SHEET.keberatan);
  const first = c('Keputusan');
  if (at < 0 || !sheet || !first || c('Diputuskan Oleh') !== first + 2)
    return {
      ok: false,
      message: t(lang, 'keberatan.notFound', {nip, periode: periodText}),
    };
  const predikat =
    decided.keputusan === 'Diterima' ? (parsePredikat(predikatBaru) ?? '') : '';
  const outcome = withDocumentLock(() => {
    sheet
      .getRange(at + 1, first, 1, 3)
      .setValues([[decided.keputusan, predikat, user]]);
    markStale();
  });
  if (!outcome.ok) return {ok: false, message: t(lang, 'workflow.busy')};
  return {
    ok: true,
    message: t(lang, 'keberatan.decided', {
      nip,
      periode: period ?? periodText,
      keputusan: decided.keputusan,
    }),
  };
}
