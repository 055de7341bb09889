// The minimum cells an execution must read, against which the report's "ratio" column is
// computed. One function per step, so a better definition (e.g. the columns recompute needs, from
// src/sheets/read-columns.ts once it lands) is a one-line change in MINIMUM below.
import {DEMO_SHEETS} from '../../src/demo/types';
import {PENILAIAN_PREFIX} from '../../src/sheets/schema';
import type {World} from './world';

export type Minimum = (world: World, period: string) => number;

/** The used range (lastRow x lastColumn) of a sheet, 0 when absent. */
function usedCells(world: World, name: string): number {
  const sheet = world.emulator.workbook.sheetByName(name);
  return sheet ? sheet.lastRow() * sheet.lastColumn() : 0;
}

/**
 * Interim minimum of a recompute: the used ranges of the input tables (the demo's contract sheets
 * but the email template) and of the period's appraisal tabs. An upper bound of the true minimum
 * (whole rows, not only the columns read), so the ratio it gives is a lower bound.
 */
export function inputTableCells(world: World, period: string): number {
  let cells = 0;
  for (const [key, name] of Object.entries(DEMO_SHEETS)) {
    if (key !== 'templateEmail') cells += usedCells(world, name);
  }
  const prefix = `${PENILAIAN_PREFIX}${period} `;
  for (const sheet of world.emulator.workbook.sheets) {
    if (sheet.name.startsWith(prefix))
      cells += sheet.lastRow() * sheet.lastColumn();
  }
  return cells;
}

/** Which minimum each step's ratio uses (steps absent here show no ratio). */
export const MINIMUM: Record<string, Minimum> = {
  recompute: inputTableCells,
  'recompute again': inputTableCells,
};

/** How the minimum is defined, for the report's notes. */
export const MINIMUM_NOTE =
  'minimum = cells of the used ranges of the input tables (Pengaturan, Unit Kerja, Pegawai, ' +
  "Indikator, SKP, Perilaku, Pelatihan...) and of the period's appraisal tabs (interim, until " +
  'src/sheets/read-columns.ts defines the columns recompute needs)';
