// A trigger run is an execution of its own in Apps Script: its own cost meter and time limit (30 s
// for the simple onOpen/onEdit, https://developers.google.com/apps-script/guides/triggers
// #restrictions; 6 min for installable ones), and its estimated runtime counts towards the user's
// daily "Triggers total runtime" (90 min consumer, 6 hr Workspace,
// https://developers.google.com/apps-script/guides/services/quotas), which, once used up, refuses
// further trigger runs with "Service using too much computer time for one day."
import {zonedParts} from './dates';
import {
  CostMeter,
  DAILY_RUNTIME_MESSAGE,
  DAILY_TRIGGER_SECONDS,
  EXECUTION_LIMIT_SECONDS,
  SHORT_LIMIT_SECONDS,
} from './cost';
import type {Env} from './env';

type Usage = Record<string, {day: string; seconds: number}>;

/** Seconds of trigger runtime per user per day, saved with the workbook (as mail usage is). */
function usage(env: Env): Usage {
  const meta = env.workbook.meta;
  if (!meta.triggerRuntime || typeof meta.triggerRuntime !== 'object')
    meta.triggerRuntime = {};
  return meta.triggerRuntime as Usage;
}

function today(env: Env): string {
  const p = zonedParts(env.now(), env.workbook.timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** The estimated trigger runtime `user` has used today, in seconds. */
export function triggerSecondsToday(env: Env, user: string): number {
  const u = usage(env)[user];
  return u && u.day === today(env) ? u.seconds : 0;
}

/**
 * Runs `run` as a trigger execution of `user`: refused when the day's runtime is used up, stopped
 * at the call where its estimate passes its own limit or the day's remainder, and added to the
 * day's total however it ends.
 */
export function asTriggerExecution(
  env: Env,
  user: string,
  simple: boolean,
  run: () => void,
): void {
  const options = env.shared.options;
  const daily = DAILY_TRIGGER_SECONDS[options.account];
  const used = triggerSecondsToday(env, user);
  if (options.cost !== 'off' && used >= daily)
    throw env.error(DAILY_RUNTIME_MESSAGE);
  const meter = new CostMeter(
    options.cost,
    simple ? SHORT_LIMIT_SECONDS : EXECUTION_LIMIT_SECONDS,
    seconds => (used + seconds > daily ? DAILY_RUNTIME_MESSAGE : null),
  );
  const outer = env.cost;
  const wasSimple = env.simpleTrigger;
  env.cost = meter;
  env.simpleTrigger = simple;
  try {
    run();
  } finally {
    env.cost = outer;
    env.simpleTrigger = wasSimple;
    env.shared.lastTrigger = meter.stats();
    if (options.cost !== 'off') {
      const spent = meter.seconds(options.cost);
      usage(env)[user] = {day: today(env), seconds: used + spent};
    }
  }
}
