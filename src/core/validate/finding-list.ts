import type {CellRef, Finding, IssueLevel, Place, SourceRef} from '../types';
import {msg, type Params} from '../i18n';

/** Names a cell as `Sheet!A1` for messages that point at another cell (src/sheets knows how). */
export type CellName = (ref: CellRef) => string;

/** Collects findings in the order the checks find them. */
export class FindingList {
  readonly findings: Finding[] = [];
  constructor(readonly cellName: CellName) {}

  /** A finding at the cell of `header` in the row of `src`. */
  at(
    src: SourceRef,
    header: string,
    key: string,
    params: Params = {},
    level: IssueLevel = 'Galat',
  ): void {
    this.place({src, header}, key, params, level);
  }

  place(
    at: Place,
    key: string,
    params: Params = {},
    level: IssueLevel = 'Galat',
  ): void {
    this.add({at, message: msg(key, params), level});
  }

  add(finding: Finding): void {
    this.findings.push(finding);
  }
}

/** For each record with a non-blank key, the first record with the same key (duplicates). */
export function firstOccurrences<T extends {src?: SourceRef}>(
  records: T[],
  key: (record: T) => string,
  onDuplicate: (record: T, first: T, value: string) => void,
): void {
  const first = new Map<string, T>();
  for (const record of records) {
    const value = key(record);
    if (value === '') continue;
    const earlier = first.get(value);
    if (earlier) onDuplicate(record, earlier, value);
    else first.set(value, record);
  }
}
