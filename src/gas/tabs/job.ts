// One chunk of the tab job, the document lock held by the caller. A chunk reads the inputs and the
// tabs it builds, plans them (src/sheets/penilaian.ts), then builds tab after tab while its cost
// estimate (src/core/tab-job.ts) stays under CHUNK_ESTIMATE_MS.
//
// Never half-built: before a tab is touched the job names it (`building`) and forgets its
// signature; only after the tab is complete is it counted done, with its new signature, in one
// property write. A chunk killed inside a tab leaves it not done and unsigned, so the next chunk
// rebuilds it completely (its values were written in one setValues, so they are whole). A chunk
// that fails with an error removes a tab it had just inserted.
//
// Moves: the first chunk of a pass reads every tab and records which tabs take rows from which;
// such pairs are read together and the receiving tab is built first. Rows a tab gives to a tab
// not built yet stay in it until then; a further pass drops them.

import type {TabsResult} from '../../core/api';
import {t} from '../../core/i18n';
import {assignedIndicators} from '../../core/appraise/targets';
import {
  CHUNK_ESTIMATE_MS,
  type TabsJob,
  estimateMs,
  restartPass,
  shortHash,
  tabOrder,
} from '../../core/tab-job';
import type {Lang} from '../../core/types';
import {
  type ExistingTab,
  type RowKind,
  type TabPlan,
  planTabs,
} from '../../sheets/penilaian';
import {sameTab} from '../../sheets/penilaian-compare';
import {parseWorkbook} from '../../sheets/read';
import {readSettings} from '../../sheets/pengaturan';
import {parsePeriod, tabCycleProblem} from '../../core/period';
import {SHEET} from '../../sheets/schema';
import {markStale} from '../audit';
import {hrEmail} from '../settings';
import {errorText} from '../ui';
import {INPUT_TABLES, readValues, readWorkbook} from '../workbook';
import {indexEntry, stampTab, tabsOfPeriod} from './find';
import {formatTabText, keepTypedCells} from '../kept-cells';
import {refuseMerges} from '../cell-checks';
import {
  FORMAT_VERSION,
  NEW_SHEET_GRID,
  formatTab,
  protectTab,
  sizeSheet,
  tabCost,
} from './format';
import {
  loadSignatures,
  markBuilding,
  markBuilt,
  saveTabsJob,
  signatureKey,
} from './job-store';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Most [from, to] pairs a job lists (its property stays far below 9 KB). */
const MAX_MOVERS = 60;
/** A pass that still leaves lent rows is followed by another, at most this many in all. */
const MAX_PASSES = 3;

const cellCount = (values: unknown[][]) =>
  values.reduce((n, row) => n + row.length, 0);

/** The values and kinds a tab gets: its plan, plus rows lent to a tab not built yet. */
function finalRows(plan: TabPlan, notBuilt: (name: string) => boolean) {
  const values = [...plan.values];
  const kinds: RowKind[] = [...plan.kinds];
  let kept = 0;
  for (const lent of plan.lent) {
    if (!notBuilt(lent.to)) continue;
    values.push(lent.cells);
    kinds.push('stale');
    kept++;
  }
  return {values, kinds, kept};
}

interface Build {
  plan: TabPlan;
  sheet: Sheet | undefined;
  readWidth: number;
  numerik: boolean;
  hr: string;
  lang: Lang;
}

/** Builds one tab completely; returns the sheet and whether it was inserted. */
function buildTab(
  b: Build,
  insert: () => Sheet,
): {sheet: Sheet; isNew: boolean} {
  const isNew = !b.sheet;
  const sheet = b.sheet ?? insert();
  const grid = isNew
    ? NEW_SHEET_GRID
    : {rows: sheet.getMaxRows(), columns: sheet.getMaxColumns()};
  const rows = b.plan.values.length;
  const width = b.plan.values[0].length;
  // Merged cells are reported, never written over (issue 11): the tab is left as it is.
  if (!isNew) refuseMerges(sheet, grid.rows, grid.columns, b.lang);
  // Columns beyond the header that hold something (read) are the user's: never cut.
  sizeSheet(sheet, grid, rows, Math.max(width, b.readWidth));
  // NIPs, names, Uraian... are text: formatted before they are written so no digit is lost and
  // no name becomes a formula (issue 11).
  formatTabText(sheet, b.plan.values[0], rows);
  sheet.getRange(1, 1, rows, width).setValues(b.plan.values);
  formatTab(sheet, b.plan, isNew, b.numerik, b.lang);
  // Its identity goes with it (metadata + the note on A1): a person may rename it.
  if (isNew) stampTab(sheet, b.plan.identity, b.lang);
  protectTab(sheet, b.plan, b.hr, b.lang, isNew);
  return {sheet, isNew};
}

export interface ChunkResult {
  job: TabsJob;
  /** Tabs built in this chunk; when the job is done, every tab of the period. */
  tabs: string[];
  ok: boolean;
}

/** Runs one chunk of `job` (saved before returning). `until`: epoch ms no tab starts after. */
export function runTabsChunk(
  job: TabsJob,
  lang: Lang,
  until: number,
): ChunkResult {
  let calls = 0;
  let cells = 0;
  const spend = (c: number, n: number) => {
    calls += c;
    cells += n;
  };
  const estimate = () => estimateMs(calls, cells);
  const period = job.period;
  const read = readWorkbook({tables: INPUT_TABLES});
  const tables = Object.values(read.raw.tables);
  spend(
    1 + read.sheets.size + tables.length,
    tables.reduce((n, v) => n + cellCount(v ?? []), 0),
  );
  if (!read.raw.tables.pegawai) {
    return finish(
      job,
      [],
      false,
      t(lang, 'workflow.notReady', {sheet: SHEET.pegawai}),
      estimate(),
    );
  }
  const {input} = parseWorkbook(read.raw, new Date());
  const parsed = parsePeriod(period);
  const mismatch = parsed
    ? tabCycleProblem(parsed, input.settings.siklusEvaluasi)
    : null;
  if (mismatch) {
    const cell =
      readSettings(read.raw.tables.pengaturan).cells['Siklus Evaluasi'] ?? '';
    const where = SHEET.pengaturan + (cell ? `!${cell}` : '');
    const message = `${where}: ${t(lang, mismatch.key, mismatch.params)}`;
    return finish(job, [], false, message, estimate());
  }
  const inputs = shortHash(JSON.stringify(read.raw.tables));
  if (job.inputs !== inputs) {
    if (job.done || job.scanned) restartPass(job);
    job.inputs = inputs;
  }
  const periodTabs = tabsOfPeriod(read.tabs, period);
  const existingNames = periodTabs.map(tab => tab.name);
  const hr = hrEmail(input.settings);
  const numerik = input.settings.model === 'NUMERIK';
  const args = {
    input,
    period,
    assign: (nip: string) => assignedIndicators(input, nip, period),
    hrEmail: hr,
    lang,
    known: periodTabs,
    sheetNames: [...read.sheets.keys()],
  };
  // The plan from the inputs alone: which tabs, how big (no tab read yet).
  const bare = planTabs({...args, existing: []});
  if (!bare.tabs.length && !existingNames.length) {
    const message = t(lang, 'workflow.tabs.noEmployees', {periode: period});
    return finish(job, [], false, message, estimate());
  }
  const names = [...bare.tabs.map(p => p.name), ...existingNames];
  let order = tabOrder(names, job.movers);
  if (job.order && job.order !== shortHash(order.join('\n'))) {
    restartPass(job);
    order = tabOrder(names, job.movers);
  }
  const exists = new Set(existingNames);
  const bareByName = new Map(bare.tabs.map(p => [p.name, p]));
  const toRead = new Set<string>();
  if (!job.scanned || job.fullRead) {
    for (const name of order.slice(job.done))
      if (exists.has(name)) toRead.add(name);
  } else {
    // Read ahead only what this chunk can build: the estimate from the planned sizes.
    let planned = estimate();
    for (const name of order.slice(job.done)) {
      const guess = bareByName.get(name);
      const size = guess ? guess.values.length * guess.values[0].length : 0;
      const cost = guess
        ? tabCost(guess, !exists.has(name))
        : {calls: 1, cells: size};
      const more = estimateMs(cost.calls + 1, cost.cells + size);
      if (planned > 0 && toRead.size && planned + more > CHUNK_ESTIMATE_MS)
        break;
      planned += more;
      for (const n of [name, ...partners(job.movers, name)])
        if (exists.has(n)) toRead.add(n);
    }
  }
  // Plain values: a tab that is rewritten reads its kept formulas later (keepTypedCells).
  const existing: ExistingTab[] = [...toRead].map(name => ({
    name,
    values: readValues(read.sheets.get(name)!),
  }));
  spend(
    existing.length,
    existing.reduce((n, e) => n + cellCount(e.values), 0),
  );
  const plan = planTabs({...args, existing});
  if (!job.scanned) {
    const pairs = new Map<string, [string, string]>();
    for (const p of plan.tabs)
      for (const lent of p.lent)
        pairs.set(`${p.name}\n${lent.to}`, [p.name, lent.to]);
    job.fullRead = pairs.size > MAX_MOVERS;
    job.movers = job.fullRead ? [] : [...pairs.values()];
    job.scanned = true;
    order = tabOrder(names, job.movers);
    job.order = shortHash(order.join('\n'));
    job.employees = plan.employees;
    job.withoutKey = plan.withoutKey.length;
  }
  job.total = order.length;
  const byName = new Map(plan.tabs.map(p => [p.name, p]));
  const readByName = new Map(existing.map(e => [e.name, e]));
  const signatures = loadSignatures();
  spend(1, 0);
  const position = new Map(order.map((n, i) => [n, i]));
  const built: string[] = [];
  let ok = true;
  let failure = '';
  while (job.done < order.length) {
    const name = order[job.done];
    const sheet = read.sheets.get(name);
    if (sheet && !toRead.has(name)) break; // its values are read by the next chunk
    const tab = byName.get(name);
    if (!tab) {
      job.done++;
      continue;
    }
    const cost = tabCost(tab, !sheet);
    // markBuilding's two property calls, markBuilt's one, an existing tab's merge check two,
    // a new tab's identity three (metadata, A1, its note).
    const extra = sheet ? 5 : 6;
    const late = Date.now() > until;
    if (
      built.length &&
      (late ||
        estimate() + estimateMs(cost.calls + extra, cost.cells) >
          CHUNK_ESTIMATE_MS)
    )
      break;
    const notBuilt = (to: string) => (position.get(to) ?? Infinity) > job.done;
    const rows = finalRows(tab, notBuilt);
    const final: TabPlan = {...tab, values: rows.values, kinds: rows.kinds};
    const signature = shortHash(
      JSON.stringify([
        final.kinds.join(','),
        final.columns,
        final.editors,
        hr,
        numerik,
        lang,
        rows.values[0].length,
        FORMAT_VERSION,
      ]),
    );
    const old = readByName.get(name);
    if (
      sheet &&
      sameTab(final.values, old) &&
      signatures[signatureKey(name)] === signature
    ) {
      job.unchanged++;
      job.done++;
      continue;
    }
    markBuilding(job, name);
    let inserted: Sheet | null = null;
    try {
      // Formulas and texts typed in the rows it keeps, from itself and the tabs it takes rows from.
      const sources = [name, ...partners(job.movers, name)]
        .filter(n => readByName.has(n) && read.sheets.has(n))
        .map(n => ({
          sheet: read.sheets.get(n)!,
          values: readByName.get(n)!.values,
        }));
      const keptCells = keepTypedCells(final.values, sources);
      spend(2 * sources.length, keptCells);
      const readWidth = old ? Math.max(0, ...old.values.map(r => r.length)) : 0;
      const result = buildTab(
        {plan: final, sheet, readWidth, numerik, hr, lang},
        () => {
          inserted = read.ss.insertSheet(name);
          return inserted;
        },
      );
      if (result.isNew) job.created++;
    } catch (error) {
      ok = false;
      failure = t(lang, 'workflow.tabs.failed', {
        periode: period,
        tab: name,
        // Sheets' own messages end with a full stop; the sentence goes on after it.
        error: errorText(error).replace(/[.\s]+$/, ''),
        removed: inserted ? 1 : 0,
      });
      if (inserted) {
        try {
          read.ss.deleteSheet(inserted);
        } catch {
          // Not half-built for long: the next chunk rebuilds a tab named `building`.
        }
      }
      break;
    }
    job.done++;
    job.written++;
    job.lentKept += rows.kept;
    job.staleRows += tab.staleRows;
    spend(cost.calls + extra, cost.cells);
    markBuilt(job, name, signature, indexEntry(name, tab.identity));
    built.push(name);
  }
  if (built.length) markStale();
  if (
    ok &&
    job.done >= order.length &&
    job.lentKept > 0 &&
    job.pass < MAX_PASSES
  ) {
    restartPass(job);
  } else if (ok && job.done >= order.length) {
    job.state = 'done';
    // Done: every tab of the period (as the one-shot action always listed them).
    return finish(
      job,
      order,
      true,
      doneMessage(job, lang, input.settings.tabPenilaian),
      estimate(),
    );
  }
  if (!ok) return finish(job, built, false, failure, estimate(), 'error');
  job.state = 'running';
  return finish(
    job,
    built,
    true,
    t(lang, 'tabs.job.progress', progressParams(job, estimate())),
    estimate(),
  );
}

function partners(movers: [string, string][], name: string): string[] {
  return movers.flatMap(([from, to]) =>
    to === name ? [from] : from === name ? [to] : [],
  );
}

function progressParams(job: TabsJob, ms: number) {
  return {
    periode: job.period,
    done: job.done,
    total: job.total,
    seconds: Math.ceil(ms / 1000),
  };
}

function finish(
  job: TabsJob,
  tabs: string[],
  ok: boolean,
  message: string,
  ms: number,
  state?: TabsJob['state'],
): ChunkResult {
  if (state) job.state = state;
  else if (!ok) job.state = 'done';
  job.message = message;
  job.lastChunkSeconds = Math.ceil(ms / 1000);
  job.chunks++;
  saveTabsJob(job);
  return {job, tabs, ok};
}

function doneMessage(job: TabsJob, lang: Lang, mode: string): string {
  let message = t(lang, 'workflow.tabs.done', {
    periode: job.period,
    tabs: job.total,
    employees: job.employees,
    created: job.created,
  });
  if (job.staleRows)
    message += ' ' + t(lang, 'workflow.tabs.staleKept', {stale: job.staleRows});
  if (job.withoutKey) {
    const what =
      mode === 'Per Unit'
        ? 'workflow.tabs.what.unit'
        : 'workflow.tabs.what.atasan';
    message +=
      ' ' +
      t(lang, 'workflow.tabs.withoutKey', {
        count: job.withoutKey,
        what: t(lang, what),
      });
  }
  if (job.unchanged)
    message += ' ' + t(lang, 'tabs.job.unchanged', {count: job.unchanged});
  return message;
}

export type {TabsResult};
