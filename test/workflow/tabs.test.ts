// Appraisal tabs through the built bundle: contents, regeneration, protections.
import * as vm from 'vm';
import {
  ANI,
  DEDI,
  EKA,
  HR,
  KEPALA,
  S2,
  a1,
  column,
  fillFixture,
  findRow,
  harness,
} from './helpers';
import {appendRows, setSetting, sheet, values} from '../support/workbook';

// Tabs are named for people: <Periode> <the supervisor's short name>.
const tabBudi = '2026-TW1 Budi Santoso';
const tabRina = '2026-TW1 Rina Wati';

describe('createTabs', () => {
  it('makes one tab per supervisor with a block per employee, sorted by name', () => {
    const h = harness();
    fillFixture(h);
    const result = h.ctx.apiCreateTabs('2026-TW1');
    expect(result.ok).toBe(true);
    expect([...result.tabs].sort()).toEqual([tabBudi, tabRina].sort());
    expect(result.employees).toBe(4); // Budi has no supervisor in this workbook
    expect(result.message).toContain('1 pegawai tanpa NIP Atasan dilewati');
    const tab = values(h.emulator, tabBudi);
    expect(tab[0]).toEqual([
      'Periode',
      'NIP',
      'Nama',
      'Jenis',
      'Kode',
      'Uraian',
      'Satuan',
      'Target',
      'Realisasi',
      'Rating',
      'Bukti Dukung',
      'Umpan Balik',
      'Alasan',
    ]);
    // Ani's block (2 indicators + 7 aspects + HK + PK), then Dedi's, then Rina's.
    expect(tab.length).toBe(1 + 3 * 11);
    expect(
      tab.slice(1, 12).map(r => `${r[1]}|${r[3]}|${r[4]}|${r[7]}`),
    ).toEqual([
      `${ANI}|Hasil Kerja|I1|10`,
      `${ANI}|Hasil Kerja|I2|8`,
      ...['BO', 'AK', 'KO', 'HA', 'LO', 'AD', 'KL'].map(
        k => `${ANI}|Perilaku|${k}|`,
      ),
      `${ANI}|Ringkasan|HK|`,
      `${ANI}|Ringkasan|PK|`,
    ]);
    expect(tab[12][1]).toBe(DEDI);
    expect(tab[23][2]).toBe('Rina Wati');
    expect(
      values(h.emulator, tabRina)
        .slice(1)
        .every(r => r[1] === EKA),
    ).toBe(true);
    const s = sheet(h.emulator, tabBudi);
    expect(s.getFrozenRows()).toBe(1);
    expect(s.getRange('B2').getNumberFormat()).toBe('@');
    expect(s.getRange('H2').getBackground()).toBe('#ffffff'); // generated: white
    expect(s.getRange('I2').getBackground()).toBe('#fff8dc'); // input
    expect(
      s.getRange('J4').getDataValidation()?.getCriteriaValues()[0],
    ).toEqual([
      'Di Atas Ekspektasi',
      'Sesuai Ekspektasi',
      'Di Bawah Ekspektasi',
    ]);
    const realisasi = s.getRange('I2').getDataValidation();
    expect(realisasi?.getAllowInvalid()).toBe(true);
    expect(s.getRange('J2').getDataValidation()).toBeNull();
  });

  it('in model NUMERIK adds the IN row and takes perilaku scores 0-120', () => {
    const h = harness();
    fillFixture(h);
    setSetting(h.emulator, 'Model Penilaian', 'NUMERIK');
    h.ctx.apiCreateTabs('2026-TW1');
    const tab = values(h.emulator, tabRina);
    expect(
      tab
        .slice(1)
        .map(r => r[4])
        .slice(-3),
    ).toEqual(['HK', 'PK', 'IN']);
    const s = sheet(h.emulator, tabRina);
    const rule = s.getRange('J4').getDataValidation();
    expect(rule?.getCriteriaType()).toBe(
      (
        h.emulator.globals
          .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
      ).DataValidationCriteria.NUMBER_BETWEEN,
    );
    expect(
      s.getRange(tab.length, 10).getDataValidation()?.getCriteriaValues()[0],
    ).toEqual(['Ya', 'Tidak']);
  });

  it('regenerating keeps typed values, adds a new indicator and marks a removed one', () => {
    const h = harness();
    fillFixture(h);
    h.ctx.apiCreateTabs('2026-TW1');
    const s = sheet(h.emulator, tabRina);
    let tab = values(h.emulator, tabRina);
    const rI1 = findRow(tab, EKA, 'Hasil Kerja', 'I1');
    const rI2 = findRow(tab, EKA, 'Hasil Kerja', 'I2');
    const rBO = findRow(tab, EKA, 'Perilaku', 'BO');
    s.getRange(rI1, 9, 1, 4).setValues([[12, '', 'https://drive/x', 'Bagus']]);
    s.getRange(rI2, 9).setValue('9,5');
    s.getRange(rBO, 10).setValue('Di Atas Ekspektasi');
    // I1 moves to another unit (no longer Eka's); a new indicator I3 appears.
    const ind = sheet(h.emulator, 'Indikator');
    ind.getRange(2, 2).setValue('U99');
    appendRows(h.emulator, 'Indikator', [
      [
        'I3',
        'U01',
        'Arsip',
        'Arsip tertata',
        'berkas',
        'Naik',
        'Tambahan',
        'Jumlah',
        4,
        1,
        1,
        1,
        1,
        '',
      ],
    ]);
    const again = h.ctx.apiCreateTabs('2026-TW1');
    expect(again.message).toContain('1 baris tidak berlaku disimpan');
    tab = values(h.emulator, tabRina);
    const uraian = column(tab, 'Uraian');
    const n = (jenis: string, kode: string) => findRow(tab, EKA, jenis, kode);
    expect(tab[n('Hasil Kerja', 'I2') - 1][8]).toBe('9,5');
    expect(tab[n('Perilaku', 'BO') - 1][9]).toBe('Di Atas Ekspektasi');
    expect(tab[n('Hasil Kerja', 'I3') - 1][uraian - 1]).toBe(
      'Arsip tertata (Tambahan)',
    );
    // The removed indicator keeps its typed values, marked and greyed, at the end.
    const stale = n('Hasil Kerja', 'I1');
    expect(stale).toBe(tab.length);
    expect(tab[stale - 1][uraian - 1]).toBe('TIDAK BERLAKU: Surat selesai');
    expect(tab[stale - 1].slice(8, 12)).toEqual([
      12,
      '',
      'https://drive/x',
      'Bagus',
    ]);
    expect(s.getRange(stale, 1).getFontColor()).toBe('#999999');
    // Budi's tab had nothing typed for I1: those rows are simply gone.
    expect(findRow(values(h.emulator, tabBudi), ANI, 'Hasil Kerja', 'I1')).toBe(
      -1,
    );
    // A third run changes no value.
    h.emulator.calls.reset();
    h.ctx.apiCreateTabs('2026-TW1');
    expect(h.emulator.calls.count('Range.setValues')).toBe(0);
  });

  it('an employee moving to another supervisor takes typed values along', () => {
    const h = harness();
    fillFixture(h);
    h.ctx.apiCreateTabs('2026-TW1');
    const before = values(h.emulator, tabBudi);
    sheet(h.emulator, tabBudi)
      .getRange(findRow(before, DEDI, 'Hasil Kerja', 'I1'), 9)
      .setValue(7);
    const pegawai = values(h.emulator, 'Pegawai');
    const r = pegawai.findIndex(row => row[0] === DEDI) + 1;
    sheet(h.emulator, 'Pegawai').getRange(r, 5).setValue(S2.nip);
    h.ctx.apiCreateTabs('2026-TW1');
    expect(
      findRow(values(h.emulator, tabBudi), DEDI, 'Hasil Kerja', 'I1'),
    ).toBe(-1);
    const after = values(h.emulator, tabRina);
    expect(after[findRow(after, DEDI, 'Hasil Kerja', 'I1') - 1][8]).toBe(7);
  });

  it('a supervisor may type Realisasi in their tab, not Target nor another supervisor’s tab', () => {
    const h = harness();
    fillFixture(h);
    h.ctx.apiCreateTabs('2026-TW1');
    const tab = values(h.emulator, tabRina);
    const row = findRow(tab, EKA, 'Hasil Kerja', 'I1');
    h.emulator.setUser(S2.email);
    h.emulator.userEdit(null, tabRina, a1(row, 9), 11);
    expect(sheet(h.emulator, tabRina).getRange(row, 9).getValue()).toBe(11);
    h.emulator.userEdit(null, tabRina, a1(row + 2, 10), 'Sesuai Ekspektasi');
    expect(() => h.emulator.userEdit(null, tabRina, a1(row, 8), 99)).toThrow(
      /protected/,
    );
    expect(() => h.emulator.userEdit(null, tabRina, a1(row, 3), 'X')).toThrow(
      /protected/,
    );
    expect(() => h.emulator.userEdit(null, tabBudi, 'I2', 5)).toThrow(
      /protected/,
    );
    // A rating outside the list only warns (spelling variants are read by the core); the onEdit
    // trigger marks it (test/workflow/edit-marks.test.ts).
    h.emulator.userEdit(null, tabRina, a1(row + 2, 10), 'Bagus');
    expect(values(h.emulator, tabRina)[row + 1][9]).toBe('Bagus');
    // Budi, the other supervisor, is refused in Rina's tab; HR (the owner) may edit anything.
    h.emulator.setUser(KEPALA.email);
    expect(() => h.emulator.userEdit(null, tabRina, a1(row, 9), 1)).toThrow(
      /protected/,
    );
    h.emulator.userEdit(null, tabBudi, 'I2', 5);
    h.emulator.setUser(HR);
    h.emulator.userEdit(null, tabRina, a1(row, 8), 12);
  });

  it('Per Unit: one tab per unit, editable by the unit head and HR', () => {
    const h = harness();
    fillFixture(h);
    setSetting(h.emulator, 'Tab Penilaian', 'Per Unit');
    const result = h.ctx.apiCreateTabs('2026-TW1');
    expect(result.tabs).toEqual(['2026-TW1 Bagian Umum']);
    expect(result.employees).toBe(5);
    h.emulator.setUser(KEPALA.email);
    h.emulator.userEdit(null, '2026-TW1 Bagian Umum', 'I2', 3);
    h.emulator.setUser(S2.email);
    expect(() =>
      h.emulator.userEdit(null, '2026-TW1 Bagian Umum', 'I2', 4),
    ).toThrow(/protected/);
  });

  it('an HR user who is not the owner can create the tabs (stays an editor of the protections)', () => {
    const h = harness();
    fillFixture(h);
    const staff = 'staf.kepegawaian@example.go.id';
    setSetting(h.emulator, 'Email HR', staff);
    sheet(h.emulator, 'Pegawai').getParent().addEditor(staff);
    h.emulator.setUser(staff);
    const result = h.ctx.apiCreateTabs('2026-TW1');
    expect(result).toMatchObject({ok: true, tabs: [tabBudi, tabRina]});
    // The supervisor still types in their own tab only; HR (not the owner) in both.
    const row = findRow(values(h.emulator, tabRina), EKA, 'Hasil Kerja', 'I1');
    h.emulator.setUser(S2.email);
    h.emulator.userEdit(null, tabRina, a1(row, 9), 11);
    expect(() => h.emulator.userEdit(null, tabBudi, 'I2', 5)).toThrow();
    h.emulator.setUser(staff);
    h.emulator.userEdit(null, tabBudi, 'I2', 5);
  });

  it('a write failing part-way leaves no new tab behind and says what happened', () => {
    const h = harness();
    fillFixture(h);
    // Tab of Rina exists with a typed value; tabs for Budi and for the supervisor-less head are new.
    h.ctx.apiCreateTabs('2026-TW1');
    const typedRow = findRow(
      values(h.emulator, tabRina),
      EKA,
      'Hasil Kerja',
      'I1',
    );
    sheet(h.emulator, tabRina).getRange(typedRow, 9).setValue(7);
    const ss = sheet(h.emulator, tabRina).getParent();
    ss.deleteSheet(sheet(h.emulator, tabBudi));
    const before = ss.getSheets().map(s => s.getName());

    // Sheets refuses the write of Budi's tab (as a quota or service error would), with an
    // error of the script's own realm as Apps Script throws it.
    const ScriptError = vm.runInContext('Error', h.ctx) as ErrorConstructor;
    const range = Object.getPrototypeOf(
      sheet(h.emulator, 'Pegawai').getRange(1, 1),
    );
    const realSetValues = range.setValues;
    range.setValues = function (
      this: GoogleAppsScript.Spreadsheet.Range,
      rows: unknown[][],
    ) {
      if (this.getSheet().getName() === tabBudi)
        throw new ScriptError(
          'Service Spreadsheets failed while accessing document',
        );
      return realSetValues.call(this, rows);
    };
    let result;
    try {
      result = h.ctx.apiCreateTabs('2026-TW1');
    } finally {
      range.setValues = realSetValues;
    }
    expect(result).toMatchObject({
      ok: false,
      state: 'error',
      message:
        `Tab penilaian 2026-TW1 gagal dibuat pada tab "${tabBudi}": ` +
        'Service Spreadsheets failed while accessing document. 1 tab baru yang sempat dibuat ' +
        'dihapus lagi; tab lama tetap menyimpan semua isian. Perbaiki penyebabnya, lalu ' +
        'jalankan Buat Tab Penilaian lagi.',
      tabs: [],
    });
    expect(ss.getSheets().map(s => s.getName())).toEqual(before);
    expect(values(h.emulator, tabRina)[typedRow - 1][8]).toBe(7);

    // Once the cause is gone the same action completes.
    const again = h.ctx.apiCreateTabs('2026-TW1');
    expect(again.ok).toBe(true);
    expect(again.tabs).toContain(tabBudi);
    expect(again.message).not.toContain('baris tidak berlaku');
    expect(values(h.emulator, tabBudi).length).toBeGreaterThan(1);
  });

  it('refuses an unknown period with a clear message', () => {
    const h = harness();
    fillFixture(h);
    const result = h.ctx.apiCreateTabs('2026-Q1');
    expect(result).toMatchObject({
      ok: false,
      message:
        'Periode "2026-Q1" tidak dikenal (contoh: 2026-03, 2026-TW1, 2026-S1, 2026).',
      tabs: [],
      employees: 0,
    });
  });
});
