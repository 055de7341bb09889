import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {createEmulator, Workbook} from '../../src/local/emulator';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

/** A small RFC 5322 / MIME reader, independent of the writer, for checking .eml files. */
function parseEml(raw: string) {
  expect(raw).not.toMatch(/[^\r]\n/); // CRLF line endings only
  const [head, ...rest] = raw.split('\r\n\r\n');
  const unfolded = head.replace(/\r\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  const names: string[] = [];
  for (const line of unfolded.split('\r\n')) {
    const i = line.indexOf(':');
    const name = line.slice(0, i).toLowerCase();
    names.push(name);
    headers[name] = line.slice(i + 1).trim();
  }
  const decodeWords = (s: string) =>
    s.replace(/=\?UTF-8\?B\?([^?]*)\?=\s*/g, (_m, b64) =>
      Buffer.from(b64, 'base64').toString('utf8'),
    );
  const body = rest.join('\r\n\r\n');
  const boundary = /boundary="([^"]+)"/.exec(headers['content-type'])?.[1];
  const parts: Record<string, string> = {};
  if (boundary) {
    const chunks = body.split(`--${boundary}`);
    expect(chunks[chunks.length - 1].startsWith('--')).toBe(true); // closing delimiter
    for (const chunk of chunks.slice(1, -1)) {
      const [ph, pb] = chunk.replace(/^\r\n/, '').split('\r\n\r\n');
      const type = /Content-Type: ([^;\r]+)/.exec(ph)![1];
      expect(ph).toContain('charset=UTF-8');
      expect(ph).toContain('Content-Transfer-Encoding: base64');
      parts[type] = Buffer.from(pb.replace(/\s+/g, ''), 'base64').toString(
        'utf8',
      );
    }
  }
  return {headers, names, subject: decodeWords(headers.subject ?? ''), parts};
}

describe('MailApp', () => {
  let outbox: string;
  beforeEach(() => {
    outbox = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-outbox-'));
  });
  afterEach(() => fs.rmSync(outbox, {recursive: true, force: true}));

  test('writes one multipart/alternative .eml per message with encoded headers', () => {
    const emu = createEmulator({
      outboxDir: outbox,
      now: () => new Date('2026-04-01T03:00:00Z'),
    });
    const g = emu.globals as Any;
    g.MailApp.sendEmail({
      to: 'siti@example.go.id',
      cc: 'atasan@example.go.id',
      subject: 'Umpan balik kinerja — Triwulan I',
      body: 'Nilai Anda: Baik',
      htmlBody: '<p>Nilai Anda: <b>Baik</b> ✓</p>',
      name: 'Biro SDM',
      replyTo: 'sdm@example.go.id',
    });
    const files = fs.readdirSync(outbox);
    expect(files).toHaveLength(1);
    expect(emu.mail.sent[0].emlPath).toBe(path.join(outbox, files[0]));
    const eml = parseEml(fs.readFileSync(path.join(outbox, files[0]), 'utf8'));
    expect(eml.headers.from).toBe('"Biro SDM" <hr@example.go.id>');
    expect(eml.headers.to).toBe('siti@example.go.id');
    expect(eml.headers.cc).toBe('atasan@example.go.id');
    expect(eml.headers['reply-to']).toBe('sdm@example.go.id');
    expect(eml.headers['mime-version']).toBe('1.0');
    expect(eml.headers.date).toBe('Wed, 01 Apr 2026 03:00:00 +0000');
    expect(eml.headers['message-id']).toMatch(/^<[^>]+@kinerja-asn\.local>$/);
    expect(eml.headers.subject).toMatch(/^=\?UTF-8\?B\?/);
    expect(eml.subject).toBe('Umpan balik kinerja — Triwulan I');
    expect(eml.headers['content-type']).toMatch(
      /^multipart\/alternative; boundary="/,
    );
    expect(eml.parts).toEqual({
      'text/plain': 'Nilai Anda: Baik',
      'text/html': '<p>Nilai Anda: <b>Baik</b> ✓</p>',
    });
  });

  test('a CR/LF in the subject or name cannot create a header', () => {
    const emu = createEmulator({outboxDir: outbox});
    const g = emu.globals as Any;
    g.MailApp.sendEmail(
      'siti@example.go.id',
      'Halo\r\nBcc: attacker@evil.example\r\n\r\nbody',
      'teks',
      {
        name: 'SDM\nX-Injected: yes',
      },
    );
    const eml = parseEml(
      fs.readFileSync(path.join(outbox, fs.readdirSync(outbox)[0]), 'utf8'),
    );
    expect(eml.names).not.toContain('bcc');
    expect(eml.names).not.toContain('x-injected');
    expect(eml.subject).toBe('Halo Bcc: attacker@evil.example body');
  });

  test('quota is counted per recipient (to + cc + bcc) and persists in the workbook for the day', () => {
    let now = new Date('2026-04-01T01:00:00Z');
    const wb = new Workbook();
    const emu = createEmulator({workbook: wb, mailQuota: 5, now: () => now});
    const g = emu.globals as Any;
    expect(g.MailApp.getRemainingDailyQuota()).toBe(5);
    g.MailApp.sendEmail({
      to: 'a@example.go.id, b@example.go.id',
      cc: 'c@example.go.id',
      bcc: 'd@example.go.id',
      subject: 's',
      body: 'b',
    });
    expect(g.MailApp.getRemainingDailyQuota()).toBe(1);
    // A later run on the same workbook and day continues the count.
    const later = createEmulator({workbook: wb, mailQuota: 5, now: () => now})
      .globals as Any;
    expect(later.MailApp.getRemainingDailyQuota()).toBe(1);
    expect(() =>
      later.MailApp.sendEmail('a@example.go.id, b@example.go.id', 's', 'b'),
    ).toThrow('Service invoked too many times for one day: email.');
    later.MailApp.sendEmail('a@example.go.id', 's', 'b');
    expect(later.MailApp.getRemainingDailyQuota()).toBe(0);
    now = new Date('2026-04-02T01:00:00Z'); // next day in Asia/Jakarta
    expect(later.MailApp.getRemainingDailyQuota()).toBe(5);
  });

  test.each([
    ['not-an-address', 'Invalid email: not-an-address'],
    [
      'a@example.go.id\r\nBcc: x@evil.example',
      'Invalid email: a@example.go.id\r\nBcc: x@evil.example',
    ],
    [
      Array.from({length: 51}, (_, i) => `p${i}@example.go.id`).join(','),
      'Limit Exceeded: Email Recipients Per Message.',
    ],
  ])('rejects %j', (to, message) => {
    const emu = createEmulator({mailQuota: 1500});
    expect(() => (emu.globals as Any).MailApp.sendEmail(to, 's', 'b')).toThrow(
      message,
    );
    expect(emu.mail.sent).toHaveLength(0);
    expect((emu.globals as Any).MailApp.getRemainingDailyQuota()).toBe(1500);
  });

  test('noReply sends from noreply@ the domain; sent mail is captured without an outbox', () => {
    const emu = createEmulator();
    (emu.globals as Any).MailApp.sendEmail('siti@example.go.id', 's', 'b', {
      noReply: true,
      bcc: 'arsip@example.go.id',
    });
    expect(emu.mail.sent[0]).toMatchObject({
      from: 'noreply@example.go.id',
      bcc: 'arsip@example.go.id',
      to: 'siti@example.go.id',
    });
    expect(emu.mail.sent[0].emlPath).toBeUndefined();
  });
});
