// The Presensi sheet (docs/SHEETS.md): reading its rows, and importing a month from an attendance
// system's export (headers matched by text, src/core/tpp-headers.ts). An import that has any Galat
// writes nothing: HR fixes the export (each problem names the export's cell) and imports again.
import type {Finding, Issue} from '../core/types';
import {parseNumberStrict} from '../core/numbers';
import {normalizeNip} from '../core/nip';
import {cellText} from '../core/cell-text';
import {parseMonth, type PresensiRow} from '../core/tpp';
import {matchPresensiHeaders} from '../core/tpp-headers';
import {
  PRESENSI_HEADERS,
  presensiCounts,
  validatePresensi,
  type PresensiHeader,
} from '../core/tpp-presensi';
import {tppMsg} from '../core/tpp-i18n';
import {HEADERS, SHEET, normalizeHeader} from './schema';
import {isBlankRow, type ColumnMap} from './table';
import {issuesOf} from './issues';
import {columnsOf} from './kelas-jabatan';
import {replaceMonthRows} from './month-rows';

type Count = number | null;

/** Rows of a table as Presensi rows; a count that is not a number is a Galat (and reads null). */
function presensiOf(
  values: readonly (readonly unknown[])[],
  sheet: string,
  column: (h: PresensiHeader) => number,
  month: string | null,
  findings: Finding[],
): PresensiRow[] {
  const rows: PresensiRow[] = [];
  for (let r = 1; r < values.length; r++) {
    const line = values[r];
    if (isBlankRow(line)) continue;
    const src = {sheet, row: r + 1};
    const cell = (h: PresensiHeader) => (column(h) < 0 ? '' : line[column(h)]);
    const count = (h: PresensiHeader): Count => {
      const parsed = parseNumberStrict(cell(h));
      if (parsed.kind === 'number') return parsed.value;
      if (parsed.kind === 'invalid') {
        findings.push({
          at: {src, header: h},
          message: tppMsg('tpp.presensi.count', {
            header: h,
            value: parsed.text,
          }),
          level: 'Galat',
        });
      }
      return null;
    };
    const band = (p: 'TM' | 'PC') =>
      [1, 2, 3, 4].map(k => count(`${p}${k}` as PresensiHeader)) as [
        Count,
        Count,
        Count,
        Count,
      ];
    const typed = cellText(cell('Periode'));
    rows.push({
      periode: month !== null && typed === '' ? month : typed,
      nip: normalizeNip(cell('NIP')),
      hariKerja: count('Hari Kerja'),
      hadir: count('Hadir'),
      tk: count('TK'),
      tm: band('TM'),
      pc: band('PC'),
      cuti: count('Cuti'),
      dinasLuar: count('Dinas Luar'),
      src,
    });
  }
  return rows;
}

/** The Presensi sheet's rows and the problems of their cells (before validatePresensi). */
export function readPresensi(values: unknown[][] | undefined): {
  rows: PresensiRow[];
  findings: Finding[];
} {
  const findings: Finding[] = [];
  if (!values || values.length < 2) return {rows: [], findings};
  const columns = columnsOf(values, PRESENSI_HEADERS);
  const rows = presensiOf(
    values,
    SHEET.presensi,
    h => columns[PRESENSI_HEADERS.indexOf(h)],
    null,
    findings,
  );
  return {rows, findings};
}

/** The Presensi row of each NIP for a month. */
export function presensiOfMonth(
  rows: readonly PresensiRow[],
  month: string,
): Map<string, PresensiRow> {
  const map = new Map<string, PresensiRow>();
  for (const row of rows) {
    if (parseMonth(row.periode)?.code === month && !map.has(row.nip))
      map.set(row.nip, row);
  }
  return map;
}

export interface PresensiImport {
  /** The whole new Presensi table (header first), or null when nothing may be written. */
  table: unknown[][] | null;
  /** Rows imported for the month. */
  imported: number;
  /** Problems, each at the export's cell (sheet = the export's name). */
  issues: Issue[];
}

/**
 * Imports one month from an export's cells (row 1 = headers): each row checked as Presensi rows are,
 * a row naming another month is a Galat, the month's rows of `existing` replaced by the export's.
 */
export function importPresensi(
  existing: unknown[][] | undefined,
  exportValues: readonly (readonly unknown[])[],
  exportName: string,
  month: string,
  knownNips: ReadonlySet<string>,
): PresensiImport {
  const match = matchPresensiHeaders(exportValues[0] ?? []);
  const issues: Issue[] = [];
  const sheetIssue = (
    key: string,
    params: Record<string, string>,
    level: Issue['level'] = 'Galat',
  ) =>
    issues.push({
      sheet: exportName,
      cell: '',
      message: tppMsg(key, params),
      level,
    });
  if (match.columns.NIP === undefined) {
    sheetIssue('tpp.import.noNip', {});
    return {table: null, imported: 0, issues};
  }
  if (match.missing.length) {
    sheetIssue(
      'tpp.import.missing',
      {headers: match.missing.join(', ')},
      'Peringatan',
    );
  }
  if (match.unplaced.length) {
    sheetIssue(
      'tpp.import.unplaced',
      {headers: match.unplaced.map(u => u.header).join(', ')},
      'Peringatan',
    );
  }
  const findings: Finding[] = [];
  const column = (h: PresensiHeader) => match.columns[h] ?? -1;
  const rows = presensiOf(exportValues, exportName, column, month, findings);
  findings.push(...validatePresensi(rows, knownNips));
  for (const row of rows) {
    const code = parseMonth(row.periode)?.code;
    if (code && code !== month) {
      findings.push({
        at: {src: row.src!, header: 'Periode'},
        message: tppMsg('tpp.import.otherMonth', {periode: code, month}),
        level: 'Galat',
      });
    }
  }
  const columns: ColumnMap = {};
  for (const [h, i] of Object.entries(match.columns))
    columns[normalizeHeader(h)] = (i as number) + 1;
  issues.push(...issuesOf(findings, {[exportName]: columns}));
  if (issues.some(i => i.level === 'Galat'))
    return {table: null, imported: 0, issues};
  const blank = (v: Count) => (v === null ? '' : v);
  const fresh = rows.map(row => [
    month,
    row.nip,
    ...presensiCounts(row).map(([, v]) => blank(v)),
  ]);
  return {
    table: replaceMonthRows(existing ?? [], HEADERS.presensi, month, fresh),
    imported: fresh.length,
    issues,
  };
}
