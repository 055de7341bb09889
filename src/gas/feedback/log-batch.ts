// One batch of the sending job in Log Email: mark "Mengirim" (one setValues + flush), send,
// confirm "Terkirim"/"Gagal" (one setValues + flush); and Log Email opened for appending, its grid
// grown before a write would pass it. The crash-safety design is described in send-job.ts.

import {
  type Decision,
  type SendJob,
  isQuotaError,
  logStatusText,
} from '../../core/send-plan';
import {
  LOG_EMAIL_HEADER,
  type LogLayout,
  logColumnIndex,
  logLayout,
  logLine,
} from '../../sheets/log-email';
import {SHEET} from '../../sheets/schema';
import {safeCellText} from '../../sheets/write';
import {errorText} from '../ui';
import {fingerprint, sendEmail} from './mail';
import {attachDocuments, blobsOf} from '../dokumen';
import {type Prepared, type Recipient, compose} from './prepare';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Rows Log Email grows by when a batch would pass its grid (one insertRowsAfter per step). */
export const LOG_GROW_ROWS = 500;

/** Log Email as the job appends to it. */
export interface LogSheet extends LogLayout {
  sheet: Sheet;
  /** 1-based row where the next row goes. */
  nextRow: number;
  /** Rows of the sheet's grid (a new sheet has 1,000); grown before a write would pass them. */
  maxRows: number;
}

/** Opens Log Email for appending: creates the sheet, or writes its header, when missing. */
export function openLog(prepared: Prepared): LogSheet {
  let sheet = prepared.sheets.get(SHEET.logEmail);
  let values = prepared.logValues;
  if (!sheet) {
    sheet = prepared.ss.insertSheet(SHEET.logEmail);
    sheet.setFrozenRows(1);
    prepared.sheets.set(SHEET.logEmail, sheet);
    values = [];
  }
  const layout = logLayout(values);
  if (!layout.hasHeader) {
    sheet
      .getRange(1, 1, 1, LOG_EMAIL_HEADER.length)
      .setValues([[...LOG_EMAIL_HEADER]]);
  }
  return {
    ...layout,
    sheet,
    nextRow: layout.dataRows + 2,
    maxRows: sheet.getMaxRows(),
  };
}

/**
 * Makes sure rows up to `lastRow` exist: a range past the grid throws ("The coordinates of the
 * range are outside the dimensions of the sheet"). Grows in steps of LOG_GROW_ROWS, so a long
 * send inserts rows once per 500 emails, not once per batch.
 */
function ensureLogRows(log: LogSheet, lastRow: number): void {
  if (lastRow <= log.maxRows) return;
  const add = Math.max(lastRow - log.maxRows, LOG_GROW_ROWS);
  log.sheet.insertRowsAfter(log.maxRows, add);
  log.maxRows += add;
}

/** The spreadsheet's time zone, asked once per execution. */
const timeZones = new WeakMap<Prepared, string>();

function timeText(prepared: Prepared): string {
  let zone = timeZones.get(prepared);
  if (zone === undefined) {
    zone = prepared.ss.getSpreadsheetTimeZone();
    timeZones.set(prepared, zone);
  }
  return Utilities.formatDate(new Date(), zone, 'yyyy-MM-dd HH:mm:ss');
}

export interface WorkItem {
  position: number;
  recipient: Recipient;
  decision: Decision;
}

/** What one batch did. */
export interface BatchOutcome {
  quotaHit: boolean;
}

/**
 * Marks a batch (one setValues + flush), sends, confirms (one setValues + flush). Rows of emails
 * not sent because the quota ran out are removed again (they were not sent), keeping the block
 * contiguous at the end of the log.
 */
export function runBatch(
  prepared: Prepared,
  log: LogSheet,
  job: Pick<SendJob, 'periode'>,
  batch: WorkItem[],
  decisions: Decision[],
): BatchOutcome {
  const period = job.periode;
  const marked = timeText(prepared);
  const emails = batch.map(item =>
    item.decision.kind === 'send' ? compose(prepared, item.recipient) : null,
  );
  // Lampirkan Dokumen = Ya: each email carries its Dokumen Evaluasi (made before anything is
  // marked, so a failed conversion leaves the log as it was).
  const pdfs = attachDocuments(prepared)
    ? blobsOf(
        prepared,
        'evaluasi',
        batch.filter((_, i) => emails[i]).map(item => item.recipient.nip),
      )
    : null;
  const lines = batch.map((item, i) => {
    const email = emails[i];
    const status =
      item.decision.kind === 'skip'
        ? logStatusText('skipped', item.decision.reason)
        : logStatusText('sending');
    return logLine(log, [
      period,
      item.recipient.nip,
      item.recipient.to,
      status,
      marked,
      email ? fingerprint(period, item.recipient.nip, email) : '',
    ]);
  });
  const start = log.nextRow;
  ensureLogRows(log, start + lines.length - 1);
  const target = log.sheet.getRange(start, 1, lines.length, log.width);
  // Text format: an 18-digit NIP written into an automatic cell would become a number.
  target.setNumberFormat('@');
  target.setValues(lines);
  if (emails.every(e => !e)) {
    // Only skips: the rows are final as written, with no email to confirm.
    for (const item of batch)
      decisions[item.position] = {kind: 'done', outcome: 'skipped'};
    log.nextRow = start + lines.length;
    return {quotaHit: false};
  }
  SpreadsheetApp.flush();

  const statusColumn = logColumnIndex(log, 'Status');
  const timeColumn = logColumnIndex(log, 'Waktu');
  const reverted = new Set<number>();
  let quotaHit = false;
  batch.forEach((item, i) => {
    const email = emails[i];
    if (!email) {
      decisions[item.position] = {kind: 'done', outcome: 'skipped'};
      return;
    }
    if (quotaHit) {
      reverted.add(i);
      return;
    }
    try {
      const pdf = pdfs?.get(item.recipient.nip);
      sendEmail(
        prepared.settings,
        item.recipient.to,
        item.recipient.cc,
        email,
        email.subject,
        pdf ? [pdf] : [],
      );
      lines[i][statusColumn] = logStatusText('sent');
      decisions[item.position] = {kind: 'done', outcome: 'sent'};
    } catch (error) {
      const message = errorText(error);
      if (isQuotaError(message)) {
        quotaHit = true;
        reverted.add(i);
        return;
      }
      lines[i][statusColumn] = safeCellText(logStatusText('failed', message));
      decisions[item.position] = {kind: 'done', outcome: 'failed'};
    }
  });

  const confirmed = timeText(prepared);
  const kept = lines.filter((_, i) => !reverted.has(i));
  for (const line of kept) line[timeColumn] = confirmed;
  const blank = lines
    .filter((_, i) => reverted.has(i))
    .map(() => new Array<string>(log.width).fill(''));
  target.setValues([...kept, ...blank]);
  SpreadsheetApp.flush();
  log.nextRow = start + kept.length;
  return {quotaHit};
}
