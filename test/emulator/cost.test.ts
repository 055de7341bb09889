// The cost model (src/local/emulator/cost.ts): what an execution is estimated to take in Apps
// Script, and the limits enforced on that estimate (quotas page: 6 min per execution, 30 s per
// custom function and simple trigger, daily trigger runtime 90 min consumer / 6 h Workspace).
import {createEmulator, type EmulatorOptions} from '../../src/local/emulator';
import {
  COST_PROFILE_ENV,
  COST_TABLE,
  DAILY_RUNTIME_MESSAGE,
  TIME_LIMIT_MESSAGE,
  costSetting,
} from '../../src/local/emulator/cost';
import {triggerSecondsToday} from '../../src/local/emulator/trigger-runtime';
import {inExecution, loadBundle} from '../../src/local/loader';
import {type Any, FIXTURE} from './setup';

/** Write then read one cell, n times: each read after a write is a flush round trip. */
function pingPong(ctx: Any, n: number): void {
  const cell = ctx.SpreadsheetApp.getActiveSpreadsheet()
    .getSheets()[0]
    .getRange('A1');
  for (let i = 0; i < n; i++) {
    cell.setValue(i);
    cell.getValue();
  }
}

function emulator(options: EmulatorOptions = {}) {
  let now = new Date('2026-04-01T01:00:00Z');
  const emu = createEmulator({
    now: () => now,
    costProfile: 'optimistic',
    ...options,
  });
  return {emu, setNow: (d: Date) => (now = d)};
}

describe('cost model: what an execution is counted for', () => {
  test('cells written and read, and the read after writes as one round trip', () => {
    const {emu} = emulator();
    const ctx = loadBundle(emu, FIXTURE);
    const sheet = ctx.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    const block = Array.from({length: 400}, () => Array(10).fill('x'));
    const range = sheet.getRange(1, 1, 400, 10);
    range.setValues(block);
    range.setBackground('#eeeeee');
    const before = emu.executionStats(ctx);
    expect(before.cellsWritten).toBe(8000);
    expect(before.roundTrips).toBe(0);
    range.getValues();
    range.getValues(); // nothing written since: served without a flush
    const s = emu.executionStats(ctx);
    expect(s.cellsRead).toBe(8000);
    expect(s.roundTrips).toBe(1);
    expect(s.calls).toBe(before.calls + 2);
    for (const p of ['optimistic', 'pessimistic'] as const) {
      const f = COST_TABLE[p];
      expect(s.estimatedSeconds[p]).toBeCloseTo(
        (s.calls * f.callMs) / 1e3 +
          (8000 * f.cellReadUs) / 1e6 +
          (8000 * f.cellWriteUs) / 1e6 +
          f.roundTripMs / 1e3,
        9,
      );
    }
    expect(s.estimatedSeconds.pessimistic).toBeGreaterThan(
      s.estimatedSeconds.optimistic,
    );
  });

  test('flush costs a round trip only when writes are pending; appendRow counts its cells', () => {
    const {emu} = emulator();
    const ctx = loadBundle(emu, FIXTURE);
    const app = ctx.SpreadsheetApp;
    app.flush();
    expect(emu.executionStats(ctx).roundTrips).toBe(0);
    app.getActiveSpreadsheet().getSheets()[0].appendRow(['a', 'b', 'c']);
    app.flush();
    const s = emu.executionStats(ctx);
    expect(s.roundTrips).toBe(1);
    expect(s.cellsWritten).toBe(3);
  });

  test('inExecution hands the stats over however the run ends; a new execution starts at zero', () => {
    const {emu} = emulator();
    const seen: number[] = [];
    expect(() =>
      inExecution(
        emu,
        FIXTURE,
        ctx => {
          pingPong(ctx, 3);
          throw new Error('stop');
        },
        {onStats: s => seen.push(s.roundTrips)},
      ),
    ).toThrow('stop');
    expect(seen).toEqual([3]);
    expect(emu.lastExecution?.roundTrips).toBe(3);
    inExecution(emu, FIXTURE, () => undefined);
    expect(emu.lastExecution?.roundTrips).toBe(0);
  });
});

describe('cost model: the switch', () => {
  const saved = process.env[COST_PROFILE_ENV];
  afterEach(() => {
    if (saved === undefined) delete process.env[COST_PROFILE_ENV];
    else process.env[COST_PROFILE_ENV] = saved;
  });

  test('option, then $KINERJA_COST_PROFILE, then optimistic; anything else is refused', () => {
    delete process.env[COST_PROFILE_ENV];
    expect(costSetting()).toBe('optimistic');
    process.env[COST_PROFILE_ENV] = 'pessimistic';
    expect(costSetting()).toBe('pessimistic');
    expect(costSetting('off')).toBe('off');
    // createEmulator without the option follows the variable: 'off' never stops.
    process.env[COST_PROFILE_ENV] = 'off';
    const ctx = loadBundle(createEmulator(), FIXTURE);
    expect(() => pingPong(ctx, 800)).not.toThrow();
    process.env[COST_PROFILE_ENV] = 'optimistic';
    const strict = loadBundle(createEmulator(), FIXTURE);
    expect(() => pingPong(strict, 800)).toThrow(TIME_LIMIT_MESSAGE);
    process.env[COST_PROFILE_ENV] = 'fast';
    expect(() => costSetting()).toThrow(/optimistic, pessimistic or off/);
  });
});

describe('execution time limits (quotas page: 6 min, 30 s)', () => {
  test('an execution stops at the call where its estimate passes 6 minutes', () => {
    const {emu} = emulator({costProfile: 'pessimistic'});
    const ctx = loadBundle(emu, FIXTURE);
    let error: Error | undefined;
    try {
      pingPong(ctx, 2000);
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).toBe(TIME_LIMIT_MESSAGE);
    expect(error?.name).toBe('Exception');
    const s = emu.executionStats(ctx).estimatedSeconds.pessimistic;
    // Stopped at the passing call: just over the limit, not later.
    expect(s).toBeGreaterThan(360);
    expect(s).toBeLessThan(361);
  });

  test("the same work fits under 'off', and a per-execution profile overrides the emulator's", () => {
    const {emu} = emulator({costProfile: 'off'});
    const ctx = loadBundle(emu, FIXTURE);
    expect(() => pingPong(ctx, 800)).not.toThrow();
    expect(emu.executionStats(ctx).estimatedSeconds.optimistic).toBeGreaterThan(
      360,
    );
    const strict = loadBundle(emu, FIXTURE, {costProfile: 'optimistic'});
    expect(() => pingPong(strict, 800)).toThrow(TIME_LIMIT_MESSAGE);
  });

  test('a custom function gets 30 seconds', () => {
    const {emu} = emulator();
    const sheet = (
      emu.globals as Any
    ).SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    sheet.getRange(1, 1, 1000, 26).setValue(1);
    const ctx = loadBundle(emu, FIXTURE, {customFunction: true});
    const grid = ctx.SpreadsheetApp.getActiveSpreadsheet()
      .getSheets()[0]
      .getRange(1, 1, 1000, 26);
    // 26,000 cells at 10 µs = 0.26 s a read: the 116th read passes 30 s.
    let reads = 0;
    expect(() => {
      for (; reads < 200; reads++) grid.getValues();
    }).toThrow(TIME_LIMIT_MESSAGE);
    expect(reads).toBe(115);
  });

  test('a simple onEdit gets 30 seconds, an installable edit trigger 6 minutes', () => {
    const {emu} = emulator();
    const ctx = loadBundle(emu, FIXTURE);
    ctx.onEdit = () => pingPong(ctx, 80); // ~40 s
    expect(() => emu.userEdit(ctx, 'Sheet1', 'B2', 'x')).toThrow(
      TIME_LIMIT_MESSAGE,
    );
    delete ctx.onEdit;
    ctx.audit = () => pingPong(ctx, 80);
    ctx.ScriptApp.newTrigger('audit')
      .forSpreadsheet(ctx.SpreadsheetApp.getActive())
      .onEdit()
      .create();
    expect(() => emu.userEdit(ctx, 'Sheet1', 'B2', 'y')).not.toThrow();
    expect(emu.lastTrigger?.estimatedSeconds.optimistic).toBeGreaterThan(30);
    // The trigger ran as an execution of its own: the outer one was not charged.
    expect(emu.executionStats(ctx).estimatedSeconds.optimistic).toBeLessThan(1);
  });
});

describe('daily trigger runtime (quotas page: 90 min consumer, 6 h Workspace)', () => {
  function hourly(options: EmulatorOptions) {
    const made = emulator({clockTriggerDocument: true, ...options});
    const ctx = loadBundle(made.emu, FIXTURE);
    ctx.job = () => pingPong(ctx, 610); // ~305 s a run
    ctx.ScriptApp.newTrigger('job').timeBased().everyHours(1).create();
    return {...made, ctx};
  }

  test('a consumer account runs 90 minutes of triggers a day, then is refused until tomorrow', () => {
    const {emu, ctx, setNow} = hourly({account: 'consumer'});
    for (let i = 0; i < 17; i++) emu.fireTriggers(ctx, 'CLOCK');
    // 17 x ~305 s = 86 min: the 18th passes 90 min mid-run and is stopped there.
    expect(() => emu.fireTriggers(ctx, 'CLOCK')).toThrow(DAILY_RUNTIME_MESSAGE);
    const env = {workbook: emu.workbook, now: () => emu.now()} as Any;
    expect(triggerSecondsToday(env, 'hr@example.go.id')).toBeGreaterThan(5400);
    // Used up: the next run is refused before it starts.
    ctx.job = () => undefined;
    expect(() => emu.fireTriggers(ctx, 'CLOCK')).toThrow(DAILY_RUNTIME_MESSAGE);
    setNow(new Date('2026-04-02T01:00:00Z'));
    expect(() => emu.fireTriggers(ctx, 'CLOCK')).not.toThrow();
  });

  test('a Workspace account has 6 hours', () => {
    const {emu, ctx} = hourly({account: 'workspace'});
    for (let i = 0; i < 20; i++) emu.fireTriggers(ctx, 'CLOCK');
    expect(emu.lastTrigger?.estimatedSeconds.optimistic).toBeGreaterThan(299);
  });
});
