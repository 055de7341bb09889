// The logic of a feedback-sending job (pure): who gets an email, who is skipped, who is already
// done, and what is uncertain — decided from the Log Email rows, which are the source of truth.
// The job kept in document properties only says which rows this job wrote (rows after
// logRowsAtStart) and caches the last counters for a cheap status call.
//
// Rules ("no email is ever sent twice"):
// - A row Terkirim for (periode, NIP) blocks every later normal send; only resend sends again.
// - A row Mengirim means the process died between marking and confirming: the email may or may
//   not have left. It is never resent automatically; HR resolves it (sets Gagal / Terkirim in
//   Log Email) or starts a resend.
// - Gagal and Dilewati rows written before this job do not block: the employee is tried again.
// - Within a job every employee is handled at most once: a row written by this job settles it,
//   and so does the job's `settledThrough` (everyone up to that NIP was handled, some of them
//   without a row, see the next rule).
// - A skip is logged once per reason: when the latest row of (periode, NIP) is already "Dilewati"
//   with the same text, the employee is skipped again without a new row. A new reason, or a row
//   of anything else in between (a send), is logged.

import type {SendStatus} from './api';
import {EXECUTION_BUDGET_MS} from './budget';

export type LogState =
  'sent' | 'sending' | 'failed' | 'skipped' | 'reminder' | 'unknown';

/** Status words written in Log Email (Bahasa Indonesia like every contract text). */
export const LOG_STATUS = {
  sent: 'Terkirim',
  sending: 'Mengirim',
  failed: 'Gagal',
  skipped: 'Dilewati',
  reminder: 'Pengingat',
} as const;

/** Reads a Status cell: the first word decides (`Gagal: <error>`, `Dilewati: <reason>`); null when blank. */
export function parseLogStatus(value: unknown): LogState | null {
  const text = String(value ?? '')
    .trim()
    .toLowerCase();
  if (!text) return null;
  const word = text.split(/[\s:;,.-]+/)[0];
  switch (word) {
    case 'terkirim':
    case 'sent':
      return 'sent';
    case 'mengirim':
    case 'sending':
      return 'sending';
    case 'gagal':
    case 'failed':
      return 'failed';
    case 'dilewati':
    case 'skipped':
      return 'skipped';
    case 'pengingat':
    case 'reminder':
      // A reminder to a supervisor (reminders.ts): never part of that person's feedback rows.
      return 'reminder';
    default:
      // Something HR typed that we do not understand: treat it like Mengirim (ask, never guess).
      return 'unknown';
  }
}

/** `Dilewati: <reason>` / `Gagal: <error>` (single line). */
export function logStatusText(
  state: 'sent' | 'sending' | 'failed' | 'skipped' | 'reminder',
  detail = '',
): string {
  const word = LOG_STATUS[state];
  const flat = detail.replace(/\s+/g, ' ').trim();
  return flat ? `${word}: ${flat}` : word;
}

export interface LogEntry {
  /** 0-based index of the data row (row 2 of the sheet is 0). */
  index: number;
  periode: string;
  nip: string;
  state: LogState;
  /** The Status cell as written (trimmed), to tell one skip reason from another. */
  status: string;
  /** The Sidik cell (SHA-256 of what was sent), '' when blank. */
  sidik?: string;
  /** The Waktu cell as text. */
  waktu?: string;
}

export interface SendCounters {
  sent: number;
  skipped: number;
  failed: number;
  uncertain: number;
}

export interface SendJob {
  id: string;
  periode: string;
  resend: boolean;
  /** Employees handled so far (progress), in NIP order. */
  cursor: number;
  counters: SendCounters;
  total: number;
  remaining: number;
  /** ISO time. */
  startedAt: string;
  /** Data rows of Log Email when the job started: rows after these were written by this job. */
  logRowsAtStart: number;
  state: SendStatus['state'];
  /** Last message shown, in the interface language. */
  message: string;
  /** NIPs whose status is uncertain (at most a few, for the message). */
  uncertainNips: string[];
  /**
   * Every employee whose NIP sorts at or before this one was handled by this job ('' for none),
   * including those skipped again without a row (their reason was already logged).
   */
  settledThrough?: string;
  /** Only these people: one NIP (resend to one) or the results changed since sent. */
  scope?: {kind: 'one'; nip: string} | {kind: 'changed'};
}

export type Decision =
  | {kind: 'send'}
  | {kind: 'skip'; reason: string}
  | {kind: 'done'; outcome: 'sent' | 'failed' | 'skipped'}
  | {kind: 'alreadySent'}
  | {kind: 'uncertain'};

export interface Candidate {
  nip: string;
  /** Why this employee cannot be sent an email ('' when it can). */
  skipReason: string;
}

/**
 * What to do with one employee in a job, given every Log Email row of (periode, NIP) in sheet
 * order.
 */
export function decide(
  job: Pick<SendJob, 'resend' | 'logRowsAtStart' | 'settledThrough'>,
  candidate: Candidate,
  allEntries: readonly LogEntry[],
): Decision {
  // Reminders to a supervisor are not part of their own feedback's rows.
  const entries = allEntries.filter(e => e.state !== 'reminder');
  const own = entries.filter(e => e.index >= job.logRowsAtStart);
  if (own.length) {
    const last = own[own.length - 1].state;
    if (last === 'sending' || last === 'unknown' || last === 'reminder')
      return {kind: 'uncertain'};
    return {kind: 'done', outcome: last};
  }
  if (!job.resend) {
    const earlier = entries.map(e => e.state);
    if (earlier.includes('sent')) return {kind: 'alreadySent'};
    if (earlier.includes('sending') || earlier.includes('unknown')) {
      return {kind: 'uncertain'};
    }
  }
  if (job.settledThrough && candidate.nip <= job.settledThrough) {
    // Handled earlier in this job without a row: skipped with a reason already logged.
    return {kind: 'done', outcome: 'skipped'};
  }
  if (candidate.skipReason) {
    const last = entries[entries.length - 1];
    if (
      last?.state === 'skipped' &&
      last.status === logStatusText('skipped', candidate.skipReason)
    ) {
      return {kind: 'done', outcome: 'skipped'};
    }
    return {kind: 'skip', reason: candidate.skipReason};
  }
  return {kind: 'send'};
}

/**
 * The NIP through which every employee (in `order`, NIP-sorted) is settled: the last of the
 * leading run whose decision is neither send nor skip. '' when the first is still to do.
 */
export function settledThroughOf(
  order: readonly {nip: string}[],
  decisions: readonly Decision[],
  previous = '',
): string {
  let through = previous;
  for (let i = 0; i < order.length; i++) {
    const kind = decisions[i].kind;
    if (kind === 'send' || kind === 'skip') break;
    if (order[i].nip > through) through = order[i].nip;
  }
  return through;
}

/** Counters of a job from the decisions of all its employees. */
export function countDecisions(decisions: readonly Decision[]): SendCounters & {
  remaining: number;
  handled: number;
} {
  const c = {
    sent: 0,
    skipped: 0,
    failed: 0,
    uncertain: 0,
    remaining: 0,
    handled: 0,
  };
  for (const d of decisions) {
    if (d.kind === 'send' || d.kind === 'skip') {
      c.remaining++;
      continue;
    }
    c.handled++;
    if (d.kind === 'uncertain') c.uncertain++;
    else if (d.kind === 'alreadySent') c.skipped++;
    else if (d.outcome === 'sent') c.sent++;
    else if (d.outcome === 'failed') c.failed++;
    else c.skipped++;
  }
  return c;
}

/** Groups Log Email entries of one period by NIP, keeping sheet order. */
export function entriesByNip(
  entries: readonly LogEntry[],
  period: string,
): Map<string, LogEntry[]> {
  const map = new Map<string, LogEntry[]>();
  for (const e of entries) {
    if (e.periode !== period || e.state === 'reminder') continue;
    const list = map.get(e.nip);
    if (list) list.push(e);
    else map.set(e.nip, [e]);
  }
  return map;
}

/**
 * How many emails a batch marks before sending them. A crash (the 6-minute limit, a Google
 * outage) between the mark and the confirm leaves at most this many rows "Mengirim", each of which
 * HR must check by hand; a larger batch saves sheet writes (2 setValues + 2 flush per batch
 * instead of per email). 10 keeps the worst case small for HR while a 300-person office needs only
 * 30 batches, well inside one execution.
 */
export const MARK_BATCH_SIZE = 10;

/** Stop starting new batches after this much time (core/budget.ts). */
export const CHUNK_BUDGET_MS = EXECUTION_BUDGET_MS;

/** A MailApp error that means the daily quota is used up (the email was not sent). */
export function isQuotaError(message: string): boolean {
  return /invoked too many times|daily.*quota|quota.*exceeded|too many emails/i.test(
    message,
  );
}

/** Recipients counted against the quota for one email: the employee and the supervisor in cc. */
export function recipientCount(cc: string): number {
  return 1 + (cc ? 1 : 0);
}

export function emptyCounters(): SendCounters {
  return {sent: 0, skipped: 0, failed: 0, uncertain: 0};
}

/** The SendStatus of a job (or the idle status when there is none). */
export function statusOf(
  job: SendJob | null,
  remainingQuota: number,
): SendStatus {
  if (!job) {
    return {
      jobId: '',
      period: '',
      state: 'idle',
      total: 0,
      sent: 0,
      skipped: 0,
      failed: 0,
      uncertain: 0,
      remaining: 0,
      remainingQuota,
      message: '',
    };
  }
  return {
    jobId: job.id,
    period: job.periode,
    state: job.state,
    total: job.total,
    sent: job.counters.sent,
    skipped: job.counters.skipped,
    failed: job.counters.failed,
    uncertain: job.counters.uncertain,
    remaining: job.remaining,
    remainingQuota,
    message: job.message,
  };
}

/** Reads the job property; null when absent or unreadable (a broken value never blocks HR). */
export function parseJob(value: string | null): SendJob | null {
  if (!value) return null;
  try {
    const job = JSON.parse(value) as SendJob;
    if (!job || typeof job.id !== 'string' || typeof job.periode !== 'string') {
      return null;
    }
    job.counters = {...emptyCounters(), ...(job.counters ?? {})};
    job.uncertainNips = Array.isArray(job.uncertainNips)
      ? job.uncertainNips
      : [];
    return job;
  } catch {
    return null;
  }
}

/** Whether the hourly trigger should continue this job. */
export function isPending(job: SendJob | null): boolean {
  return !!job && (job.state === 'running' || job.state === 'paused-quota');
}
