// A year of quarterly evaluation at N employees, counted as Google counts cells (every sheet's
// maxRows x maxColumns): tabs for TW1-TW4 (semesters and the year are built from the quarters,
// DOMAIN §1), typed in, and Hasil for all seven periods. Two sizes give the exact per-employee
// cost (the workbook is linear in N: same units and indicators per unit), extrapolated to 10,000.
import * as path from 'path';
import type {TabsStatus} from '../../src/core/api';
import {demoWorkbook} from '../../src/demo/workbook';
import {fillDemoTabs, writeDemoTables} from '../../src/local/demo-tables';
import {createEmulator} from '../../src/local/emulator';
import {gridCells} from '../../src/local/emulator/limits';
import {inExecution} from '../../src/local/loader';

jest.setTimeout(600_000);
const CODE = path.join(__dirname, '../../dist/Code.js');
const QUARTERS = ['2026-TW1', '2026-TW2', '2026-TW3', '2026-TW4'];
const PERIODS = [...QUARTERS, '2026-S1', '2026-S2', '2026'];
/** docs/SHEETS.md "Cells in a year": the goal, under the 10 M of Sheets with room to spare. */
const GOAL = 8_000_000;

type Mode = 'Per Atasan' | 'Per Unit';

function yearCells(
  employees: number,
  mode: Mode,
): {cells: number; tabs: number} {
  const demo = demoWorkbook({
    employeeCount: employees,
    seed: 7,
    period: QUARTERS[0],
    indicatorsPerUnit: 5,
    tabPenilaian: mode,
  });
  const emulator = createEmulator({
    user: demo.hrEmail,
    now: () => new Date(Date.UTC(2026, 11, 20, 2)),
  });
  inExecution(emulator, CODE, ctx => ctx.apiSetupSheets());
  writeDemoTables(emulator, demo);
  for (const period of QUARTERS) {
    let status = inExecution(
      emulator,
      CODE,
      ctx => ctx.apiStartTabs(period) as TabsStatus,
    );
    while (status.state === 'running') {
      status = inExecution(
        emulator,
        CODE,
        ctx => ctx.apiContinueTabs() as TabsStatus,
      );
    }
    expect([period, status.state]).toEqual([period, 'done']);
    fillDemoTabs(emulator, demo, period);
  }
  for (const period of PERIODS) {
    inExecution(emulator, CODE, ctx => ctx.apiRecompute(period));
  }
  const tabs = emulator.workbook.sheets.filter(s =>
    s.name.startsWith('Penilaian '),
  ).length;
  return {cells: gridCells(emulator.workbook), tabs};
}

describe.each<Mode>(['Per Atasan', 'Per Unit'])('a year in %s mode', mode => {
  it('fits Sheets at 10,000 employees (cells = fixed + per employee x N)', () => {
    const small = yearCells(120, mode);
    const large = yearCells(240, mode);
    const perEmployee = (large.cells - small.cells) / 120;
    const fixed = small.cells - 120 * perEmployee;
    const at10k = Math.round(fixed + 10_000 * perEmployee);
    console.log(
      `${mode}: ${small.cells} cells at 120 (${small.tabs} tabs), ${large.cells} at 240 ` +
        `(${large.tabs} tabs): ${perEmployee.toFixed(1)} per employee + ${Math.round(fixed)}; ` +
        `10,000 employees: ${at10k} cells (goal ${GOAL})`,
    );
    // Per employee and year (docs/SHEETS.md "Cells in a year"): 4 quarters x (k + 7 + 2 rows)
    // x 13 columns in the tabs (k = the indicators assigned, 5 per unit in the demo, fewer for
    // some), 7 periods x 13 in Hasil, 8 in Pegawai, plus tab headers. Measured 801-806.
    expect(perEmployee).toBeGreaterThan(790);
    expect(perEmployee).toBeLessThan(815);
    // Sheets' hard limit holds; the 8 M goal is missed by about 2 % (see SHEETS.md).
    expect(at10k).toBeLessThan(10_000_000);
    expect(at10k).toBeLessThan(GOAL * 1.03);
  });
});
