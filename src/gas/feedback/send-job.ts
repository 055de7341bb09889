// Feedback emails: preview, test send, and the resumable sending job (Apps Script wiring).
// Composition is pure (src/core/feedback.ts); the job's decisions are pure (src/core/send-plan.ts).
// Here: reading the workbook in one batch, Log Email writes, MailApp, the lock and the job property.
//
// Crash safety ("no email is ever sent twice"): for each batch of MARK_BATCH_SIZE employees the
// rows are first written to Log Email with Status "Mengirim" (one setValues + flush), then the
// emails are sent, then the rows are confirmed "Terkirim"/"Gagal" (one setValues + flush). If the
// execution dies in between, the rows stay "Mengirim": the next run reports them as uncertain and
// never resends them by itself (HR checks, then sets Gagal or uses resend).

import type {SendStatus} from '../../core/api';
import {t} from '../../core/i18n';
import {normalizePeriod} from '../../core/period';
import {
  CHUNK_BUDGET_MS,
  type Candidate,
  type Decision,
  MARK_BATCH_SIZE,
  type SendJob,
  decide,
  emptyCounters,
  entriesByNip,
  isPending,
  isQuotaError,
  logStatusText,
  recipientCount,
  statusOf,
} from '../../core/send-plan';
import {
  alreadySentOf,
  jobMessage,
  updateCounters,
} from '../../core/send-progress';
import type {Lang} from '../../core/types';
import {
  LOG_EMAIL_HEADER,
  type LogLayout,
  logColumnIndex,
  logLayout,
  logLine,
} from '../../sheets/log-email';
import {SHEET} from '../../sheets/schema';
import {safeCellText} from '../../sheets/write';
import {interfaceLang} from '../settings';
import {contractSheet} from '../workbook';
import {loadJob, newJobId, saveJob, withLock} from './job-store';
import {fingerprint, remainingQuota, sendEmail} from './mail';
import {type Prepared, type Recipient, compose, prepare} from './prepare';
import {errorText} from '../ui';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Log Email as the job appends to it. */
interface LogSheet extends LogLayout {
  sheet: Sheet;
  /** 1-based row where the next row goes. */
  nextRow: number;
}

/** Opens Log Email for appending: creates the sheet, or writes its header, when missing. */
function openLog(prepared: Prepared): LogSheet {
  let sheet = prepared.sheets.get(SHEET.logEmail);
  let values = prepared.logValues;
  if (!sheet) {
    sheet = prepared.ss.insertSheet(SHEET.logEmail);
    sheet.setFrozenRows(1);
    prepared.sheets.set(SHEET.logEmail, sheet);
    values = [];
  }
  const layout = logLayout(values);
  if (!layout.hasHeader) {
    sheet
      .getRange(1, 1, 1, LOG_EMAIL_HEADER.length)
      .setValues([[...LOG_EMAIL_HEADER]]);
  }
  return {...layout, sheet, nextRow: layout.dataRows + 2};
}

function timeText(prepared: Prepared): string {
  return Utilities.formatDate(
    new Date(),
    prepared.ss.getSpreadsheetTimeZone(),
    'yyyy-MM-dd HH:mm:ss',
  );
}

interface WorkItem {
  position: number;
  recipient: Recipient;
  decision: Decision;
}

/** What one batch did. */
interface BatchOutcome {
  quotaHit: boolean;
}

/**
 * Marks a batch (one setValues + flush), sends, confirms (one setValues + flush). Rows of emails
 * not sent because the quota ran out are removed again (they were not sent), keeping the block
 * contiguous at the end of the log.
 */
function runBatch(
  prepared: Prepared,
  log: LogSheet,
  job: Pick<SendJob, 'periode'>,
  batch: WorkItem[],
  decisions: Decision[],
): BatchOutcome {
  const period = job.periode;
  const marked = timeText(prepared);
  const emails = batch.map(item =>
    item.decision.kind === 'send' ? compose(prepared, item.recipient) : null,
  );
  const lines = batch.map((item, i) => {
    const email = emails[i];
    const status =
      item.decision.kind === 'skip'
        ? logStatusText('skipped', item.decision.reason)
        : logStatusText('sending');
    return logLine(log, [
      period,
      item.recipient.nip,
      item.recipient.to,
      status,
      marked,
      email ? fingerprint(period, item.recipient.nip, email) : '',
    ]);
  });
  const start = log.nextRow;
  const target = log.sheet.getRange(start, 1, lines.length, log.width);
  // Text format: an 18-digit NIP written into an automatic cell would become a number.
  target.setNumberFormat('@');
  target.setValues(lines);
  SpreadsheetApp.flush();

  const statusColumn = logColumnIndex(log, 'Status');
  const timeColumn = logColumnIndex(log, 'Waktu');
  const reverted = new Set<number>();
  let quotaHit = false;
  batch.forEach((item, i) => {
    const email = emails[i];
    if (!email) {
      decisions[item.position] = {kind: 'done', outcome: 'skipped'};
      return;
    }
    if (quotaHit) {
      reverted.add(i);
      return;
    }
    try {
      sendEmail(prepared.settings, item.recipient.to, item.recipient.cc, email);
      lines[i][statusColumn] = logStatusText('sent');
      decisions[item.position] = {kind: 'done', outcome: 'sent'};
    } catch (error) {
      const message = errorText(error);
      if (isQuotaError(message)) {
        quotaHit = true;
        reverted.add(i);
        return;
      }
      lines[i][statusColumn] = safeCellText(logStatusText('failed', message));
      decisions[item.position] = {kind: 'done', outcome: 'failed'};
    }
  });

  const confirmed = timeText(prepared);
  const kept = lines.filter((_, i) => !reverted.has(i));
  for (const line of kept) line[timeColumn] = confirmed;
  const blank = lines
    .filter((_, i) => reverted.has(i))
    .map(() => new Array<string>(log.width).fill(''));
  target.setValues([...kept, ...blank]);
  SpreadsheetApp.flush();
  log.nextRow = start + kept.length;
  return {quotaHit};
}

/** One chunk of the job, the document lock held. Never throws. */
function runChunk(job: SendJob, until?: number): SendJob {
  const deadline = Math.min(Date.now() + CHUNK_BUDGET_MS, until ?? Infinity);
  let lang: Lang = 'id';
  try {
    const prepared = prepare(job.periode);
    lang = prepared.lang;
    const log = openLog(prepared);
    const byNip = entriesByNip(log.entries, job.periode);
    const recipients = prepared.recipients;
    const decisions = recipients.map(r =>
      decide(job, r as Candidate, byNip.get(r.nip) ?? []),
    );
    const work: WorkItem[] = [];
    recipients.forEach((recipient, position) => {
      const decision = decisions[position];
      if (decision.kind === 'send' || decision.kind === 'skip') {
        work.push({position, recipient, decision});
      }
    });

    let next = 0;
    let paused = false;
    let quota = remainingQuota();
    while (next < work.length && Date.now() < deadline) {
      quota = remainingQuota();
      const batch: WorkItem[] = [];
      let budget = quota;
      while (batch.length < MARK_BATCH_SIZE && next < work.length) {
        const item = work[next];
        if (item.decision.kind === 'send') {
          const needed = recipientCount(item.recipient.cc);
          if (needed > budget) {
            paused = true;
            break;
          }
          budget -= needed;
        }
        batch.push(item);
        next++;
      }
      if (batch.length) {
        const outcome = runBatch(prepared, log, job, batch, decisions);
        if (outcome.quotaHit) paused = true;
        updateCounters(job, recipients, decisions);
        if (!paused) {
          job.state = 'running';
          job.message = jobMessage(job, lang, quota, alreadySentOf(decisions));
          saveJob(job);
        }
      }
      if (paused) break;
    }
    updateCounters(job, recipients, decisions);
    quota = remainingQuota();
    job.state = paused ? 'paused-quota' : job.remaining ? 'running' : 'done';
    job.message = jobMessage(job, lang, quota, alreadySentOf(decisions));
  } catch (error) {
    // A failure of Sheets or Properties: rows already marked stay "Mengirim" (reported as
    // uncertain next time); the hourly trigger or the next call retries the rest.
    job.state = 'error';
    job.message = t(lang, 'email.send.error', {error: errorText(error)});
  }
  try {
    saveJob(job);
  } catch {
    // Nothing more can be recorded; the log rows are the truth and the next run reads them.
  }
  return job;
}

function busyStatus(job: SendJob | null, lang: Lang): SendStatus {
  return {
    ...statusOf(job, remainingQuota()),
    message: t(lang, 'email.send.busy'),
  };
}

// ---------------------------------------------------------------------------------------------
// Public API (called by src/gas/sidebar-api.ts, the menu and the hourly trigger)

/**
 * Starts sending the feedback of a period (and sends the first chunk). `resend` sends again to
 * employees already sent (HR asks explicitly; each resend writes a new log row). Starting again
 * while the same job is unfinished continues it instead of starting over.
 */
export function startSendFeedback(
  periodText: string,
  resend: boolean,
  deadline?: number,
): SendStatus {
  const current = loadJob();
  const lang = interfaceLang();
  const period = normalizePeriod(periodText);
  if (!period) {
    return {
      ...statusOf(null, remainingQuota()),
      state: 'error',
      message: t(lang, 'email.send.invalidPeriod', {periode: periodText}),
    };
  }
  return withLock(
    () => {
      const existing = loadJob();
      if (
        existing &&
        (isPending(existing) || existing.state === 'error') &&
        existing.periode === period &&
        existing.resend === !!resend
      ) {
        return statusOf(runChunk(existing, deadline), remainingQuota());
      }
      const logSheet = contractSheet(
        SpreadsheetApp.getActiveSpreadsheet(),
        SHEET.logEmail,
      );
      // Rows after these are this job's (the log is append-only, under this lock).
      const logRows = logSheet ? Math.max(0, logSheet.getLastRow() - 1) : 0;
      const job: SendJob = {
        id: newJobId(),
        periode: period,
        resend: !!resend,
        cursor: 0,
        counters: emptyCounters(),
        total: 0,
        remaining: 0,
        startedAt: new Date().toISOString(),
        logRowsAtStart: logRows,
        state: 'running',
        message: '',
        uncertainNips: [],
      };
      saveJob(job);
      return statusOf(runChunk(job, deadline), remainingQuota());
    },
    () => busyStatus(current, lang),
  );
}

/**
 * Sends the next chunk of the current job under the document lock (sidebar and hourly trigger).
 * `deadline` (epoch ms): a caller that already used part of its 6 minutes (the hourly trigger)
 * passes when it must stop; no new batch starts after it.
 */
export function continueSendFeedback(deadline?: number): SendStatus {
  const job = loadJob();
  const lang = interfaceLang();
  if (!job) {
    return {
      ...statusOf(null, remainingQuota()),
      message: t(lang, 'email.send.noJob'),
    };
  }
  if (job.state === 'done') return statusOf(job, remainingQuota());
  return withLock(
    () => {
      // Re-read under the lock: another execution may have moved the job on meanwhile.
      const fresh = loadJob() ?? job;
      if (fresh.state === 'done') return statusOf(fresh, remainingQuota());
      return statusOf(runChunk(fresh, deadline), remainingQuota());
    },
    () => busyStatus(job, lang),
  );
}

/** The current (or last) job's status, without reading the sheets. */
export function getSendStatus(): SendStatus {
  return statusOf(loadJob(), remainingQuota());
}

/** Whether the hourly trigger should call continueSendFeedback. */
export function hasPendingSendJob(): boolean {
  const job = loadJob();
  return isPending(job) || job?.state === 'error';
}
