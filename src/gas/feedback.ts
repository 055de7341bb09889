// Feedback emails: preview, test send, and the resumable sending job (Apps Script wiring).
// Composition is pure (src/core/feedback.ts); the job's decisions are pure (src/core/send-plan.ts).
// Here: reading the workbook in one batch, Log Email writes, MailApp, the lock and the job property.
//
// Crash safety ("no email is ever sent twice"): for each batch of MARK_BATCH_SIZE employees the
// rows are first written to Log Email with Status "Mengirim" (one setValues + flush), then the
// emails are sent, then the rows are confirmed "Terkirim"/"Gagal" (one setValues + flush). If the
// execution dies in between, the rows stay "Mengirim": the next run reports them as uncertain and
// never resends them by itself (HR checks, then sets Gagal or uses resend).

import type {ActionResult, EmailPreview, SendStatus} from '../core/api';
import {type ComposedEmail, composeFeedback} from '../core/feedback';
import {
  bytesToHex,
  fingerprintSource,
  sanitizeSubject,
} from '../core/email-text';
import {t} from '../core/i18n';
import {normalizeNip} from '../core/nip';
import {normalizePeriod} from '../core/period';
import {
  CHUNK_BUDGET_MS,
  type Candidate,
  type Decision,
  type LogEntry,
  MARK_BATCH_SIZE,
  type SendJob,
  countDecisions,
  decide,
  emptyCounters,
  entriesByNip,
  isPending,
  isQuotaError,
  logStatusText,
  parseJob,
  parseLogStatus,
  recipientCount,
  statusOf,
} from '../core/send-plan';
import type {EmployeeResult, Lang, Settings} from '../core/types';
import {isEmail} from '../sheets/values';
import {evaluatePeriod} from '../sheets/pipeline';
import {predikatByNip} from '../sheets/hasil';
import {HEADERS, SHEET, normalizeHeader} from '../sheets/schema';
import {headerColumns} from '../sheets/table';
import {cellText} from '../core/cell-text';
import {safeCellText} from '../sheets/write';
import {interfaceLang} from './settings';
import {INPUT_TABLES, contractSheet, readWorkbook} from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Document property holding the current (or last) sending job as JSON. */
export const SEND_JOB_KEY = 'kinerja.sendJob';

/** How many uncertain NIPs a message names before "…". */
const UNCERTAIN_NIPS_SHOWN = 10;

/** One employee of the period, ready to send. */
interface Recipient {
  result: EmployeeResult;
  nip: string;
  to: string;
  cc: string;
  skipReason: string;
}

interface Prepared {
  ss: Spreadsheet;
  sheets: Map<string, Sheet>;
  lang: Lang;
  settings: Settings;
  template: {subjek: string; isi: string};
  recipients: Recipient[];
  logValues: unknown[][];
}

/** A preview with the template problems found (unknown placeholders), in the interface language. */
export interface FeedbackPreview extends EmailPreview {
  warnings: string[];
}

function errorText(error: unknown): string {
  const message = (error as {message?: unknown} | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

/**
 * Reads everything one period's emails need in one batch (one getValues per sheet), appraises the
 * period, and decides per employee whether an email may go out.
 */
function prepare(periode: string): Prepared {
  const read = readWorkbook({
    tables: [...INPUT_TABLES, 'hasil', 'logEmail'],
    periode,
  });
  const {input, results} = evaluatePeriod(read.raw, periode, new Date());
  const settings = input.settings;
  const lang = settings.bahasa;
  const hasil = predikatByNip(read.raw.tables.hasil, periode);
  const recipients = results
    .filter(r => r.nip)
    .map(result => {
      const to = result.email.trim();
      const atasan = result.emailAtasan.trim();
      const cc =
        settings.tembusanAtasan &&
        isEmail(atasan) &&
        atasan.toLowerCase() !== to.toLowerCase()
          ? atasan
          : '';
      return {
        result,
        nip: result.nip,
        to,
        cc,
        skipReason: skipReasonOf(result, hasil, lang),
      };
    })
    .sort((a, b) => (a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : 0));
  return {
    ss: read.ss,
    sheets: read.sheets,
    lang,
    settings,
    template: input.template,
    recipients,
    logValues: read.raw.tables.logEmail ?? [],
  };
}

/**
 * Only complete, computed results go out: status Lengkap, a predikat, a Hasil row for the period
 * agreeing with the current data (else HR has not recomputed since the last change), and a valid
 * address.
 */
function skipReasonOf(
  result: EmployeeResult,
  hasil: Map<string, string>,
  lang: Lang,
): string {
  if (result.status !== 'Lengkap') {
    return t(lang, 'email.skip.incomplete', {
      missing: result.missing.map(m => m[lang]).join('; ') || '-',
    });
  }
  if (!result.predikat) return t(lang, 'email.skip.noPredikat');
  const recorded = hasil.get(result.nip);
  if (recorded === undefined) {
    return t(lang, 'email.skip.noHasil', {periode: result.periode});
  }
  if (recorded !== result.predikat) {
    return t(lang, 'email.skip.outdated', {
      hasil: recorded || '-',
      current: result.predikat,
    });
  }
  if (!isEmail(result.email.trim())) {
    return t(lang, 'email.skip.invalidEmail', {email: result.email});
  }
  return '';
}

function compose(prepared: Prepared, recipient: Recipient): ComposedEmail {
  return composeFeedback(recipient.result, {
    lang: prepared.lang,
    namaInstansi: prepared.settings.namaInstansi,
    template: prepared.template,
  });
}

/** SHA-256 (hex) of periode + NIP + subject + text: what exactly was sent, for audits. */
function fingerprint(
  periode: string,
  nip: string,
  email: ComposedEmail,
): string {
  const digest = Utilities.computeDigest(
    Utilities.DigestAlgorithm.SHA_256,
    fingerprintSource(periode, nip, email),
    Utilities.Charset.UTF_8,
  );
  return bytesToHex(digest);
}

function senderName(settings: Settings): string {
  return sanitizeSubject(settings.namaInstansi).slice(0, 100) || 'Kinerja ASN';
}

function send(
  prepared: Prepared,
  to: string,
  cc: string,
  email: ComposedEmail,
  subject = email.subject,
): void {
  const options: GoogleAppsScript.Mail.MailAdvancedParameters = {
    to,
    subject,
    body: email.text,
    htmlBody: email.html,
    name: senderName(prepared.settings),
  };
  if (cc) options.cc = cc;
  if (isEmail(prepared.settings.emailHr)) {
    options.replyTo = prepared.settings.emailHr;
  }
  MailApp.sendEmail(options);
}

// ---------------------------------------------------------------------------------------------
// Log Email

interface LogSheet {
  sheet: Sheet;
  /** 1-based column of each contract header. */
  place: number[];
  width: number;
  /** 1-based row where the next row goes. */
  nextRow: number;
  /** Data rows so far (including blank ones in between). */
  dataRows: number;
  entries: LogEntry[];
}

function openLog(prepared: Prepared): LogSheet {
  let sheet = prepared.sheets.get(SHEET.logEmail);
  let values = prepared.logValues;
  if (!sheet) {
    sheet = prepared.ss.insertSheet(SHEET.logEmail);
    const header = [...HEADERS.logEmail];
    sheet.getRange(1, 1, 1, header.length).setValues([header]);
    sheet.setFrozenRows(1);
    prepared.sheets.set(SHEET.logEmail, sheet);
    values = [header];
  }
  const header = values[0] ?? [];
  const hasHeader = header.some(v => cellText(v) !== '');
  const columns = headerColumns(header);
  const headerWidth = hasHeader ? header.length : 0;
  const place = HEADERS.logEmail.map(
    (h, i) => columns[normalizeHeader(h)] ?? headerWidth + 1 + i,
  );
  if (!hasHeader) {
    sheet
      .getRange(1, 1, 1, HEADERS.logEmail.length)
      .setValues([[...HEADERS.logEmail]]);
  }
  const col = (h: string) => place[HEADERS.logEmail.indexOf(h as never)] - 1;
  const entries: LogEntry[] = [];
  const dataRows = Math.max(0, values.length - 1);
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    const state = parseLogStatus(row[col('Status')]);
    if (!state) continue;
    entries.push({
      index: r - 1,
      periode: normalizePeriod(cellText(row[col('Periode')])) ?? '',
      nip: normalizeNip(row[col('NIP')]),
      state,
    });
  }
  return {
    sheet,
    place,
    width: Math.max(headerWidth, ...place),
    nextRow: dataRows + 2,
    dataRows,
    entries,
  };
}

function logLine(
  log: LogSheet,
  values: [string, string, string, string, string, string],
): string[] {
  const line: string[] = new Array(log.width).fill('');
  log.place.forEach(
    (column, i) => (line[column - 1] = safeCellText(values[i])),
  );
  return line;
}

function timeText(prepared: Prepared): string {
  return Utilities.formatDate(
    new Date(),
    prepared.ss.getSpreadsheetTimeZone(),
    'yyyy-MM-dd HH:mm:ss',
  );
}

// ---------------------------------------------------------------------------------------------
// Job property

function loadJob(): SendJob | null {
  return parseJob(
    PropertiesService.getDocumentProperties().getProperty(SEND_JOB_KEY),
  );
}

function saveJob(job: SendJob): void {
  PropertiesService.getDocumentProperties().setProperty(
    SEND_JOB_KEY,
    JSON.stringify(job),
  );
}

function remainingQuota(): number {
  try {
    return MailApp.getRemainingDailyQuota();
  } catch {
    return 0;
  }
}

function newJobId(): string {
  try {
    return Utilities.getUuid();
  } catch {
    return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Sending

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
  const periode = job.periode;
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
      periode,
      item.recipient.nip,
      item.recipient.to,
      status,
      marked,
      email ? fingerprint(periode, item.recipient.nip, email) : '',
    ]);
  });
  const start = log.nextRow;
  const target = log.sheet.getRange(start, 1, lines.length, log.width);
  // Text format: an 18-digit NIP written into an automatic cell would become a number.
  target.setNumberFormat('@');
  target.setValues(lines);
  SpreadsheetApp.flush();

  const statusColumn = log.place[HEADERS.logEmail.indexOf('Status')] - 1;
  const timeColumn = log.place[HEADERS.logEmail.indexOf('Waktu')] - 1;
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
      send(prepared, item.recipient.to, item.recipient.cc, email);
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

function uncertainNipsOf(
  recipients: Recipient[],
  decisions: Decision[],
): string[] {
  return recipients
    .filter((_, i) => decisions[i].kind === 'uncertain')
    .map(r => r.nip);
}

function updateCounters(
  job: SendJob,
  recipients: Recipient[],
  decisions: Decision[],
): void {
  const c = countDecisions(decisions);
  job.counters = {
    sent: c.sent,
    skipped: c.skipped,
    failed: c.failed,
    uncertain: c.uncertain,
  };
  job.total = recipients.length;
  job.remaining = c.remaining;
  job.cursor = c.handled;
  job.uncertainNips = uncertainNipsOf(recipients, decisions).slice(
    0,
    UNCERTAIN_NIPS_SHOWN + 1,
  );
}

/**
 * The job's message. `alreadySent`: how many of the skipped were sent by an earlier job (a second
 * run must not read as if everybody had been left out).
 */
function jobMessage(
  job: SendJob,
  lang: Lang,
  quota: number,
  alreadySent: number,
): string {
  const c = job.counters;
  let message: string;
  if (job.state === 'done') {
    message = t(lang, 'email.send.done', {
      sent: c.sent,
      skipped: c.skipped,
      failed: c.failed,
    });
    if (alreadySent) {
      message +=
        ' ' + t(lang, 'email.send.alreadySentCount', {count: alreadySent});
    }
  } else if (job.state === 'paused-quota') {
    message = t(lang, 'email.send.pausedQuota', {
      quota,
      remaining: job.remaining,
    });
  } else {
    message = t(lang, 'email.send.running', {
      sent: c.sent,
      remaining: job.remaining,
    });
  }
  if (c.uncertain) {
    const shown = job.uncertainNips.slice(0, UNCERTAIN_NIPS_SHOWN);
    const more = c.uncertain > shown.length ? ', …' : '';
    message +=
      ' ' + t(lang, 'email.send.uncertain', {nips: shown.join(', ') + more});
  }
  return message;
}

function alreadySentOf(decisions: readonly Decision[]): number {
  return decisions.filter(d => d.kind === 'alreadySent').length;
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

function withLock<T>(fn: () => T, busy: () => T): T {
  const lock = LockService.getDocumentLock();
  // A short wait only: the sidebar or the hourly trigger will simply call again.
  if (!lock.tryLock(1000)) return busy();
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
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
  periodeText: string,
  resend: boolean,
  deadline?: number,
): SendStatus {
  const current = loadJob();
  const lang = interfaceLang();
  const periode = normalizePeriod(periodeText);
  if (!periode) {
    return {
      ...statusOf(null, remainingQuota()),
      state: 'error',
      message: t(lang, 'email.send.invalidPeriod', {periode: periodeText}),
    };
  }
  return withLock(
    () => {
      const existing = loadJob();
      if (
        existing &&
        (isPending(existing) || existing.state === 'error') &&
        existing.periode === periode &&
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
        periode,
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

function findRecipient(prepared: Prepared, nipText: string): Recipient | null {
  const nip = normalizeNip(nipText);
  return prepared.recipients.find(r => r.nip === nip) ?? null;
}

function emptyPreview(skipReason: string): FeedbackPreview {
  return {
    to: '',
    cc: '',
    subject: '',
    html: '',
    text: '',
    skipReason,
    warnings: [],
  };
}

/** The email one employee would receive, and why it would be skipped ('' if it would go out). */
export function previewFeedback(
  periodeText: string,
  nip: string,
): FeedbackPreview {
  const periode = normalizePeriod(periodeText);
  if (!periode) {
    const lang = interfaceLang();
    return emptyPreview(
      t(lang, 'email.send.invalidPeriod', {periode: periodeText}),
    );
  }
  const prepared = prepare(periode);
  const lang = prepared.lang;
  const recipient = findRecipient(prepared, nip);
  if (!recipient) {
    return emptyPreview(t(lang, 'email.skip.notFound', {nip, periode}));
  }
  const email = compose(prepared, recipient);
  let skipReason = recipient.skipReason;
  if (!skipReason) {
    const entries =
      entriesByNip(openLogEntries(prepared), periode).get(recipient.nip) ?? [];
    const decision = decide(
      {resend: false, logRowsAtStart: Infinity},
      recipient,
      entries,
    );
    if (decision.kind === 'alreadySent')
      skipReason = t(lang, 'email.send.alreadySent');
    if (decision.kind === 'uncertain') {
      skipReason = t(lang, 'email.send.uncertain', {nips: recipient.nip});
    }
  }
  return {
    to: recipient.to,
    cc: recipient.cc,
    subject: email.subject,
    html: email.html,
    text: email.text,
    skipReason,
    warnings: email.unknownPlaceholders.length
      ? [
          t(lang, 'email.preview.unknownPlaceholders', {
            names: email.unknownPlaceholders.join(', '),
          }),
        ]
      : [],
  };
}

/** Log entries without creating the sheet (preview must not write). */
function openLogEntries(prepared: Prepared): LogEntry[] {
  const values = prepared.logValues;
  if (values.length < 2) return [];
  const columns = headerColumns(values[0]);
  const col = (h: string) => (columns[normalizeHeader(h)] ?? 0) - 1;
  const [p, n, s] = [col('Periode'), col('NIP'), col('Status')];
  if (p < 0 || n < 0 || s < 0) return [];
  const entries: LogEntry[] = [];
  values.slice(1).forEach((row, index) => {
    const state = parseLogStatus(row[s]);
    if (!state) return;
    entries.push({
      index,
      periode: normalizePeriod(cellText(row[p])) ?? '',
      nip: normalizeNip(row[n]),
      state,
    });
  });
  return entries;
}

/** HR's own address for test emails: the user running the add-on, else `Email HR`. */
function testRecipient(settings: Settings): string {
  let user = '';
  try {
    user = Session.getEffectiveUser().getEmail();
  } catch {
    user = '';
  }
  if (isEmail(user)) return user;
  return isEmail(settings.emailHr) ? settings.emailHr : '';
}

/**
 * Sends one employee's email to HR only (never to the employee or supervisor), subject prefixed
 * [UJI]/[TEST]. Not written to Log Email: it does not count as sent.
 */
export function testSendFeedback(
  periodeText: string,
  nip: string,
): ActionResult {
  const periode = normalizePeriod(periodeText);
  if (!periode) {
    const lang = interfaceLang();
    return {
      ok: false,
      message: t(lang, 'email.send.invalidPeriod', {periode: periodeText}),
    };
  }
  const prepared = prepare(periode);
  const lang = prepared.lang;
  const recipient = findRecipient(prepared, nip);
  if (!recipient) {
    return {ok: false, message: t(lang, 'email.skip.notFound', {nip, periode})};
  }
  const to = testRecipient(prepared.settings);
  if (!to) return {ok: false, message: t(lang, 'email.test.noRecipient')};
  if (remainingQuota() < 1)
    return {ok: false, message: t(lang, 'email.test.quota')};
  const email = compose(prepared, recipient);
  const subject = sanitizeSubject(t(lang, 'email.test.prefix') + email.subject);
  try {
    send(prepared, to, '', email, subject);
  } catch (error) {
    return {
      ok: false,
      message: t(lang, 'email.test.failed', {error: errorText(error)}),
    };
  }
  return {
    ok: true,
    message: t(lang, 'email.test.sent', {nama: recipient.result.nama, to}),
  };
}
