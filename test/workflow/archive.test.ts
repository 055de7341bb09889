// Archiving past years through the built bundle: copied, checked, only then removed; resumable;
// refused cleanly without the scope SpreadsheetApp.create needs.
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import {createdWorkbooks} from '../../src/local/emulator/created-files';
import {
  CODE_FILE,
  fillFixture,
  findRow,
  harness,
  type Harness,
} from './helpers';
import {sheet, values} from '../support/workbook';

// Tabs are named for people: <Periode> <the supervisor's short name>.
const past = '2025-TW4 Budi Santoso';
const manifest = JSON.parse(
  fs.readFileSync(
    path.join(path.dirname(CODE_FILE), 'appsscript.json'),
    'utf8',
  ),
) as {oauthScopes: string[]};

function withPastYear(h: Harness): number {
  fillFixture(h);
  h.ctx.apiCreateTabs('2025-TW4');
  h.ctx.apiCreateTabs('2026-TW1');
  const row = findRow(
    values(h.emulator, past),
    '199002022015012002',
    'Hasil Kerja',
    'I1',
  );
  sheet(h.emulator, past).getRange(row, 9).setValue(9);
  h.ctx.apiRecompute('2025-TW4');
  h.ctx.apiRecompute('2026-TW1');
  return row;
}

const periods = (h: Harness, name: string) =>
  values(h.emulator, name)
    .slice(1)
    .map(r => String(r[0]));

describe('archive', () => {
  it('moves past tabs and Hasil rows to a new spreadsheet, checked before removal', () => {
    const h = harness();
    const row = withPastYear(h);
    h.emulator.setOauthScopes([
      ...manifest.oauthScopes,
      'https://www.googleapis.com/auth/spreadsheets',
    ]);
    let status = h.ctx.apiArchive();
    for (let i = 0; status.state === 'running' && i < 10; i++)
      status = h.ctx.apiArchive();
    expect(status).toMatchObject({ok: true, state: 'done'});
    expect(status.message).toContain('2 tab, 5 baris Hasil dan 0 baris Arsip');
    const names = h.emulator.workbook.sheets.map(s => s.name);
    expect(names.filter(n => n.includes('2025-'))).toEqual([]);
    expect(names.filter(n => n.includes('2026-TW1'))).toHaveLength(2);
    expect(periods(h, 'Hasil').every(p => p === '2026-TW1')).toBe(true);
    const [archive] = createdWorkbooks(h.emulator.workbook);
    const copy = archive.sheetByName(past)!;
    expect(copy).toBeDefined();
    expect(archive.sheetByName('Sheet1')).toBeUndefined();
    // Sized to what it holds, the typed value and the NIPs as text kept.
    expect([copy.maxRows, copy.maxCols]).toEqual([34, 13]);
    const archived = h.ctx.SpreadsheetApp.openById(archive.id).getSheetByName(
      past,
    );
    expect(archived.getRange(row, 9).getValue()).toBe(9);
    expect(archived.getRange(row, 2).getValue()).toBe('199002022015012002');
    const hasil = h.ctx.SpreadsheetApp.openById(archive.id).getSheetByName(
      'Hasil',
    );
    expect(
      hasil
        .getDataRange()
        .getValues()
        .slice(1)
        .map((r: unknown[]) => r[0]),
    ).toEqual(new Array(5).fill('2025-TW4'));
    // Again: nothing left to archive.
    expect(h.ctx.apiArchive().message).toContain('Tidak ada tab');
  });

  it('moves the closed periods of past years out of Arsip Penilaian and keeps this year readable', () => {
    const h = harness();
    const row = withPastYear(h);
    h.ctx.apiCreateTabs('2025-TW3');
    h.ctx.apiRecompute('2025-TW3');
    const before = values(h.emulator, 'Hasil').filter(r => r[0] === '2026-TW1');
    // Closed in the order 2025-TW4, 2026-TW1, 2025-TW3: a past run after this year's.
    for (const period of ['2025-TW4', '2026-TW1', '2025-TW3'])
      expect(h.ctx.apiClosePeriod(period).state).toBe('done');
    const arsip = values(h.emulator, 'Arsip Penilaian').slice(1);
    const pastRows = arsip.filter(r => String(r[0]).startsWith('2025-'));
    const thisYear = arsip.filter(r => r[0] === '2026-TW1');
    expect(pastRows.length).toBeGreaterThan(0);
    h.emulator.setOauthScopes([
      ...manifest.oauthScopes,
      'https://www.googleapis.com/auth/spreadsheets',
    ]);
    let status = h.ctx.apiArchive();
    for (let i = 0; status.state === 'running' && i < 20; i++)
      status = h.ctx.apiArchive();
    expect(status.state + ': ' + status.message).toMatch(/^done: /);
    expect(status.message).toContain(
      `${pastRows.length} baris Arsip Penilaian`,
    );
    expect(values(h.emulator, 'Arsip Penilaian').slice(1)).toEqual(thisYear);
    const s = sheet(h.emulator, 'Arsip Penilaian');
    expect(s.getMaxRows()).toBe(thisYear.length + 1);
    const [archive] = createdWorkbooks(h.emulator.workbook);
    const copy = h.ctx.SpreadsheetApp.openById(archive.id)
      .getSheetByName('Arsip Penilaian')
      .getDataRange()
      .getValues()
      .slice(1);
    expect(copy).toEqual(pastRows);
    // The typed 9 of 2025-TW4 went along; this year still recomputes from the shifted rows.
    expect(row).toBeGreaterThan(1);
    expect(copy.some((r: unknown[]) => r[0] === '2025-TW4' && r[4] === 9)).toBe(
      true,
    );
    h.ctx.apiRecompute('2026-TW1');
    expect(
      values(h.emulator, 'Hasil').filter(r => r[0] === '2026-TW1'),
    ).toEqual(before);
  });

  it('without the spreadsheets scope it says so and removes nothing', () => {
    const h = harness();
    withPastYear(h);
    h.emulator.setOauthScopes(manifest.oauthScopes);
    const status = h.ctx.apiArchive();
    expect(status.ok).toBe(false);
    expect(status.message).toContain(
      'https://www.googleapis.com/auth/spreadsheets',
    );
    expect(h.emulator.workbook.sheets.map(s => s.name)).toContain(past);
    expect(periods(h, 'Hasil')).toContain('2025-TW4');
  });

  it('a copy failing part-way removes nothing; the next run finishes', () => {
    const h = harness();
    withPastYear(h);
    h.emulator.setOauthScopes([
      ...manifest.oauthScopes,
      'https://www.googleapis.com/auth/spreadsheets',
    ]);
    const range = Object.getPrototypeOf(
      sheet(h.emulator, 'Pegawai').getRange(1, 1),
    );
    const real = range.setValues;
    const ScriptError = vm.runInContext('Error', h.ctx) as ErrorConstructor;
    let writes = 0;
    range.setValues = function (this: unknown, rows: unknown[][]) {
      // The second tab's copy dies (as a quota or a killed execution would).
      if (++writes === 2)
        throw new ScriptError('Service Spreadsheets timed out');
      return real.call(this, rows);
    };
    let first;
    try {
      first = h.ctx.apiArchive();
    } finally {
      range.setValues = real;
    }
    expect(first.ok).toBe(false);
    expect(first.message).toContain('Service Spreadsheets timed out');
    // Nothing removed: both past tabs and Hasil's past rows are still in the workbook.
    const names = h.emulator.workbook.sheets.map(s => s.name);
    expect(names.filter(n => n.includes('2025-TW4'))).toHaveLength(2);
    expect(periods(h, 'Hasil')).toContain('2025-TW4');
    let status = h.ctx.apiArchive();
    for (let i = 0; status.state === 'running' && i < 10; i++)
      status = h.ctx.apiArchive();
    expect(status).toMatchObject({ok: true, state: 'done'});
    expect(createdWorkbooks(h.emulator.workbook)).toHaveLength(1);
    const [archive] = createdWorkbooks(h.emulator.workbook);
    expect(archive.sheets.map(s => s.name).sort()).toEqual(
      ['Hasil', past, '2025-TW4 Rina Wati'].sort(),
    );
  });
});
