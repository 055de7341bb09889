// The bench's workbook: the seeded demo city of N employees set up through the add-on itself
// (apiSetupSheets), its input tables typed in, in one of the two tab modes (Pengaturan
// `Tab Penilaian`, docs/SHEETS.md).
import path from 'node:path';
import {demoWorkbook} from '../../src/demo/workbook';
import type {DemoWorkbook} from '../../src/demo/types';
import {fillDemoTabs, writeDemoTables} from '../../src/local/demo-tables';
import {type Emulator, createEmulator} from '../../src/local/emulator';
import {gridCells} from '../../src/local/emulator/limits';
import {PENILAIAN_PREFIX} from '../../src/sheets/schema';
import {measure} from './measure';

export type TabMode = 'Per Atasan' | 'Per Unit';
export const TAB_MODES: readonly TabMode[] = ['Per Atasan', 'Per Unit'];

export interface World {
  size: number;
  mode: TabMode;
  demo: DemoWorkbook;
  emulator: Emulator;
  codeFile: string;
  /** The quarter the executions are measured on. */
  period: string;
}

export interface WorldOptions {
  size: number;
  mode: TabMode;
  indicatorsPerUnit: number;
  seed: number;
  root: string;
  year?: number;
}

export function makeWorld(o: WorldOptions): World {
  const year = o.year ?? 2026;
  const period = `${year}-TW1`;
  const demo = demoWorkbook({
    employeeCount: o.size,
    seed: o.seed,
    indicatorsPerUnit: o.indicatorsPerUnit,
    period,
    tabPenilaian: o.mode,
  });
  const emulator = createEmulator({
    user: demo.hrEmail,
    // Early in the quarter after TW1, as HR would recompute and send; fixed for reproducibility.
    now: () => new Date(Date.UTC(year, 3, 2, 2)),
    htmlDir: path.join(o.root, 'dist'),
    // Every employee and supervisor in cc: the quota is not what the bench measures.
    mailQuota: 2 * o.size + 100,
    costProfile: 'off',
    account: 'workspace',
  });
  const codeFile = path.join(o.root, 'dist', 'Code.js');
  const setup = measure(emulator, codeFile, ctx => ctx.apiSetupSheets());
  if (setup.stats.error)
    throw new Error(`apiSetupSheets: ${setup.stats.error}`);
  writeDemoTables(emulator, demo);
  return {size: o.size, mode: o.mode, demo, emulator, codeFile, period};
}

/** The supervisors type their inputs into every tab of `period` (outside any execution). */
export function fillTabs(world: World, period: string): number {
  return fillDemoTabs(world.emulator, world.demo, period);
}

/** The workbook's size as Google counts it (every sheet's maxRows x maxColumns). */
export function cellCount(world: World): number {
  return gridCells(world.emulator.workbook);
}

/** Appraisal tabs of a period and their data rows. */
export function tabsOf(
  world: World,
  period: string,
): {tabs: number; rows: number} {
  const prefix = `${PENILAIAN_PREFIX}${period} `;
  const sheets = world.emulator.workbook.sheets.filter(s =>
    s.name.startsWith(prefix),
  );
  return {
    tabs: sheets.length,
    rows: sheets.reduce((n, s) => n + Math.max(0, s.lastRow() - 1), 0),
  };
}
