// Counts every public service call as 'Class.method'. Performance budgets are asserted on these
// counts, so the emulator's own code calls underscore-prefixed internals that are never counted.
// Each call also feeds the execution's cost meter (cost.ts), which stops it past its time limit.
import {type CostMeter, cellsWrittenBy} from './cost';

export class CallCounter {
  private counts = new Map<string, number>();

  add(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  count(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  byMethod(): Record<string, number> {
    return Object.fromEntries(
      [...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)),
    );
  }

  /** Sum of all calls whose 'Class.method' name starts with prefix (all calls when omitted). */
  total(prefix = ''): number {
    let sum = 0;
    for (const [name, n] of this.counts) if (name.startsWith(prefix)) sum += n;
    return sum;
  }

  reset(): void {
    this.counts.clear();
  }
}

/** Anything with a counter reachable as this._calls (and, for services, its execution). */
interface Counted {
  _calls: CallCounter;
  _env?: {
    customFunction: boolean;
    cost?: CostMeter;
    error(message: string): Error;
  };
  _r?: {numRows: number; numCols: number};
}

/** Services a custom function may use whole; of the Spreadsheet service, only its readers. */
const CUSTOM_FUNCTION_SERVICES =
  /^(CacheService|Cache|LockService|Lock|PropertiesService|Properties|Utilities|Blob|Logger|User|Session)\./;
const SPREADSHEET_CLASSES =
  /^(SpreadsheetApp|Spreadsheet|Sheet|Range|RangeList|NamedRange|DataValidation|Protection)\./;

/** Whether a custom function (a formula in a cell) may call 'Class.method'. */
export function customFunctionMayCall(label: string): boolean {
  if (CUSTOM_FUNCTION_SERVICES.test(label)) return true;
  const method = label.slice(label.indexOf('.') + 1);
  // getUi passes here: it refuses by itself, with Sheets' "from this context" message.
  return SPREADSHEET_CLASSES.test(label) && /^(get|is|has|can)/.test(method);
}

const wrapped = new WeakSet<object>();

/**
 * Replaces every public prototype method of cls with a counting wrapper. Methods whose name starts
 * with '_' (internals), 'constructor' and 'toString' are left alone.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function countMethods(cls: {prototype: any}, className: string): void {
  const proto = cls.prototype;
  if (wrapped.has(proto)) return;
  wrapped.add(proto);
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (name === 'constructor' || name === 'toString' || name.startsWith('_'))
      continue;
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    if (!desc || typeof desc.value !== 'function') continue;
    const original = desc.value as (...args: unknown[]) => unknown;
    const label = `${className}.${name}`;
    Object.defineProperty(proto, name, {
      ...desc,
      value: function (this: Counted, ...args: unknown[]) {
        this._calls.add(label);
        const env = this._env;
        if (env?.customFunction && !customFunctionMayCall(label)) {
          throw env.error(`You do not have permission to call ${name}`);
        }
        if (!env?.cost) return original.apply(this, args);
        const cost = env.cost;
        const early = cost.before(label, cellsWrittenBy(this, label, args));
        if (early) throw env.error(early);
        const result = original.apply(this, args);
        const late = cost.after(label, result);
        if (late) throw env.error(late);
        return result;
      },
    });
  }
}
