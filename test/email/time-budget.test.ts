// The menu and the hourly trigger send feedback within one execution's time budget (Apps Script
// stops a run at 6 minutes): every chunk is bounded by the caller's deadline, so a chunk that
// starts late (after a long recompute) cannot run past it. Tested with a real job left pending by
// the daily quota, and with the document lock held by another execution.
import type {SendStatus} from '../../src/core/api';
import {MARK_BATCH_SIZE} from '../../src/core/send-plan';
import {
  type Harness,
  type Person,
  PERIODE,
  fillWorkbook,
  newHarness,
  nipOf,
  sheetValues,
} from './harness';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
/** Apps Script kills an execution after 6 minutes. */
const EXECUTION_LIMIT = 6 * MINUTE;
const ELIGIBLE = 25;

type Mail = GoogleAppsScript.Mail.MailApp;

interface Rig {
  h: Harness;
  list: Person[];
  /** Daily recipient quota MailApp reports (the emulator's own, capped by this). */
  quotaCap: {value: number};
  /** Emulated time one recompute takes (charged when it records its completion). */
  recomputeTime: {value: number};
  /** Emulated wall time of one MailApp.sendEmail. */
  perEmail: {value: number};
}

function rig(): Rig {
  const h = newHarness();
  const list = fillWorkbook(h, {count: ELIGIBLE});
  const quotaCap = {value: Infinity};
  const recomputeTime = {value: 0};
  const perEmail = {value: 10 * SECOND};
  const advance = (ms: number) => {
    h.clock.now = new Date(h.clock.now.getTime() + ms);
  };
  const realMail = h.ctx.MailApp as Mail;
  h.ctx.MailApp = {
    getRemainingDailyQuota: () =>
      Math.min(quotaCap.value, realMail.getRemainingDailyQuota()),
    sendEmail: (o: GoogleAppsScript.Mail.MailAdvancedParameters) => {
      advance(perEmail.value);
      realMail.sendEmail(o);
    },
  };
  // Recompute marks its end by recording kinerja.lastComputed.<periode>: charge its time there.
  const realProps = h.ctx.PropertiesService;
  h.ctx.PropertiesService = {
    getDocumentProperties: () => {
      const props = realProps.getDocumentProperties();
      return new Proxy(props, {
        get(target, name) {
          const value = Reflect.get(target, name);
          if (typeof value !== 'function') return value;
          if (name === 'setProperty') {
            return (key: string, v: string) => {
              if (key.startsWith('kinerja.lastComputed.'))
                advance(recomputeTime.value);
              return value.call(target, key, v);
            };
          }
          if (name === 'setProperties') {
            return (all: Record<string, string>, deleteOthers?: boolean) => {
              if (
                Object.keys(all).some(k =>
                  k.startsWith('kinerja.lastComputed.'),
                )
              )
                advance(recomputeTime.value);
              return value.call(target, all, deleteOthers);
            };
          }
          return value.bind(target);
        },
      });
    },
    getScriptProperties: () => realProps.getScriptProperties(),
    getUserProperties: () => realProps.getUserProperties(),
  };
  return {h, list, quotaCap, recomputeTime, perEmail};
}

function sentCountByAddress(h: Harness): Map<string, number> {
  const count = new Map<string, number>();
  for (const m of h.emulator.mail.sent)
    count.set(m.to, (count.get(m.to) ?? 0) + 1);
  return count;
}

function eligibleAddresses(list: Person[]): string[] {
  return list
    .filter(p => p.nip !== nipOf(900) && p.nip !== nipOf(901))
    .map(p => p.email)
    .sort();
}

/** Day 1: HR starts the job; the quota (2 emails' worth) pauses it. */
function pausedByQuota(r: Rig): void {
  r.quotaCap.value = 4;
  const first: SendStatus = r.h.ctx.apiStartSend(PERIODE, false);
  expect(first).toMatchObject({state: 'paused-quota', sent: 2});
  r.quotaCap.value = Infinity;
  r.h.clock.now = new Date(r.h.clock.now.getTime() + 24 * 60 * MINUTE);
}

function terkirim(h: Harness): number {
  const [header, ...rows] = sheetValues(h.emulator, 'Log Email');
  const status = (header as string[]).indexOf('Status');
  return rows.filter(r => r[status] === 'Terkirim').length;
}

describe('sending within the time budget of one execution', () => {
  it('hourly: a long recompute leaves little time, and the send chunk stops at the shared deadline', () => {
    const r = rig();
    const {h} = r;
    pausedByQuota(r);
    // Next day: someone edited the inputs, so the trigger recomputes first (3.5 minutes).
    h.emulator.workbook.documentProperties['kinerja.stale'] = '1';
    r.recomputeTime.value = 3.5 * MINUTE;
    const started = h.clock.now.getTime();
    h.ctx.hourlyMaintenance();
    const elapsed = h.clock.now.getTime() - started;
    expect(
      h.emulator.workbook.documentProperties['kinerja.stale'],
    ).toBeUndefined();
    // 30 s were left of the 4-minute budget (core/budget.ts): one batch started, none after it.
    expect(elapsed).toBeLessThan(EXECUTION_LIMIT);
    expect(h.emulator.mail.sent).toHaveLength(2 + MARK_BATCH_SIZE);
    expect(h.ctx.apiGetSendStatus()).toMatchObject({
      state: 'running',
      sent: 2 + MARK_BATCH_SIZE,
    });

    // The next hour (nothing stale) finishes the job; every email went out exactly once.
    h.clock.now = new Date(h.clock.now.getTime() + 60 * MINUTE);
    const next = h.clock.now.getTime();
    h.ctx.hourlyMaintenance();
    expect(h.clock.now.getTime() - next).toBeLessThan(EXECUTION_LIMIT);
    expect(h.ctx.apiGetSendStatus()).toMatchObject({
      state: 'done',
      sent: ELIGIBLE,
      // the invalid address, the incomplete appraisal, and the head (no appraisal tab)
      skipped: 3,
      uncertain: 0,
    });
    expect([...sentCountByAddress(h).keys()].sort()).toEqual(
      eligibleAddresses(r.list),
    );
    expect(Math.max(...sentCountByAddress(h).values())).toBe(1);
    expect(terkirim(h)).toBe(ELIGIBLE);
  });

  it('hourly: a recompute that used the whole budget leaves the job for the next hour', () => {
    const r = rig();
    const {h} = r;
    pausedByQuota(r);
    h.emulator.workbook.documentProperties['kinerja.stale'] = '1';
    r.recomputeTime.value = 5 * MINUTE;
    h.ctx.hourlyMaintenance();
    expect(h.emulator.mail.sent).toHaveLength(2);
    expect(h.ctx.apiGetSendStatus().state).toBe('paused-quota');
  });

  it('menu: the day after a quota pause, Kirim Umpan Balik finishes the pending job in one run', () => {
    const r = rig();
    const {h} = r;
    pausedByQuota(r);
    const started = h.clock.now.getTime();
    h.ctx.menuSendFeedback();
    expect(h.clock.now.getTime() - started).toBeLessThan(EXECUTION_LIMIT);
    expect(h.ctx.apiGetSendStatus()).toMatchObject({
      state: 'done',
      sent: ELIGIBLE,
    });
    expect(Math.max(...sentCountByAddress(h).values())).toBe(1);
    expect(h.emulator.ui.alerts).toEqual([]);
    const toast = h.emulator.ui.toasts[h.emulator.ui.toasts.length - 1];
    expect(toast.message).toMatch(/25 terkirim/);
  });

  it('menu: while another execution holds the document lock it stops at once and says so', () => {
    const r = rig();
    const {h} = r;
    pausedByQuota(r);
    // Slow mail: the sidebar's next chunk stops after one batch, leaving the job running.
    r.perEmail.value = 40 * SECOND;
    expect(h.ctx.apiContinueSend()).toMatchObject({
      state: 'running',
      sent: 2 + MARK_BATCH_SIZE,
    });
    const other = h.emulator.newExecution();
    const otherLock = (
      other.LockService as GoogleAppsScript.Lock.LockService
    ).getDocumentLock();
    expect(otherLock.tryLock(0)).toBe(true);
    // Apps Script's tryLock waits its whole timeout when the lock stays taken.
    let attempts = 0;
    const realLocks = h.ctx.LockService as GoogleAppsScript.Lock.LockService;
    h.ctx.LockService = {
      getDocumentLock: () => {
        const lock = realLocks.getDocumentLock();
        return {
          tryLock: (ms: number) => {
            attempts++;
            const ok = lock.tryLock(ms);
            if (!ok) h.clock.now = new Date(h.clock.now.getTime() + ms);
            return ok;
          },
          waitLock: (ms: number) => lock.waitLock(ms),
          releaseLock: () => lock.releaseLock(),
          hasLock: () => lock.hasLock(),
        };
      },
      getScriptLock: () => realLocks.getScriptLock(),
      getUserLock: () => realLocks.getUserLock(),
    };
    const started = h.clock.now.getTime();
    h.ctx.menuSendFeedback();
    // The first call finds the lock taken, one more makes sure it was not a moment's overlap.
    expect(attempts).toBeLessThanOrEqual(2);
    expect(h.clock.now.getTime() - started).toBeLessThan(5 * SECOND);
    expect(h.emulator.mail.sent).toHaveLength(2 + MARK_BATCH_SIZE);
    const toast = h.emulator.ui.toasts[h.emulator.ui.toasts.length - 1];
    expect(toast.message).toContain('sedang');
    otherLock.releaseLock();
  });
});
