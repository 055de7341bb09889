// Siklus Evaluasi = Bulanan through the built bundle (issue 13): tabs per month, a month's derived
// targets, a quarter aggregated from its three months by Agregasi, recompute and ASN_SCORE for a
// month, and the refusals of a quarter tab under Bulanan and a month tab under Triwulanan.
import {
  ANI,
  CODE_FILE,
  KEPALA,
  type Harness,
  fillFixture,
  findRow,
  harness,
  typeInputs,
} from './helpers';
import {
  appendRows,
  indicatorRow,
  setSetting,
  sheet,
  values,
} from '../support/workbook';
import {loadBundle} from '../../src/local/loader';

const tabOf = (period: string) => `${period} ${KEPALA.nama}`;

/** The fixture (I1 Jumlah, I2 Rata-rata Turun) plus I3 Terakhir, under Bulanan. */
function bulanan(): Harness {
  const h = harness();
  fillFixture(h);
  appendRows(h.emulator, 'Indikator', [
    indicatorRow({
      kode: 'I3',
      unit: 'U01',
      sasaran: 'Kepuasan layanan',
      uraian: 'Indeks kepuasan',
      satuan: 'indeks',
      arah: 'Naik',
      jenis: 'Utama',
      agregasi: 'Terakhir',
      targets: [50, 50, 50, 50, 50],
    }),
  ]);
  setSetting(h.emulator, 'Siklus Evaluasi', 'Bulanan');
  setSetting(h.emulator, 'Periode Aktif', '2026-03');
  return h;
}

/** Ani's month: I1, I2 through typeInputs, I3 by hand. */
function typeMonth(
  h: Harness,
  period: string,
  i1: number,
  i2: number,
  i3: number,
) {
  const name = tabOf(period);
  typeInputs(h, name, ANI, [i1, i2], 'Sesuai Ekspektasi');
  const tab = values(h.emulator, name);
  sheet(h.emulator, name)
    .getRange(findRow(tab, ANI, 'Hasil Kerja', 'I3'), 9)
    .setValue(i3);
}

const hasil = (h: Harness, period: string) => {
  const rows = values(h.emulator, 'Hasil');
  const col = (name: string) => rows[0].map(String).indexOf(name);
  const row = rows.find(
    r => r[col('Periode')] === period && r[col('NIP')] === ANI,
  );
  return (
    row && {
      capaian: row[col('Capaian Hasil Kerja')],
      nilai: row[col('Nilai Akhir')],
    }
  );
};

describe('Siklus Evaluasi = Bulanan', () => {
  it('makes month tabs with derived targets and aggregates a quarter from its months', () => {
    const h = bulanan();
    for (const month of ['2026-01', '2026-02', '2026-03']) {
      const made = h.ctx.apiCreateTabs(month);
      expect(made.ok).toBe(true);
    }
    const march = values(h.emulator, tabOf('2026-03'));
    const target = (kode: string) =>
      march[findRow(march, ANI, 'Hasil Kerja', kode) - 1][7];
    // Jumlah: TW1 target 10 / 3; Rata-rata 8 and Terakhir 50: the quarter target itself.
    expect(target('I1')).toBeCloseTo(10 / 3, 9);
    expect(target('I2')).toBe(8);
    expect(target('I3')).toBe(50);
    expect(march[1][0]).toBe('2026-03');

    typeMonth(h, '2026-01', 3, 9, 40);
    typeMonth(h, '2026-02', 4, 8, 45);
    typeMonth(h, '2026-03', 2, 7, 55);

    // March alone: I1 2 / (10/3) = 60; I2 Turun (2x8 - 7) / 8 = 112,5; I3 55 / 50 = 110.
    expect(h.ctx.apiRecompute('2026-03').ok).toBe(true);
    expect(hasil(h, '2026-03')?.capaian).toBeCloseTo((60 + 112.5 + 110) / 3, 2);
    // TW1 from its months: I1 Jumlah 3+4+2 = 9 / 10 = 90; I2 Rata-rata 8 / 8 = 100;
    // I3 Terakhir 55 / 50 = 110 -> 100.
    expect(h.ctx.apiRecompute('2026-TW1').ok).toBe(true);
    expect(hasil(h, '2026-TW1')?.capaian).toBeCloseTo(100, 2);
    expect(hasil(h, '2026-03')?.capaian).toBeCloseTo(94.17, 2);

    // Feedback of the month: Ani's email names 2026-03 and would be sent.
    const preview = h.ctx.apiPreviewEmail('2026-03', ANI);
    expect(preview.to).toBe('ani@example.go.id');
    expect(preview.skipReason).toBe('');
    expect(preview.subject + preview.text).toContain('2026-03');
    const fn = loadBundle(h.emulator, CODE_FILE, {customFunction: true});
    const nilai = hasil(h, '2026-03')?.nilai;
    expect(typeof nilai).toBe('number');
    expect(fn.ASN_SCORE(ANI, '2026-03')).toBe(nilai);
    expect(fn.ASN_SCORE(ANI)).toBe(nilai); // Periode Aktif = 2026-03
    expect(fn.ASN_PREDIKAT(ANI, '2026-03')).toBe(
      values(h.emulator, 'Hasil').find(
        r => r[0] === '2026-03' && r[1] === ANI,
      )?.[9],
    );
  });

  it('refuses a quarter tab, naming the Siklus Evaluasi cell, in both languages', () => {
    const h = bulanan();
    const cell =
      values(h.emulator, 'Pengaturan').findIndex(
        r => r[0] === 'Siklus Evaluasi',
      ) + 1;
    const refused = h.ctx.apiCreateTabs('2026-TW1');
    expect(refused.ok).toBe(false);
    expect(refused.message).toBe(
      `Pengaturan!B${cell}: Siklus Evaluasi = Bulanan: tab penilaian dibuat per bulan (mis. 2026-01), bukan untuk 2026-TW1. Triwulan dihitung dari bulan-bulannya; ubah Siklus Evaluasi di Pengaturan untuk tab triwulanan`,
    );
    expect(() => values(h.emulator, tabOf('2026-TW1'))).toThrow(/no sheet/);
    setSetting(h.emulator, 'Bahasa', 'en');
    expect(h.ctx.apiCreateTabs('2026-TW1').message).toBe(
      `Pengaturan!B${cell}: Siklus Evaluasi = Bulanan: appraisal tabs are made per month (e.g. 2026-01), not for 2026-TW1. A quarter is computed from its months; change Siklus Evaluasi in Pengaturan for quarterly tabs`,
    );
  });

  it("lists the year's months in the sidebar's period picker, the active month chosen", () => {
    const h = bulanan();
    const state = h.ctx.apiGetState();
    expect(state.activePeriod).toBe('2026-03');
    expect(state.periods.slice(0, 6)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-TW1',
      '2026-04',
      '2026-05',
    ]);
    expect(state.periods).toHaveLength(19);
  });

  it('refuses a month tab under Triwulanan', () => {
    const h = harness();
    fillFixture(h);
    const refused = h.ctx.apiCreateTabs('2026-02');
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(
      /^Pengaturan!B\d+: Siklus Evaluasi = Triwulanan: tab penilaian dibuat per triwulan \(mis\. 2026-TW1\), bukan untuk bulan 2026-02/,
    );
  });
});
