// The sending job in document properties, and the document lock around every chunk.

import {type SendJob, parseJob} from '../../core/send-plan';

/** Document property holding the current (or last) sending job as JSON. */
export const SEND_JOB_KEY = 'kinerja.sendJob';

export function loadJob(): SendJob | null {
  return parseJob(
    PropertiesService.getDocumentProperties().getProperty(SEND_JOB_KEY),
  );
}

export function saveJob(job: SendJob): void {
  PropertiesService.getDocumentProperties().setProperty(
    SEND_JOB_KEY,
    JSON.stringify(job),
  );
}

export function newJobId(): string {
  try {
    return Utilities.getUuid();
  } catch {
    return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  }
}

/** Runs `fn` under the document lock; `busy()` when another execution holds it. */
export function withLock<T>(fn: () => T, busy: () => T): T {
  const lock = LockService.getDocumentLock();
  // A short wait only: the sidebar or the hourly trigger will simply call again.
  if (!lock.tryLock(1000)) return busy();
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}
