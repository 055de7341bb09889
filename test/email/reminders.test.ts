// Reminders to supervisors through the built bundle: one email each listing what is missing, at
// most once per Jeda Pengingat (hari), within the quota, logged in Log Email. The harness's
// Kepala Bagian supervises everyone; Belum Dinilai has 9 empty inputs (2 realisasi, 7 ratings).
import type {ReminderPlan} from '../../src/core/api';
import type {Workbook} from '../../src/local/emulator';
import {
  KEPALA,
  PERIODE,
  type Harness,
  cloneWorkbook,
  fillWorkbook,
  newHarness,
  nipOf,
  sheetValues,
} from './harness';

const DAY = 24 * 3600 * 1000;
let base: Workbook | undefined;
function fresh(mailQuota = 100): Harness {
  if (!base) {
    const h = newHarness();
    fillWorkbook(h, {count: 4});
    base = h.emulator.workbook;
  }
  return newHarness({workbook: cloneWorkbook(base), mailQuota});
}

function setSetting(h: Harness, key: string, value: unknown): void {
  const app = h.emulator.globals
    .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const sheet = app.getActiveSpreadsheet().getSheetByName('Pengaturan')!;
  const values = sheet.getDataRange().getValues();
  const row = values.findIndex(r => r[0] === key);
  if (row >= 0) sheet.getRange(row + 1, 2).setValue(value);
  else sheet.appendRow([key, value]);
}

function logRows(h: Harness): string[][] {
  return sheetValues(h.emulator, 'Log Email')
    .slice(1)
    .map(r => r.map(String));
}

describe('reminders to supervisors', () => {
  it('plans and sends one email per supervisor listing the employees and their empty inputs', () => {
    const h = fresh();
    const plan: ReminderPlan = h.ctx.apiReminderPlan(PERIODE);
    expect(plan).toMatchObject({ok: true, intervalDays: 7, send: 1});
    expect(plan.items).toEqual([
      {
        nip: KEPALA.nip,
        nama: 'Kepala Bagian',
        email: KEPALA.email,
        employees: [{nip: nipOf(901), nama: 'Belum Dinilai', empty: 9}],
        holdReason: '',
      },
    ]);
    expect(h.ctx.apiSendReminders(PERIODE)).toEqual({
      ok: true,
      message: 'Pengingat: 1 terkirim, 0 gagal, 0 ditunda.',
      sent: 1,
      failed: 0,
      held: 0,
    });
    const [mail] = h.emulator.mail.sent;
    expect(mail.to).toBe(KEPALA.email);
    expect(mail.subject).toBe(
      'Pengingat penilaian kinerja 2026-TW1: 1 pegawai belum lengkap',
    );
    expect(mail.body).toContain(
      '- Belum Dinilai (NIP 199001012015011901): 9 isian kosong',
    );
    expect(logRows(h)).toEqual([
      [
        PERIODE,
        KEPALA.nip,
        KEPALA.email,
        'Pengingat: 1 pegawai, 9 isian kosong',
        expect.stringMatching(/^2026-04-10 09:00/),
        '',
      ],
    ]);
  });

  it('sends at most one reminder per Jeda Pengingat (hari)', () => {
    const h = fresh();
    setSetting(h, 'Jeda Pengingat (hari)', 3);
    expect(h.ctx.apiSendReminders(PERIODE)).toMatchObject({sent: 1});
    // Again at once and two days later: held, nothing sent.
    for (const days of [0, 2]) {
      h.clock.now = new Date(Date.parse('2026-04-10T02:00:00Z') + days * DAY);
      const plan: ReminderPlan = h.ctx.apiReminderPlan(PERIODE);
      expect(plan.send).toBe(0);
      expect(plan.items[0].holdReason).toMatch(
        /^Sudah diingatkan 2026-04-10 09:00:\d\d \(jeda 3 hari\)$/,
      );
      expect(h.ctx.apiSendReminders(PERIODE)).toMatchObject({sent: 0, held: 1});
    }
    expect(h.emulator.mail.sent).toHaveLength(1);
    // Three days later: due again.
    h.clock.now = new Date(Date.parse('2026-04-13T02:01:00Z'));
    expect(h.ctx.apiSendReminders(PERIODE)).toMatchObject({sent: 1});
    expect(h.emulator.mail.sent).toHaveLength(2);
    expect(logRows(h)).toHaveLength(2);
  });

  it('respects the mail quota: none left, none sent, and none logged', () => {
    const h = fresh(0);
    const plan: ReminderPlan = h.ctx.apiReminderPlan(PERIODE);
    expect(plan.items[0].holdReason).toBe('Kuota email hari ini habis');
    expect(h.ctx.apiSendReminders(PERIODE)).toMatchObject({sent: 0, held: 1});
    expect(h.emulator.mail.sent).toHaveLength(0);
    expect(logRows(h)).toHaveLength(0);
  });

  it('a reminder row does not touch the supervisor own feedback', () => {
    const h = fresh();
    h.ctx.apiSendReminders(PERIODE);
    // Kepala Bagian is still skipped for being incomplete, not "uncertain".
    expect(h.ctx.apiStartSend(PERIODE, false)).toMatchObject({
      sent: 4,
      skipped: 3,
      uncertain: 0,
    });
    const kepala = h.ctx
      .apiListEmployees(PERIODE)
      .find((e: {nip: string}) => e.nip === KEPALA.nip);
    expect(kepala.emailStatus).toMatch(/^Dilewati: Penilaian belum lengkap/);
  });

  it('writes the email in English when the workbook is in English', () => {
    const h = fresh();
    setSetting(h, 'Bahasa', 'en');
    h.ctx.apiSendReminders(PERIODE);
    const [mail] = h.emulator.mail.sent;
    expect(mail.subject).toBe(
      'Performance appraisal reminder 2026-TW1: 1 employee(s) incomplete',
    );
    expect(mail.body).toContain(
      'Belum Dinilai (NIP 199001012015011901): 9 empty inputs',
    );
    expect(logRows(h)[0][3]).toBe('Pengingat: 1 employee(s), 9 empty inputs');
  });

  it('refuses an interval that is not a whole number of days 1–365 (Validasi) and keeps 7', () => {
    const h = fresh();
    setSetting(h, 'Jeda Pengingat (hari)', 'abc');
    expect(h.ctx.apiReminderPlan(PERIODE).intervalDays).toBe(7);
    const {issues} = h.ctx.apiValidate();
    const texts = issues.map((i: {sheet: string; text: string}) => i.text);
    expect(texts.some((x: string) => x.includes('Jeda Pengingat (hari)'))).toBe(
      true,
    );
  });
});
