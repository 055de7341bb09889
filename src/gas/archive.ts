// "Arsipkan Tahun Lalu": the appraisal tabs and Hasil rows of years before `Tahun` move to a
// separate spreadsheet, so a new year starts small (docs/SHEETS.md "Archive").
//
// Never loses data: phase 1 copies every past tab (values and number formats, sized to fit) and
// the past Hasil rows into the archive file; phase 2 reads each copy back and removes a tab from
// the workbook only when its copy holds exactly the same values (else copies it again). Hasil's
// past rows go last, after the same check. Resumable: the job (archive file id, phase, position)
// lives in a document property and each chunk stops at the cost estimate of src/core/tab-job.ts.

import {keptInputs} from '../sheets/values';
import type {ArchiveStatus} from '../core/api';
import {t} from '../core/i18n';
import {parsePeriod} from '../core/period';
import {CHUNK_ESTIMATE_MS, estimateMs} from '../core/tab-job';
import type {Lang} from '../core/types';
import {sameValues} from '../sheets/penilaian-compare';
import {readSettings} from '../sheets/pengaturan';
import {SHEET, normalizeHeader} from '../sheets/schema';
import {findTabs} from './tabs/find';
import {NEW_SHEET_GRID, sizeSheet} from './tabs/format';
import {forgetSignatures, newId, props} from './tabs/job-store';
import {errorText} from './ui';
import {
  type ClosedArchive,
  closedStep,
  newClosedArchive,
} from './archive-closed';
import {readValues, sheetsByName, withDocumentLock} from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const ARCHIVE_KEY = 'kinerja.archiveJob';

interface ArchiveJob {
  id: string;
  /** Years before this one are archived (Tahun when the job started). */
  before: number;
  fileId: string;
  fileName: string;
  phase: 'copy' | 'remove' | 'done';
  /** Past tabs copied (phase copy, in name order) and removed (phase remove). */
  copied: number;
  removed: number;
  tabs: number;
  hasilRows: number;
  /** Closed periods' rows in Arsip Penilaian (src/gas/archive-closed.ts). */
  closed?: ClosedArchive;
}

export type {ArchiveStatus};

function load(): ArchiveJob | null {
  try {
    return JSON.parse(
      props().getProperty(ARCHIVE_KEY) ?? 'null',
    ) as ArchiveJob | null;
  } catch {
    return null;
  }
}

function save(job: ArchiveJob): void {
  props().setProperty(ARCHIVE_KEY, JSON.stringify(job));
}

const yearOf = (period: unknown) => parsePeriod(period)?.year ?? null;

/** Copies values and number formats of `source` into `name` of the archive, sized to fit. */
function copyInto(
  archive: Spreadsheet,
  name: string,
  source: Sheet,
  rows?: {values: unknown[][]; formats: string[][]},
): void {
  const values = rows?.values ?? readValues(source);
  const width = Math.max(1, ...values.map(r => r.length));
  const padded = values.map(r => [
    ...r,
    ...new Array(width - r.length).fill(''),
  ]);
  let target = archive.getSheetByName(name);
  if (!target) {
    target = archive.insertSheet(name);
    sizeSheet(target, NEW_SHEET_GRID, padded.length, width);
  } else {
    sizeSheet(
      target,
      {rows: target.getMaxRows(), columns: target.getMaxColumns()},
      padded.length,
      width,
    );
  }
  const formats = rows
    ? rows.formats.map(r =>
        [...r, ...new Array(width - r.length).fill('@')].slice(0, width),
      )
    : source.getRange(1, 1, padded.length, width).getNumberFormats();
  const range = target.getRange(1, 1, padded.length, width);
  range.setNumberFormats(formats);
  // A snapshot of values: a text that setValues would parse (a formula, a date) stays text.
  range.setValues(keptInputs(padded, [], formats, () => true));
}

/** The past tabs of the workbook (by identity), by name. */
function pastTabs(sheets: Map<string, Sheet>, before: number): string[] {
  return findTabs(sheets)
    .filter(tab => {
      const year = yearOf(tab.identity.period);
      return year !== null && year < before;
    })
    .map(tab => tab.name)
    .sort();
}

function hasilSplit(values: unknown[][], before: number) {
  const header = values[0] ?? [];
  const col = header.findIndex(
    h => normalizeHeader(h) === normalizeHeader('Periode'),
  );
  const past: unknown[][] = [];
  const pastRows: number[] = [];
  const keep: unknown[][] = [];
  values.slice(1).forEach((row, i) => {
    const year = col >= 0 ? yearOf(row[col]) : null;
    if (year !== null && year < before) {
      past.push(row);
      pastRows.push(i + 1);
    } else keep.push(row);
  });
  return {header, past, pastRows, keep};
}

/** Hasil's past rows (with the header) and their number formats, for the archive. */
function hasilCopy(hasil: Sheet, values: unknown[][], before: number) {
  const {header, past, pastRows} = hasilSplit(values, before);
  const width = header.length;
  const all = hasil.getRange(1, 1, values.length, width).getNumberFormats();
  return {
    values: [header, ...past],
    formats: [all[0], ...pastRows.map(r => all[r])],
  };
}

/** Runs one chunk of the archive (starting it when none is running). */
export function archivePastYears(
  lang: Lang,
  until = Date.now() + 270_000,
): ArchiveStatus {
  const outcome = withDocumentLock(() => {
    try {
      return chunk(lang, until);
    } catch (error) {
      const message = t(lang, 'archive.failed', {error: errorText(error)});
      return {ok: false, message, state: 'error' as const, done: 0, total: 0};
    }
  }, 10000);
  return outcome.ok
    ? outcome.value
    : {
        ok: false,
        message: t(lang, 'workflow.busy'),
        state: 'running',
        done: 0,
        total: 0,
      };
}

function chunk(lang: Lang, until: number): ArchiveStatus {
  let spent = 0;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheets = sheetsByName(ss);
  let job = load();
  if (!job || job.phase === 'done') {
    const settings = sheets.get(SHEET.pengaturan);
    const before = readSettings(settings ? readValues(settings) : undefined)
      .settings.tahun;
    const hasil = sheets.get(SHEET.hasil);
    const tabs = pastTabs(sheets, before);
    const rows = hasil ? hasilSplit(readValues(hasil), before).past.length : 0;
    const closed = newClosedArchive(before);
    if (!tabs.length && !rows && closed.done) {
      return {
        ok: true,
        message: t(lang, 'archive.nothing', {year: before}),
        state: 'done',
        done: 0,
        total: 0,
      };
    }
    const fileName = `Kinerja ASN Arsip ${ss.getName()} sebelum ${before}`;
    const file = SpreadsheetApp.create(fileName);
    job = {
      id: newId(),
      before,
      fileId: file.getId(),
      fileName,
      phase: 'copy',
      copied: 0,
      removed: 0,
      tabs: tabs.length,
      hasilRows: rows,
      closed,
    };
    save(job);
  }
  const archive = SpreadsheetApp.openById(job.fileId);
  const past = pastTabs(sheets, job.before);
  const fits = () => spent < CHUNK_ESTIMATE_MS && Date.now() < until;
  const hasil = sheets.get(SHEET.hasil);
  if (job.phase === 'copy') {
    while (job.copied < past.length && fits()) {
      const source = sheets.get(past[job.copied])!;
      copyInto(archive, past[job.copied], source);
      const size = source.getLastRow() * source.getLastColumn();
      spent += estimateMs(12, size * 4);
      job.copied++;
      save(job);
    }
    const closed = job.closed;
    while (closed && closed.copied < closed.rows && fits()) {
      spent += closedStep(closed, job.before, sheets, archive, 'copy', () =>
        save(job!),
      );
      save(job);
    }
    const closedCopied = !closed || closed.copied >= closed.rows;
    if (job.copied >= past.length && closedCopied && fits()) {
      if (hasil) {
        const values = readValues(hasil);
        if (hasilSplit(values, job.before).past.length)
          copyInto(
            archive,
            SHEET.hasil,
            hasil,
            hasilCopy(hasil, values, job.before),
          );
      }
      const blank = archive.getSheetByName('Sheet1');
      if (blank && archive.getSheets().length > 1) archive.deleteSheet(blank);
      job.phase = 'remove';
      save(job);
    }
  }
  if (job.phase === 'remove') {
    const removed: string[] = [];
    for (const name of past) {
      if (!fits()) break;
      const source = sheets.get(name)!;
      const copy = archive.getSheetByName(name);
      const original = readValues(source);
      spent += estimateMs(6, original.length * original[0].length * 2);
      if (copy && sameValues(readValues(copy), original)) {
        ss.deleteSheet(source);
        removed.push(name);
        job.removed++;
      } else {
        // Not (or not exactly) in the archive: copied again, checked again next time.
        copyInto(archive, name, source);
      }
    }
    forgetSignatures(removed);
    save(job);
    const closed = job.closed;
    while (closed && !closed.done && past.length === removed.length && fits()) {
      spent += closedStep(closed, job.before, sheets, archive, 'remove', () =>
        save(job!),
      );
      save(job);
    }
    if (closed && !closed.done) return progress(job, archive, lang);
    if (past.length === removed.length && fits() && !hasil) {
      job.phase = 'done';
      save(job);
    } else if (past.length === removed.length && fits() && hasil) {
      const values = readValues(hasil);
      const {header, past: rows, keep} = hasilSplit(values, job.before);
      const copy = archive.getSheetByName(SHEET.hasil);
      let moved = !rows.length;
      if (
        rows.length &&
        copy &&
        sameValues(readValues(copy), [header, ...rows])
      ) {
        const width = header.length;
        const kept = [header, ...keep].map(r =>
          [...r, ...new Array(Math.max(0, width - r.length)).fill('')].slice(
            0,
            width,
          ),
        );
        hasil.getRange(1, 1, kept.length, width).setValues(kept);
        const extra = values.length - kept.length;
        // Sheets keeps at least one row under the frozen header: cleared instead of deleted.
        const last = kept.length === 1 && hasil.getMaxRows() === values.length;
        if (last) hasil.getRange(2, 1, 1, width).clearContent();
        if (extra - (last ? 1 : 0) > 0)
          hasil.deleteRows(
            kept.length + 1 + (last ? 1 : 0),
            extra - (last ? 1 : 0),
          );
        moved = true;
      } else if (rows.length) {
        // Not (exactly) in the archive: copied again, checked again next time.
        copyInto(
          archive,
          SHEET.hasil,
          hasil,
          hasilCopy(hasil, values, job.before),
        );
      }
      if (moved) {
        job.phase = 'done';
        save(job);
      }
    }
  }
  return progress(job, archive, lang);
}

/** The job's status: steps are tabs copied and removed, and slices of closed rows. */
function progress(
  job: ArchiveJob,
  archive: Spreadsheet,
  lang: Lang,
): ArchiveStatus {
  const done = job.phase === 'done';
  const c = job.closed;
  const slices = (rows: number) => Math.ceil(rows / 40_000);
  const total = 2 * job.tabs + (c ? 2 * slices(c.rows) + (c.rows ? 1 : 0) : 0);
  const steps =
    job.copied +
    job.removed +
    (c ? slices(c.copied) + slices(c.checked) + (c.done && c.rows ? 1 : 0) : 0);
  const message = done
    ? t(lang, 'archive.done', {
        tabs: job.tabs,
        rows: job.hasilRows,
        closed: c?.rows ?? 0,
        file: job.fileName,
        url: archive.getUrl(),
      })
    : t(lang, 'archive.progress', {
        done: steps,
        total,
        file: job.fileName,
      });
  return {
    ok: true,
    message,
    state: done ? 'done' : 'running',
    done: steps,
    total,
  };
}

/** Whether an archive job is unfinished. */
export function hasPendingArchive(): boolean {
  const job = load();
  return !!job && job.phase !== 'done';
}
