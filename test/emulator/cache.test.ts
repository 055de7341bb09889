import {createEmulator} from '../../src/local/emulator';
import type {Any} from './setup';

describe('CacheService', () => {
  test('expiry follows the emulator clock', () => {
    let now = new Date('2026-01-01T00:00:00Z').getTime();
    const g = createEmulator({now: () => new Date(now)}).globals as Any;
    const cache = g.CacheService.getDocumentCache();
    cache.put('hasil:v1', 'data', 60);
    cache.putAll({a: '1', b: '2'});
    now += 59_000;
    expect(cache.get('hasil:v1')).toBe('data');
    now += 1_000;
    expect(cache.get('hasil:v1')).toBeNull();
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({a: '1', b: '2'});
    now += 600_000; // default expiration is 600 s
    expect(cache.get('a')).toBeNull();
  });

  test.each([
    [() => ['k', 'x'.repeat(100 * 1024 + 1), 60], 'Argument too large: value'],
    [
      () => ['k', 'v', 21601],
      'Invalid argument: expirationInSeconds must be between 1 and 21600.',
    ],
    [() => ['k'.repeat(251), 'v', 60], 'Argument too large: key'],
  ])('limits', (args, message) => {
    const cache = (
      createEmulator().globals as Any
    ).CacheService.getScriptCache();
    expect(() => cache.put(...args())).toThrow(message);
  });

  test('remove and removeAll; document cache is shared between executions', () => {
    const emu = createEmulator();
    const a = emu.globals as Any;
    const b = emu.newExecution() as Any;
    a.CacheService.getDocumentCache().put('k', 'v');
    expect(b.CacheService.getDocumentCache().get('k')).toBe('v');
    b.CacheService.getDocumentCache().removeAll(['k']);
    expect(a.CacheService.getDocumentCache().get('k')).toBeNull();
  });
});
