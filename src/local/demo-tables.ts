// Types the demo city's data into a workbook through the emulator's Spreadsheet service, as a
// person would (used by `kinerja-asn demo`, the workbench's first start and the benchmark).
import {fillDemoTab} from '../demo/fill-tab';
import {DEMO_SHEETS, type DemoTableKey, type DemoWorkbook} from '../demo/types';
import {PENILAIAN_INPUT_HEADERS, normalizeHeader} from '../sheets/schema';
import type {Emulator} from './emulator';
import {spreadsheetOf} from './runtime';
import {tabModelsOfPeriod} from './tabs';

/** Columns written as text: NIPs keep 18 digits, a Presensi month (2026-03) stays a month. */
const NIP_HEADERS = new Set(['nip', 'nip atasan', 'nip kepala', 'periode']);

/**
 * Writes the demo input tables over the sheets setupSheets made (one setValues per table). NIP
 * columns get the plain-text format first, so 18 digits stay text as in a real spreadsheet.
 */
export function writeDemoTables(emulator: Emulator, demo: DemoWorkbook): void {
  const ss = spreadsheetOf(emulator);
  for (const key of Object.keys(DEMO_SHEETS) as DemoTableKey[]) {
    const name = DEMO_SHEETS[key];
    const table = demo.tables[key];
    const width = table[0].length;
    const sheet = ss.getSheetByName(name) ?? ss.insertSheet(name);
    if (sheet.getMaxRows() < table.length + 1) {
      sheet.insertRowsAfter(
        sheet.getMaxRows(),
        table.length + 1 - sheet.getMaxRows(),
      );
    }
    if (sheet.getMaxColumns() < width) {
      sheet.insertColumnsAfter(
        sheet.getMaxColumns(),
        width - sheet.getMaxColumns(),
      );
    }
    const last = sheet.getLastRow();
    if (last > 1) sheet.getRange(2, 1, last - 1, width).clearContent();
    table[0].forEach((header, i) => {
      if (NIP_HEADERS.has(normalizeHeader(header))) {
        sheet.getRange(1, i + 1, table.length, 1).setNumberFormat('@');
      }
    });
    sheet.getRange(1, 1, table.length, width).setValues(table as unknown[][]);
  }
}

/**
 * Types the demo supervisors' inputs into every appraisal tab of the period: one getValues and
 * one setValues (over the input columns only) per tab. Returns the number of tabs.
 */
export function fillDemoTabs(
  emulator: Emulator,
  demo: DemoWorkbook,
  period: string,
): number {
  const ss = spreadsheetOf(emulator);
  let tabs = 0;
  for (const model of tabModelsOfPeriod(emulator.workbook, period)) {
    const sheet = ss.getSheetByName(model.name);
    if (!sheet) continue;
    tabs++;
    const values = sheet.getDataRange().getValues();
    if (values.length < 2) continue;
    const {values: filled, filled: count} = fillDemoTab(values, demo);
    if (count === 0) continue;
    const header = values[0].map(normalizeHeader);
    const inputs = PENILAIAN_INPUT_HEADERS.map(h =>
      header.indexOf(normalizeHeader(h)),
    ).filter(i => i >= 0);
    const from = Math.min(...inputs);
    const to = Math.max(...inputs);
    const block = filled.slice(1).map(row => row.slice(from, to + 1));
    sheet.getRange(2, from + 1, block.length, to - from + 1).setValues(block);
  }
  return tabs;
}
