// Closing a period through the built bundle: the tabs' inputs move to Arsip Penilaian (9 columns,
// exact grid), results, previews, the summary and the semester read them as before, the tabs are
// not made again, a chunk killed mid-way loses and doubles nothing, and a sorted archive is found.
import * as vm from 'vm';
import {
  ANI,
  DEDI,
  EKA,
  KEPALA,
  S2,
  type Harness,
  fillFixture,
  findRow,
  harness,
  typeInputs,
} from './helpers';
import {appendRows, employeeRow, sheet, values} from '../support/workbook';
import {tabModelsOfPeriod} from '../../src/local/tabs';

const ARSIP = 'Arsip Penilaian';
// A handle for the tab of that identity (test/support/workbook.ts sheetName resolves it).
const tabOf = (period: string, key: string) => `Penilaian ${period} ${key}`;

/** Sets Pegawai's Aktif of one employee (as HR, outside any execution). */
function setActive(h: Harness, nip: string, aktif: string): void {
  const rows = values(h.emulator, 'Pegawai');
  const r = rows.findIndex(row => row[0] === nip);
  const c = rows[0].indexOf('Aktif');
  sheet(h.emulator, 'Pegawai')
    .getRange(r + 1, c + 1)
    .setValue(aktif);
}

/**
 * TW1 and TW2 tabs filled for Ani, Dedi (Budi's tab) and Eka (Rina's tab); with `ekaAway`, Eka
 * was inactive when the TW2 tabs were made (no TW2 rows: her semester takes TW1's perilaku).
 */
function prepared(ekaAway = false): Harness {
  const h = harness();
  fillFixture(h);
  for (const period of ['2026-TW1', '2026-TW2']) {
    const away = ekaAway && period === '2026-TW2';
    if (away) setActive(h, EKA, 'Tidak');
    h.ctx.apiCreateTabs(period);
    const budi = tabOf(period, KEPALA.nip);
    typeInputs(h, budi, ANI, [12, '9'], 'Sesuai Ekspektasi', {
      feedback: 'Rapi sekali',
    });
    typeInputs(h, budi, DEDI, [11, 8], 'Di Atas Ekspektasi');
    if (away) setActive(h, EKA, 'Ya');
    else
      typeInputs(h, tabOf(period, S2.nip), EKA, [7, 10], 'Di Bawah Ekspektasi');
  }
  return h;
}

const hasilOf = (h: Harness, period: string) =>
  values(h.emulator, 'Hasil').filter(r => r[0] === period);

function closeAll(h: Harness, period: string) {
  let status = h.ctx.apiClosePeriod(period);
  for (let i = 0; status.state === 'running' && i < 20; i++)
    status = h.ctx.apiClosePeriod(period);
  return status;
}

const tabsOf = (h: Harness, period: string) =>
  tabModelsOfPeriod(h.emulator.workbook, period).map(s => s.name);

describe('closing a period', () => {
  it('moves the inputs to Arsip Penilaian, and recompute gives the same Hasil', () => {
    const h = prepared();
    h.ctx.apiRecompute('2026-TW1');
    const before = hasilOf(h, '2026-TW1');
    const tabRows = tabsOf(h, '2026-TW1').reduce(
      (n, name) => n + values(h.emulator, name).length - 1,
      0,
    );
    const typed = values(h.emulator, tabOf('2026-TW1', KEPALA.nip))
      .filter(r => r[1] === ANI)
      .map(r => [r[3], r[4], ...r.slice(8)]);
    const status = closeAll(h, '2026-TW1');
    expect(status).toMatchObject({ok: true, state: 'done', done: 2, total: 2});
    expect(status.message).toMatch(/^Periode 2026-TW1 ditutup: 2 tab/);
    expect(tabsOf(h, '2026-TW1')).toEqual([]);
    expect(tabsOf(h, '2026-TW2')).toHaveLength(2);
    const arsip = values(h.emulator, ARSIP);
    expect(arsip[0]).toEqual([
      'Periode',
      'NIP',
      'Jenis',
      'Kode',
      'Realisasi',
      'Rating',
      'Bukti Dukung',
      'Umpan Balik',
      'Alasan',
    ]);
    expect(arsip).toHaveLength(tabRows + 1);
    const s = sheet(h.emulator, ARSIP);
    expect([s.getMaxRows(), s.getMaxColumns()]).toEqual([tabRows + 1, 9]);
    // Exactly what the tab held, cell for cell.
    expect(
      arsip.filter(r => r[1] === ANI).map(r => [r[2], r[3], ...r.slice(4)]),
    ).toEqual(typed);
    expect(arsip.find(r => r[1] === ANI && r[3] === 'HK')?.[7]).toBe(
      'Rapi sekali',
    );

    h.ctx.apiRecompute('2026-TW1');
    expect(hasilOf(h, '2026-TW1')).toEqual(before);
    // The archive is HR's only.
    const protections = s.getProtections(
      h.ctx.SpreadsheetApp.ProtectionType.SHEET,
    );
    expect(protections).toHaveLength(1);
    expect(
      protections[0]
        .getEditors()
        .map((u: {getEmail(): string}) => u.getEmail()),
    ).toEqual(['hr@example.go.id']);
  });

  it('the semester, the preview and the summary read a closed quarter as before', () => {
    const open = prepared();
    const closed = prepared();
    for (const h of [open, closed]) {
      h.ctx.apiRecompute('2026-TW1');
      h.ctx.apiRecompute('2026-TW2');
    }
    expect(closeAll(closed, '2026-TW1').state).toBe('done');
    for (const h of [open, closed]) h.ctx.apiRecompute('2026-S1');
    expect(hasilOf(closed, '2026-S1')).toEqual(hasilOf(open, '2026-S1'));
    expect(hasilOf(closed, '2026-S1')).toHaveLength(5);
    const preview = (h: Harness) => h.ctx.apiPreviewEmail('2026-TW1', ANI);
    expect(preview(closed)).toEqual(preview(open));
    expect(preview(closed).text).toContain('Rapi sekali');
    const summary = (h: Harness) => {
      const s = h.ctx.apiGetSummary('2026-TW1');
      return {progress: s.progress, counts: s.counts};
    };
    expect(summary(closed)).toEqual(summary(open));
  });

  it('a semester of two closed quarters equals the open one, also for someone absent in the last', () => {
    for (const away of [false, true]) {
      const open = prepared(away);
      const closed = prepared(away);
      for (const period of ['2026-TW1', '2026-TW2']) {
        open.ctx.apiRecompute(period);
        closed.ctx.apiRecompute(period);
        expect(closeAll(closed, period).state).toBe('done');
      }
      for (const h of [open, closed]) h.ctx.apiRecompute('2026-S1');
      expect(hasilOf(closed, '2026-S1')).toEqual(hasilOf(open, '2026-S1'));
      const eka = hasilOf(closed, '2026-S1').find(r => r[1] === EKA);
      // Eka's perilaku (Di Bawah) comes from TW1 when she has no TW2 rows.
      expect([away, eka?.[7]]).toEqual([away, 'Di Bawah Ekspektasi']);
      expect(closed.ctx.apiValidate().issues).toEqual(
        open.ctx.apiValidate().issues,
      );
    }
  });

  it('keeps a text typed like a formula as text, and a formula as its value', () => {
    const h = prepared();
    const name = tabOf('2026-TW1', KEPALA.nip);
    const tab = values(h.emulator, name);
    const s = sheet(h.emulator, name);
    const hk = findRow(tab, ANI, 'Ringkasan', 'HK');
    s.getRange(hk, 10).setValue('Di Atas Ekspektasi');
    s.getRange(hk, 13).setValue("'=Tidak sesuai target utama");
    const formula = s.getRange(findRow(tab, DEDI, 'Hasil Kerja', 'I1'), 9);
    formula.setValue('=5+6');
    expect(formula.getFormula()).toBe('=5+6');
    const shown = formula.getValue();
    h.ctx.apiRecompute('2026-TW1');
    const before = hasilOf(h, '2026-TW1');
    closeAll(h, '2026-TW1');
    const arsip = sheet(h.emulator, ARSIP);
    const rows = values(h.emulator, ARSIP);
    const at = (nip: string, kode: string) =>
      rows.findIndex(r => r[1] === nip && r[3] === kode) + 1;
    expect(arsip.getRange(at(ANI, 'HK'), 9).getValue()).toBe(
      '=Tidak sesuai target utama',
    );
    expect(arsip.getRange(at(ANI, 'HK'), 9).getFormula()).toBe('');
    expect(arsip.getRange(at(DEDI, 'I1'), 5).getValue()).toBe(shown);
    expect(arsip.getRange(at(DEDI, 'I1'), 5).getFormula()).toBe('');
    h.ctx.apiRecompute('2026-TW1');
    expect(hasilOf(h, '2026-TW1')).toEqual(before);
  });

  it('reports a date typed as realisasi at its Arsip Penilaian cell, as it shows there', () => {
    const h = prepared();
    h.ctx.SpreadsheetApp.getActiveSpreadsheet().setSpreadsheetLocale('id_ID');
    const name = tabOf('2026-TW1', KEPALA.nip);
    const cell = sheet(h.emulator, name).getRange(
      findRow(values(h.emulator, name), ANI, 'Hasil Kerja', 'I1'),
      9,
    );
    cell.setValue('14/03/2026');
    expect(cell.getValue()).toBeInstanceOf(Date);
    // TW2 first: TW1's rows then start further down the sheet.
    closeAll(h, '2026-TW2');
    closeAll(h, '2026-TW1');
    const rows = values(h.emulator, ARSIP);
    const r =
      rows.findIndex(
        x => x[0] === '2026-TW1' && x[1] === ANI && x[3] === 'I1',
      ) + 1;
    expect(r).toBeGreaterThan(30);
    const shown = sheet(h.emulator, ARSIP).getRange(r, 5).getDisplayValue();
    const texts = h.ctx
      .apiValidate()
      .issues.map(
        (i: {sheet: string; cell: string; message: {id: string}}) =>
          `${i.sheet}!${i.cell}: ${i.message.id}`,
      );
    expect(
      texts.some(
        (x: string) =>
          x.startsWith(`${ARSIP}!E${r}: `) && x.includes(`("${shown}")`),
      ),
    ).toBe(true);
  });

  it('does not make the tabs of a closed period again, nor close it twice', () => {
    const h = prepared();
    closeAll(h, '2026-TW1');
    const tabs = h.ctx.apiCreateTabs('2026-TW1');
    expect(tabs.ok).toBe(false);
    expect(tabs.message).toMatch(/sudah ditutup .*Arsip Penilaian/);
    expect(tabsOf(h, '2026-TW1')).toEqual([]);
    const again = h.ctx.apiClosePeriod('2026-TW1');
    expect(again.message).toMatch(/sudah ditutup/);
    expect(h.ctx.apiClosePeriod('2026-S1').ok).toBe(false);
  });

  it('a chunk killed after copying a tab neither loses nor doubles its rows', () => {
    const h = prepared();
    // 20 more supervisors with one employee each: 22 tabs in TW1.
    const rows = [];
    for (let i = 0; i < 20; i++) {
      const boss = `19940${(i % 9) + 1}0${(i % 9) + 1}2016011${String(100 + 2 * i)}`;
      rows.push(
        employeeRow({
          nip: `'${boss}`,
          nama: `Atasan ${i}`,
          jabatan: 'Kasi',
          unit: 'U01',
          atasan: `'${KEPALA.nip}`,
        }),
        employeeRow({
          nip: `'19950${(i % 9) + 1}0${(i % 9) + 1}2017011${String(101 + 2 * i)}`,
          nama: `Staf ${i}`,
          jabatan: 'Staf',
          unit: 'U01',
          atasan: `'${boss}`,
        }),
      );
    }
    appendRows(h.emulator, 'Pegawai', rows);
    h.ctx.apiCreateTabs('2026-TW1');
    h.ctx.apiRecompute('2026-TW1');
    const before = hasilOf(h, '2026-TW1');
    const names = tabsOf(h, '2026-TW1');
    expect(names.length).toBeGreaterThan(20);
    const expected = names.reduce(
      (n, name) => n + values(h.emulator, name).length - 1,
      0,
    );
    // Kill 1: the 6th tab's deleteSheet never runs (after its rows were indexed).
    const ss = h.ctx.SpreadsheetApp.getActiveSpreadsheet();
    const proto = Object.getPrototypeOf(ss);
    const realDelete = proto.deleteSheet;
    const Killed = vm.runInContext('Error', h.ctx) as ErrorConstructor;
    let deletes = 0;
    proto.deleteSheet = function (this: unknown, s: unknown) {
      if (++deletes === 6) throw new Killed('Exceeded maximum execution time');
      return realDelete.call(this, s);
    };
    try {
      const first = h.ctx.apiClosePeriod('2026-TW1');
      expect(first.ok).toBe(false);
    } finally {
      proto.deleteSheet = realDelete;
    }
    // Meanwhile the moved tab is read once (from the archive), not twice.
    h.ctx.apiRecompute('2026-TW1');
    expect(hasilOf(h, '2026-TW1')).toEqual(before);
    // Kill 2: the 10th tab's rows are written but the property write recording them never runs.
    const props = h.ctx.PropertiesService.getDocumentProperties();
    const propsProto = Object.getPrototypeOf(props);
    const realSet = propsProto.setProperties;
    let sets = 0;
    propsProto.setProperties = function (this: unknown, ...args: unknown[]) {
      if (++sets === 5) throw new Killed('Exceeded maximum execution time');
      return realSet.apply(this, args);
    };
    try {
      expect(h.ctx.apiClosePeriod('2026-TW1').ok).toBe(false);
    } finally {
      propsProto.setProperties = realSet;
    }
    expect(closeAll(h, '2026-TW1').state).toBe('done');
    expect(tabsOf(h, '2026-TW1')).toEqual([]);
    const arsip = values(h.emulator, ARSIP).slice(1);
    expect(arsip).toHaveLength(expected);
    const keys = arsip.map(r => `${r[1]}|${r[2]}|${r[3]}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(sheet(h.emulator, ARSIP).getMaxRows()).toBe(expected + 1);
    h.ctx.apiRecompute('2026-TW1');
    expect(hasilOf(h, '2026-TW1')).toEqual(before);
  });

  it('finds a closed period again when HR sorted the archive', () => {
    const h = prepared();
    h.ctx.apiRecompute('2026-TW1');
    h.ctx.apiRecompute('2026-TW2');
    closeAll(h, '2026-TW1');
    closeAll(h, '2026-TW2');
    const before = hasilOf(h, '2026-TW1');
    const s = sheet(h.emulator, ARSIP);
    const rows = values(h.emulator, ARSIP).slice(1);
    // Sorted by NIP: the two periods' rows interleave and the stored runs no longer match.
    const sorted = [...rows].sort((a, b) =>
      `${a[1]}${a[0]}`.localeCompare(`${b[1]}${b[0]}`),
    );
    s.getRange(2, 1, sorted.length, 9).setValues(sorted);
    h.ctx.apiRecompute('2026-TW1');
    expect(hasilOf(h, '2026-TW1')).toEqual(before);
    // An error in the archive is reported at its own cell.
    const bad = sorted.findIndex(
      r => r[0] === '2026-TW1' && r[1] === ANI && r[3] === 'I1',
    );
    s.getRange(bad + 2, 5).setValue('abc');
    const result = h.ctx.apiValidate();
    expect(
      result.issues.some(
        (i: {sheet: string; cell: string}) =>
          i.sheet === ARSIP && i.cell === `E${bad + 2}`,
      ),
    ).toBe(true);
  });
});
