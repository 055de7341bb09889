import {periodTarget, type Assignment} from '../../src/core/appraise/targets';
import {parsePeriod} from '../../src/core/period';
import type {Agregasi, Indicator} from '../../src/core/types';

function assignment(
  agregasi: Agregasi,
  targetBulanan?: number | null,
): Assignment {
  const indicator: Indicator = {
    kode: 'I1',
    kodeUnit: 'U01',
    rencanaHasilKerja: 'Layanan',
    indikator: 'Surat selesai',
    satuan: 'dokumen',
    arah: 'Naik',
    jenis: 'Utama',
    agregasi,
    targetTahunan: 120,
    targetTriwulan: [30, 36, null, 24],
    targetBulanan,
    bobot: null,
    src: {sheet: 'Indikator', row: 2},
  };
  return {indicator, skp: null, bobot: null};
}
const month = (code: string) => parsePeriod(code)!;

describe("a month's target (SHEETS.md Periods)", () => {
  it.each([
    ['Jumlah', '2026-02', 10],
    ['Jumlah', '2026-05', 12],
    ['Rata-rata', '2026-02', 30],
    ['Terakhir', '2026-05', 36],
  ] as const)(
    '%s in %s, Target Bulanan blank -> %d',
    (agregasi, code, value) => {
      expect(periodTarget(assignment(agregasi), month(code))).toEqual({
        value,
        missing: null,
      });
    },
  );

  it('Target Bulanan, when filled, is every month target whatever the Agregasi', () => {
    expect(periodTarget(assignment('Jumlah', 7), month('2026-02')).value).toBe(
      7,
    );
    expect(
      periodTarget(assignment('Rata-rata', 7), month('2026-08')).value,
    ).toBe(7);
  });

  it('a month of a quarter without target names that Target TW cell', () => {
    expect(periodTarget(assignment('Jumlah'), month('2026-08'))).toEqual({
      value: null,
      missing: {src: {sheet: 'Indikator', row: 2}, header: 'Target TW3'},
    });
  });
});
