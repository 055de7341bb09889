import path from 'node:path';
import {createEmulator} from '../../src/local/emulator';
import {loadBundle} from '../../src/local/loader';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

const FIXTURE = path.join(__dirname, 'fixtures/Code.js');

describe('loadBundle', () => {
  test('a fresh context has only the emulator globals and standard JS', () => {
    const ctx = loadBundle(createEmulator(), FIXTURE);
    expect(ctx.globalsSeen()).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      setTimeout: 'undefined',
      structuredClone: 'undefined',
      SpreadsheetApp: 'object',
      MailApp: 'object',
      console: 'object',
    });
  });

  test('values reach the bundle as its own Arrays and Dates, and the clock is the emulator clock', () => {
    const now = new Date('2026-04-01T01:00:00Z');
    const emu = createEmulator({now: () => now, advanceClock: false});
    (emu.globals as Any).SpreadsheetApp.getActive()
      .getSheets()[0]
      .getRange('A1')
      .setValue(new Date('2026-01-02T00:00:00Z'));
    const ctx = loadBundle(emu, FIXTURE);
    const result = ctx.readAll();
    expect(result.isArray).toBe(true);
    expect(result.firstIsDate).toBe(true);
    expect(result.now).toBe('2026-04-01T01:00:00.000Z');
  });

  describe("the bundle clock moves by the execution's estimated time", () => {
    const now = new Date('2026-04-01T01:00:00Z');
    /** Runs readAll (4 calls, one getValues) in a fresh execution; the bundle's Date.now() after. */
    const bundleClock = (options: Parameters<typeof createEmulator>[0]) => {
      const emu = createEmulator({now: () => now, ...options});
      const ctx = loadBundle(emu, FIXTURE);
      const before = ctx.Date.now() as number;
      ctx.readAll();
      return {
        before,
        after: ctx.Date.now() as number,
        stats: emu.executionStats(ctx),
      };
    };

    test('under the enforced profile by default', () => {
      const {before, after, stats} = bundleClock({costProfile: 'pessimistic'});
      expect(before).toBe(now.getTime());
      // 4 calls x 30 ms and the cells read: the add-on sees the time Google would take.
      expect(stats.estimatedSeconds.pessimistic).toBeGreaterThan(0.1);
      expect(after).toBe(
        now.getTime() + Math.floor(stats.estimatedSeconds.pessimistic * 1000),
      );
    });

    test('under the profile asked for, even when nothing is enforced', () => {
      const {after, stats} = bundleClock({
        costProfile: 'off',
        advanceClock: 'optimistic',
      });
      expect(after).toBe(
        now.getTime() + Math.floor(stats.estimatedSeconds.optimistic * 1000),
      );
      expect(after).toBeGreaterThan(now.getTime());
    });

    test('not at all when the cost model is off or the option is false', () => {
      expect(bundleClock({costProfile: 'off'}).after).toBe(now.getTime());
      expect(
        bundleClock({costProfile: 'pessimistic', advanceClock: false}).after,
      ).toBe(now.getTime());
    });

    test('a new execution starts again from the emulator clock', () => {
      const emu = createEmulator({now: () => now, costProfile: 'pessimistic'});
      const first = loadBundle(emu, FIXTURE);
      first.readAll();
      expect(first.Date.now()).toBeGreaterThan(now.getTime());
      emu.endExecution(first);
      expect(loadBundle(emu, FIXTURE).Date.now()).toBe(now.getTime());
    });
  });

  test('errors surface with their message, as Exceptions of the bundle realm', () => {
    const ctx = loadBundle(createEmulator(), FIXTURE);
    expect(() => ctx.failing()).toThrow(
      'The starting row of the range is too small.',
    );
    expect(ctx.caught()).toEqual({
      isError: true,
      message: 'The starting row of the range is too small.',
    });
    expect(() => ctx.throwPlain()).toThrow('Pegawai!A7: NIP harus 18 digit');
  });

  test('stack traces name the code file', () => {
    const ctx = loadBundle(createEmulator(), FIXTURE);
    try {
      ctx.throwPlain();
      throw new Error('not thrown');
    } catch (e) {
      expect(String((e as Error).stack)).toContain('fixtures/Code.js');
    }
  });

  test('onOpen through openDocument captures the add-on menu', () => {
    const emu = createEmulator();
    const ctx = loadBundle(emu, FIXTURE);
    emu.openDocument(ctx);
    expect(emu.ui.menus).toEqual([
      {
        title: '',
        addon: true,
        items: [
          {caption: 'Hitung ulang', functionName: 'recompute'},
          {separator: true},
        ],
      },
    ]);
  });

  test('the document lock excludes between two contexts of the same emulator', () => {
    const emu = createEmulator();
    const a = loadBundle(emu, FIXTURE);
    const b = loadBundle(emu, FIXTURE);
    expect(a.takeLock()).toBe(true);
    expect(a.takeLock()).toBe(true); // the holder may take it again
    expect(b.takeLock()).toBe(false);
    a.releaseLock();
    expect(b.takeLock()).toBe(true);
    emu.endExecution(b);
    expect(a.takeLock()).toBe(true);
  });
});
