// Reminders to supervisors with unfinished inputs (apiReminderPlan / apiSendReminders, the CLI's
// `feedback --remind`). Pure rules in src/core/reminders.ts. One read per table, every tab whole
// once; the rows go to Log Email marked before sending (one setValues + flush) and confirmed
// after (one setValues): a crash in between leaves a reminder counted as sent, never one sent twice.

import type {ReminderPlan, ReminderResult} from '../../core/api';
import {t} from '../../core/i18n';
import {normalizePeriod} from '../../core/period';
import {
  REMINDER_FAILED,
  type ReminderSource,
  planReminders,
  reminderEmail,
  reminderStatus,
} from '../../core/reminders';
import {isQuotaError} from '../../core/send-plan';
import {logColumnIndex, logLayout, logLine} from '../../sheets/log-email';
import {isEmail} from '../../sheets/values';
import {safeCellText} from '../../sheets/write';
import {errorText} from '../ui';
import {interfaceLang} from '../settings';
import {withLock} from './job-store';
import {openLog} from './log-batch';
import {remainingQuota, sendEmail} from './mail';
import {type Prepared, prepareBase, recipientsOf} from './prepare';

const DAY_MS = 24 * 3600 * 1000;
const TIME_FORMAT = 'yyyy-MM-dd HH:mm:ss';

function timeText(prepared: Prepared, at: Date): string {
  return Utilities.formatDate(
    at,
    prepared.ss.getSpreadsheetTimeZone(),
    TIME_FORMAT,
  );
}

function planOf(prepared: Prepared): ReminderPlan {
  const sources: ReminderSource[] = recipientsOf(
    prepared,
    prepared.roster.map(e => e.nip),
  )
    .filter(r => r.result.status !== 'Lengkap')
    .map(r => ({
      nip: r.nip,
      nama: r.result.nama,
      empty: r.result.missing.length,
      nipAtasan: r.result.nipAtasan,
      namaAtasan: r.result.namaAtasan,
      emailAtasan: r.result.emailAtasan,
    }));
  const days = prepared.settings.jedaPengingat;
  return planReminders({
    period: prepared.period,
    sources,
    entries: logLayout(prepared.logValues).entries,
    since: timeText(prepared, new Date(prepared.now.getTime() - days * DAY_MS)),
    intervalDays: days,
    quota: remainingQuota(),
    lang: prepared.lang,
    validEmail: email => isEmail(email),
  });
}

function invalid(periodText: string): ReminderPlan {
  return {
    ok: false,
    period: String(periodText),
    intervalDays: 0,
    send: 0,
    items: [],
    remainingQuota: remainingQuota(),
    message: t(interfaceLang(), 'email.send.invalidPeriod', {
      periode: periodText,
    }),
  };
}

export function reminderPlan(periodText: string): ReminderPlan {
  const period = normalizePeriod(periodText);
  return period ? planOf(prepareBase(period)) : invalid(periodText);
}

/** Sends the reminders the plan allows now, under the document lock (never beside a send). */
export function sendReminders(periodText: string): ReminderResult {
  const period = normalizePeriod(periodText);
  if (!period) {
    const {message} = invalid(periodText);
    return {ok: false, message, sent: 0, failed: 0, held: 0};
  }
  const lang = interfaceLang();
  return withLock(
    () => {
      const prepared = prepareBase(period);
      const plan = planOf(prepared);
      const due = plan.items.filter(i => !i.holdReason);
      const held = plan.items.length - due.length;
      let sent = 0;
      let failed = 0;
      if (due.length) {
        const log = openLog(prepared);
        const marked = timeText(prepared, new Date());
        const lines = due.map(item =>
          logLine(log, [
            period,
            item.nip,
            item.email,
            reminderStatus(item, prepared.lang),
            marked,
            '',
          ]),
        );
        const grid = log.sheet.getMaxRows();
        const last = log.nextRow + lines.length - 1;
        if (last > grid) log.sheet.insertRowsAfter(grid, last - grid);
        const target = log.sheet.getRange(
          log.nextRow,
          1,
          lines.length,
          log.width,
        );
        target.setNumberFormat('@');
        target.setValues(lines);
        SpreadsheetApp.flush();
        const status = logColumnIndex(log, 'Status');
        let quotaHit = '';
        due.forEach((item, i) => {
          const fail = (why: string) => {
            lines[i][status] = safeCellText(`${REMINDER_FAILED}: ${why}`);
            failed++;
          };
          if (quotaHit) return fail(quotaHit);
          try {
            const email = reminderEmail(
              item,
              period,
              prepared.lang,
              prepared.settings.namaInstansi,
            );
            sendEmail(prepared.settings, item.email, '', {
              ...email,
              unknownPlaceholders: [],
            });
            sent++;
          } catch (error) {
            const message = errorText(error);
            if (isQuotaError(message)) quotaHit = message;
            fail(message);
          }
        });
        if (failed) target.setValues(lines);
      }
      return {
        ok: failed === 0,
        message: t(prepared.lang, 'reminder.done', {sent, failed, held}),
        sent,
        failed,
        held,
      };
    },
    () => ({
      ok: false,
      message: t(lang, 'email.send.busy'),
      sent: 0,
      failed: 0,
      held: 0,
    }),
  );
}
