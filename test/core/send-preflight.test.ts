// The send plan and the reminder plan (pure), on worked cases.
import {planSend} from '../../src/core/send-preflight';
import {planReminders} from '../../src/core/reminders';
import type {LogEntry, LogState} from '../../src/core/send-plan';

const P = '2026-TW1';
let index = 0;
function row(
  nip: string,
  state: LogState,
  status: string,
  extra: Partial<LogEntry> = {},
): LogEntry {
  return {index: index++, periode: P, nip, state, status, ...extra};
}
const person = (
  nip: string,
  nama: string,
  skipCode = '' as never,
  print = 'now',
) => ({
  nip,
  nama,
  skipCode,
  fingerprint: () => print,
});

describe('planSend', () => {
  it('counts 3 to send of 9 and groups the other 6 by reason, at most 3 names each', () => {
    const people = [
      person('01', 'A'),
      person('02', 'B'),
      person('03', 'C'),
      person('04', 'D', 'incomplete' as never),
      person('05', 'E', 'incomplete' as never),
      person('06', 'F', 'incomplete' as never),
      person('07', 'G', 'incomplete' as never),
      person('08', 'H'),
      person('09', 'I'),
    ];
    const byNip = new Map([
      ['08', [row('08', 'sent', 'Terkirim', {sidik: 'now'})]],
      ['09', [row('09', 'sending', 'Mengirim')]],
      // An earlier skip or failure does not block: 01 is sent again.
      ['01', [row('01', 'failed', 'Gagal: x')]],
    ]);
    const plan = planSend(P, people, byNip, 'id', 100);
    expect(plan).toMatchObject({total: 9, send: 3, resendAll: 5, changed: 0});
    expect(plan.reasons.map(r => [r.reason, r.count, r.names])).toEqual([
      ['alreadySent', 1, ['H']],
      ['uncertain', 1, ['I']],
      ['incomplete', 4, ['D', 'E', 'F']],
    ]);
    expect(plan.message).toBe(
      [
        '3 email akan dikirim dari 9 pegawai periode 2026-TW1.',
        '• Sudah terkirim: 1 (H)',
        '• Status tidak pasti (Mengirim): 1 (I)',
        '• Penilaian belum lengkap: 4 (D; E; F; …)',
      ].join('\n'),
    );
  });

  it('flags a sent result whose email changed, only when it may be sent, and hashes only the sent', () => {
    let hashed = 0;
    const counted = (nip: string, print: string, skip = '') => ({
      ...person(nip, nip, skip as never),
      fingerprint: () => (hashed++, print),
    });
    const byNip = new Map([
      ['01', [row('01', 'sent', 'Terkirim', {sidik: 'old'})]],
      // Sent twice: the latest Terkirim counts.
      [
        '02',
        [
          row('02', 'sent', 'Terkirim', {sidik: 'old'}),
          row('02', 'sent', 'Terkirim', {sidik: 'new'}),
        ],
      ],
      ['03', [row('03', 'sent', 'Terkirim', {sidik: 'old'})]],
    ]);
    const plan = planSend(
      P,
      [
        counted('01', 'new'),
        counted('02', 'new'),
        counted('03', 'new', 'outdated'),
        counted('04', 'x'),
      ],
      byNip,
      'en',
      0,
    );
    expect(plan.changedNips).toEqual(['01']);
    expect(hashed).toBe(2);
    expect(plan.message).toContain(
      'Results changed since their email was sent: 1 (01)',
    );
    expect(plan.message.split('\n')[0]).toBe(
      'Emails to send: 1 of 4 employees in period 2026-TW1.',
    );
    expect(plan.message).toContain('Emails left in today’s quota: 0;');
  });
});

describe('planReminders', () => {
  const base = {
    period: P,
    intervalDays: 7,
    since: '2026-04-03 09:00:00',
    lang: 'id' as const,
    validEmail: (e: string) => e.includes('@'),
  };
  const src = (
    nip: string,
    atasan: string,
    empty: number,
    email = `${atasan}@x.id`,
  ) => ({
    nip,
    nama: `P${nip}`,
    empty,
    nipAtasan: atasan,
    namaAtasan: `Atasan ${atasan}`,
    emailAtasan: email,
  });

  it('one item per supervisor, held within the interval, without an address, or past the quota', () => {
    const plan = planReminders({
      ...base,
      sources: [
        src('1', 'A', 3),
        src('2', 'A', 2),
        src('3', 'B', 1),
        src('4', 'C', 4, ''),
        src('5', 'D', 1),
        src('6', 'E', 0),
      ],
      entries: [
        row('B', 'reminder', 'Pengingat: 1 pegawai', {
          waktu: '2026-04-05 10:00:00',
        }),
        // A failed reminder does not count; one before the interval neither.
        row('D', 'reminder', 'Pengingat gagal: x', {
          waktu: '2026-04-09 10:00:00',
        }),
        row('D', 'reminder', 'Pengingat: 1 pegawai', {
          waktu: '2026-04-01 10:00:00',
        }),
      ],
      quota: 1,
    });
    expect(
      plan.items.map(i => [i.nip, i.employees.map(e => e.empty), i.holdReason]),
    ).toEqual([
      ['A', [3, 2], ''],
      ['B', [1], 'Sudah diingatkan 2026-04-05 10:00:00 (jeda 7 hari)'],
      ['C', [4], 'Email atasan tidak valid ("-")'],
      ['D', [1], 'Kuota email hari ini habis'],
    ]);
    expect(plan.send).toBe(1);
    expect(plan.message).toBe(
      '1 pengingat akan dikirim, 3 ditunda (periode 2026-TW1, jeda 7 hari).',
    );
  });
});
