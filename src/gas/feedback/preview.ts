// Preview and test send of one employee's feedback email: what they would receive and why it
// would be skipped. Neither writes to the workbook.

import type {ActionResult, EmailPreview, EmployeePreview} from '../../core/api';
import {sanitizeSubject} from '../../core/email-text';
import {t} from '../../core/i18n';
import {normalizePeriod} from '../../core/period';
import {normalizeNip} from '../../core/nip';
import {type LogEntry, decide, entriesByNip} from '../../core/send-plan';
import type {Settings} from '../../core/types';
import {logLayout} from '../../sheets/log-email';
import {firstEmail, isEmail} from '../../sheets/values';
import {interfaceLang} from '../settings';
import {remainingQuota, sendBlocker, sendEmail} from './mail';
import {
  type Prepared,
  type Recipient,
  compose,
  findRecipient,
  prepareBase,
  recipientsOf,
} from './prepare';
import {errorText} from '../ui';
import {activeUserEmail} from '../identity';

/** A preview with the template problems found (unknown placeholders), in the interface language. */
export interface FeedbackPreview extends EmailPreview {
  warnings: string[];
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

/** The preview of one recipient, the period's Log Email entries grouped by NIP at hand. */
function previewOf(
  prepared: Prepared,
  recipient: Recipient,
  logByNip: Map<string, LogEntry[]>,
): FeedbackPreview {
  const lang = prepared.lang;
  const email = compose(prepared, recipient);
  let skipReason = recipient.skipReason;
  if (!skipReason) {
    const decision = decide(
      {resend: false, logRowsAtStart: Infinity},
      recipient,
      logByNip.get(recipient.nip) ?? [],
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

function logByNipOf(prepared: Prepared): Map<string, LogEntry[]> {
  return entriesByNip(logLayout(prepared.logValues).entries, prepared.period);
}

/**
 * The email one employee would receive, and why it would be skipped ('' if it would go out).
 * Reads the input tables, Hasil's columns and this person's tab rows; appraises only them.
 */
export function previewFeedback(
  periodText: string,
  nip: string,
): FeedbackPreview {
  const period = normalizePeriod(periodText);
  if (!period) {
    const lang = interfaceLang();
    return emptyPreview(
      t(lang, 'email.send.invalidPeriod', {periode: periodText}),
    );
  }
  const prepared = prepareBase(period);
  const recipient = findRecipient(prepared, nip);
  if (!recipient) {
    return emptyPreview(
      t(prepared.lang, 'email.skip.notFound', {nip, periode: period}),
    );
  }
  return previewOf(prepared, recipient, logByNipOf(prepared));
}

/**
 * Every active employee's email of a period in one execution (the CLI's preview), in name order
 * as the employee list shows them: one read of each sheet, each employee appraised once: O(N).
 * `nip` narrows it to one employee (an empty list when unknown). Null for an invalid period.
 * The previews carry the plain text and leave `html` blank.
 */
export function previewAllFeedback(
  periodText: string,
  nip = '',
): EmployeePreview[] | null {
  const period = normalizePeriod(periodText);
  if (!period) return null;
  const prepared = prepareBase(period);
  const wanted = nip ? normalizeNip(nip) : '';
  const nips = prepared.roster
    .filter(e => !wanted || e.nip === wanted)
    .sort((a, b) => a.nama.localeCompare(b.nama, 'id'))
    .map(e => e.nip);
  const logByNip = logByNipOf(prepared);
  return recipientsOf(prepared, nips).map(recipient => ({
    nip: recipient.nip,
    nama: recipient.result.nama,
    // The plain text only: the HTML of 10,000 emails would be some 100 MB to return.
    preview: {...previewOf(prepared, recipient, logByNip), html: ''},
  }));
}

/** The test goes to the person clicking (the sidebar's user), else to HR. */
function testRecipient(settings: Settings): string {
  const user = activeUserEmail();
  if (isEmail(user)) return user;
  return firstEmail(settings.emailHr);
}

/**
 * Sends one employee's email to HR only (never to the employee or supervisor), subject prefixed
 * [UJI]/[TEST]. Not written to Log Email: it does not count as sent.
 */
export function testSendFeedback(
  periodText: string,
  nip: string,
): ActionResult {
  const period = normalizePeriod(periodText);
  if (!period) {
    const lang = interfaceLang();
    return {
      ok: false,
      message: t(lang, 'email.send.invalidPeriod', {periode: periodText}),
    };
  }
  const prepared = prepareBase(period);
  const lang = prepared.lang;
  const recipient = findRecipient(prepared, nip);
  if (!recipient) {
    return {
      ok: false,
      message: t(lang, 'email.skip.notFound', {nip, periode: period}),
    };
  }
  const blocked = sendBlocker(prepared.pengaturan, prepared.input, lang);
  if (blocked) return {ok: false, message: blocked};
  const to = testRecipient(prepared.settings);
  if (!to) return {ok: false, message: t(lang, 'email.test.noRecipient')};
  if (remainingQuota() < 1)
    return {ok: false, message: t(lang, 'email.test.quota')};
  const email = compose(prepared, recipient);
  const subject = sanitizeSubject(t(lang, 'email.test.prefix') + email.subject);
  try {
    sendEmail(prepared.settings, to, '', email, subject);
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
