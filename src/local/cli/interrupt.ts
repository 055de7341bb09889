// Ctrl+C, SIGTERM and a closed stdout (`... | head`) ask the command to stop: the email being sent
// is finished, the workbook saved, and the command exits non-zero (128 + the signal, as shells
// report it). A second Ctrl+C or SIGTERM quits at once: the journal already holds the send marks.
import type {Params} from '../../core/i18n';

export type StopReason = 'SIGINT' | 'SIGTERM' | 'EPIPE';

/** Set when the command was asked to stop; the long verbs look at it between chunks. */
export interface StopSignal {
  reason: StopReason | null;
}

export const EXIT_BY_REASON: Record<StopReason, number> = {
  SIGINT: 130,
  SIGTERM: 143,
  EPIPE: 141,
};

/**
 * Installs the handlers on this process; returns their removal. `say` prints a catalogue message
 * to stderr; `closed` is called when stdout is gone (the CLI stops writing to it).
 */
export function guardProcess(
  stop: StopSignal,
  say: (key: string, params: Params) => void,
  closed: () => void,
): () => void {
  const onSignal = (signal: 'SIGINT' | 'SIGTERM') => {
    if (stop.reason && stop.reason !== 'EPIPE') {
      process.exit(EXIT_BY_REASON[signal]);
    }
    stop.reason = signal;
    say('cli.stop.finishing', {reason: signal});
  };
  const onInt = () => onSignal('SIGINT');
  const onTerm = () => onSignal('SIGTERM');
  const onError = (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed();
    stop.reason ??= 'EPIPE';
  };
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  process.stdout.on('error', onError);
  return () => {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
    process.stdout.off('error', onError);
  };
}

/** Lets pending signal and pipe events run (a chunk of the add-on is synchronous). */
export function yieldToEvents(): Promise<void> {
  return new Promise(resolve => setImmediate(resolve));
}
