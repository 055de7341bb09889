// "Buat Tab Penilaian": the appraisal tabs planned by src/sheets/penilaian.ts, built by a resumable
// job in chunks (src/gas/tabs/job.ts) under the document lock, with its progress in a document
// property. The sidebar drives chunk after chunk (apiStartTabs / apiContinueTabs) with a progress
// bar; the menu runs chunks while its execution has time; the hourly trigger finishes a job a
// closed sidebar left (continuePendingTabs).

import {EXECUTION_BUDGET_MS} from '../core/budget';

/**
 * No tab starts after this: a chunk's last tab and its closing writes (the job, the signatures,
 * the stale mark) took up to 31 s past the start of its last tab in the scale report (10,000
 * employees, Per Atasan), so tabs keep 40 s more than core/budget.ts's margin.
 */
const TAB_BUDGET_MS = EXECUTION_BUDGET_MS - 40_000;
import type {TabsStatus} from '../core/api';
import {t} from '../core/i18n';
import {normalizePeriod} from '../core/period';
import {type TabsJob, isTabsJobPending, newTabsJob} from '../core/tab-job';
import type {Lang} from '../core/types';
import {interfaceLang} from './settings';
import {runTabsChunk} from './tabs/job';
import {loadTabsJob, newId, saveTabsJob} from './tabs/job-store';
import {withDocumentLock} from './workbook';
import {isClosed} from './closed-periods';
import {SHEET} from '../sheets/schema';

/** How long a chunk waits for the document lock (a recompute or a send chunk may hold it). */
const LOCK_WAIT_MS = 10000;

function statusOf(job: TabsJob | null, tabs: string[], ok = true): TabsStatus {
  return {
    ok: ok && job?.state !== 'error',
    message: job?.message ?? '',
    tabs,
    employees: job?.employees ?? 0,
    jobId: job?.id ?? '',
    period: job?.period ?? '',
    state: job?.state ?? 'idle',
    done: job?.done ?? 0,
    total: job?.total ?? 0,
    created: job?.created ?? 0,
    chunkSeconds: job?.lastChunkSeconds ?? 0,
  };
}

function busy(lang: Lang): TabsStatus {
  return {
    ...statusOf(loadTabsJob(), [], false),
    message: t(lang, 'workflow.busy'),
  };
}

/**
 * Starts the tab job of a period and runs its first chunk; the same period's unfinished job is
 * continued instead of started over.
 */
export function startTabsJob(
  periodText: string,
  lang: Lang,
  until = Date.now() + TAB_BUDGET_MS,
): TabsStatus {
  const period = normalizePeriod(periodText);
  if (!period) {
    return {
      ...statusOf(null, [], false),
      message: t(lang, 'workflow.period.invalid', {periode: periodText}),
    };
  }
  if (isClosed(period)) {
    return {
      ...statusOf(null, [], false),
      message: t(lang, 'close.closedTabs', {
        periode: period,
        sheet: SHEET.arsipPenilaian,
      }),
    };
  }
  const outcome = withDocumentLock(() => {
    const current = loadTabsJob();
    const job =
      current && isTabsJobPending(current) && current.period === period
        ? current
        : newTabsJob(newId(), period, '');
    if (job !== current) saveTabsJob(job);
    const result = runTabsChunk(job, lang, until);
    return statusOf(result.job, result.tabs, result.ok);
  }, LOCK_WAIT_MS);
  return outcome.ok ? outcome.value : busy(lang);
}

/** Runs the next chunk of the pending job (sidebar, menu, hourly trigger). */
export function continueTabsJob(
  lang: Lang = interfaceLang(),
  until = Date.now() + TAB_BUDGET_MS,
): TabsStatus {
  const outcome = withDocumentLock(() => {
    const job = loadTabsJob();
    if (!job) return {...statusOf(null, []), message: t(lang, 'tabs.job.none')};
    if (!isTabsJobPending(job)) return statusOf(job, []);
    const result = runTabsChunk(job, lang, until);
    return statusOf(result.job, result.tabs, result.ok);
  }, LOCK_WAIT_MS);
  return outcome.ok ? outcome.value : busy(lang);
}

/** The job's status without reading the sheets. */
export function getTabsStatus(): TabsStatus {
  return statusOf(loadTabsJob(), []);
}

export function hasPendingTabsJob(): boolean {
  return isTabsJobPending(loadTabsJob());
}

/** Runs further chunks while the job moves and `until` (epoch ms) is ahead. */
function continueUntil(
  first: TabsStatus,
  lang: Lang,
  until: number,
): TabsStatus {
  let status = first;
  const tabs = [...first.tabs];
  while (status.state === 'running' && Date.now() < until) {
    const before = `${status.done}/${status.total}/${status.created}`;
    status = continueTabsJob(lang, until);
    if (status.state === 'done') tabs.splice(0, tabs.length);
    tabs.push(...status.tabs);
    if (
      status.state === 'running' &&
      `${status.done}/${status.total}/${status.created}` === before
    )
      break;
  }
  return {...status, tabs};
}

/**
 * Creates or refreshes the appraisal tabs of a period, keeping every typed value (menu, CLI):
 * chunk after chunk while this execution has time; the rest goes on from the sidebar or the
 * hourly trigger.
 */
export function createTabs(periodText: string, lang: Lang): TabsStatus {
  const until = Date.now() + TAB_BUDGET_MS;
  const status = continueUntil(
    startTabsJob(periodText, lang, until),
    lang,
    until,
  );
  if (status.state !== 'running') return status;
  return {
    ...status,
    message: `${status.message} ${t(lang, 'tabs.job.later')}`,
  };
}

/** Hourly trigger: finishes a tab job a closed sidebar left, within the trigger's deadline. */
export function continuePendingTabs(until: number): void {
  if (!hasPendingTabsJob() || Date.now() >= until) return;
  const lang = interfaceLang();
  continueUntil(continueTabsJob(lang, until), lang, until);
}
