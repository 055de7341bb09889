import {createEmulator} from '../../src/local/emulator';
import type {Any} from './setup';

describe('LockService', () => {
  test("a lock held from outside excludes a bundle context; waitLock throws Google's text", () => {
    const emu = createEmulator();
    const outside = (emu.globals as Any).LockService.getDocumentLock();
    expect(outside.tryLock(0)).toBe(true);
    expect(outside.hasLock()).toBe(true);
    const other = emu.newExecution() as Any;
    const lock = other.LockService.getDocumentLock();
    expect(lock.tryLock(5000)).toBe(false);
    expect(() => lock.waitLock(5000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    expect(lock.hasLock()).toBe(false);
    // The script lock is a different lock.
    expect(other.LockService.getScriptLock().tryLock(0)).toBe(true);
    outside.releaseLock();
    lock.waitLock(5000);
    expect(lock.hasLock()).toBe(true);
  });
});
