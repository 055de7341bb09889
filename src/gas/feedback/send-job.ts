// Feedback emails: the resumable sending job (Apps Script wiring). Composition is pure
// (src/core/feedback.ts); the job's decisions are pure (src/core/send-plan.ts). Here: the chunk
// (rounds of ROUND_SIZE employees, each read and appraised from their own rows only, see
// prepare.ts), the lock and the job property; the batches in Log Email are in log-batch.ts.
//
// Crash safety ("no email is ever sent twice"): for each batch of MARK_BATCH_SIZE employees the
// rows are first written to Log Email with Status "Mengirim" (one setValues + flush), then the
// emails are sent, then the rows are confirmed "Terkirim"/"Gagal" (one setValues + flush). If the
// execution dies in between, the rows stay "Mengirim": the next run reports them as uncertain and
// never resends them by itself (HR checks, then sets Gagal or uses resend).

import type {SendStatus} from '../../core/api';
import {t} from '../../core/i18n';
import {normalizeNip} from '../../core/nip';
import {normalizePeriod} from '../../core/period';
import {
  CHUNK_BUDGET_MS,
  type Candidate,
  type Decision,
  type LogEntry,
  MARK_BATCH_SIZE,
  type SendJob,
  decide,
  emptyCounters,
  entriesByNip,
  isPending,
  recipientCount,
  settledThroughOf,
  statusOf,
} from '../../core/send-plan';
import {
  alreadySentOf,
  jobMessage,
  updateCounters,
} from '../../core/send-progress';
import type {Lang} from '../../core/types';
import {SHEET} from '../../sheets/schema';
import {interfaceLang} from '../settings';
import {contractSheet} from '../workbook';
import {loadJob, newJobId, saveJob, withLock} from './job-store';
import {type LogSheet, type WorkItem, openLog, runBatch} from './log-batch';
import {SendBlocked, remainingQuota, sendBlocker} from './mail';
import {changedNips} from './plan';
import {type Prepared, prepareBase, recipientsOf} from './prepare';
import {errorText} from '../ui';

/**
 * Employees read and appraised together in a chunk (their tab rows in one pass): at most about
 * what one chunk can send (270 s at some 0.5 s an email) and what the quota left allows, so a
 * chunk rarely reads rows it cannot use.
 */
export const ROUND_SIZE = 500;

/** Rows one batch writes at most (skips do not count towards MARK_BATCH_SIZE). */
const MAX_BATCH_ROWS = 200;

/** One chunk's state: the roster in NIP order and a decision per employee. */
interface ChunkState {
  prepared: Prepared;
  log: LogSheet;
  job: SendJob;
  byNip: Map<string, LogEntry[]>;
  decisions: Decision[];
  deadline: number;
  lang: Lang;
  /** The longest a round took to read and appraise its people: no round starts without it. */
  roundPrepMs: number;
  /** Whether the job lives in the job property (a resend to one person does not replace it). */
  persist: boolean;
}

function saveProgress(state: ChunkState, quota: number): void {
  const {job, prepared, decisions} = state;
  updateCounters(job, prepared.roster, decisions);
  job.settledThrough = settledThroughOf(
    prepared.roster,
    decisions,
    job.settledThrough,
  );
  job.state = 'running';
  job.message = jobMessage(job, state.lang, quota, alreadySentOf(decisions));
  if (state.persist) saveJob(job);
}

/**
 * A scoped job's people: the one NIP, or those changed since sent plus those this job already
 * wrote a row for (resent in an earlier chunk, so no longer "changed" but still counted).
 */
function scopeRoster(
  prepared: Prepared,
  job: SendJob,
  byNip: Map<string, LogEntry[]>,
): void {
  const scope = job.scope;
  if (!scope) return;
  const keep =
    scope.kind === 'one'
      ? new Set([normalizeNip(scope.nip)])
      : changedNips(prepared, byNip);
  prepared.roster = prepared.roster.filter(
    e =>
      keep.has(e.nip) ||
      (byNip.get(e.nip) ?? []).some(x => x.index >= job.logRowsAtStart),
  );
  if (scope.kind === 'one' && !prepared.roster.length) {
    throw new SendBlocked(
      t(prepared.lang, 'email.resend.unknownNip', {
        nip: scope.nip,
        periode: job.periode,
      }),
    );
  }
}

/**
 * Reads and appraises one round of employees (their rows only), then marks, sends and confirms
 * them batch by batch. Returns whether the quota stopped it.
 */
function runRound(state: ChunkState, positions: number[]): boolean {
  const {prepared, log, job, byNip, decisions} = state;
  const roster = prepared.roster;
  const started = Date.now();
  const recipients = new Map(
    recipientsOf(
      prepared,
      positions.map(p => roster[p].nip),
    ).map(r => [r.nip, r]),
  );
  state.roundPrepMs = Math.max(state.roundPrepMs, Date.now() - started);
  const work: WorkItem[] = [];
  for (const position of positions) {
    const recipient = recipients.get(roster[position].nip);
    if (!recipient) continue;
    const decision = decide(
      job,
      recipient as Candidate,
      byNip.get(recipient.nip) ?? [],
    );
    decisions[position] = decision;
    if (decision.kind === 'send' || decision.kind === 'skip') {
      work.push({position, recipient, decision});
    }
  }
  let next = 0;
  while (next < work.length && Date.now() < state.deadline) {
    const quota = remainingQuota();
    const batch: WorkItem[] = [];
    let budget = quota;
    let paused = false;
    let sends = 0;
    // MARK_BATCH_SIZE counts emails (what a crash can leave uncertain); skips only add rows.
    while (
      sends < MARK_BATCH_SIZE &&
      batch.length < MAX_BATCH_ROWS &&
      next < work.length
    ) {
      const item = work[next];
      if (item.decision.kind === 'send') {
        sends++;
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
      if (!paused) saveProgress(state, quota);
    }
    if (paused) return true;
  }
  return false;
}

/** One chunk of the job, the document lock held. Never throws. */
function runChunk(job: SendJob, until?: number, persist = true): SendJob {
  const deadline = Math.min(Date.now() + CHUNK_BUDGET_MS, until ?? Infinity);
  let lang: Lang = 'id';
  try {
    const prepared = prepareBase(job.periode);
    lang = prepared.lang;
    const blocked = sendBlocker(prepared.pengaturan, prepared.input, lang);
    if (blocked) throw new SendBlocked(blocked);
    const log = openLog(prepared);
    const byNip = entriesByNip(log.entries, job.periode);
    scopeRoster(prepared, job, byNip);
    const roster = prepared.roster;
    // What the log alone decides; 'send' here means "still to do" (appraised when its turn comes).
    const decisions = roster.map(e =>
      decide(job, {nip: e.nip, skipReason: ''}, byNip.get(e.nip) ?? []),
    );
    const state: ChunkState = {
      prepared,
      log,
      job,
      byNip,
      decisions,
      deadline,
      lang,
      roundPrepMs: 0,
      persist,
    };
    const todo = roster
      .map((_, position) => position)
      .filter(p => decisions[p].kind === 'send');
    let paused = false;
    let from = 0;
    // A round reads its people's rows before it sends: it starts only if that fits in the budget.
    while (
      from < todo.length &&
      !paused &&
      Date.now() + state.roundPrepMs < deadline
    ) {
      // No more people than the quota may reach (a consumer account's 100 a day needs no 500).
      const size = Math.min(
        ROUND_SIZE,
        Math.max(2 * MARK_BATCH_SIZE, remainingQuota()),
      );
      paused = runRound(state, todo.slice(from, from + size));
      from += size;
    }
    updateCounters(job, roster, decisions);
    job.settledThrough = settledThroughOf(
      roster,
      decisions,
      job.settledThrough,
    );
    const quota = remainingQuota();
    job.state = paused ? 'paused-quota' : job.remaining ? 'running' : 'done';
    job.message = jobMessage(job, lang, quota, alreadySentOf(decisions));
  } catch (error) {
    // A failure of Sheets or Properties: rows already marked stay "Mengirim" (reported as
    // uncertain next time); the hourly trigger or the next call retries the rest.
    job.state = 'error';
    job.message =
      error instanceof SendBlocked
        ? error.message
        : t(lang, 'email.send.error', {error: errorText(error)});
  }
  try {
    if (persist) saveJob(job);
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

/** A new job of `period`; rows of Log Email after its current ones are the job's. */
function newJob(
  period: string,
  resend: boolean,
  scope?: SendJob['scope'],
): SendJob {
  const logSheet = contractSheet(
    SpreadsheetApp.getActiveSpreadsheet(),
    SHEET.logEmail,
  );
  // Rows after these are this job's (the log is append-only, under the lock).
  const logRows = logSheet ? Math.max(0, logSheet.getLastRow() - 1) : 0;
  return {
    id: newJobId(),
    periode: period,
    resend,
    cursor: 0,
    counters: emptyCounters(),
    total: 0,
    remaining: 0,
    startedAt: new Date().toISOString(),
    logRowsAtStart: logRows,
    state: 'running',
    message: '',
    uncertainNips: [],
    settledThrough: '',
    ...(scope ? {scope} : {}),
  };
}

function invalidPeriod(lang: Lang, periodText: string): SendStatus {
  return {
    ...statusOf(null, remainingQuota()),
    state: 'error',
    message: t(lang, 'email.send.invalidPeriod', {periode: periodText}),
  };
}

/**
 * Starts sending the feedback of a period (and sends the first chunk). `resend` sends again to
 * employees already sent (HR asks explicitly; each resend writes a new log row). Starting again
 * while the same job is unfinished continues it instead of starting over. `changed`: only the
 * results changed since their email was sent, sent again.
 */
export function startSendFeedback(
  periodText: string,
  resend: boolean,
  deadline?: number,
  changed = false,
): SendStatus {
  const current = loadJob();
  const lang = interfaceLang();
  const period = normalizePeriod(periodText);
  if (!period) return invalidPeriod(lang, periodText);
  const scope: SendJob['scope'] = changed ? {kind: 'changed'} : undefined;
  return withLock(
    () => {
      const existing = loadJob();
      if (
        existing &&
        (isPending(existing) || existing.state === 'error') &&
        existing.periode === period &&
        existing.resend === (!!resend || changed) &&
        existing.scope?.kind === scope?.kind
      ) {
        return statusOf(runChunk(existing, deadline), remainingQuota());
      }
      const job = newJob(period, !!resend || changed, scope);
      saveJob(job);
      return statusOf(runChunk(job, deadline), remainingQuota());
    },
    () => busyStatus(current, lang),
  );
}

/**
 * Sends one employee's feedback again (HR asks for it), under the document lock like every
 * chunk, so it never overlaps a running send; a job that has not reached this person yet finds
 * the new row and does not send again. The current job (if any) stays as it is.
 */
export function resendOne(periodText: string, nip: string): SendStatus {
  const lang = interfaceLang();
  const period = normalizePeriod(periodText);
  if (!period) return invalidPeriod(lang, periodText);
  return withLock(
    () =>
      statusOf(
        runChunk(
          newJob(period, true, {kind: 'one', nip: String(nip)}),
          undefined,
          false,
        ),
        remainingQuota(),
      ),
    () => busyStatus(loadJob(), lang),
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
