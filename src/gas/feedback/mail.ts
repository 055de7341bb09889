// MailApp and Utilities for feedback: sending one email, the quota left, the sent text's digest.

import {type ComposedEmail} from '../../core/feedback';
import {
  bytesToHex,
  fingerprintSource,
  sanitizeSubject,
} from '../../core/email-text';
import {cellText} from '../../core/cell-text';
import {t} from '../../core/i18n';
import type {Lang, Settings} from '../../core/types';
import {
  type PlacedTemplate,
  unknownPlaceholders,
} from '../../core/validate/template';
import {readSettings} from '../../sheets/pengaturan';
import type {WorkbookInput} from '../../sheets/read';
import {SHEET, a1, normalizeHeader} from '../../sheets/schema';
import {cellOf, headerColumns} from '../../sheets/table';
import {firstEmail, isEmailList} from '../../sheets/values';

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

/** An address for a header: refused (thrown) when it holds a line break, which would add a header. */
function address(text: string): string {
  if (/[\r\n]/.test(text))
    throw new Error(`Invalid email: ${headerText(text)}`);
  return text.trim();
}

/** Header text on one line: CR, LF and other control characters become one space. */
export function headerText(text: string): string {
  return sanitizeSubject(text);
}

/** Thrown when sendBlocker finds a reason: nothing is marked nor sent. */
export class SendBlocked extends Error {}

/**
 * Why sending must not start, in the interface language ('' when it may): `Email HR` typed but not
 * an address (replies would go nowhere, and a line break in it would add a header), or a template
 * placeholder the email does not fill (it would reach everyone as typed). Each names its cell.
 */
export function sendBlocker(
  pengaturan: unknown[][] | undefined,
  input: WorkbookInput,
  lang: Lang,
): string {
  const {rows} = readSettings(pengaturan);
  const row = rows['Email HR'];
  const nilai = headerColumns(pengaturan?.[0])[normalizeHeader('Nilai')];
  if (row && nilai) {
    const value = cellText(pengaturan?.[row - 1]?.[nilai - 1]);
    if (value !== '' && !isEmailList(value)) {
      return t(lang, 'email.send.hrInvalid', {
        cell: `${SHEET.pengaturan}!${a1(row, nilai)}`,
        value: headerText(value),
      });
    }
  }
  const template = input.template as PlacedTemplate;
  for (const key of ['subjek', 'isi'] as const) {
    const names = unknownPlaceholders(template[key]);
    if (!names.length) continue;
    const src = template.src?.[key];
    const cell = src ? cellOf(input.columns, src, 'Nilai') : '';
    return t(lang, 'email.send.templateInvalid', {
      cell: `${SHEET.templateEmail}${cell ? '!' + cell : ''}`,
      names: names.join(', '),
    });
  }
  return '';
}

/** Sends one email (HTML and plain text), replies going to `Email HR` when it is valid. */
export function sendEmail(
  settings: Settings,
  to: string,
  cc: string,
  email: ComposedEmail,
  subject = email.subject,
  attachments: GoogleAppsScript.Base.BlobSource[] = [],
): void {
  // Every header value on one line (issue 11): addresses with a line break are refused, texts
  // flattened, so no value can add a header (Bcc:) to the message.
  const options: GoogleAppsScript.Mail.MailAdvancedParameters = {
    to: address(to),
    subject: headerText(subject),
    body: email.text,
    htmlBody: email.html,
    name: senderName(settings),
  };
  if (cc) options.cc = address(cc);
  // Attachments count against MailApp's per-message limits (250 files, 25 MB: docs/PLATFORM-LIMITS.md).
  if (attachments.length) options.attachments = attachments;
  const replyTo = firstEmail(settings.emailHr);
  if (replyTo) options.replyTo = address(replyTo);
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
