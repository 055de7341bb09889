// The sidebar's server functions through the built bundle.
import {ANI, EKA, KEPALA, S2, fillFixture, findRow, harness} from './helpers';
import {sheet, values} from '../support/workbook';

describe('sidebar API', () => {
  it('apiGetState: language, settings, period choices, readiness, as plain data', () => {
    const h = harness();
    expect(h.ctx.apiGetState().ready).toBe(false);
    fillFixture(h);
    const state = h.ctx.apiGetState();
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    expect(state).toMatchObject({
      lang: 'id',
      namaInstansi: 'Dinas Contoh',
      activePeriod: '2026-TW1',
      ready: true,
    });
    expect(state.periods).toEqual([
      '2026-TW1',
      '2026-TW2',
      '2026-S1',
      '2026-TW3',
      '2026-TW4',
      '2026-S2',
      '2026',
    ]);
    expect(state.settings).toEqual({
      model: 'KUADRAN',
      ambangDiAtas: 110,
      ambangSesuai: 100,
      batasCapaian: 120,
      bobotHasilKerja: 70,
      bobotPerilaku: 30,
      bahasa: 'id',
      tembusanAtasan: true,
      tabPenilaian: 'Per Atasan',
      emailHr: '',
    });
  });

  it('apiSaveSettings writes only those Nilai cells, refuses bad values', () => {
    const h = harness();
    fillFixture(h);
    const before = values(h.emulator, 'Pengaturan');
    const settings = {
      ...h.ctx.apiGetState().settings,
      bahasa: 'en',
      bobotHasilKerja: 60,
      bobotPerilaku: 40,
      emailHr: 'sdm@example.go.id',
    };
    h.emulator.calls.reset();
    expect(h.ctx.apiSaveSettings(settings)).toEqual({
      ok: true,
      message: 'Settings saved.',
    });
    expect(h.emulator.calls.count('Range.setValues')).toBe(1);
    const after = values(h.emulator, 'Pengaturan');
    const changed = after
      .map((r, i) =>
        JSON.stringify(r) === JSON.stringify(before[i]) ? null : r,
      )
      .filter(Boolean);
    expect(changed).toEqual([
      ['Bobot Hasil Kerja', 60],
      ['Bobot Perilaku', 40],
      ['Bahasa', 'en'],
      ['Email HR', 'sdm@example.go.id'],
    ]);
    const bad = h.ctx.apiSaveSettings({...settings, bobotPerilaku: 50});
    expect(bad).toEqual({
      ok: false,
      message:
        'Settings not saved: Bobot Hasil Kerja + Bobot Perilaku must total 100.',
    });
  });

  it('apiSelectCell activates the sheet and selects the cell', () => {
    const h = harness();
    fillFixture(h);
    expect(h.ctx.apiSelectCell('Pegawai', 'A7').ok).toBe(true);
    const ss = (
      h.emulator.globals
        .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
    ).getActiveSpreadsheet();
    expect(ss.getActiveSheet().getName()).toBe('Pegawai');
    expect(ss.getActiveRange()?.getA1Notation()).toBe('A7');
    expect(h.ctx.apiSelectCell('Tidak Ada', 'A1')).toEqual({
      ok: false,
      message: 'Lembar Tidak Ada tidak ditemukan.',
    });
    expect(h.ctx.apiSelectCell('Pegawai', '=A1').ok).toBe(false);
  });

  it('apiGetSummary: completion per supervisor, distribution, stale and lastComputed', () => {
    const h = harness();
    fillFixture(h);
    h.ctx.apiCreateTabs('2026-TW1');
    const tab = `Penilaian 2026-TW1 ${S2.nip}`;
    const s = sheet(h.emulator, tab);
    const t = values(h.emulator, tab);
    s.getRange(findRow(t, EKA, 'Hasil Kerja', 'I1'), 9).setValue(10);
    s.getRange(findRow(t, EKA, 'Hasil Kerja', 'I2'), 9).setValue(8);
    for (const k of ['BO', 'AK', 'KO', 'HA', 'LO', 'AD', 'KL']) {
      s.getRange(findRow(t, EKA, 'Perilaku', k), 10).setValue(
        'Sesuai Ekspektasi',
      );
    }
    h.ctx.apiRecompute('2026-TW1');
    const summary = h.ctx.apiGetSummary('2026-TW1');
    expect(summary.completion).toEqual(
      [
        {key: KEPALA.nip, label: 'Budi Santoso', done: 0, total: 3},
        {key: '', label: '(tanpa atasan)', done: 0, total: 1},
        {key: S2.nip, label: 'Rina Wati', done: 1, total: 1},
      ].sort((a, b) => a.label.localeCompare(b.label, 'id')),
    );
    expect(summary.distribution).toEqual([
      {label: 'Baik', count: 1},
      {label: 'Belum lengkap', count: 4},
    ]);
    expect(summary.stale).toBe(false);
    expect(summary.lastComputed).toBe('2026-02-10T03:00:00.000Z');
    expect(summary.employees).toBe(5);
    const list = h.ctx.apiListEmployees('2026-TW1');
    expect(list.find((e: {nip: string}) => e.nip === EKA)).toMatchObject({
      predikat: 'Baik',
      status: 'Lengkap',
      kodeUnit: 'U01',
    });
    expect(list.find((e: {nip: string}) => e.nip === ANI)).toMatchObject({
      predikat: null,
      status: 'Belum lengkap',
    });
  });
});
