// Appeals in a recompute (issue 15 item 5; rules in src/core/keberatan.ts): the period's rows of
// Keberatan checked (late, wrong decider, bad words: Validasi), a valid decision Diterima put in
// the result before Hasil is written, each decision logged once in Log Perubahan (Sheet
// Keberatan, Sel `<NIP> <Periode>`, Nilai Lama the computed predikat, Nilai Baru the one in force)
// and the employee emailed once. The log row is the email's mark and is written before the email
// leaves (as Log Email's Mengirim: at most once, never twice); a recompute finding the row sends
// nothing. Costs nothing more than Keberatan's read while it has no row of the period; Log Email
// is read only when one exists.
import {msg} from '../core/i18n';
import {
  type Appeal,
  KEBERATAN_DAYS,
  appealPredikat,
  daysBetween,
  isLate,
  mayDecide,
  parseAppeal,
  parseDay,
} from '../core/keberatan';
import {normalizeNip} from '../core/nip';
import {normalizePeriod} from '../core/period';
import type {EmployeeResult, Issue, Lang} from '../core/types';
import type {WorkbookInput} from '../sheets/read';
import {logKeys, logRow} from '../sheets/log-perubahan';
import {SHEET, normalizeHeader} from '../sheets/schema';
import {headerColumns} from '../sheets/table';
import {ownerEmail} from './identity';
import {type WorkbookRead, readValues} from './workbook';

interface Decision {
  appeal: Appeal;
  result: EmployeeResult;
  predikat: string;
}

export interface AppealsOutcome {
  issues: Issue[];
  /** Log rows of decisions not logged before. */
  logRows(stamp: () => {waktu: string; pengguna: string}): unknown[][];
  /** Emails the decisions just logged (call after the log rows are written). */
  send(): void;
}

const NONE: AppealsOutcome = {issues: [], logRows: () => [], send: () => {}};

function appealsOf(table: unknown[][] | undefined, period: string): Appeal[] {
  if (!table || table.length < 2) return [];
  const cols = headerColumns(table[0]);
  const c = (h: string) => (cols[normalizeHeader(h)] ?? 0) - 1;
  const [n, p, tg, k, pb, by] = [
    'NIP',
    'Periode',
    'Tanggal',
    'Keputusan',
    'Predikat Baru',
    'Diputuskan Oleh',
  ].map(c);
  const out: Appeal[] = [];
  table.slice(1).forEach((row, i) => {
    const appeal = parseAppeal(i + 2, {
      nip: row[n],
      period: row[p],
      tanggal: row[tg],
      keputusan: row[k],
      predikatBaru: row[pb],
      decidedBy: row[by],
    });
    if (appeal && appeal.period === period) out.push(appeal);
  });
  return out;
}

/** The day each NIP's result of `period` was first sent (Log Email, Status Terkirim). */
function sentDays(values: unknown[][], period: string): Map<string, Date> {
  const cols = headerColumns(values[0]);
  const c = (h: string) => (cols[normalizeHeader(h)] ?? 0) - 1;
  const [p, n, s, w] = ['Periode', 'NIP', 'Status', 'Waktu'].map(c);
  const days = new Map<string, Date>();
  for (const row of values.slice(1)) {
    if (normalizePeriod(row[p]) !== period) continue;
    if (String(row[s] ?? '').trim() !== 'Terkirim') continue;
    const nip = normalizeNip(row[n]);
    const day = parseDay(row[w]);
    const known = days.get(nip);
    if (day && (!known || day < known)) days.set(nip, day);
  }
  return days;
}

export function evaluateAppeals(
  read: WorkbookRead,
  period: string,
  input: WorkbookInput,
  results: EmployeeResult[],
  lang: Lang,
): AppealsOutcome {
  const appeals = appealsOf(read.raw.tables.keberatan, period);
  if (!appeals.length) return NONE;
  const issues: Issue[] = [];
  const issue = (
    a: Appeal,
    col: string,
    key: string,
    params = {},
    level: Issue['level'] = 'Galat',
  ) =>
    issues.push({
      sheet: SHEET.keberatan,
      cell: `${col}${a.row}`,
      message: msg(key, params),
      level,
    });
  const logSheet = read.sheets.get(SHEET.logEmail);
  const sent = logSheet
    ? sentDays(readValues(logSheet), period)
    : new Map<string, Date>();
  const roster = input.employees.map(e => ({
    nip: e.nip,
    email: e.email,
    nipAtasan: e.nipAtasan,
  }));
  let owner: string | null = null;
  const byNip = new Map(results.map(r => [r.nip, r]));
  const decisions: Decision[] = [];
  for (const a of appeals) {
    const received = sent.get(a.nip) ?? null;
    if (isLate(a.filed, received))
      issue(
        a,
        'C',
        'keberatan.late',
        {
          days: daysBetween(received!, a.filed!),
          sent: received!.toISOString().slice(0, 10),
          max: KEBERATAN_DAYS,
        },
        'Peringatan',
      );
    if (a.badKeputusan) {
      issue(a, 'E', 'keberatan.badKeputusan', {value: a.badKeputusan});
      continue;
    }
    if (!a.keputusan) continue;
    owner ??= ownerEmail();
    if (!mayDecide(a.decidedBy, a.nip, roster, owner, input.settings.emailHr)) {
      issue(a, 'G', 'keberatan.notAllowed', {user: a.decidedBy || '—'});
      continue;
    }
    const result = byNip.get(a.nip);
    if (!result) continue;
    const predikat = appealPredikat(a);
    if (a.keputusan === 'Diterima' && !predikat) {
      issue(a, 'F', 'keberatan.noPredikat');
      continue;
    }
    const old = result.predikat ?? '';
    if (predikat) result.predikat = predikat;
    decisions.push({appeal: a, result, predikat: old});
  }
  let fresh: Decision[] = [];
  return {
    issues,
    logRows(stamp) {
      const known = logKeys(read.raw.tables.logPerubahan);
      fresh = decisions.filter(d => {
        const key = `${SHEET.keberatan}|${d.appeal.nip} ${period}|${d.result.predikat ?? ''}`;
        if (known.has(key)) return false;
        known.add(key);
        return true;
      });
      return fresh.map(d => {
        const {waktu} = stamp();
        return logRow(
          waktu,
          d.appeal.decidedBy,
          SHEET.keberatan,
          `${d.appeal.nip} ${period}`,
          d.predikat,
          d.result.predikat ?? '',
        );
      });
    },
    send() {
      for (const d of fresh) {
        const to = d.result.email;
        if (!to) continue;
        const params = {
          nama: d.result.nama,
          periode: period,
          keputusan: d.appeal.keputusan!,
          predikat: d.result.predikat ?? '',
          by: d.appeal.decidedBy,
          instansi: input.settings.namaInstansi,
        };
        MailApp.sendEmail({
          to,
          subject: msg('keberatan.email.subject', params)[lang],
          body: msg('keberatan.email.body', params)[lang],
        });
      }
    },
  };
}
