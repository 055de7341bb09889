// MailApp and Utilities for feedback: sending one email, the quota left, the sent text's digest.

import {type ComposedEmail} from '../../core/feedback';
import {
  bytesToHex,
  fingerprintSource,
  sanitizeSubject,
} from '../../core/email-text';
import type {Settings} from '../../core/types';
import {isEmail} from '../../sheets/values';

/** SHA-256 (hex) of periode + NIP + subject + text: what exactly was sent, for audits. */
export function fingerprint(
  period: string,
  nip: string,
  email: ComposedEmail,
): string {
  const digest = Utilities.computeDigest(
    Utilities.DigestAlgorithm.SHA_256,
    fingerprintSource(period, nip, email),
    Utilities.Charset.UTF_8,
  );
  return bytesToHex(digest);
}

function senderName(settings: Settings): string {
  return sanitizeSubject(settings.namaInstansi).slice(0, 100) || 'Kinerja ASN';
}

/** Sends one email (HTML and plain text), replies going to `Email HR` when it is valid. */
export function sendEmail(
  settings: Settings,
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
    name: senderName(settings),
  };
  if (cc) options.cc = cc;
  if (isEmail(settings.emailHr)) options.replyTo = settings.emailHr;
  MailApp.sendEmail(options);
}

/** The daily recipients left; 0 when the quota cannot be read (nothing is sent then). */
export function remainingQuota(): number {
  try {
    return MailApp.getRemainingDailyQuota();
  } catch {
    return 0;
  }
}
