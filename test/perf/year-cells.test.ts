// A year of quarterly evaluation at N employees, counted as Google counts cells (every sheet's
// maxRows x maxColumns): tabs for TW1-TW4 (semesters and the year are built from the quarters,
// DOMAIN §1), typed in, recomputed and closed (the inputs move to Arsip Penilaian), and Hasil
// for all seven periods. Two sizes give the exact per-employee
// cost (the workbook is linear in N: same units and indicators per unit), extrapolated to 10,000.
import * as path from 'path';
import type {TabsStatus} from '../../src/core/api';
import {tabIdentityOfModel} from '../../src/local/tabs';
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

function yearCells(employees: number, mode: Mode): Year {
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
    inExecution(emulator, CODE, ctx => ctx.apiRecompute(period));
    let close: {state: string};
    do {
      close = inExecution(
        emulator,
        CODE,
        ctx => ctx.apiClosePeriod(period) as {state: string},
      );
    } while (close.state === 'running');
    expect([period, close.state]).toEqual([period, 'done']);
  }
  for (const period of PERIODS.slice(QUARTERS.length)) {
    inExecution(emulator, CODE, ctx => ctx.apiRecompute(period));
  }
  const bySheet: Record<string, number> = {};
  let tabs = 0;
  for (const sheet of emulator.workbook.sheets) {
    // A quarter's inputs: its tabs while open, Arsip Penilaian once closed.
    const tab =
      tabIdentityOfModel(sheet) !== null || sheet.name === 'Arsip Penilaian';
    if (tab) tabs++;
    const key = tab ? 'tabs' : sheet.name;
    bySheet[key] = (bySheet[key] ?? 0) + sheet.maxRows * sheet.maxCols;
  }
  const hasil = emulator.workbook.sheets.find(x => x.name === 'Hasil')!;
  return {
    cells: gridCells(emulator.workbook),
    tabs,
    bySheet,
    hasilRows: hasil.maxRows,
    hasilColumns: hasil.maxCols,
  };
}

interface Year {
  cells: number;
  tabs: number;
  bySheet: Record<string, number>;
  hasilRows: number;
  hasilColumns: number;
}

describe.each<Mode>(['Per Atasan', 'Per Unit'])('a year in %s mode', mode => {
  it('fits Sheets at 10,000 employees: tabs per employee measured, Hasil and Pegawai by rows', () => {
    // Both sizes above 1,000 Hasil rows (7 periods x N), so only the 1,000-row floor of the
    // input sheets is fixed; Pegawai (N + 1 rows x 8) grows past it at 10,000.
    const [n1, n2] = [150, 300];
    const small = yearCells(n1, mode);
    const large = yearCells(n2, mode);
    const tabsPerEmployee =
      (large.bySheet.tabs - small.bySheet.tabs) / (n2 - n1);
    // Hasil: a row per active employee and period (the demo has a few inactive employees).
    const hasilPerEmployee = (large.hasilRows - 1) / n2;
    expect(hasilPerEmployee).toBeGreaterThan(6.9);
    expect(hasilPerEmployee).toBeLessThanOrEqual(7);
    const fixed =
      large.cells -
      large.bySheet.tabs -
      large.bySheet.Hasil -
      large.bySheet.Pegawai;
    const n = 10_000;
    const tabs = Math.round(large.bySheet.tabs + (n - n2) * tabsPerEmployee);
    const hasil = Math.round(hasilPerEmployee * n + 1) * large.hasilColumns;
    const pegawai = (n + 1) * 8;
    const at10k = fixed + tabs + hasil + pegawai;
    console.log(
      `${mode}: tabs ${tabsPerEmployee.toFixed(1)} cells per employee-year ` +
        `(${small.tabs} tabs at ${n1}, ${large.tabs} at ${n2}); at 10,000: tabs ${tabs}, ` +
        `Hasil ${hasil}, Pegawai ${pegawai}, other sheets ${fixed}: ${at10k} cells ` +
        `(Sheets' limit 10000000, goal ${GOAL}) ${JSON.stringify(large.bySheet)}`,
    );
    // 4 closed quarters x (k + 7 + 2 rows) x 9 columns with k = 5 indicators: 504; no tab left.
    expect(large.tabs).toBe(1);
    expect(tabsPerEmployee).toBeGreaterThanOrEqual(504);
    expect(tabsPerEmployee).toBeLessThan(510);
    expect(large.hasilColumns).toBe(13);
    // docs/SHEETS.md "Cells in a year": the 8 M goal, with room for Log Email (0.3 M).
    expect(at10k).toBeLessThan(GOAL - 300_000);
  });
});
