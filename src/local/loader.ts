// Runs the built add-on (dist/Code.js) in a fresh V8 context whose only non-standard globals are
// the emulator's Apps Script services — what runs here is what ships.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type {
  BundleContext,
  ClockSetting,
  CostSetting,
  Emulator,
  ExecutionStats,
} from './emulator';
import type {Realm} from './emulator/env';

export type {BundleContext} from './emulator';

/** Environment variable naming the repository root explicitly (a relocated build/cli.js). */
export const ROOT_ENV = 'KINERJA_ASN_ROOT';
const PACKAGE_NAME = 'kinerja-asn';

function isOurPackage(dir: string): boolean {
  try {
    const pkg = JSON.parse(
      fs.readFileSync(path.join(dir, 'package.json'), 'utf8'),
    ) as {name?: unknown};
    return pkg.name === PACKAGE_NAME;
  } catch {
    return false; // no package.json here, or not JSON
  }
}

/**
 * The repository root (where dist/ lives): $KINERJA_ASN_ROOT when set, else the nearest directory
 * above `start` whose package.json is named kinerja-asn. The same answer from src/local (ts-jest)
 * and from the bundled build/cli.js, which sit at different depths.
 */
export function repoRoot(start: string = __dirname): string {
  const explicit = process.env[ROOT_ENV];
  if (explicit) return path.resolve(explicit);
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (isOurPackage(dir)) return dir;
    if (path.dirname(dir) === dir) {
      throw new Error(
        `No kinerja-asn package.json above ${start}: set ${ROOT_ENV} to the repository folder.`,
      );
    }
  }
}

/** dist/Code.js of the repository, resolved when first needed. */
export function defaultCodeFile(): string {
  return path.join(repoRoot(), 'dist', 'Code.js');
}

/**
 * Makes `new Date()` / `Date.now()` inside the bundle follow the emulator clock while keeping
 * Date.prototype (so `instanceof Date` holds for every date in the context). The clock the bundle
 * sees is the emulator's plus the execution's estimated seconds so far (Emulator.bundleNow), so
 * time passes inside an execution as it would in Apps Script.
 */
const CLOCK_SHIM = `(function (now) {
  const RealDate = Date;
  function ClockDate(...args) {
    if (!new.target) return new RealDate(now()).toString();
    return args.length ? new RealDate(...args) : new RealDate(now());
  }
  ClockDate.prototype = RealDate.prototype;
  Object.defineProperty(RealDate.prototype, 'constructor', {value: ClockDate, writable: true, configurable: true});
  ClockDate.now = () => now();
  ClockDate.UTC = RealDate.UTC;
  ClockDate.parse = RealDate.parse;
  globalThis.Date = ClockDate;
  return RealDate;
})`;

export interface LoadOptions {
  /**
   * The execution Sheets starts to evaluate a formula such as =ASN_SCORE(A2): the Spreadsheet
   * service is read-only there, MailApp, ScriptApp and the Ui are refused, no user is known.
   */
  customFunction?: boolean;
  /** This execution's cost profile (default: the emulator's, see EmulatorOptions.costProfile). */
  costProfile?: CostSetting;
  /** Whether this execution's clock moves by its estimated time (EmulatorOptions.advanceClock). */
  advanceClock?: ClockSetting;
}

export function loadBundle(
  emulator: Emulator,
  codeFile: string = defaultCodeFile(),
  options: LoadOptions = {},
): BundleContext {
  const code = fs.readFileSync(codeFile, 'utf8');
  // The project's manifest decides which scopes its code may use, as in Apps Script.
  const manifest = path.join(path.dirname(codeFile), 'appsscript.json');
  if (fs.existsSync(manifest)) {
    const scopes = (
      JSON.parse(fs.readFileSync(manifest, 'utf8')) as {
        oauthScopes?: unknown;
      }
    ).oauthScopes;
    if (Array.isArray(scopes)) emulator.setOauthScopes(scopes.map(String));
  }
  const ctx = vm.createContext({}) as BundleContext;
  const intrinsics = vm.runInContext('({Array, Error, Object})', ctx) as Omit<
    Realm,
    'Date'
  >;
  const RealDate = (
    vm.runInContext(CLOCK_SHIM, ctx) as (now: () => number) => DateConstructor
  )(() => Math.floor(emulator.bundleNow(ctx)));
  const globals = emulator.newExecution(
    {...intrinsics, Date: RealDate},
    ctx,
    options,
  );
  for (const [name, value] of Object.entries(globals)) {
    Object.defineProperty(ctx, name, {
      value,
      writable: true,
      configurable: true,
      enumerable: false,
    });
  }
  new vm.Script(code, {filename: codeFile}).runInContext(ctx);
  return ctx;
}

/**
 * One Apps Script execution: a fresh bundle context, its locks released when `run` returns. Its
 * cost (calls, cells, estimated seconds under both profiles) is then emulator.lastExecution, or
 * handed to `onStats` however the run ended.
 */
export function inExecution<T>(
  emulator: Emulator,
  codeFile: string,
  run: (ctx: BundleContext) => T,
  options: LoadOptions & {onStats?: (stats: ExecutionStats) => void} = {},
): T {
  const {onStats, ...load} = options;
  const ctx = loadBundle(emulator, codeFile, load);
  try {
    return run(ctx);
  } finally {
    emulator.endExecution(ctx);
    if (onStats && emulator.lastExecution) onStats(emulator.lastExecution);
  }
}
