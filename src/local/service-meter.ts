// Watching a loaded bundle's Apps Script services from a test or a measurement: `intercept` wraps
// a service (and every object its methods return) so each call goes through a hook, named
// 'Class.method'; `meterSpreadsheet` uses it to count the Spreadsheet service's calls and the cells
// each read returns. For scale tests and measurements (how calls and cells grow with N), not for
// timing.
import type {BundleContext} from './loader';

/** Calls that return cell contents. */
const READ_CALLS = new Set([
  'Range.getValues',
  'Range.getDisplayValues',
  'Range.getFormulas',
  'Sheet.getSheetValues',
]);

/** Services are objects that are neither arrays nor dates (dates may come from the vm realm). */
function isService(value: unknown): value is object {
  return (
    !!value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.prototype.toString.call(value) !== '[object Date]'
  );
}

/**
 * A proxy of `target` whose every method call runs as `around(name, call)`; what the call returns
 * is wrapped the same way (an array of services element by element).
 */
export function intercept(
  target: object,
  around: (name: string, call: () => unknown) => unknown,
): object {
  const seen = new WeakMap<object, object>();
  const wrap = (service: object): object => {
    const known = seen.get(service);
    if (known) return known;
    const proxy = new Proxy(service, {
      get(obj, prop, receiver) {
        const value = Reflect.get(obj, prop, receiver);
        if (typeof value !== 'function' || typeof prop !== 'string')
          return value;
        const name = `${obj.constructor.name}.${prop}`;
        return (...args: unknown[]) => {
          const result = around(name, () => value.apply(obj, args));
          if (Array.isArray(result))
            return result.some(isService)
              ? result.map(v => (isService(v) ? wrap(v) : v))
              : result;
          return isService(result) ? wrap(result) : result;
        };
      },
    });
    seen.set(service, proxy);
    return proxy;
  };
  return wrap(target);
}

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
  ctx.SpreadsheetApp = intercept(ctx.SpreadsheetApp as object, (name, call) => {
    meter.calls.set(name, (meter.calls.get(name) ?? 0) + 1);
    const result = call();
    if (READ_CALLS.has(name)) meter.cellsRead += cellsOf(result);
    return result;
  });
  return meter;
}
