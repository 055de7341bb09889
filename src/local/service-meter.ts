// A meter over a loaded bundle's Spreadsheet service: every call the add-on makes through
// SpreadsheetApp (and the objects it returns) is counted by 'Class.method', and the cells each
// read returns are summed. For scale tests and measurements (how calls and cells grow with N),
// not for timing.
import type {BundleContext} from './loader';

/** Calls that return cell contents. */
const READ_CALLS = new Set([
  'Range.getValues',
  'Range.getDisplayValues',
  'Range.getFormulas',
  'Sheet.getSheetValues',
]);

export interface Meter {
  calls: Map<string, number>;
  /** Spreadsheet service calls in all. */
  total(): number;
  /** Cells returned by the reads. */
  cellsRead: number;
  reset(): void;
}

function cellsOf(value: unknown): number {
  if (!Array.isArray(value)) return 0;
  let n = 0;
  for (const row of value) n += Array.isArray(row) ? row.length : 0;
  return n;
}

/** Replaces ctx.SpreadsheetApp with a counting proxy; returns the meter. */
export function meterSpreadsheet(ctx: BundleContext): Meter {
  const meter: Meter = {
    calls: new Map(),
    cellsRead: 0,
    total() {
      let sum = 0;
      for (const n of this.calls.values()) sum += n;
      return sum;
    },
    reset() {
      this.calls.clear();
      this.cellsRead = 0;
    },
  };
  const seen = new WeakMap<object, object>();
  const isService = (value: unknown): value is object =>
    !!value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.prototype.toString.call(value) !== '[object Date]';
  const wrap = (target: object): object => {
    const known = seen.get(target);
    if (known) return known;
    const proxy = new Proxy(target, {
      get(obj, prop, receiver) {
        const value = Reflect.get(obj, prop, receiver);
        if (typeof value !== 'function' || typeof prop !== 'string')
          return value;
        const name = `${obj.constructor.name}.${prop}`;
        return (...args: unknown[]) => {
          meter.calls.set(name, (meter.calls.get(name) ?? 0) + 1);
          const result = value.apply(obj, args);
          if (READ_CALLS.has(name)) {
            meter.cellsRead += cellsOf(result);
            return result;
          }
          if (Array.isArray(result))
            return result.map(v => (isService(v) ? wrap(v) : v));
          return isService(result) ? wrap(result) : result;
        };
      },
    });
    seen.set(target, proxy);
    return proxy;
  };
  ctx.SpreadsheetApp = wrap(ctx.SpreadsheetApp as object);
  return meter;
}
