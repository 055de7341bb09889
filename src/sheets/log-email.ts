// The Log Email sheet: one row per email sent or skipped, appended in time order. This module knows
// its headers and layout; src/gas/feedback/ only moves the rows to and from the Spreadsheet service.

import {cellText} from '../core/cell-text';
import {normalizeNip} from '../core/nip';
import {normalizePeriod} from '../core/period';
import {type LogEntry, parseLogStatus} from '../core/send-plan';
import {HEADERS, normalizeHeader} from './schema';
import {headerColumns, records} from './table';

/** The contract header row of Log Email, for a new or headerless sheet. */
export const LOG_EMAIL_HEADER: readonly string[] = HEADERS.logEmail;

/** Where each contract column of Log Email is, and what the sheet already holds. */
export interface LogLayout {
  /** Whether row 1 has any header (else the contract header must be written first). */
  hasHeader: boolean;
  /** 1-based column of each contract header; a missing header goes after the existing ones. */
  place: number[];
  /** Width of a written row: the existing header or the last placed column. */
  width: number;
  /** Data rows so far (including blank ones in between). */
  dataRows: number;
  /** Every row with a Status, in sheet order (index = data row, 0-based). */
  entries: LogEntry[];
}

/** The values of one Log Email row, in contract order. */
export type LogRowValues = [
  periode: string,
  nip: string,
  email: string,
  status: string,
  waktu: string,
  sidik: string,
];

/** Reads the layout and the entries of Log Email from its values (header row first). */
export function logLayout(values: readonly unknown[][]): LogLayout {
  const header = values[0] ?? [];
  const hasHeader = header.some(v => cellText(v) !== '');
  const columns = headerColumns(header as unknown[]);
  const headerWidth = hasHeader ? header.length : 0;
  const place = HEADERS.logEmail.map(
    (h, i) => columns[normalizeHeader(h)] ?? headerWidth + 1 + i,
  );
  const col = (h: (typeof HEADERS.logEmail)[number]) =>
    place[HEADERS.logEmail.indexOf(h)] - 1;
  const [periode, nip, status, waktu, sidik] = [
    col('Periode'),
    col('NIP'),
    col('Status'),
    col('Waktu'),
    col('Sidik'),
  ];
  const entries: LogEntry[] = [];
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    const state = parseLogStatus(row[status]);
    if (!state) continue;
    entries.push({
      index: r - 1,
      periode: normalizePeriod(cellText(row[periode])) ?? '',
      nip: normalizeNip(row[nip]),
      state,
      status: cellText(row[status]).trim(),
      sidik: cellText(row[sidik]).trim().toLowerCase(),
      waktu: cellText(row[waktu]).trim(),
    });
  }
  return {
    hasHeader,
    place,
    width: Math.max(headerWidth, ...place),
    dataRows: Math.max(0, values.length - 1),
    entries,
  };
}

/** 0-based index in a written row of a contract column. */
export function logColumnIndex(
  layout: Pick<LogLayout, 'place'>,
  header: (typeof HEADERS.logEmail)[number],
): number {
  return layout.place[HEADERS.logEmail.indexOf(header)] - 1;
}

/**
 * One row as written into plain-text ('@') cells (log-batch.ts): every value kept as it is, never a
 * formula; no apostrophe, which such a cell would show.
 */
export function logLine(
  layout: Pick<LogLayout, 'place' | 'width'>,
  values: LogRowValues,
): string[] {
  const line: string[] = new Array(layout.width).fill('');
  layout.place.forEach((column, i) => (line[column - 1] = values[i]));
  return line;
}

/** Status of the latest Log Email row of the period, per NIP. */
export function latestEmailStatus(
  values: unknown[][] | undefined,
  period: string,
): Map<string, string> {
  const status = new Map<string, string>();
  for (const r of records(values)) {
    if (normalizePeriod(cellText(r['periode'])) !== period) continue;
    if (parseLogStatus(r['status']) === 'reminder') continue;
    status.set(cellText(r['nip']), cellText(r['status']));
  }
  return status;
}
