// The base of every emulated Apps Script object: its execution (Env) and the call counter that
// countMethods (calls.ts) adds each public call to.
import type {Env} from './env';

export class Service {
  constructor(public _env: Env) {}
  get _calls() {
    return this._env.calls;
  }
}
