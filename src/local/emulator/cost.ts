// The cost model: what one execution would take in real Apps Script, estimated from what it asks
// of the services (calls, cells read, cells written, read-after-write round trips), so the
// emulator can stop an execution where Google would ("Exceeded maximum execution time") and the
// bench can report estimated seconds. Figures and sources: docs/PLATFORM-LIMITS.md §8.
//
// Limits (https://developers.google.com/apps-script/guides/services/quotas, "Current limitations"):
// script runtime 6 min / execution; custom function runtime 30 s / execution; simple triggers
// "cannot run for longer than 30 seconds" (https://developers.google.com/apps-script/guides/triggers
// #restrictions); triggers total runtime 90 min / day consumer, 6 h / day Workspace.

export type CostProfile = 'optimistic' | 'pessimistic';
/** The switch: a profile enforces its estimate; 'off' measures but never stops an execution. */
export type CostSetting = CostProfile | 'off';
export type AccountKind = 'consumer' | 'workspace';

/**
 * Whether the add-on's clock (Date.now() / new Date() in the bundle) moves by the execution's
 * estimated seconds so far: true = under the enforced profile (not at all when 'off'), a profile =
 * under that one whatever is enforced, false = never (the clock stays at the emulator's `now`).
 * With it the add-on's own time budgets (a send chunk's 270 s, the hourly job's 4.5 min) run out
 * where they would in Google instead of never.
 */
export type ClockSetting = boolean | CostProfile;

/** The profile whose estimate moves the clock, or null. */
export function clockProfile(
  clock: ClockSetting,
  enforced: CostSetting,
): CostProfile | null {
  if (clock === true) return enforced === 'off' ? null : enforced;
  return clock === false ? null : clock;
}

/** Environment variable choosing the profile when the emulator is not given one. */
export const COST_PROFILE_ENV = 'KINERJA_COST_PROFILE';
/** Optimistic for now: the 10,000-employee tab creation is known to need chunking first. */
export const DEFAULT_COST_PROFILE: CostSetting = 'optimistic';

export interface CostFigures {
  /** A service call served from Apps Script's caches (no round trip to Sheets). */
  callMs: number;
  /** Per cell returned by a batch read (getValues, getDisplayValues, getBackgrounds...). */
  cellReadUs: number;
  /** Per cell set by a batch write (setValues, set<Style>s, clear over a range). */
  cellWriteUs: number;
  /** A flush of pending writes: SpreadsheetApp.flush() or the first read after writes. */
  roundTripMs: number;
}

/**
 * The model, one row per profile (docs/PLATFORM-LIMITS.md §8):
 * - callMs: 0.4 ms optimistic = 400 row-by-row setValues in 164 ms without flush (Mogsdad,
 *   "What is faster: ScriptDb or SpreadsheetApp?") and repeated getValue at ~0.3 ms (Tanaike gist
 *   1e7df0d6991d4e39330cd2b353573e72); 30 ms pessimistic = the same 400 writes flushed each time,
 *   ~12 s (Mogsdad), i.e. every call a real round trip.
 * - cells: 12 µs = one 4,000-cell setValues in < 50 ms (Mogsdad); reads a little cheaper (10 µs,
 *   look-ahead read cache, https://developers.google.com/apps-script/guides/support/best-practices);
 *   50 µs pessimistic for large sheets and rewrite spikes (Bruce McPherson, "Measuring sheet
 *   operation performance").
 * - roundTripMs: 500 ms in both = the same write plus flush() took 610 ms (Mogsdad); "every time
 *   you do a read, we must first empty (commit) the write cache" (Apps Script blog, 2010).
 */
export const COST_TABLE: Readonly<Record<CostProfile, Readonly<CostFigures>>> =
  Object.freeze({
    optimistic: {
      callMs: 0.4,
      cellReadUs: 10,
      cellWriteUs: 12,
      roundTripMs: 500,
    },
    pessimistic: {
      callMs: 30,
      cellReadUs: 50,
      cellWriteUs: 50,
      roundTripMs: 500,
    },
  });

/** Quotas page: script runtime 6 min / execution. */
export const EXECUTION_LIMIT_SECONDS = 6 * 60;
/** Custom functions and simple triggers: 30 s. */
export const SHORT_LIMIT_SECONDS = 30;
/** Quotas page, "Triggers total runtime": 90 min / day consumer, 6 hr / day Workspace. */
export const DAILY_TRIGGER_SECONDS: Record<AccountKind, number> = {
  consumer: 90 * 60,
  workspace: 6 * 60 * 60,
};
/** Apps Script's text when an execution passes its limit (docs/PLATFORM-LIMITS.md §4). */
export const TIME_LIMIT_MESSAGE = 'Exceeded maximum execution time';
/** Quotas page, the daily trigger-runtime quota's exception (docs/PLATFORM-LIMITS.md §5). */
export const DAILY_RUNTIME_MESSAGE =
  'Service using too much computer time for one day.';

export interface ExecutionStats {
  calls: number;
  cellsRead: number;
  cellsWritten: number;
  roundTrips: number;
  estimatedSeconds: Record<CostProfile, number>;
}

/**
 * Seconds one Blob.getAs('application/pdf') of an HTML page takes in Apps Script. Google publishes
 * no figure; users report about a second for a one-page HTML conversion. 1.5 s optimistic, 4 s
 * pessimistic: an assumption, so a unit's bundle is chunked well before the 6-minute limit.
 */
export const PDF_CONVERSION_SECONDS: Record<CostProfile, number> = {
  optimistic: 1.5,
  pessimistic: 4,
};

/** Calls that need the document as it is now: a pending write must be flushed first. */
const READS_DOCUMENT =
  /^(Range|Sheet|Spreadsheet)\.(get(Values?|DisplayValues?|Formulas?|SheetValues|LastRow|LastColumn|DataRange|MaxRows|MaxColumns|Backgrounds?|NumberFormats?|Notes?|FontWeights?|FontColors?|DataValidations?)|isBlank)$/;
const WRITES_DOCUMENT =
  /^(Range|Sheet|Spreadsheet|SpreadsheetApp|Protection|RangeList)\.(set|insert|delete|clear|append|protect|remove|add|hide|show|merge|sort|copy|move|auto|update)/;
const SINGLE_CELL_READ = /^Range\.(getValue|getDisplayValue|getFormula)$/;

/** One execution's meter, checked at every service call. */
export class CostMeter {
  calls = 0;
  cellsRead = 0;
  cellsWritten = 0;
  roundTrips = 0;
  /** Blob.getAs conversions (PDF rendering on Google's side). */
  conversions = 0;
  private pendingWrites = false;

  /**
   * @param setting the profile whose estimate is enforced ('off': never)
   * @param limitSeconds this execution's runtime limit
   * @param extra a further check (the daily trigger runtime): an error text, or null
   */
  constructor(
    readonly setting: CostSetting,
    readonly limitSeconds: number = EXECUTION_LIMIT_SECONDS,
    private readonly extra?: (seconds: number) => string | null,
  ) {}

  seconds(profile: CostProfile): number {
    const f = COST_TABLE[profile];
    return (
      (this.calls * f.callMs) / 1e3 +
      (this.cellsRead * f.cellReadUs) / 1e6 +
      (this.cellsWritten * f.cellWriteUs) / 1e6 +
      (this.roundTrips * f.roundTripMs) / 1e3 +
      this.conversions * PDF_CONVERSION_SECONDS[profile]
    );
  }

  /** Before the call runs: the call itself, the cells it writes, a flush it forces. */
  before(label: string, cellsWritten: number): string | null {
    this.calls++;
    if (label === 'Blob.getAs') this.conversions++;
    if (READS_DOCUMENT.test(label) || label === 'SpreadsheetApp.flush') {
      if (this.pendingWrites) this.roundTrips++;
      this.pendingWrites = false;
    }
    if (WRITES_DOCUMENT.test(label)) {
      this.pendingWrites = true;
      this.cellsWritten += cellsWritten;
    }
    return this.check();
  }

  /** After the call returned: the cells it read. */
  after(label: string, result: unknown): string | null {
    if (!READS_DOCUMENT.test(label)) return null;
    let cells = 0;
    if (SINGLE_CELL_READ.test(label)) cells = 1;
    else if (Array.isArray(result) && Array.isArray(result[0])) {
      for (const row of result as unknown[][]) cells += row.length;
    }
    if (cells === 0) return null;
    this.cellsRead += cells;
    return this.check();
  }

  check(): string | null {
    if (this.setting === 'off') return null;
    const seconds = this.seconds(this.setting);
    if (seconds > this.limitSeconds) return TIME_LIMIT_MESSAGE;
    return this.extra ? this.extra(seconds) : null;
  }

  stats(): ExecutionStats {
    return {
      calls: this.calls,
      cellsRead: this.cellsRead,
      cellsWritten: this.cellsWritten,
      roundTrips: this.roundTrips,
      estimatedSeconds: {
        optimistic: this.seconds('optimistic'),
        pessimistic: this.seconds('pessimistic'),
      },
    };
  }
}

/** The profile from the option, else $KINERJA_COST_PROFILE, else the default. */
export function costSetting(option?: CostSetting): CostSetting {
  const asked = option ?? process.env[COST_PROFILE_ENV];
  if (asked === undefined || asked === '') return DEFAULT_COST_PROFILE;
  if (asked === 'optimistic' || asked === 'pessimistic' || asked === 'off')
    return asked;
  throw new Error(
    `${COST_PROFILE_ENV} must be optimistic, pessimistic or off, not '${asked}'.`,
  );
}

/** Cells a write call sets: the range's rectangle, or the appended row. */
export function cellsWrittenBy(
  self: {
    _r?: {numRows: number; numCols: number};
    _ranges?: {_r: {numRows: number; numCols: number}}[];
  },
  label: string,
  args: unknown[],
): number {
  if (label.startsWith('RangeList.') && self._ranges)
    return self._ranges.reduce((n, x) => n + x._r.numRows * x._r.numCols, 0);
  if (label === 'Sheet.appendRow' && Array.isArray(args[0]))
    return args[0].length;
  const r = self._r;
  return r && label.startsWith('Range.') ? r.numRows * r.numCols : 0;
}
