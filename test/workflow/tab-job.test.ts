// The resumable tab job through the built bundle: grid sizes, chunks, unchanged refreshes, a chunk
// killed inside a tab, and the hourly trigger finishing a job.
import * as vm from 'vm';
import {tabModelsOfPeriod} from '../../src/local/tabs';
import {HR, KEPALA, fillFixture, harness, type Harness} from './helpers';
import {
  appendRows,
  employeeRow,
  setSetting,
  sheet,
  values,
} from '../support/workbook';

// Tabs are named for people; found by identity.
const tabBudi = '2026-TW1 Budi Santoso';
const tabRina = '2026-TW1 Rina Wati';

/** A valid-looking NIP for the i-th extra person (born 1994). */
function nip(i: number): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `1994${pad(1 + (i % 12), 2)}${pad(1 + (i % 28), 2)}2016011${pad(i % 1000, 3)}`;
}

/** `supervisors` extra supervisors under Budi, each with one employee: that many more tabs. */
function manySupervisors(h: Harness, supervisors: number): void {
  const rows = [];
  for (let i = 0; i < supervisors; i++) {
    const boss = nip(2 * i);
    rows.push(
      employeeRow({
        nip: `'${boss}`,
        nama: `Atasan ${i}`,
        jabatan: 'Kepala Seksi',
        unit: 'U01',
        atasan: `'${KEPALA.nip}`,
      }),
      employeeRow({
        nip: `'${nip(2 * i + 1)}`,
        nama: `Staf ${i}`,
        jabatan: 'Staf',
        unit: 'U01',
        atasan: `'${boss}`,
      }),
    );
  }
  appendRows(h.emulator, 'Pegawai', rows);
}

function grid(h: Harness, name: string): [number, number] {
  const s = sheet(h.emulator, name);
  return [s.getMaxRows(), s.getMaxColumns()];
}

function job(h: Harness) {
  return JSON.parse(h.emulator.workbook.documentProperties['kinerja.tabsJob']);
}

describe('tab job', () => {
  it('sizes each tab to its rows and 13 columns, and grows or cuts it on refresh', () => {
    const h = harness();
    fillFixture(h);
    h.ctx.apiCreateTabs('2026-TW1');
    // Budi's tab: header + 3 employees x 11 rows; Rina's: header + 11.
    expect(grid(h, tabBudi)).toEqual([34, 13]);
    expect(grid(h, tabRina)).toEqual([12, 13]);
    // Eka moves to Budi: Rina's tab keeps only its header (and one row under the frozen one).
    const pegawai = sheet(h.emulator, 'Pegawai');
    const nips = pegawai
      .getRange('A:A')
      .getValues()
      .map(r => String(r[0]));
    const row = nips.indexOf('199205052017012005') + 1;
    pegawai.getRange(row, 5).setValue(`'${KEPALA.nip}`);
    expect(h.ctx.apiCreateTabs('2026-TW1').ok).toBe(true);
    expect(grid(h, tabBudi)).toEqual([45, 13]);
    expect(grid(h, tabRina)).toEqual([2, 13]);
  });

  it('an unchanged refresh writes no value, format, validation or protection', () => {
    const h = harness();
    fillFixture(h);
    h.ctx.apiCreateTabs('2026-TW1');
    h.emulator.calls.reset();
    const again = h.ctx.apiCreateTabs('2026-TW1');
    expect(again.ok).toBe(true);
    expect(again.message).toContain('2 tab tidak berubah');
    for (const call of [
      'Range.setValues',
      'Range.setBackground',
      'Range.setFontColor',
      'Range.setDataValidation',
      'Range.setDataValidations',
      'Range.protect',
      'Sheet.protect',
      'Sheet.deleteRows',
    ]) {
      expect([call, h.emulator.calls.count(call)]).toEqual([call, 0]);
    }
    // A changed HR email changes the protections: those tabs are rebuilt.
    setSetting(h.emulator, 'Email HR', 'sdm.baru@example.go.id');
    h.emulator.calls.reset();
    expect(h.ctx.apiCreateTabs('2026-TW1').ok).toBe(true);
    expect(h.emulator.calls.count('Sheet.protect')).toBe(2);
    expect(h.emulator.calls.count('Range.setValues')).toBe(2);
  });

  it('formats per tab with RangeLists: one background call for the inputs (locked cells stay white)', () => {
    const h = harness();
    fillFixture(h);
    h.emulator.calls.reset();
    h.ctx.apiCreateTabs('2026-TW1');
    // Two tabs: per tab one RangeList for the inputs, no cell grid.
    expect(h.emulator.calls.count('RangeList.setBackground')).toBe(2);
    expect(h.emulator.calls.count('RangeList.setBorder')).toBe(2);
    expect(h.emulator.calls.count('Range.setBackground')).toBe(0);
    expect(h.emulator.calls.count('Range.setBackgrounds')).toBe(0);
    expect(h.emulator.calls.count('Range.setFontColors')).toBe(0);
  });

  it('runs in chunks with progress in a document property until every tab is built', () => {
    const h = harness();
    fillFixture(h);
    manySupervisors(h, 160);
    const first = h.ctx.apiStartTabs('2026-TW1');
    expect(first).toMatchObject({state: 'running', period: '2026-TW1'});
    expect(first.total).toBe(162);
    expect(first.done).toBeGreaterThan(0);
    expect(first.done).toBeLessThan(first.total);
    // Each chunk's pessimistic estimate stays under its 150 s budget.
    expect(first.chunkSeconds).toBeLessThanOrEqual(150);
    expect(first.message).toMatch(/dari 162 tab selesai/);
    expect(job(h).done).toBe(first.done);
    let status = first;
    let chunks = 1;
    while (status.state === 'running' && chunks < 20) {
      status = h.ctx.apiContinueTabs();
      expect(status.chunkSeconds).toBeLessThanOrEqual(150);
      chunks++;
    }
    expect(status.state).toBe('done');
    expect(chunks).toBeGreaterThan(1);
    expect(status.done).toBe(162);
    const tabs = tabModelsOfPeriod(h.emulator.workbook, '2026-TW1');
    expect(tabs).toHaveLength(162);
    expect(h.ctx.apiGetTabsStatus()).toMatchObject({state: 'done', done: 162});
  });

  it('a chunk killed inside a tab leaves it to be rebuilt completely by the next chunk', () => {
    const h = harness();
    fillFixture(h);
    // The execution dies after Budi's tab was written but before it was recorded done: the
    // property write that records it throws, as a killed execution never gets there.
    const props = h.ctx.PropertiesService.getDocumentProperties();
    const proto = Object.getPrototypeOf(props);
    const real = proto.setProperties;
    const Killed = vm.runInContext('Error', h.ctx) as ErrorConstructor;
    proto.setProperties = function () {
      throw new Killed('Exceeded maximum execution time');
    };
    try {
      // The sidebar API turns the death into a message; the job property tells what was left.
      expect(h.ctx.apiCreateTabs('2026-TW1').message).toMatch(/Exceeded/);
    } finally {
      proto.setProperties = real;
    }
    expect(job(h)).toMatchObject({
      state: 'running',
      done: 0,
      building: tabBudi,
    });
    const status = h.ctx.apiContinueTabs();
    expect(status).toMatchObject({state: 'done', done: 2, total: 2});
    // Rebuilt once: one protection of the sheet and one of its inputs, not two of each.
    const s = sheet(h.emulator, tabBudi);
    expect(
      s.getProtections(h.ctx.SpreadsheetApp.ProtectionType.SHEET),
    ).toHaveLength(1);
    expect(
      s.getProtections(h.ctx.SpreadsheetApp.ProtectionType.RANGE),
    ).toHaveLength(1);
    expect(grid(h, tabBudi)).toEqual([34, 13]);
    expect(values(h.emulator, tabBudi)).toHaveLength(34);
  });

  it('the hourly trigger finishes a job the sidebar left, where it sees the document', () => {
    // As a bound script's trigger does; an add-on's clock trigger has no active document
    // (docs/PLATFORM-LIMITS.md §9), tested below.
    const h = harness(undefined, {clockTriggerDocument: true});
    fillFixture(h);
    manySupervisors(h, 160);
    h.ctx.menuInstallTriggers();
    const first = h.ctx.apiStartTabs('2026-TW1');
    expect(first.state).toBe('running');
    // The sidebar is closed: nobody calls apiContinueTabs.
    h.emulator.fireTriggers(h.ctx, 'CLOCK');
    expect(h.ctx.apiGetTabsStatus()).toMatchObject({state: 'done', done: 162});
    expect(HR).toContain('@');
  });

  it('in an add-on the clock trigger leaves the job as it was and the sidebar goes on', () => {
    const h = harness();
    fillFixture(h);
    manySupervisors(h, 160);
    h.ctx.menuInstallTriggers();
    const first = h.ctx.apiStartTabs('2026-TW1');
    expect(first.state).toBe('running');
    h.emulator.fireTriggers(h.ctx, 'CLOCK');
    const after = h.ctx.apiGetTabsStatus();
    expect(after).toMatchObject({state: 'running', done: first.done});
    let status = after;
    for (let i = 0; i < 50 && status.state === 'running'; i++) {
      status = h.ctx.apiContinueTabs();
    }
    expect(status).toMatchObject({state: 'done', done: 162});
  });
});
