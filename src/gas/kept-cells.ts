// Reading an appraisal tab so that what people typed in it can be written back exactly as it is
// (a typed text stays text, a formula stays a formula), and making the columns of the texts the
// add-on copies from the inputs plain text so that none becomes a formula (issue 11). The rules:
// src/sheets/values.ts.

import {rowKey} from '../sheets/penilaian';
import {keptInput, parsesAsOther, tabTextColumns} from '../sheets/values';
import {normalizeHeader} from '../sheets/schema';
import {headerColumns} from '../sheets/table';
import {textColumnRuns} from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** 0-based columns of a header whose cells are kept as typed: inputs and the user's own. */
function keptColumns(header: readonly unknown[]): (c: number) => boolean {
  const text = tabTextColumns(header);
  const target = headerColumns(header)[normalizeHeader('Target')];
  return c => !text.has(c) && c !== (target ?? 0) - 1;
}

interface KeptRow {
  /** By normalised header: the cell's formula, and whether its text must stay text. */
  formulas: Map<string, string>;
  formats: Map<string, string>;
}

/**
 * What the kept cells of `sheet` hold beyond their values, by row key (NIP|Jenis|Kode): formulas
 * over the kept columns (one call: 5 of 13 columns in the contract layout), and number formats
 * only when a kept text would parse as something else (rare). Rows with neither are absent.
 */
function keptRows(sheet: Sheet, values: unknown[][]): Map<string, KeptRow> {
  const out = new Map<string, KeptRow>();
  const width = values[0]?.length ?? 0;
  if (values.length < 2 || !width) return out;
  const header = values[0].map(h => normalizeHeader(h));
  const kept = keptColumns(values[0]);
  let first = 0;
  while (first < width && !kept(first)) first++;
  if (first >= width) return out;
  const span = width - first;
  const formulas = sheet
    .getRange(1, first + 1, values.length, span)
    .getFormulas();
  const risky = (r: number, c: number) => {
    const v = values[r][c];
    return typeof v === 'string' && !formulas[r][c - first] && parsesAsOther(v);
  };
  let needsFormat = false;
  for (let r = 1; r < values.length && !needsFormat; r++)
    for (let c = first; c < width; c++)
      if (kept(c) && risky(r, c)) needsFormat = true;
  const formats = needsFormat
    ? sheet.getRange(1, first + 1, values.length, span).getNumberFormats()
    : [];
  const col = headerColumns(values[0]);
  const at = (r: number, h: string) =>
    values[r][(col[normalizeHeader(h)] ?? 0) - 1];
  for (let r = 1; r < values.length; r++) {
    const row: KeptRow = {formulas: new Map(), formats: new Map()};
    for (let c = first; c < width; c++) {
      if (!kept(c)) continue;
      const formula = formulas[r][c - first];
      if (formula) row.formulas.set(header[c], formula);
      else if (needsFormat && risky(r, c))
        row.formats.set(header[c], formats[r]?.[c - first] ?? '');
    }
    if (!row.formulas.size && !row.formats.size) continue;
    const key = rowKey(at(r, 'NIP'), at(r, 'Jenis'), at(r, 'Kode'));
    if (!out.has(key)) out.set(key, row);
  }
  return out;
}

/**
 * The planned values of a tab with its kept cells as setValues must get them back (issue 11): a
 * formula stays a formula, a typed text that would parse as something else stays text. The plan
 * is made from plain values (one read per tab, so an unchanged refresh reads nothing more); only a
 * tab that is rewritten reads, from itself and the tabs it takes rows from (`sources`, its own
 * first), the formulas of its kept columns (issue 10: reading formulas and formats of every
 * whole tab tripled a refresh at 10,000 employees to 476 s). Returns the extra cells read.
 */
export function keepTypedCells(
  planned: unknown[][],
  sources: {sheet: Sheet; values: unknown[][]}[],
): number {
  const rows = new Map<string, KeptRow>();
  let cells = 0;
  for (const source of sources) {
    for (const [key, row] of keptRows(source.sheet, source.values))
      if (!rows.has(key)) rows.set(key, row);
    cells += source.values.length * (source.values[0]?.length ?? 0);
  }
  const header = (planned[0] ?? []).map(h => normalizeHeader(h));
  const kept = keptColumns(planned[0] ?? []);
  const col = headerColumns(planned[0] ?? []);
  const at = (row: unknown[], h: string) =>
    row[(col[normalizeHeader(h)] ?? 0) - 1];
  for (let r = 1; r < planned.length; r++) {
    const row = planned[r];
    const source = rows.get(
      rowKey(at(row, 'NIP'), at(row, 'Jenis'), at(row, 'Kode')),
    );
    row.forEach((value, c) => {
      if (!kept(c)) return;
      const formula = source?.formulas.get(header[c]);
      if (formula) row[c] = formula;
      else if (typeof value === 'string')
        row[c] = keptInput(value, '', source?.formats.get(header[c]) ?? '');
    });
  }
  return cells;
}

/**
 * Makes a tab's copied-text columns (NIP, Nama, Uraian...: tabTextColumns) plain text for its
 * first `rows` rows: one setNumberFormat per run of adjacent columns (one in the contract layout).
 */
export function formatTabText(
  sheet: Sheet,
  header: readonly unknown[],
  rows: number,
): void {
  const columns = [...tabTextColumns(header)].map(c => c + 1);
  for (const [first, last] of textColumnRuns(columns, () => false))
    sheet.getRange(1, first, rows, last - first + 1).setNumberFormat('@');
}
