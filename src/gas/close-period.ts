// "Tutup Periode": a period whose results are final moves out of its appraisal tabs into Arsip
// Penilaian (docs/SHEETS.md "Closing a period"). A tab holds 13 columns for each row; the archive
// keeps the 9 the appraisal reads, so a year of quarters at 10,000 employees fits Sheets' 10 M
// cells (issue 10). Recompute, Periksa Data, the summary and feedback read the archive's rows of a
// closed period (src/gas/closed-periods.ts); its tabs are not created again.
//
// Never loses a row, resumable: under the document lock, tab by tab, the rows are written to the
// archive's next free rows, then one property write records them in the index with the job (its
// `lastMoved` tab), and only then is the tab deleted. A chunk killed after the write but before
// the property write leaves the rows unindexed: the next chunk writes them again at the same rows.
// Killed after the property write, the tab is still there and named `lastMoved`: readers skip it
// and the next chunk deletes it.

import type {CloseStatus} from '../core/api';
import {t} from '../core/i18n';
import {normalizePeriod, parsePeriod} from '../core/period';
import {EXECUTION_BUDGET_MS} from '../core/budget';
import {CHUNK_ESTIMATE_MS, estimateMs, isTabsJobPending} from '../core/tab-job';
import type {Lang} from '../core/types';
import {
  ARSIP_HEADER,
  addRows,
  archiveRows,
  runRows,
} from '../sheets/arsip-penilaian';
import {findTabs, tabsOfPeriod} from './tabs/find';
import {SHEET} from '../sheets/schema';
import {
  CLOSED_INDEX_KEY,
  CLOSE_JOB_KEY,
  loadClosedIndex,
} from './closed-periods';
import {currentSettings, hrEmail} from './settings';
import {restrictTo} from './tabs/format';
import {forgetSignatures, loadTabsJob, newId, props} from './tabs/job-store';
import {errorText} from './ui';
import {
  activeSpreadsheet,
  readValues,
  sheetsByName,
  withDocumentLock,
} from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

interface CloseJob {
  id: string;
  period: string;
  state: 'running' | 'done' | 'error';
  /** Tabs of the period when the job started, and those moved since. */
  total: number;
  done: number;
  rows: number;
  /** The archive's next free row. */
  next: number;
  /** The tab whose rows are in the index but which may not be deleted yet. */
  lastMoved: string;
  message: string;
}

/** The archive grows by at least this many rows at a time (one insertRowsAfter per growth). */
const GROW_ROWS = 5000;
/** Service calls per tab: read, write, the job + index, delete, its signature and index entry (+ growth). */
const CALLS_PER_TAB = 6;
const LOCK_WAIT_MS = 10000;

function loadJob(): CloseJob | null {
  try {
    return JSON.parse(
      props().getProperty(CLOSE_JOB_KEY) ?? 'null',
    ) as CloseJob | null;
  } catch {
    return null;
  }
}

function status(
  job: CloseJob | null,
  ok: boolean,
  message: string,
): CloseStatus {
  return {
    ok,
    message,
    state: job?.state ?? 'idle',
    done: job?.done ?? 0,
    total: job?.total ?? 0,
    period: job?.period ?? '',
    rows: job?.rows ?? 0,
  };
}

/** The archive sheet, created with its header, text NIPs and an HR-only protection. */
function archiveSheet(
  sheets: Map<string, Sheet>,
  hr: string,
  lang: Lang,
): Sheet {
  const found = sheets.get(SHEET.arsipPenilaian);
  if (found) return found;
  const sheet = activeSpreadsheet().insertSheet(SHEET.arsipPenilaian);
  const width = ARSIP_HEADER.length;
  sheet.deleteColumns(width + 1, sheet.getMaxColumns() - width);
  sheet.deleteRows(2, sheet.getMaxRows() - 1);
  // Not plain text: rows inserted below take the formats of the row above (the apostrophe that
  // keeps a typed `=...` text would show in a plain-text cell).
  const header = sheet.getRange(1, 1, 1, width);
  header.setValues([[...ARSIP_HEADER]]);
  header.setFontWeight('bold');
  sheet.setFrozenRows(1);
  restrictTo(
    sheet.protect().setDescription(t(lang, 'close.protect')),
    hr ? [hr] : [],
  );
  sheets.set(SHEET.arsipPenilaian, sheet);
  return sheet;
}

/** Makes room for `rows` rows from `next`, growing by GROW_ROWS at least; returns the calls made. */
function ensureRoom(sheet: Sheet, next: number, rows: number): number {
  const max = sheet.getMaxRows();
  const need = next + rows - 1;
  if (need <= max) return 1;
  const add = Math.max(need - max, GROW_ROWS);
  sheet.insertRowsAfter(max, add);
  // NIPs stay text: digits of an 18-digit NIP would be lost as a number.
  sheet
    .getRange(max + 1, ARSIP_HEADER.indexOf('NIP') + 1, add, 1)
    .setNumberFormat('@');
  return 3;
}

/** Rows past the last written one go at the end, so the grid holds what it needs (cells count). */
function trimTail(sheet: Sheet, next: number): void {
  const keep = Math.max(next - 1, 2);
  const max = sheet.getMaxRows();
  if (max > keep) sheet.deleteRows(keep + 1, max - keep);
}

/** Names of the tabs of `period` (by identity), sorted. */
function tabNamesOfPeriod(
  sheets: Map<string, Sheet>,
  period: string,
): string[] {
  return tabsOfPeriod(findTabs(sheets), period)
    .map(tab => tab.name)
    .sort();
}

/**
 * One chunk of closing `periodText` (the running job's period when it is the same): moves tabs
 * until the estimate or `until` is reached. Call again while the state is 'running'.
 */
export function closePeriod(
  periodText: string,
  lang: Lang,
  until = Date.now() + EXECUTION_BUDGET_MS,
): CloseStatus {
  const period = normalizePeriod(periodText);
  if (!period) {
    return status(
      null,
      false,
      t(lang, 'workflow.period.invalid', {periode: periodText}),
    );
  }
  const outcome = withDocumentLock(
    () => runChunk(period, lang, until),
    LOCK_WAIT_MS,
  );
  return outcome.ok
    ? outcome.value
    : status(loadJob(), false, t(lang, 'workflow.busy'));
}

function runChunk(period: string, lang: Lang, until: number): CloseStatus {
  const kind = parsePeriod(period)?.kind;
  if (kind !== 'TW' && kind !== 'M') {
    return status(null, false, t(lang, 'close.notQuarter', {periode: period}));
  }
  const tabsJob = loadTabsJob();
  if (isTabsJobPending(tabsJob) && tabsJob?.period === period) {
    return status(null, false, t(lang, 'close.tabsPending', {periode: period}));
  }
  const ss = activeSpreadsheet();
  const sheets = sheetsByName(ss);
  let index = loadClosedIndex();
  let job = loadJob();
  const names = tabNamesOfPeriod(sheets, period);
  const params = {periode: period, sheet: SHEET.arsipPenilaian};
  if (!job || job.period !== period || job.state !== 'running') {
    if (!names.length) {
      const key = period in index ? 'close.already' : 'close.nothing';
      return status(null, period in index, t(lang, key, params));
    }
    job = {
      id: newId(),
      period,
      state: 'running',
      total: names.length,
      done: 0,
      rows: 0,
      next: 0,
      lastMoved: '',
      message: '',
    };
  }
  const archive = archiveSheet(sheets, hrEmail(currentSettings()), lang);
  if (!job.next) {
    // Saved before anything is written: a chunk killed later writes again at these same rows.
    job.next = Math.max(2, archive.getLastRow() + 1);
    props().setProperty(CLOSE_JOB_KEY, JSON.stringify(job));
  }
  let calls = 4;
  let cells = 0;
  try {
    if (job.lastMoved && sheets.has(job.lastMoved)) {
      ss.deleteSheet(sheets.get(job.lastMoved)!);
      sheets.delete(job.lastMoved);
      calls++;
    }
    for (const name of names) {
      if (name === job.lastMoved) continue;
      if (Date.now() > until || estimateMs(calls, cells) > CHUNK_ESTIMATE_MS)
        break;
      const sheet = sheets.get(name)!;
      const values = readValues(sheet);
      const rows = archiveRows(values, period);
      calls += CALLS_PER_TAB;
      cells +=
        values.length * (values[0]?.length ?? 0) +
        rows.length * ARSIP_HEADER.length;
      if (rows.length) {
        calls += ensureRoom(archive, job.next, rows.length) - 1;
        archive
          .getRange(job.next, 1, rows.length, ARSIP_HEADER.length)
          .setValues(rows);
      }
      // The job and index change only once both are stored: a failed write leaves the old ones.
      const movedIndex = addRows(index, period, job.next, rows.length);
      const moved: CloseJob = {
        ...job,
        next: job.next + rows.length,
        rows: job.rows + rows.length,
        done: job.done + 1,
        lastMoved: name,
      };
      props().setProperties({
        [CLOSE_JOB_KEY]: JSON.stringify(moved),
        [CLOSED_INDEX_KEY]: JSON.stringify(movedIndex),
      });
      job = moved;
      index = movedIndex;
      ss.deleteSheet(sheet);
      sheets.delete(name);
      forgetSignatures([name]);
    }
  } catch (error) {
    job.message = t(lang, 'close.failed', {
      periode: period,
      error: errorText(error).replace(/[.\s]+$/, ''),
    });
    props().setProperty(CLOSE_JOB_KEY, JSON.stringify(job));
    return status(job, false, job.message);
  }
  const left = names.filter(n => sheets.has(n) && n !== job!.lastMoved);
  if (left.length) {
    job.message = t(lang, 'close.progress', {
      ...params,
      done: job.done,
      total: job.done + left.length,
    });
    job.total = job.done + left.length;
  } else {
    trimTail(archive, job.next);
    job.state = 'done';
    job.lastMoved = '';
    job.total = job.done;
    job.message = t(lang, 'close.done', {
      ...params,
      tabs: job.done,
      rows: runRows(index[period] ?? []),
    });
  }
  props().setProperties({
    [CLOSE_JOB_KEY]: JSON.stringify(job),
    [CLOSED_INDEX_KEY]: JSON.stringify(index),
  });
  return status(job, true, job.message);
}

/** Whether a close job waits for its next chunk (the hourly trigger finishes it). */
export function hasPendingClose(): string {
  const job = loadJob();
  return job?.state === 'running' ? job.period : '';
}
