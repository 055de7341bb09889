// Replacing one month's rows of a table whose rows carry a Periode (Presensi, Hasil TPP): the
// month's rows go where the first of them stood (appended when the month is new), every other row
// is kept as it is, users' own columns included (a replaced row keeps them by NIP).
import {cellText} from '../core/cell-text';
import {normalizeNip} from '../core/nip';
import {parseMonth} from '../core/tpp';
import {headerColumns, isBlankRow} from './table';
import {normalizeHeader} from './schema';

/**
 * The whole new table (header first). `rows` are in `contract` order; missing contract headers are
 * added at the right of an existing header.
 */
export function replaceMonthRows(
  existing: readonly (readonly unknown[])[],
  contract: readonly string[],
  month: string,
  rows: readonly (readonly unknown[])[],
): unknown[][] {
  const header: unknown[] = isBlankRow(existing[0])
    ? [...contract]
    : [...existing[0]];
  for (const h of contract) {
    if (!(normalizeHeader(h) in headerColumns(header))) header.push(h);
  }
  const columns = headerColumns(header);
  const at = contract.map(h => columns[normalizeHeader(h)] - 1);
  const [periodColumn, nipColumn] = [
    columns['periode'] - 1,
    columns['nip'] - 1,
  ];
  const width = header.length;
  const pad = (row: readonly unknown[]) => {
    const out = row.slice(0, width);
    while (out.length < width) out.push('');
    return out;
  };
  const isMonth = (row: readonly unknown[]) =>
    parseMonth(cellText(row[periodColumn]))?.code === month;
  const body = isBlankRow(existing[0]) ? [] : existing.slice(1);
  const own = new Map<string, unknown[]>();
  const contractSet = new Set(at);
  for (const row of body) {
    if (isMonth(row)) {
      own.set(
        normalizeNip(row[nipColumn]),
        pad(row).map((v, i) => (contractSet.has(i) ? '' : v)),
      );
    }
  }
  const fresh = rows.map(values => {
    const out = own.get(normalizeNip(values[1])) ?? pad([]);
    at.forEach((column, i) => (out[column] = values[i] ?? ''));
    return out;
  });
  const result: unknown[][] = [header];
  let inserted = false;
  for (const row of body) {
    if (isMonth(row)) {
      if (!inserted) result.push(...fresh);
      inserted = true;
    } else if (!isBlankRow(row)) {
      result.push(pad(row));
    }
  }
  if (!inserted) result.push(...fresh);
  return result;
}
