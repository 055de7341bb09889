import {createCall, ScriptRunner, toError} from '../../sidebar/rpc';

/**
 * A fake google.script.run: every with*Handler returns a new runner (as Google's does), and each
 * server function answers asynchronously from `server`, like the real bridge.
 */
function fakeRun(server: Record<string, (...args: unknown[]) => unknown>) {
  const calls: {name: string; args: unknown[]}[] = [];
  function runner(
    success?: (v: unknown) => void,
    failure?: (e: unknown) => void,
  ): ScriptRunner {
    const base: Record<string, unknown> = {
      withSuccessHandler: (f: (v: unknown) => void) => runner(f, failure),
      withFailureHandler: (f: (e: unknown) => void) => runner(success, f),
    };
    for (const [name, fn] of Object.entries(server)) {
      base[name] = (...args: unknown[]) => {
        calls.push({name, args});
        setTimeout(() => {
          try {
            success?.(fn(...args));
          } catch (error) {
            failure?.(error);
          }
        }, 0);
      };
    }
    return base as unknown as ScriptRunner;
  }
  return {run: runner(), calls};
}

describe('call (typed google.script.run wrapper)', () => {
  it('resolves with the server value and passes the arguments through', async () => {
    const fake = fakeRun({
      apiGetSummary: (period: unknown) => ({period, employees: 3}),
    });
    const call = createCall(() => fake.run);
    const summary = await call('apiGetSummary', '2026-TW1');
    expect(summary.period).toBe('2026-TW1');
    expect(summary.employees).toBe(3);
    expect(fake.calls).toEqual([{name: 'apiGetSummary', args: ['2026-TW1']}]);
  });

  it('passes several arguments in order, including objects', async () => {
    const fake = fakeRun({apiStartSend: (p: unknown, r: unknown) => [p, r]});
    const call = createCall(() => fake.run);
    const result = (await call('apiStartSend', '2026-S1', true)) as unknown;
    expect(result).toEqual(['2026-S1', true]);
  });

  it('rejects with an Error carrying the server message', async () => {
    const fake = fakeRun({
      apiRecompute: () => {
        throw new Error('Pegawai!A7: NIP harus 18 digit');
      },
    });
    const call = createCall(() => fake.run);
    await expect(call('apiRecompute', '2026-TW1')).rejects.toThrow(
      'Pegawai!A7: NIP harus 18 digit',
    );
  });

  it('keeps concurrent calls apart (one runner per call)', async () => {
    const fake = fakeRun({
      apiPreviewEmail: (p: unknown, nip: unknown) => ({subject: `${p}/${nip}`}),
    });
    const call = createCall(() => fake.run);
    const [a, b] = await Promise.all([
      call('apiPreviewEmail', 'P1', '1'),
      call('apiPreviewEmail', 'P2', '2'),
    ]);
    expect([a.subject, b.subject]).toEqual(['P1/1', 'P2/2']);
  });

  it('rejects when google.script.run is missing or lacks the function', async () => {
    await expect(createCall(() => undefined)('apiGetState')).rejects.toThrow(
      'google.script.run is not available',
    );
    const call = createCall(() => fakeRun({}).run);
    await expect(call('apiValidate')).rejects.toThrow(
      'Server function apiValidate is not available',
    );
  });
});

describe('toError', () => {
  it.each([
    [new Error('boom'), 'boom'],
    [{name: 'ScriptError', message: 'Akses ditolak'}, 'Akses ditolak'],
    ['plain text', 'plain text'],
    [undefined, 'Unknown server error'],
    ['', 'Unknown server error'],
  ])('turns %p into an Error with message %p', (failure, message) => {
    const error = toError(failure);
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe(message);
  });
});
