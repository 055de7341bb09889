// MailApp: recipient checks, the daily recipient quota (kept in the workbook per user per day) and
// one RFC 5322 .eml file per message in the outbox.
// https://developers.google.com/apps-script/reference/mail/mail-app
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {countMethods} from './calls';
import {SentMail} from './env';
import {formatJavaDate} from './java-date-format';
import {Service} from './service';
import {Blob} from './utilities';

export const QUOTA_MESSAGE =
  'Service invoked too many times for one day: email.';
/** Quotas page: "Email recipients per message: 50". */
export const MAX_RECIPIENTS_PER_MESSAGE = 50;
export const TOO_MANY_RECIPIENTS_MESSAGE =
  'Limit Exceeded: Email Recipients Per Message.';
/**
 * Quotas page, "Current limitations": 250 attachments and 25 MB of attachments per message
 * (https://developers.google.com/apps-script/guides/services/quotas; docs/PLATFORM-LIMITS.md). The
 * first text is the page's own example; the size text follows the same pattern (not seen verbatim).
 */
export const MAX_ATTACHMENTS_PER_MESSAGE = 250;
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
export const TOO_MANY_ATTACHMENTS_MESSAGE =
  'Limit exceeded: Email Attachments Per Message.';
export const ATTACHMENTS_TOO_LARGE_MESSAGE =
  'Limit Exceeded: Email Total Attachments Size.';

const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

interface MailOptions {
  to?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  cc?: string;
  bcc?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  attachments?: unknown[];
}

export class MailApp extends Service {
  _today(): string {
    return formatJavaDate(
      this._env.now(),
      this._env.workbook.timeZone,
      'yyyy-MM-dd',
    );
  }
  _used(): number {
    const usage = this._env.workbook.mailUsage[this._sender()];
    return usage && usage.day === this._today() ? usage.used : 0;
  }
  _sender(): string {
    return this._env.effectiveUser ?? this._env.user;
  }
  _addresses(list: string | undefined): string[] {
    if (list === undefined || list === null || String(list).trim() === '')
      return [];
    return String(list)
      .split(',')
      .map(s => s.trim())
      .filter(s => s !== '')
      .map(s => {
        const bare = /<([^>]*)>\s*$/.exec(s)?.[1] ?? s;
        // A CR or LF can never be part of an address: refusing it keeps headers single-line.
        if (!EMAIL.test(bare)) throw this._env.error(`Invalid email: ${s}`);
        return bare;
      });
  }

  _remaining(): number {
    return Math.max(0, this._env.shared.options.mailQuota - this._used());
  }
  getRemainingDailyQuota(): number {
    return this._remaining();
  }

  /**
   * sendEmail(message) | sendEmail(recipient, subject, body) |
   * sendEmail(recipient, subject, body, options) | sendEmail(recipient, replyTo, subject, body)
   */
  sendEmail(
    a: string | MailOptions,
    b?: string,
    c?: string,
    d?: string | MailOptions,
  ): void {
    let m: MailOptions;
    if (typeof a === 'object' && a !== null) m = {...a};
    else if (typeof d === 'string')
      m = {to: a, replyTo: b, subject: c, body: d};
    else m = {...(d ?? {}), to: a, subject: b, body: c};
    const to = this._addresses(m.to);
    const cc = this._addresses(m.cc);
    const bcc = this._addresses(m.bcc);
    if (m.replyTo) this._addresses(m.replyTo);
    const count = to.length + cc.length + bcc.length;
    if (count === 0)
      throw this._env.error('Failed to send email: no recipient');
    if (count > MAX_RECIPIENTS_PER_MESSAGE)
      throw this._env.error(TOO_MANY_RECIPIENTS_MESSAGE);
    const attachments = this._attachments(m.attachments);
    if (count > this._remaining()) throw this._env.error(QUOTA_MESSAGE);
    const durability = this._env.shared.durability;
    durability?.beforeSend();
    this._env.workbook.mailUsage[this._sender()] = {
      day: this._today(),
      used: this._used() + count,
    };
    const sender = this._sender();
    const from = m.noReply ? `noreply@${sender.split('@')[1]}` : sender;
    const mail: SentMail = {
      to: to.join(', '),
      cc: cc.join(', '),
      bcc: bcc.join(', '),
      replyTo: m.replyTo ?? '',
      name: m.name ?? '',
      from,
      subject: m.subject === undefined ? '' : String(m.subject),
      body: m.body === undefined ? '' : String(m.body),
      htmlBody: m.htmlBody === undefined ? '' : String(m.htmlBody),
      ...(attachments.length ? {attachments} : {}),
    };
    const dir = this._env.shared.options.outboxDir;
    if (dir)
      mail.emlPath = writeEml(
        dir,
        mail,
        this._env.now(),
        this._env.shared.mail.sent.length,
      );
    this._env.shared.mail.sent.push(mail);
    durability?.afterSend(mail.emlPath);
  }
  /** Blobs to attach, checked against the per-message limits. */
  _attachments(list: unknown[] | undefined) {
    const out = (list ?? []).map((b, i) => {
      if (!(b instanceof Blob))
        throw this._env.error(`Invalid argument: attachments[${i}]`);
      return {
        name: b.getName() ?? 'attachment',
        contentType: b.getContentType() ?? 'application/octet-stream',
        bytes: Buffer.from(b._bytes),
      };
    });
    if (out.length > MAX_ATTACHMENTS_PER_MESSAGE)
      throw this._env.error(TOO_MANY_ATTACHMENTS_MESSAGE);
    if (out.reduce((n, a) => n + a.bytes.length, 0) > MAX_ATTACHMENT_BYTES)
      throw this._env.error(ATTACHMENTS_TOO_LARGE_MESSAGE);
    return out;
  }
  toString(): string {
    return 'MailApp';
  }
}
countMethods(MailApp, 'MailApp');

// ---------------------------------------------------------------------------------------------
// RFC 5322 / MIME writer

/** Header text on one line: CR/LF (and other controls) become spaces, so no header can be injected. */
export function headerSafe(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\r\n\u0000-\u001f\u007f]+/g, ' ').trim();
}

/** RFC 2047 encoded-words (UTF-8, base64) when the text is not plain ASCII; each word <= 75 chars. */
export function encodeWord(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  const words: string[] = [];
  let chunk = '';
  for (const ch of text) {
    // 45 bytes of UTF-8 -> 60 base64 chars + 12 of framing = 72
    if (Buffer.byteLength(chunk + ch, 'utf8') > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words
    .map(w => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`)
    .join('\r\n ');
}

function mailbox(name: string, address: string): string {
  if (!name) return address;
  const safe = headerSafe(name);

  const display = /^[\x20-\x7e]*$/.test(safe)
    ? `"${safe.replace(/["\\]/g, '\\$&')}"`
    : encodeWord(safe);
  return `${display} <${address}>`;
}

function base64Lines(text: string): string {
  return (
    Buffer.from(text, 'utf8')
      .toString('base64')
      .match(/.{1,76}/g)
      ?.join('\r\n') ?? ''
  );
}

export function buildEml(
  mail: SentMail,
  date: Date,
  messageId: string,
): string {
  const boundary = '=_kinerja_' + crypto.randomBytes(12).toString('hex');
  const headers = [
    `From: ${mailbox(mail.name, mail.from)}`,
    `To: ${mail.to}`,
    mail.cc ? `Cc: ${mail.cc}` : '',
    // The outbox holds the sender's copy, which (like Gmail's Sent folder) shows Bcc.
    mail.bcc ? `Bcc: ${mail.bcc}` : '',
    mail.replyTo ? `Reply-To: ${headerSafe(mail.replyTo)}` : '',
    `Subject: ${encodeWord(headerSafe(mail.subject))}`,
    `Date: ${formatJavaDate(date, 'UTC', 'EEE, dd MMM yyyy HH:mm:ss')} +0000`,
    `Message-ID: <${messageId}>`,
    'MIME-Version: 1.0',
  ].filter(Boolean);
  const files = mail.attachments ?? [];
  if (files.length) {
    // multipart/mixed: the message as it would be without files, then one base64 part per file.
    const mixed = '=_kinerja_mixed_' + crypto.randomBytes(12).toString('hex');
    const inner = buildEml({...mail, attachments: []}, date, messageId);
    const cut = inner.indexOf('Content-Type:', inner.indexOf('MIME-Version'));
    const parts = files.map(f =>
      [
        `--${mixed}`,
        `Content-Type: ${headerSafe(f.contentType)}; name="${encodeWord(headerSafe(f.name))}"`,
        `Content-Disposition: attachment; filename="${encodeWord(headerSafe(f.name))}"`,
        'Content-Transfer-Encoding: base64',
        '',
        f.bytes
          .toString('base64')
          .match(/.{1,76}/g)
          ?.join('\r\n') ?? '',
      ].join('\r\n'),
    );
    return [
      ...headers,
      `Content-Type: multipart/mixed; boundary="${mixed}"`,
      '',
      `--${mixed}`,
      inner.slice(cut).trimEnd(),
      ...parts,
      `--${mixed}--`,
      '',
    ].join('\r\n');
  }
  const text = mail.body;
  if (!mail.htmlBody) {
    return [
      ...headers,
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(text),
      '',
    ].join('\r\n');
  }
  return [
    ...headers,
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(text),
    `--${boundary}`,
    'Content-Type: text/html; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(mail.htmlBody),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

function writeEml(dir: string, mail: SentMail, now: Date, seq: number): string {
  fs.mkdirSync(dir, {recursive: true});
  const stamp = formatJavaDate(now, 'UTC', "yyyyMMdd'T'HHmmss");
  const who = mail.to
    .split(',')[0]
    .replace(/[^A-Za-z0-9@._-]/g, '_')
    .slice(0, 60);
  const messageId = `${crypto.randomUUID()}@kinerja-asn.local`;
  const data = buildEml(mail, now, messageId);
  for (let n = seq + 1; ; n++) {
    const file = path.join(
      dir,
      `${stamp}-${String(n).padStart(4, '0')}-${who}.eml`,
    );
    // Whole or not at all: written aside, then linked in under its name (link fails on a name
    // already taken, as 'wx' does). A process killed mid-write leaves only a .part file, which
    // no reader of the outbox takes for an email.
    const part = `${file}.part-${process.pid}`;
    fs.writeFileSync(part, data);
    try {
      fs.linkSync(part, file);
      return file;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    } finally {
      fs.rmSync(part, {force: true});
    }
  }
}
