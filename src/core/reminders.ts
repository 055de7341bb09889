// Reminders to supervisors (pure): who has unfinished inputs for a period, the one email each gets
// (their employees and how many inputs are still empty), and who must wait: a reminder went out
// within `Jeda Pengingat (hari)` days, no valid address, or the day's mail quota is used up.
// Log Email keeps them as rows of the supervisor's NIP with Status `Pengingat: …`.

import type {ReminderItem, ReminderPlan} from './api';
import {escapeHtml, sanitizeSubject} from './email-text';
import {t} from './i18n';
import type {LogEntry} from './send-plan';
import type {Lang} from './types';

/** `Jeda Pengingat (hari)`'s default and bounds (Pengaturan). */
export const REMINDER_INTERVAL_DEFAULT = 7;
export const REMINDER_INTERVAL_MAX = 365;

/** Status word of a reminder that could not be sent (does not count for the interval). */
export const REMINDER_FAILED = 'Pengingat gagal';

/** One employee with unfinished inputs, and the supervisor who fills them. */
export interface ReminderSource {
  nip: string;
  nama: string;
  /** Inputs still empty (realisasi, ratings) for the period. */
  empty: number;
  nipAtasan: string;
  namaAtasan: string;
  emailAtasan: string;
}

/** The latest successful reminder's Waktu per supervisor NIP, for `period`. */
export function lastReminders(
  entries: readonly LogEntry[],
  period: string,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of entries) {
    if (e.state !== 'reminder' || e.periode !== period) continue;
    if (e.status.toLowerCase().startsWith(REMINDER_FAILED.toLowerCase()))
      continue;
    const waktu = e.waktu ?? '';
    if (waktu > (out.get(e.nip) ?? '')) out.set(e.nip, waktu);
  }
  return out;
}

/**
 * The plan: one item per supervisor with unfinished inputs, in name order. `since` is the time
 * text (yyyy-MM-dd HH:mm:ss, the log's format) the interval began: a reminder at or after it holds
 * the next one. `validEmail` says whether an address may be used.
 */
export function planReminders(options: {
  period: string;
  sources: readonly ReminderSource[];
  entries: readonly LogEntry[];
  since: string;
  intervalDays: number;
  quota: number;
  lang: Lang;
  validEmail: (email: string) => boolean;
}): ReminderPlan {
  const {lang} = options;
  const bySupervisor = new Map<string, ReminderItem>();
  for (const s of options.sources) {
    if (!s.nipAtasan || s.empty <= 0) continue;
    let item = bySupervisor.get(s.nipAtasan);
    if (!item) {
      item = {
        nip: s.nipAtasan,
        nama: s.namaAtasan || s.nipAtasan,
        email: s.emailAtasan.trim(),
        employees: [],
        holdReason: '',
      };
      bySupervisor.set(s.nipAtasan, item);
    }
    item.employees.push({nip: s.nip, nama: s.nama, empty: s.empty});
  }
  const last = lastReminders(options.entries, options.period);
  const items = [...bySupervisor.values()].sort((a, b) =>
    a.nama.localeCompare(b.nama, 'id'),
  );
  let quota = options.quota;
  let send = 0;
  for (const item of items) {
    item.employees.sort((a, b) => a.nama.localeCompare(b.nama, 'id'));
    const when = last.get(item.nip);
    if (!options.validEmail(item.email)) {
      item.holdReason = t(lang, 'reminder.hold.noEmail', {
        email: item.email || '-',
      });
    } else if (when && when >= options.since) {
      item.holdReason = t(lang, 'reminder.hold.recent', {
        waktu: when,
        days: options.intervalDays,
      });
    } else if (quota < 1) {
      item.holdReason = t(lang, 'reminder.hold.quota');
    } else {
      quota--;
      send++;
    }
  }
  return {
    ok: true,
    period: options.period,
    intervalDays: options.intervalDays,
    send,
    items,
    remainingQuota: options.quota,
    message: t(lang, 'reminder.plan', {
      send,
      held: items.length - send,
      periode: options.period,
      days: options.intervalDays,
    }),
  };
}

/** The reminder email of one supervisor, in the workbook's language. */
export function reminderEmail(
  item: ReminderItem,
  period: string,
  lang: Lang,
  namaInstansi: string,
): {subject: string; text: string; html: string} {
  const total = item.employees.reduce((sum, e) => sum + e.empty, 0);
  const subject = sanitizeSubject(
    t(lang, 'reminder.subject', {
      periode: period,
      count: item.employees.length,
    }),
  );
  const intro = t(lang, 'reminder.intro', {
    nama: item.nama,
    periode: period,
    count: item.employees.length,
    empty: total,
  });
  const line = (e: ReminderItem['employees'][number]) =>
    t(lang, 'reminder.line', {nama: e.nama, nip: e.nip, empty: e.empty});
  const outro = t(lang, 'reminder.outro', {
    instansi: namaInstansi || 'Kinerja ASN',
  });
  const text = [
    intro,
    '',
    ...item.employees.map(e => `- ${line(e)}`),
    '',
    outro,
  ].join('\n');
  const html =
    '<div style="font-family:Arial,sans-serif;max-width:600px">' +
    `<p>${escapeHtml(intro)}</p><ul>` +
    item.employees.map(e => `<li>${escapeHtml(line(e))}</li>`).join('') +
    `</ul><p>${escapeHtml(outro)}</p></div>`;
  return {subject, text, html};
}

/** The Log Email Status of a reminder sent to one supervisor. */
export function reminderStatus(item: ReminderItem, lang: Lang): string {
  const empty = item.employees.reduce((sum, e) => sum + e.empty, 0);
  return `Pengingat: ${t(lang, 'reminder.logDetail', {count: item.employees.length, empty})}`;
}
