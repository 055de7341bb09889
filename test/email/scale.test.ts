// Feedback at scale through the built bundle: a send to 2,000 employees across two days of
// quota (Log Email grows past its 1,000-row grid, no one is sent twice, skips are logged once),
// and previewing everyone costs O(N) Spreadsheet calls and cells, not O(N^2).
import type {EmployeePreview, SendStatus} from '../../src/core/api';
import {type BundleContext, loadBundle} from '../../src/local/loader';
import {type Meter, meterSpreadsheet} from '../../src/local/service-meter';
import {
  CODE_FILE,
  KEPALA,
  PERIODE,
  type Harness,
  fillWorkbook,
  newHarness,
  nipOf,
  sheetValues,
} from './harness';

const INVALID = nipOf(900);
const INCOMPLETE = nipOf(901);
const DAY = 24 * 3600 * 1000;

function logGrid(h: Harness): {rows: number; statuses: string[][]} {
  const app = h.emulator.globals
    .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const sheet = app.getActiveSpreadsheet().getSheetByName('Log Email')!;
  const [header, ...rows] = sheetValues(h.emulator, 'Log Email');
  const nip = (header as string[]).indexOf('NIP');
  const status = (header as string[]).indexOf('Status');
  return {
    rows: sheet.getMaxRows(),
    statuses: rows.map(r => [String(r[nip]), String(r[status])]),
  };
}

describe('feedback at scale', () => {
  it('sends to 2,000 employees over two days of a 1,500 quota: each once, Log Email past row 1,000, skips logged once', () => {
    const h = newHarness({mailQuota: 1500});
    fillWorkbook(h, {count: 2000, tembusan: false});
    const meters: Meter[] = [];
    const execution = () => {
      const ctx = loadBundle(h.emulator, CODE_FILE);
      meters.push(meterSpreadsheet(ctx));
      return ctx;
    };

    // The sidebar drives chunk after chunk, each a separate execution, while the job runs.
    const chunks = (first: (ctx: BundleContext) => SendStatus): SendStatus => {
      let ctx = execution();
      let status = first(ctx);
      h.emulator.endExecution(ctx);
      for (let i = 0; status.state === 'running' && i < 50; i++) {
        ctx = execution();
        status = ctx.apiContinueSend();
        h.emulator.endExecution(ctx);
      }
      return status;
    };

    // Day 1: sends until the quota is used up.
    const day1 = chunks(ctx => ctx.apiStartSend(PERIODE, false));
    expect(day1).toMatchObject({state: 'paused-quota', sent: 1500});
    // The same day again: no quota, nothing sent, nothing logged.
    const before = logGrid(h).statuses.length;
    expect(chunks(ctx => ctx.apiContinueSend())).toMatchObject({
      state: 'paused-quota',
    });
    expect(h.emulator.mail.sent).toHaveLength(1500);
    expect(logGrid(h).statuses).toHaveLength(before);

    // Day 2: the job goes on and finishes.
    h.clock.now = new Date(h.clock.now.getTime() + DAY);
    expect(chunks(ctx => ctx.apiContinueSend())).toMatchObject({
      state: 'done',
      sent: 2000,
      // The head of unit (no appraisal rows), the invalid address, the incomplete appraisal.
      skipped: 3,
      failed: 0,
      uncertain: 0,
      remaining: 0,
    });

    const recipients = h.emulator.mail.sent.map(m => m.to);
    expect(recipients).toHaveLength(2000);
    expect(new Set(recipients).size).toBe(2000);
    const log = logGrid(h);
    // 2,000 sent + 3 skipped below the header, on a grid grown past the 1,000 rows of a new
    // sheet in steps (not to the end of the 10 million cells).
    expect(log.statuses).toHaveLength(2003);
    expect(log.rows).toBeGreaterThan(2003);
    expect(log.rows).toBeLessThan(2004 + 1000);
    expect(log.statuses.filter(([, s]) => s === 'Terkirim')).toHaveLength(2000);
    expect(log.statuses.filter(([, s]) => s === 'Mengirim')).toHaveLength(0);
    // The grid grew in steps of 500 rows: 3 inserts for 1,004 rows past the first 1,000.
    const inserts = meters.reduce(
      (n, m) => n + (m.calls.get('Sheet.insertRowsAfter') ?? 0),
      0,
    );
    expect(inserts).toBe(3);
    const skipped = log.statuses.filter(([, s]) => s.startsWith('Dilewati'));
    expect(skipped.map(([nip]) => nip).sort()).toEqual(
      [KEPALA.nip, INVALID, INCOMPLETE].sort(),
    );

    // A new job for the same period: nobody again, and the same skip reasons are not logged again.
    h.clock.now = new Date(h.clock.now.getTime() + DAY);
    const second = chunks(ctx => ctx.apiStartSend(PERIODE, false));
    expect(second).toMatchObject({state: 'done', sent: 0, skipped: 2003});
    expect(h.emulator.mail.sent).toHaveLength(2000);
    expect(logGrid(h).statuses).toHaveLength(2003);
  }, 240_000);

  it('previews everyone in one execution with O(N) calls and cells', () => {
    const cost = (count: number) => {
      const h = newHarness();
      fillWorkbook(h, {count});
      const ctx = loadBundle(h.emulator, CODE_FILE);
      const meter = meterSpreadsheet(ctx);
      const previews = ctx.apiPreviewAllEmails(
        PERIODE,
        '',
      ) as EmployeePreview[];
      h.emulator.endExecution(ctx);
      // Everyone (and the head of unit) gets a preview; the incomplete one says why not.
      expect(previews).toHaveLength(count + 3);
      const incomplete = previews.find(p => p.nip === INCOMPLETE)!;
      expect(incomplete.preview.skipReason).not.toBe('');
      return {calls: meter.total(), cells: meter.cellsRead};
    };
    const small = cost(100);
    const large = cost(200);
    // The calls do not depend on N at all (one read per sheet, one per tab); the cells read grow
    // in proportion (at most twice as many for twice the employees, plus the fixed tables).
    expect(large.calls).toBe(small.calls);
    expect(large.cells).toBeLessThanOrEqual(2 * small.cells);
    expect(large.cells).toBeGreaterThan(1.5 * small.cells);
  }, 120_000);
});
