// Preview and test send of one employee's feedback email: what they would receive and why it
// would be skipped. Neither writes to the workbook.

import type {ActionResult, EmailPreview} from '../../core/api';
import {sanitizeSubject} from '../../core/email-text';
import {t} from '../../core/i18n';
import {normalizePeriod} from '../../core/period';
import {decide, entriesByNip} from '../../core/send-plan';
import type {Settings} from '../../core/types';
import {logLayout} from '../../sheets/log-email';
import {isEmail} from '../../sheets/values';
import {interfaceLang} from '../settings';
import {remainingQuota, sendEmail} from './mail';
import {compose, findRecipient, prepare} from './prepare';
import {errorText} from '../ui';

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

/** The email one employee would receive, and why it would be skipped ('' if it would go out). */
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
  const prepared = prepare(period);
  const lang = prepared.lang;
  const recipient = findRecipient(prepared, nip);
  if (!recipient) {
    return emptyPreview(t(lang, 'email.skip.notFound', {nip, periode: period}));
  }
  const email = compose(prepared, recipient);
  let skipReason = recipient.skipReason;
  if (!skipReason) {
    const entries =
      entriesByNip(logLayout(prepared.logValues).entries, period).get(
        recipient.nip,
      ) ?? [];
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
  const prepared = prepare(period);
  const lang = prepared.lang;
  const recipient = findRecipient(prepared, nip);
  if (!recipient) {
    return {
      ok: false,
      message: t(lang, 'email.skip.notFound', {nip, periode: period}),
    };
  }
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
