// The send plan, resend to one, resend changed and skips logged once across clicks, through the
// built bundle. Worked numbers: the harness's 4 eligible employees, one invalid address (Salah
// Alamat), two incomplete appraisals (Belum Dinilai and the Kepala Bagian, whose own rows are empty).
import type {SendPlan} from '../../src/core/api';
import {
  PERIODE,
  type Harness,
  type Person,
  cloneWorkbook,
  fillWorkbook,
  newHarness,
  nipOf,
  sheetValues,
} from './harness';
import type {Workbook} from '../../src/local/emulator';

const INVALID = nipOf(900);

function statuses(h: Harness): [string, string][] {
  const [header, ...rows] = sheetValues(h.emulator, 'Log Email');
  const nip = (header as string[]).indexOf('NIP');
  const status = (header as string[]).indexOf('Status');
  return rows.map(r => [String(r[nip]), String(r[status])]);
}

let base: {workbook: Workbook; list: Person[]} | undefined;
function fresh(mailQuota = 100): {h: Harness; list: Person[]} {
  if (!base) {
    const h = newHarness();
    base = {workbook: h.emulator.workbook, list: fillWorkbook(h, {count: 4})};
  }
  return {
    h: newHarness({workbook: cloneWorkbook(base.workbook), mailQuota}),
    list: base.list,
  };
}

function sheet(h: Harness, name: string) {
  const app = h.emulator.globals
    .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return app.getActiveSpreadsheet().getSheetByName(name)!;
}

/** Renames an employee in Pegawai: the email's subject changes, the predikat does not. */
function rename(h: Harness, nip: string, nama: string): void {
  const pegawai = sheet(h, 'Pegawai');
  const values = pegawai.getDataRange().getValues();
  const row = values.findIndex(r => String(r[0]) === nip);
  const column = (values[0] as string[]).indexOf('Nama');
  pegawai.getRange(row + 1, column + 1).setValue(nama);
}

const reasons = (plan: SendPlan) =>
  plan.reasons.map(r => [r.reason, r.count, r.names]);

describe('send plan (apiSendPlan)', () => {
  it('counts what a send really sends and groups the rest by reason, before and after a send', () => {
    const {h} = fresh();
    const before = h.ctx.apiSendPlan(PERIODE);
    expect(before).toMatchObject({total: 7, send: 4, resendAll: 4, changed: 0});
    expect(reasons(before)).toEqual([
      ['incomplete', 2, ['Kepala Bagian', 'Belum Dinilai']],
      ['invalidEmail', 1, ['Salah Alamat']],
    ]);
    expect(before.message.split('\n')).toEqual([
      '4 email akan dikirim dari 7 pegawai periode 2026-TW1.',
      '• Penilaian belum lengkap: 2 (Kepala Bagian; Belum Dinilai)',
      '• Alamat email tidak valid: 1 (Salah Alamat)',
    ]);
    // The plan writes nothing.
    expect(sheetValues(h.emulator, 'Log Email').length).toBeLessThanOrEqual(1);

    expect(h.ctx.apiStartSend(PERIODE, false)).toMatchObject({sent: 4});
    const after: SendPlan = h.ctx.apiSendPlan(PERIODE);
    expect(after).toMatchObject({send: 0, resendAll: 4, changed: 0});
    expect(reasons(after)[0]).toEqual([
      'alreadySent',
      4,
      ['<script>alert(1)</script> Ani', 'Dedi Kurniawan', 'Pegawai 3'],
    ]);
    expect(after.reasons.map(r => r.count)).toEqual([4, 2, 1]);
  });

  it('says in English when the workbook is in English', () => {
    const {h} = fresh();
    const pengaturan = sheet(h, 'Pengaturan');
    const values = pengaturan.getDataRange().getValues();
    const row = values.findIndex(r => r[0] === 'Bahasa');
    pengaturan.getRange(row + 1, 2).setValue('en');
    const plan = h.ctx.apiSendPlan(PERIODE);
    expect(plan.message.split('\n')[0]).toBe(
      'Emails to send: 4 of 7 employees in period 2026-TW1.',
    );
    expect(plan.reasons[0].label).toBe('Appraisal incomplete');
  });

  it('refuses an unknown period without reading the workbook', () => {
    const {h} = fresh();
    expect(h.ctx.apiSendPlan('2026-XX')).toMatchObject({
      ok: false,
      send: 0,
      message: 'Periode "2026-XX" tidak dikenal.',
    });
  });
});

describe('skips are logged once per reason across clicks and chunks', () => {
  it('two clicks of Kirim semua write the skip rows once', () => {
    const {h} = fresh();
    h.ctx.apiStartSend(PERIODE, false);
    const first = statuses(h);
    expect(first.filter(([, s]) => s.startsWith('Dilewati'))).toHaveLength(3);
    for (let click = 0; click < 2; click++) {
      expect(h.ctx.apiStartSend(PERIODE, false)).toMatchObject({
        state: 'done',
        sent: 0,
        skipped: 7,
      });
    }
    // Resend to everyone: the 4 again, still no new skip rows.
    h.ctx.apiStartSend(PERIODE, true);
    const rows = statuses(h);
    expect(rows).toHaveLength(first.length + 4);
    expect(rows.filter(([, s]) => s.startsWith('Dilewati'))).toHaveLength(3);
  });

  it('a job run one person per chunk logs each skip once', () => {
    // A quota of one email a day (2 recipients: the employee and the supervisor in cc).
    const {h} = fresh(2);
    let status = h.ctx.apiStartSend(PERIODE, false);
    let days = 0;
    for (; days < 10 && status.state !== 'done'; days++) {
      expect(status.state).toBe('paused-quota');
      h.clock.now = new Date(h.clock.now.getTime() + 24 * 3600 * 1000);
      status = h.ctx.apiContinueSend();
    }
    expect(days).toBe(3);
    expect(status).toMatchObject({state: 'done', sent: 4, skipped: 3});
    const skips = statuses(h).filter(([, s]) => s.startsWith('Dilewati'));
    expect(skips).toHaveLength(3);
    expect(new Set(skips.map(([nip]) => nip)).size).toBe(3);
  });
});

describe('resend to one person (apiResendOne)', () => {
  it('sends that one email again, logged, and leaves the running job alone', () => {
    const {h, list} = fresh();
    h.ctx.apiStartSend(PERIODE, false);
    const dedi = list[1];
    const sentBefore = h.emulator.mail.sent.length;
    const status = h.ctx.apiResendOne(PERIODE, dedi.nip);
    expect(status).toMatchObject({state: 'done', total: 1, sent: 1});
    expect(h.emulator.mail.sent.slice(sentBefore).map(m => m.to)).toEqual([
      dedi.email,
    ]);
    const rows = statuses(h).filter(([nip]) => nip === dedi.nip);
    expect(rows.map(([, s]) => s)).toEqual(['Terkirim', 'Terkirim']);
    // The job property is still the full send's.
    expect(h.ctx.apiGetSendStatus()).toMatchObject({total: 7, sent: 4});
  });

  it('an unknown NIP sends nothing and says so', () => {
    const {h} = fresh();
    const status = h.ctx.apiResendOne(PERIODE, '199999999999999999');
    expect(status.state).toBe('error');
    expect(status.message).toContain('199999999999999999');
    expect(h.emulator.mail.sent).toHaveLength(0);
  });

  it('a person who cannot be sent is skipped with the reason', () => {
    const {h} = fresh();
    expect(h.ctx.apiResendOne(PERIODE, INVALID)).toMatchObject({
      sent: 0,
      skipped: 1,
    });
    expect(h.emulator.mail.sent).toHaveLength(0);
  });

  it('a send started after it does not send that person twice', () => {
    const {h, list} = fresh();
    h.ctx.apiResendOne(PERIODE, list[0].nip);
    h.ctx.apiStartSend(PERIODE, false);
    const to = h.emulator.mail.sent.map(m => m.to);
    expect(to.filter(t => t === list[0].email)).toHaveLength(1);
    expect(to).toHaveLength(4);
  });
});

describe('results changed since sent', () => {
  it('are flagged in the plan and resent alone (apiResendChanged)', () => {
    const {h, list} = fresh();
    h.ctx.apiStartSend(PERIODE, false);
    rename(h, list[2].nip, 'Pegawai Tiga');
    const plan = h.ctx.apiSendPlan(PERIODE);
    expect(plan).toMatchObject({
      send: 0,
      changed: 1,
      changedNips: [list[2].nip],
      changedNames: ['Pegawai Tiga'],
    });
    expect(plan.message).toContain(
      '1 hasil berubah sejak emailnya terkirim (Pegawai Tiga)',
    );
    const sentBefore = h.emulator.mail.sent.length;
    expect(h.ctx.apiResendChanged(PERIODE)).toMatchObject({
      state: 'done',
      total: 1,
      sent: 1,
    });
    const resent = h.emulator.mail.sent.slice(sentBefore);
    expect(resent.map(m => m.to)).toEqual([list[2].email]);
    expect(resent[0].subject).toContain('Pegawai Tiga');
    // Sent again: no longer changed; a second click sends nothing.
    expect(h.ctx.apiSendPlan(PERIODE).changed).toBe(0);
    expect(h.ctx.apiResendChanged(PERIODE)).toMatchObject({sent: 0, total: 0});
    expect(h.emulator.mail.sent.length).toBe(sentBefore + 1);
  });
});

describe('menu Kirim Umpan Balik', () => {
  it('asks with the plan first; No sends nothing, Yes sends the 4', () => {
    const {h} = fresh();
    h.emulator.ui.alertAnswers.push('NO');
    h.ctx.menuSendFeedback();
    const asked = h.emulator.ui.alerts[h.emulator.ui.alerts.length - 1];
    expect(asked.buttons).toBe('YES_NO');
    expect(asked.prompt).toBe(
      [
        '4 email akan dikirim dari 7 pegawai periode 2026-TW1.',
        '• Penilaian belum lengkap: 2 (Kepala Bagian; Belum Dinilai)',
        '• Alamat email tidak valid: 1 (Salah Alamat)',
        '',
        'Kirim 4 email sekarang?',
      ].join('\n'),
    );
    expect(h.emulator.mail.sent).toHaveLength(0);
    expect(statuses(h)).toHaveLength(0);

    h.emulator.ui.alertAnswers.push('YES');
    h.ctx.menuSendFeedback();
    expect(h.emulator.mail.sent).toHaveLength(4);
    // Nothing left to send: the plan is shown, and nothing is started.
    const alerts = h.emulator.ui.alerts.length;
    h.ctx.menuSendFeedback();
    expect(h.emulator.ui.alerts).toHaveLength(alerts + 1);
    expect(h.emulator.ui.alerts[alerts].prompt).toMatch(
      /^0 email akan dikirim[\s\S]*Tidak ada email yang akan dikirim\.$/,
    );
    expect(h.emulator.mail.sent).toHaveLength(4);
  });
});
