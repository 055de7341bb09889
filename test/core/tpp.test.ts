import {
  computeTppMonth,
  parseMonth,
  predikatForMonth,
  quarterOfMonth,
  rawPotongan,
  roundRupiah,
  type PresensiRow,
  type TppEmployee,
  type TppMonthInput,
} from '../../src/core/tpp';
import {defaultTppSettings} from '../../src/core/tpp-settings';
import type {Predikat} from '../../src/core/types';
import {NIP_A, presensi} from './tpp-helpers';

const PNS: TppEmployee = {
  nip: NIP_A,
  status: 'PNS',
  kelasJabatan: 9,
};
const KELAS = new Map([
  [9, 5_000_000],
  [7, 3_001_250],
]);

function month(over: Partial<TppMonthInput> = {}): TppMonthInput {
  return {
    periode: '2026-03',
    employee: PNS,
    kelas: KELAS,
    predikat: 'Baik',
    presensi: presensi(),
    settings: defaultTppSettings(),
    ...over,
  };
}

describe('TPP of a month (DOMAIN §9)', () => {
  it('computes the worked example exactly: 5,5 %; 3.000.000 + 1.890.000 = 4.890.000', () => {
    const result = computeTppMonth(
      month({
        presensi: presensi({
          hadir: 20,
          tk: 1,
          tm: [0, 2, 0, 0],
          pc: [1, 0, 0, 0],
        }),
      }),
    );
    expect(result).toEqual({
      besaran: 5_000_000,
      predikat: 'Baik',
      persenKinerja: 100,
      potonganDisiplin: 5.5,
      tppKinerja: 3_000_000,
      tppDisiplin: 1_890_000,
      jumlahTpp: 4_890_000,
      keterangan: {id: '', en: ''},
    });
  });

  it('pays the full 2.000.000 disiplin part with a clean month', () => {
    const result = computeTppMonth(month());
    expect([
      result.potonganDisiplin,
      result.tppDisiplin,
      result.jumlahTpp,
    ]).toEqual([0, 2_000_000, 5_000_000]);
  });

  // One occurrence of each code with its default: potongan and the disiplin part of 2.000.000.
  it.each([
    ['TK', {tk: 1, hadir: 20}, 3, 1_940_000],
    ['TM1', {tm: [1, 0, 0, 0]}, 0.5, 1_990_000],
    ['TM2', {tm: [0, 1, 0, 0]}, 1, 1_980_000],
    ['TM3', {tm: [0, 0, 1, 0]}, 1.25, 1_975_000],
    ['TM4', {tm: [0, 0, 0, 1]}, 1.5, 1_970_000],
    ['PC1', {pc: [1, 0, 0, 0]}, 0.5, 1_990_000],
    ['PC2', {pc: [0, 1, 0, 0]}, 1, 1_980_000],
    ['PC3', {pc: [0, 0, 1, 0]}, 1.25, 1_975_000],
    ['PC4', {pc: [0, 0, 0, 1]}, 1.5, 1_970_000],
  ] as [string, Partial<PresensiRow>, number, number][])(
    '%s once (%j) deducts %s %% by default, disiplin %s',
    (_code, counts, potongan, disiplin) => {
      const result = computeTppMonth(month({presensi: presensi(counts)}));
      expect([
        result.potonganDisiplin,
        result.tppDisiplin,
        result.jumlahTpp,
      ]).toEqual([potongan, disiplin, 3_000_000 + disiplin]);
    },
  );

  it('lets Cuti and Dinas Luar deduct nothing', () => {
    const result = computeTppMonth(
      month({presensi: presensi({hadir: 11, cuti: 5, dinasLuar: 5})}),
    );
    expect([result.potonganDisiplin, result.tppDisiplin]).toEqual([
      0, 2_000_000,
    ]);
  });

  it('caps the deduction at 100 % and says so', () => {
    // 21 × 3 + 30 × 1,5 = 108 %.
    const result = computeTppMonth(
      month({presensi: presensi({hadir: 0, tk: 21, tm: [0, 0, 0, 30]})}),
    );
    expect([
      result.potonganDisiplin,
      result.tppDisiplin,
      result.jumlahTpp,
    ]).toEqual([100, 0, 3_000_000]);
    expect(result.keterangan.id).toBe(
      'Potongan Disiplin dibatasi 100 % (terhitung 108 %)',
    );
    // Exactly 100 % (20 × 3 + 40 × 1) is the whole disiplin part, with nothing to explain.
    const exact = computeTppMonth(
      month({presensi: presensi({hadir: 1, tk: 20, pc: [0, 40, 0, 0]})}),
    );
    expect([
      exact.potonganDisiplin,
      exact.tppDisiplin,
      exact.keterangan.id,
    ]).toEqual([100, 0, '']);
  });

  it('rounds half up to whole rupiah: 3.001.250 × 40 % × 99,5 % = 1.194.497,5 -> 1.194.498', () => {
    const result = computeTppMonth(
      month({
        employee: {...PNS, kelasJabatan: 7},
        presensi: presensi({tm: [1, 0, 0, 0]}),
      }),
    );
    expect(result.tppKinerja).toBe(1_800_750);
    expect(result.tppDisiplin).toBe(1_194_498);
    expect(result.jumlahTpp).toBe(2_995_248);
  });

  it('rounds .5 up where naive float lands below it: 1.000.100 × 35 % × 70 % = 245.024,5', () => {
    // 1000100 * 0.35 * 0.7 is 245024.49999999997 in floating point; Math.round of it gives 245024.
    const settings = defaultTppSettings();
    settings.bobotKinerja = 35;
    settings.bobotDisiplin = 65;
    settings.persen.Baik = 70;
    const result = computeTppMonth(
      month({kelas: new Map([[9, 1_000_100]]), settings}),
    );
    expect(result.tppKinerja).toBe(245_025);
    expect(result.tppDisiplin).toBe(650_065);
    expect(roundRupiah(0.5)).toBe(1);
    expect(roundRupiah(1_194_497.4999999998)).toBe(1_194_498);
  });

  it('keeps a decimal setting such as 0,3 exact in the deduction', () => {
    const settings = defaultTppSettings();
    settings.potonganTm[0] = 0.3;
    expect(rawPotongan(presensi({tm: [3, 0, 0, 0]}), settings)).toBe(0.9);
  });

  it('uses Persen <predikat> for each predikat, and Kurang/Misconduct for NUMERIK Kurang', () => {
    const kinerja = (predikat: Predikat) =>
      computeTppMonth(month({predikat})).tppKinerja;
    expect(kinerja('Sangat Baik')).toBe(3_000_000);
    expect(kinerja('Butuh Perbaikan')).toBe(2_400_000);
    expect(kinerja('Kurang/Misconduct')).toBe(1_800_000);
    expect(kinerja('Kurang')).toBe(1_800_000);
    expect(kinerja('Sangat Kurang')).toBe(1_200_000);
  });

  it('pays Persen Belum Lengkap (0 %) when there is no predikat yet, and says so', () => {
    const result = computeTppMonth(month({predikat: null}));
    expect([
      result.persenKinerja,
      result.tppKinerja,
      result.tppDisiplin,
      result.jumlahTpp,
    ]).toEqual([0, 0, 2_000_000, 2_000_000]);
    expect(result.keterangan).toEqual({
      id: 'Predikat 2026-03 belum lengkap: dipakai Persen Belum Lengkap (0 %)',
      en: 'Predikat of 2026-03 not complete: Persen Belum Lengkap (0 %) is used',
    });
  });

  it('leaves TPP Disiplin and Jumlah blank without a Presensi row: Presensi belum diimpor', () => {
    const result = computeTppMonth(month({presensi: null}));
    expect(result).toMatchObject({
      besaran: 5_000_000,
      persenKinerja: 100,
      potonganDisiplin: null,
      tppKinerja: 3_000_000,
      tppDisiplin: null,
      jumlahTpp: null,
    });
    expect(result.keterangan).toEqual({
      id: 'Presensi belum diimpor',
      en: 'Attendance not imported yet',
    });
    const both = computeTppMonth(month({presensi: null, predikat: null}));
    expect(both.keterangan.id).toBe(
      'Predikat 2026-03 belum lengkap: dipakai Persen Belum Lengkap (0 %); Presensi belum diimpor',
    );
  });

  it('pays PPPK like PNS by default and nothing (0) when TPP untuk PPPK = Tidak', () => {
    const pppk: TppEmployee = {...PNS, status: 'PPPK'};
    expect(computeTppMonth(month({employee: pppk})).jumlahTpp).toBe(5_000_000);
    const settings = defaultTppSettings();
    settings.tppUntukPppk = false;
    const off = computeTppMonth(month({employee: pppk, settings}));
    expect(off).toMatchObject({
      besaran: 5_000_000,
      tppKinerja: 0,
      tppDisiplin: 0,
      jumlahTpp: 0,
    });
    expect(off.keterangan.id).toBe(
      'PPPK tidak menerima TPP (TPP untuk PPPK = Tidak)',
    );
    // The setting concerns PPPK only.
    expect(computeTppMonth(month({settings})).jumlahTpp).toBe(5_000_000);
  });

  it('pays nothing and leaves every amount blank without a class, or with a class not in Kelas Jabatan', () => {
    const none = computeTppMonth(
      month({employee: {...PNS, kelasJabatan: null}}),
    );
    expect(none).toMatchObject({
      besaran: null,
      tppKinerja: null,
      tppDisiplin: null,
      jumlahTpp: null,
    });
    expect(none.keterangan.id).toBe(
      'Kelas Jabatan kosong di sheet Pegawai: tidak ada TPP',
    );
    const unknown = computeTppMonth(
      month({employee: {...PNS, kelasJabatan: 17}}),
    );
    expect(unknown).toMatchObject({besaran: null, jumlahTpp: null});
    expect(unknown.keterangan.en).toBe(
      'Kelas Jabatan 17 is not in the Kelas Jabatan sheet: no TPP',
    );
  });
});

describe('the predikat that pays a month', () => {
  const hasil: Record<string, Predikat> = {
    '2026-TW1': 'Sangat Baik',
    '2026-02': 'Butuh Perbaikan',
    '2026-TW2': 'Baik',
  };
  const lookup = (period: string) => hasil[period] ?? null;

  it("uses the quarter's predikat for each of its three months under the quarterly cycle", () => {
    expect(
      ['2026-01', '2026-02', '2026-03'].map(m =>
        predikatForMonth(m, 'Triwulanan', lookup),
      ),
    ).toEqual(['Sangat Baik', 'Sangat Baik', 'Sangat Baik']);
    expect(predikatForMonth('2026-04', 'Triwulanan', lookup)).toBe('Baik');
    expect(predikatForMonth('2026-07', 'Triwulanan', lookup)).toBeNull();
  });

  it("uses the month's own predikat under the monthly cycle, never the quarter's", () => {
    expect(predikatForMonth('2026-02', 'Bulanan', lookup)).toBe(
      'Butuh Perbaikan',
    );
    expect(predikatForMonth('2026-01', 'Bulanan', lookup)).toBeNull();
  });

  it('pays a quarter of three months with the same kinerja part', () => {
    const months = ['2026-01', '2026-02', '2026-03'].map(m =>
      computeTppMonth(
        month({
          periode: m,
          predikat: predikatForMonth(m, 'Triwulanan', lookup),
        }),
      ),
    );
    expect(months.map(r => r.tppKinerja)).toEqual([
      3_000_000, 3_000_000, 3_000_000,
    ]);
  });

  it('reads month codes and their quarters', () => {
    expect(parseMonth(' 2026/3 ')).toEqual({
      code: '2026-03',
      year: 2026,
      month: 3,
    });
    expect(parseMonth('2026-13')).toBeNull();
    expect(parseMonth('2026-TW1')).toBeNull();
    expect(parseMonth(202603)).toBeNull();
    expect(quarterOfMonth('2026-12')).toBe('2026-TW4');
    expect(quarterOfMonth('2026-10')).toBe('2026-TW4');
    expect(quarterOfMonth('2026-09')).toBe('2026-TW3');
    expect(predikatForMonth('maret', 'Bulanan', lookup)).toBeNull();
  });
});
