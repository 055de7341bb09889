// The send plan, resends and reminders are HR's (hr-guard.ts asks identity.requireHr): a
// supervisor is refused with the Indonesian message and nothing is sent or logged.
import {EKA, S2, fillFixture, harness} from './helpers';

const PERIOD = '2026-TW1';
const REFUSED =
  'Hanya HR (Email HR di Pengaturan) yang dapat menjalankan Kirim Umpan Balik.';

describe('send plan, resends and reminders are HR only', () => {
  it('refuses a supervisor and lets HR through', () => {
    const h = harness();
    fillFixture(h);
    h.ctx.apiCreateTabs(PERIOD);
    expect(h.ctx.apiRecompute(PERIOD).ok).toBe(true);
    const hrPlan = h.ctx.apiSendPlan(PERIOD);
    expect(hrPlan.ok).toBe(true);
    h.emulator.setUser(S2.email);
    expect(h.ctx.apiSendPlan(PERIOD)).toMatchObject({
      ok: false,
      message: REFUSED,
    });
    expect(h.ctx.apiResendOne(PERIOD, EKA)).toMatchObject({
      state: 'error',
      message: REFUSED,
    });
    expect(h.ctx.apiResendChanged(PERIOD)).toMatchObject({message: REFUSED});
    expect(h.ctx.apiReminderPlan(PERIOD)).toMatchObject({
      ok: false,
      message: REFUSED,
    });
    expect(h.ctx.apiSendReminders(PERIOD)).toMatchObject({ok: false, sent: 0});
    expect(h.emulator.mail.sent).toHaveLength(0);
  });
});
