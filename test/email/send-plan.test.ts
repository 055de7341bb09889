import {
  type LogEntry,
  countDecisions,
  decide,
  settledThroughOf,
  isQuotaError,
  logStatusText,
  parseJob,
  parseLogStatus,
} from '../../src/core/send-plan';
import {bytesToHex} from '../../src/core/email-text';

const entry = (
  index: number,
  state: LogEntry['state'],
  status = '',
): LogEntry => ({
  index,
  periode: '2026-TW1',
  nip: '1',
  state,
  status,
});

describe('Log Email status', () => {
  it.each([
    ['Terkirim', 'sent'],
    [' terkirim ', 'sent'],
    ['Mengirim', 'sending'],
    ['Gagal: Invalid email: x', 'failed'],
    ['Dilewati: Alamat email tidak valid', 'skipped'],
    ['Failed', 'failed'],
    ['sudah dicek', 'unknown'],
    ['', null],
  ])('%p -> %p', (text, state) => {
    expect(parseLogStatus(text)).toBe(state);
  });
  it('writes one-line statuses with their reason', () => {
    expect(logStatusText('skipped', 'Email\ntidak valid')).toBe(
      'Dilewati: Email tidak valid',
    );
    expect(logStatusText('sent')).toBe('Terkirim');
  });
});

describe('decide', () => {
  const normal = {resend: false, logRowsAtStart: 5};
  const resend = {resend: true, logRowsAtStart: 5};
  const ok = {nip: '1', skipReason: ''};
  const bad = {nip: '1', skipReason: 'Email tidak valid'};
  it.each<[string, typeof normal, typeof ok, LogEntry[], string]>([
    ['new employee', normal, ok, [], 'send'],
    ['ineligible', normal, bad, [], 'skip'],
    ['sent before', normal, ok, [entry(0, 'sent')], 'alreadySent'],
    [
      'sent before, later failed resend',
      normal,
      ok,
      [entry(0, 'sent'), entry(1, 'failed')],
      'alreadySent',
    ],
    ['failed before: tried again', normal, ok, [entry(0, 'failed')], 'send'],
    ['skipped before: tried again', normal, ok, [entry(0, 'skipped')], 'send'],
    ['uncertain before', normal, ok, [entry(2, 'sending')], 'uncertain'],
    ['unknown status before', normal, ok, [entry(2, 'unknown')], 'uncertain'],
    [
      'marked by this job, never confirmed',
      normal,
      ok,
      [entry(7, 'sending')],
      'uncertain',
    ],
    ['sent by this job', normal, ok, [entry(7, 'sent')], 'done'],
    [
      'failed in this job: not retried in it',
      normal,
      ok,
      [entry(0, 'failed'), entry(6, 'failed')],
      'done',
    ],
    [
      'resend ignores earlier rows',
      resend,
      ok,
      [entry(0, 'sent'), entry(1, 'sending')],
      'send',
    ],
    [
      'resend sends once per job',
      resend,
      ok,
      [entry(0, 'sent'), entry(5, 'sent')],
      'done',
    ],
    [
      'resend crash stays uncertain',
      resend,
      ok,
      [entry(5, 'sending')],
      'uncertain',
    ],
    ['resend still skips ineligible', resend, bad, [entry(0, 'sent')], 'skip'],
  ])('%s', (_name, job, candidate, entries, kind) => {
    expect(decide(job, candidate, entries).kind).toBe(kind);
  });

  describe('a skip is logged once per reason', () => {
    const skipped = (index: number, reason: string) =>
      entry(index, 'skipped', logStatusText('skipped', reason));
    it('the same reason as the latest row: settled without a new row', () => {
      expect(decide(normal, bad, [skipped(0, bad.skipReason)])).toEqual({
        kind: 'done',
        outcome: 'skipped',
      });
      // Even with whitespace differences (the log keeps reasons on one line).
      const spaced = {...bad, skipReason: 'Email  tidak\nvalid'};
      expect(decide(normal, spaced, [skipped(0, bad.skipReason)]).kind).toBe(
        'done',
      );
    });
    it('a new reason is logged', () => {
      expect(decide(normal, bad, [skipped(0, 'Belum lengkap')]).kind).toBe(
        'skip',
      );
    });
    it('a row of anything else after the skip: logged again', () => {
      const entries = [skipped(0, bad.skipReason), entry(1, 'failed')];
      expect(decide(normal, bad, entries).kind).toBe('skip');
      expect(
        decide(resend, bad, [skipped(0, bad.skipReason), entry(1, 'sent')])
          .kind,
      ).toBe('skip');
    });
    it('an employee at or before settledThrough is done without a row', () => {
      const job = {...normal, settledThrough: '2'};
      expect(decide(job, {nip: '2', skipReason: ''}, [])).toEqual({
        kind: 'done',
        outcome: 'skipped',
      });
      expect(decide(job, {nip: '3', skipReason: ''}, []).kind).toBe('send');
      // The log still wins: a sent row stays already sent.
      expect(decide(job, ok, [entry(0, 'sent')]).kind).toBe('alreadySent');
    });
    it('settledThrough is the end of the leading settled run', () => {
      const order = [{nip: '1'}, {nip: '2'}, {nip: '3'}, {nip: '4'}];
      const done = {kind: 'done', outcome: 'sent'} as const;
      const todo = {kind: 'send'} as const;
      expect(settledThroughOf(order, [done, done, todo, done])).toBe('2');
      expect(settledThroughOf(order, [todo, done, done, done])).toBe('');
      expect(settledThroughOf(order, [todo, done, done, done], '1')).toBe('1');
    });
  });

  it('counts a job from its decisions', () => {
    const c = countDecisions([
      {kind: 'send'},
      {kind: 'skip', reason: 'x'},
      {kind: 'done', outcome: 'sent'},
      {kind: 'done', outcome: 'sent'},
      {kind: 'done', outcome: 'failed'},
      {kind: 'done', outcome: 'skipped'},
      {kind: 'alreadySent'},
      {kind: 'uncertain'},
    ]);
    expect(c).toEqual({
      sent: 2,
      skipped: 2,
      failed: 1,
      uncertain: 1,
      remaining: 2,
      handled: 6,
    });
  });
});

describe('helpers', () => {
  it('recognises the quota error of MailApp', () => {
    expect(
      isQuotaError('Service invoked too many times for one day: email.'),
    ).toBe(true);
    expect(isQuotaError('Invalid email: x')).toBe(false);
    expect(isQuotaError('Limit Exceeded: Email Recipients Per Message.')).toBe(
      false,
    );
  });
  it('hex-encodes signed digest bytes', () => {
    expect(bytesToHex([0, 15, -1, -128, 127])).toBe('000fff807f');
  });
  it('reads a job property and ignores a broken one', () => {
    expect(parseJob('{nope')).toBeNull();
    expect(parseJob(null)).toBeNull();
    const job = parseJob(
      '{"id":"a","periode":"2026-TW1","counters":{"sent":2}}',
    );
    expect(job?.counters).toEqual({
      sent: 2,
      skipped: 0,
      failed: 0,
      uncertain: 0,
    });
  });
});
