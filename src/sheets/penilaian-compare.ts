// Whether an appraisal tab's planned values equal what the tab holds: an unchanged tab is not
// rewritten (nor its formats), so a refresh with nothing new writes nothing.

import {cellText} from '../core/cell-text';
import {isBlankRow} from './table';

export function sameValues(a: unknown[][], b: unknown[][]): boolean {
  const rows = Math.max(a.length, b.length);
  for (let r = 0; r < rows; r++) {
    const x = a[r] ?? [];
    const y = b[r] ?? [];
    const cols = Math.max(x.length, y.length);
    for (let c = 0; c < cols; c++) {
      const u = x[c] ?? '';
      const v = y[c] ?? '';
      if (u instanceof Date || v instanceof Date) {
        if (String(u) !== String(v)) return false;
      } else if (u !== v) {
        return false;
      }
    }
  }
  return true;
}

/** Planned values equal the tab's, ignoring trailing blank rows and cells beyond the header. */
export function sameTab(
  values: unknown[][],
  existing: {values: unknown[][]} | undefined,
): boolean {
  return !!existing && sameValues(values, trimmed(existing.values));
}

function trimmed(values: unknown[][]): unknown[][] {
  // Compare without trailing blank rows and columns beyond the header.
  const width = (values[0] ?? []).length;
  const rows = values.filter((row, i) => i === 0 || !isBlankRow(row));
  return rows.map(row => {
    const copy = row.slice(0, width);
    while (copy.length && cellText(copy[copy.length - 1]) === '') copy.pop();
    return copy;
  });
}
