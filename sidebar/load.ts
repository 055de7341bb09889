// One asynchronous server value as the UI shows it, and the hook that fills it from a call.
import {useRef, useState} from 'preact/hooks';
import type {Ui} from './ui';

export type Load<T> =
  | {status: 'idle'}
  | {status: 'loading'}
  | {status: 'ok'; value: T}
  | {status: 'error'; message: string; retry: () => void};

export const IDLE = {status: 'idle'} as const;
const LOADING = {status: 'loading'} as const;

export interface Loader<T> {
  slot: Load<T>;
  /** The slot as it is now, for code resumed after an await (a render's `slot` may be stale). */
  current(): Load<T>;
  set(slot: Load<T>): void;
  /** Runs a server call into the slot; on failure shows and announces the error, `retry` offered. */
  run(fetch: () => Promise<T>, retry: () => void): Promise<T | undefined>;
}

export function useLoad<T>(ui: Ui): Loader<T> {
  const [slot, setSlot] = useState<Load<T>>(IDLE);
  const latest = useRef<Load<T>>(slot);
  const set = (next: Load<T>) => {
    latest.current = next;
    setSlot(next);
  };
  return {
    slot,
    current: () => latest.current,
    set,
    async run(fetch, retry) {
      set(LOADING);
      try {
        const value = await fetch();
        set({status: 'ok', value});
        return value;
      } catch (error) {
        const message = ui.errorText(error);
        set({status: 'error', message, retry});
        ui.announce(message);
        return undefined;
      }
    },
  };
}
