// A sending job's counters and message, from its decisions (pure).

import {t} from './i18n';
import {type Decision, type SendJob, countDecisions} from './send-plan';
import type {Lang} from './types';

/** How many uncertain NIPs a message names before "…". */
const UNCERTAIN_NIPS_SHOWN = 10;

/** NIPs of the employees whose email may or may not have left. */
function uncertainNipsOf(
  recipients: readonly {nip: string}[],
  decisions: readonly Decision[],
): string[] {
  return recipients
    .filter((_, i) => decisions[i].kind === 'uncertain')
    .map(r => r.nip);
}

export function updateCounters(
  job: SendJob,
  recipients: readonly {nip: string}[],
  decisions: readonly Decision[],
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
export function jobMessage(
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

export function alreadySentOf(decisions: readonly Decision[]): number {
  return decisions.filter(d => d.kind === 'alreadySent').length;
}
