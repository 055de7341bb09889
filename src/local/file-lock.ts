// One writer per workbook: `kantor.xlsx.lock` beside the real file, shared by the CLI and the
// workbench. Created with O_EXCL; it holds the owner's pid, so a lock left by a killed process is
// recognised (the pid is gone) and taken over. A second process waits LOCK_WAIT_MS, then refuses.
import fs from 'node:fs';
import os from 'node:os';
import {WorkbookFileError, pidAlive} from './workbook-file';

/** How long a second process waits for the workbook before refusing (stated in the message). */
export const LOCK_WAIT_MS = 10_000;
/** Tests shorten the wait: $KINERJA_LOCK_WAIT_MS. */
export const LOCK_WAIT_ENV = 'KINERJA_LOCK_WAIT_MS';
const POLL_MS = 100;

interface LockInfo {
  pid: number;
  host: string;
  since: string;
  what: string;
}

export function lockPath(realFile: string): string {
  return `${realFile}.lock`;
}

function readLock(file: string): LockInfo | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo;
  } catch {
    return null; // gone meanwhile, or being written
  }
}

/** The lock of a workbook held by this process; release() removes it. */
export class WorkbookLock {
  private constructor(private readonly file: string) {}

  /**
   * Takes the lock of `realFile`, waiting up to `waitMs` for another process to let go. Throws
   * WorkbookFileError 'cli.lock.busy' (who holds it, since when, how long we waited).
   */
  static async acquire(
    realFile: string,
    what: string,
    waitMs = Number(process.env[LOCK_WAIT_ENV] ?? LOCK_WAIT_MS),
  ): Promise<WorkbookLock> {
    const file = lockPath(realFile);
    const mine: LockInfo = {
      pid: process.pid,
      host: os.hostname(),
      since: new Date().toISOString(),
      what,
    };
    const until = Date.now() + waitMs;
    for (;;) {
      try {
        const fd = fs.openSync(file, 'wx');
        try {
          fs.writeSync(fd, JSON.stringify(mine));
        } finally {
          fs.closeSync(fd);
        }
        const lock = new WorkbookLock(file);
        held.add(lock);
        return lock;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      const other = readLock(file);
      if (other && other.host === mine.host && !pidAlive(other.pid)) {
        // Left by a process that is gone: take it over, unless another did just now.
        const again = readLock(file);
        if (again && again.pid === other.pid && again.since === other.since)
          fs.rmSync(file, {force: true});
        continue;
      }
      if (Date.now() >= until) {
        throw new WorkbookFileError('cli.lock.busy', {
          file: realFile,
          pid: other?.pid ?? '?',
          what: other?.what ?? '?',
          since: other?.since ?? '?',
          seconds: Number((waitMs / 1000).toFixed(1)),
        });
      }
      await new Promise(resolve => setTimeout(resolve, POLL_MS));
    }
  }

  release(): void {
    const info = readLock(this.file);
    if (info && info.pid === process.pid) fs.rmSync(this.file, {force: true});
    held.delete(this);
  }
}

/** Locks still held when the process exits (a signal, an uncaught error) are removed. */
const held = new Set<WorkbookLock>();
process.on('exit', () => {
  for (const lock of [...held]) lock.release();
});
