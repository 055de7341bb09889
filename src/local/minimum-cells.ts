// The minimum cells a recompute of a period must read (src/sheets/read-columns.ts: its tabs, or
// for a closed period its Arsip Penilaian rows), counted on the emulator's workbook: the yardstick of "recompute reads at most 1.5x the minimum cells" for
// the bench and the tests.

import {APPRAISAL_COLUMNS} from '../sheets/read-columns';
import {SHEET} from '../sheets/schema';
import {tabModelsOfPeriod} from './tabs';
import type {Emulator} from './emulator';

/**
 * For each input table and each tab of the period: its rows (header included) times the columns
 * the appraisal needs.
 */
export function minimumRecomputeCells(
  workbook: Emulator['workbook'],
  period: string,
): number {
  let total = 0;
  for (const [key, columns] of Object.entries(APPRAISAL_COLUMNS)) {
    const name = key === 'penilaian' ? null : SHEET[key as keyof typeof SHEET];
    if (!name) continue;
    const sheet = workbook.sheets.find(s => s.name === name);
    if (sheet) total += Math.max(1, sheet.lastRow()) * columns.length;
  }
  for (const sheet of tabModelsOfPeriod(workbook, period)) {
    total += sheet.lastRow() * APPRAISAL_COLUMNS.penilaian.length;
  }
  // A closed period: its rows of Arsip Penilaian (Periode in column 1) and the header.
  const archive = workbook.sheets.find(s => s.name === SHEET.arsipPenilaian);
  if (archive) {
    let rows = 0;
    for (let r = 2; r <= archive.lastRow(); r++)
      if (String(archive.get('value', r, 1) ?? '') === period) rows++;
    if (rows) total += (rows + 1) * APPRAISAL_COLUMNS.penilaian.length;
  }
  return total;
}
