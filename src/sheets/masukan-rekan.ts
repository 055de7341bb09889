// The Masukan Rekan Kerja form's response sheet (SHEETS.md "Forms"): `Timestamp`, `Email Address`,
// `NIP Dinilai`, `Periode`, one `<Kode> <Aspek>` question per aspect, `Komentar`; read by header
// text. Rows become PeerAnswer records for src/core/peers.ts; a row without a rater, a NIP or a
// readable Periode is left out (it cannot be counted as a distinct peer).

import {normalizeNip} from '../core/nip';
import type {PeerAnswer} from '../core/peers';
import {normalizePeriod} from '../core/period';
import {normalizeHeader} from './schema';

/** Google's header of the collected email, in the languages a form owner may have. */
const EMAIL_HEADERS = ['email address', 'alamat email'];

/** Whether a response sheet's header row is the peer form's. */
export function isRekanHeader(headers: readonly unknown[]): boolean {
  const names = new Set(headers.map(normalizeHeader));
  return names.has('nip dinilai') && names.has('periode');
}

/** Peer answers of one response table (header first); `first` numbers them in reading order. */
export function peerAnswers(
  table: readonly unknown[][],
  first = 0,
): PeerAnswer[] {
  const [head = [], ...rows] = table;
  const names = head.map(normalizeHeader);
  const at = (title: string) => names.indexOf(normalizeHeader(title));
  const email = names.findIndex(n => EMAIL_HEADERS.includes(n));
  const nip = at('NIP Dinilai');
  const periode = at('Periode');
  const komentar = at('Komentar');
  if (email < 0 || nip < 0 || periode < 0) return [];
  // `BO Berorientasi Pelayanan` → column of code BO: any other `<CODE> <Aspek>` title, so a
  // Perilaku sheet's own aspects are read by their codes too.
  const named = new Set([email, nip, periode, komentar]);
  const aspects: [string, number][] = [];
  head.forEach((cell, col) => {
    const match = /^([A-Z0-9]{1,6})\s+\S/.exec(String(cell ?? '').trim());
    if (match && !named.has(col)) aspects.push([match[1], col]);
  });
  const out: PeerAnswer[] = [];
  rows.forEach((row, i) => {
    const answer: PeerAnswer = {
      raterEmail: String(row[email] ?? '')
        .trim()
        .toLowerCase(),
      nip: normalizeNip(row[nip]),
      period: normalizePeriod(row[periode]) ?? '',
      ratings: Object.fromEntries(
        aspects.map(([code, col]) => [code, String(row[col] ?? '')]),
      ),
      comment: komentar >= 0 ? String(row[komentar] ?? '') : '',
      order: first + i,
    };
    if (answer.raterEmail && answer.nip && answer.period) out.push(answer);
  });
  return out;
}
