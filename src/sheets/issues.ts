// Problems as the workbook shows them: `Sheet!A1` and a message. Core finds problems at a record's
// row and header (a Finding); this module names the cell, keeps each (sheet, cell, message) once
// and sorts them the way the Validasi sheet lists them.

import type {Finding, Issue, IssueLevel, SourceRef} from '../core/types';
import type {Params} from '../core/i18n';
import {INPUT_SHEETS, SHEET} from './schema';
import {type ColumnMaps, cellOf, makeIssue} from './table';

/** The Issue of a Finding, its cell found in the columns as read (else the contract order). */
export function issueOf(finding: Finding, columns?: ColumnMaps): Issue {
  const {at} = finding;
  const where =
    'src' in at
      ? {sheet: at.src.sheet, cell: cellOf(columns, at.src, at.header)}
      : 'sheet' in at
        ? {sheet: at.sheet, cell: ''}
        : {sheet: SHEET.pengaturan, cell: ''};
  return {...where, message: finding.message, level: finding.level};
}

export function issuesOf(findings: Finding[], columns?: ColumnMaps): Issue[] {
  return findings.map(f => issueOf(f, columns));
}

const issueKey = (issue: Issue) =>
  `${issue.sheet}\u0000${issue.cell}\u0000${issue.message.id}`;

/** Collects issues; the same sheet, cell and message is kept once (the first one). */
export class IssueList {
  readonly issues: Issue[] = [];
  private readonly seen = new Set<string>();
  constructor(private readonly columns?: ColumnMaps) {}

  /** An issue at the cell of `header` in the row of `src`. */
  at(
    src: SourceRef,
    header: string,
    key: string,
    params: Params = {},
    level: IssueLevel = 'Galat',
  ): void {
    this.add(
      makeIssue(
        src.sheet,
        cellOf(this.columns, src, header),
        key,
        params,
        level,
      ),
    );
  }

  addFinding(finding: Finding): void {
    this.add(issueOf(finding, this.columns));
  }

  add(issue: Issue): void {
    const id = issueKey(issue);
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.issues.push(issue);
  }
}

function cellPosition(cell: string): [number, number] {
  const match = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!match) return [0, 0];
  let column = 0;
  for (const ch of match[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return [Number(match[2]), column];
}

function compareIssues(a: Issue, b: Issue): number {
  const sheetIndex = (s: string) => {
    const i = INPUT_SHEETS.indexOf(s);
    return i < 0 ? INPUT_SHEETS.length : i;
  };
  const bySheet = sheetIndex(a.sheet) - sheetIndex(b.sheet);
  if (bySheet) return bySheet;
  if (a.sheet !== b.sheet) return a.sheet < b.sheet ? -1 : 1;
  const [ra, ca] = cellPosition(a.cell);
  const [rb, cb] = cellPosition(b.cell);
  return (
    ra - rb ||
    ca - cb ||
    (a.message.id < b.message.id ? -1 : a.message.id > b.message.id ? 1 : 0)
  );
}

/** Sheets in contract order (then tabs by name), rows top to bottom, columns left to right. */
export function sortIssues(issues: Issue[]): Issue[] {
  return [...issues].sort(compareIssues);
}

/** Several issue lists as one, each (sheet, cell, message) once, sorted. */
export function mergeIssues(...lists: Issue[][]): Issue[] {
  const merged = new IssueList();
  for (const list of lists) for (const issue of list) merged.add(issue);
  return sortIssues(merged.issues);
}
