// LockService: document, script and user locks shared by every execution on the workbook.
import {countMethods} from './calls';
import type {Env} from './env';
import {Service} from './service';

// A lock table on the workbook, owned by execution ids. JS is single-threaded,
// so a lock held by another execution can never be released while we wait: waitLock fails at once
// (after letting the fake clock pass the timeout) and tryLock returns false.
export const LOCK_TIMEOUT_MESSAGE =
  'Lock timeout: another process was holding the lock for too long.';

export class LockService extends Service {
  getDocumentLock(): Lock {
    return new Lock(this._env, 'document');
  }
  getScriptLock(): Lock {
    return new Lock(this._env, 'script');
  }
  getUserLock(): Lock {
    return new Lock(this._env, 'user:' + this._env.user);
  }
  toString(): string {
    return 'LockService';
  }
}

export class Lock extends Service {
  constructor(
    env: Env,
    private _scope: string,
  ) {
    super(env);
  }
  _acquire(): boolean {
    const locks = this._env.workbook.runtime.locks;
    const holder = locks.get(this._scope);
    if (holder !== undefined && holder !== this._env.executionId) return false;
    locks.set(this._scope, this._env.executionId);
    return true;
  }
  tryLock(timeoutInMillis: number): boolean {
    void timeoutInMillis;
    return this._acquire();
  }
  waitLock(timeoutInMillis: number): void {
    void timeoutInMillis;
    if (!this._acquire()) throw this._env.error(LOCK_TIMEOUT_MESSAGE);
  }
  releaseLock(): void {
    const locks = this._env.workbook.runtime.locks;
    if (locks.get(this._scope) === this._env.executionId)
      locks.delete(this._scope);
  }
  hasLock(): boolean {
    return (
      this._env.workbook.runtime.locks.get(this._scope) ===
      this._env.executionId
    );
  }
  toString(): string {
    return 'Lock';
  }
}

countMethods(LockService, 'LockService');
countMethods(Lock, 'Lock');
