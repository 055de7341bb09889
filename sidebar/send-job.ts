// Drives the chunked "send all" job: one apiContinueSend after another while the server says
// 'running', until done, paused by quota, paused by the user, stalled, or stopped by an error.
import {useRef, useState} from 'preact/hooks';
import type {SendStatus} from '../src/core/api';
import type {Ui} from './ui';

/** Chunks in a row without progress before the sidebar stops driving (e.g. lock held elsewhere). */
const MAX_IDLE_CHUNKS = 5;

export const processed = (s: SendStatus) =>
  s.sent + s.skipped + s.failed + s.uncertain;

export interface SendJob {
  status: SendStatus | null;
  /** The sidebar is running the chunk loop now. */
  driving: boolean;
  pausedByUser: boolean;
  /** "Send all" pressed once: the confirm button shows. */
  confirming: boolean;
  resend: boolean;
  error: {message: string; retry: () => void} | null;
  setConfirming(value: boolean): void;
  setResend(value: boolean): void;
  pause(): void;
  start(period: string): void;
  /** Resends only the results changed since their email was sent (a job of its own). */
  resendChanged(period: string): void;
  /** Resends one employee's email (one call, under the server's lock). */
  resendOne(period: string, nip: string): void;
  resume(): void;
  /** Fetches the job's status unless the loop is running (it knows better). */
  refresh(retry: () => void): Promise<void>;
}

export function useSendJob(ui: Ui, onDone: () => void): SendJob {
  const [status, setStatus] = useState<SendStatus | null>(null);
  const [driving, setDriving] = useState(false);
  const [pausedByUser, setPausedByUser] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [resend, setResend] = useState(false);
  const [error, setError] = useState<SendJob['error']>(null);
  // The loop reads these between awaits, so it sees a press of "Jeda" made meanwhile.
  const drivingNow = useRef(false);
  const pausedNow = useRef(false);

  async function drive(first: () => Promise<SendStatus>) {
    if (drivingNow.current) return;
    drivingNow.current = true;
    pausedNow.current = false;
    setDriving(true);
    setPausedByUser(false);
    setConfirming(false);
    setError(null);
    try {
      let current = await first();
      setStatus(current);
      let idleChunks = 0;
      while (current.state === 'running' && !pausedNow.current) {
        const before = processed(current);
        current = await ui.call('apiContinueSend');
        setStatus(current);
        idleChunks = processed(current) === before ? idleChunks + 1 : 0;
        if (idleChunks >= MAX_IDLE_CHUNKS) break;
      }
      if (current.message) ui.announce(current.message);
      if (current.state === 'done') onDone();
    } catch (failure) {
      setError({message: ui.errorText(failure), retry: resume});
      ui.announce(ui.errorText(failure));
    } finally {
      drivingNow.current = false;
      setDriving(false);
    }
  }

  function resume() {
    void drive(() => ui.call('apiContinueSend'));
  }

  return {
    status,
    driving,
    pausedByUser,
    confirming,
    resend,
    error,
    setConfirming,
    setResend,
    pause() {
      pausedNow.current = true;
      setPausedByUser(true);
    },
    start(period) {
      void drive(() => ui.call('apiStartSend', period, resend));
    },
    resendChanged(period) {
      void drive(() => ui.call('apiResendChanged', period));
    },
    resendOne(period, nip) {
      void drive(() => ui.call('apiResendOne', period, nip));
    },
    resume,
    async refresh(retry) {
      if (drivingNow.current) return;
      try {
        setStatus(await ui.call('apiGetSendStatus'));
      } catch (failure) {
        setError({message: ui.errorText(failure), retry});
      }
    },
  };
}
