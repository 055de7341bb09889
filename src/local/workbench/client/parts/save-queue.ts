// The viewer's saves, in the order typed: each commit joins the queue with its own cell address
// (never "the current row"); while one request is out, further commits wait and go together in
// the next one, which the server applies one by one in that order. A cell shows its saving text
// until the last save queued for it is answered; then what the sheet holds, or the error and the
// text that was typed.
import type {EditResult} from '../../../server';

export interface Commit {
  ref: string;
  value: string;
  td: HTMLTableCellElement | null;
}

export type Answer = (
  commit: Commit,
  result: EditResult,
  last: boolean,
) => void;

export class SaveQueue {
  private waiting: Commit[] = [];
  private busy = false;
  /** Saves not yet answered, per cell address. */
  private open = new Map<string, number>();
  private idle: (() => void)[] = [];

  constructor(
    private readonly sheet: string,
    private readonly answer: Answer,
  ) {}

  pending(ref?: string): number {
    if (ref !== undefined) return this.open.get(ref) ?? 0;
    let n = 0;
    this.open.forEach(v => (n += v));
    return n;
  }

  push(commit: Commit): void {
    this.open.set(commit.ref, this.pending(commit.ref) + 1);
    this.waiting.push(commit);
    this.pump();
  }

  /** Runs `then` once every save has been answered (at once when none is open). */
  whenIdle(then: () => void): void {
    if (!this.busy && this.waiting.length === 0) then();
    else this.idle.push(then);
  }

  private pump(): void {
    if (this.busy) return;
    if (this.waiting.length === 0) {
      this.idle.splice(0).forEach(f => f());
      return;
    }
    const batch = this.waiting.splice(0, 500);
    this.busy = true;
    void fetch('/edits', {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({
        sheet: this.sheet,
        edits: batch.map(c => ({ref: c.ref, value: c.value})),
      }),
    })
      .then(response =>
        response
          .json()
          .then((body: {results?: EditResult[]; message?: string}) => {
            if (!response.ok || !Array.isArray(body.results))
              throw new Error(body.message || 'HTTP ' + response.status);
            return body.results;
          }),
      )
      .then(
        results => batch.forEach((c, i) => this.settle(c, results[i])),
        (error: unknown) =>
          batch.forEach(c =>
            this.settle(c, {
              ok: false,
              message: String((error as Error)?.message ?? error),
            }),
          ),
      )
      .then(() => {
        this.busy = false;
        this.pump();
      });
  }

  private settle(commit: Commit, result: EditResult | undefined): void {
    const left = this.pending(commit.ref) - 1;
    if (left > 0) this.open.set(commit.ref, left);
    else this.open.delete(commit.ref);
    this.answer(
      commit,
      result ?? {ok: false, message: 'no answer'},
      left === 0,
    );
  }
}
