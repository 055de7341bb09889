import {
  aspekEfisiensi,
  aspekKualitas,
  aspekKuantitas,
  efisiensi,
  nilaiAkhirLegacy,
  nilaiKegiatan,
  nilaiSkpLegacy,
  predikatLegacy,
} from '../../src/core/legacy';

describe('legacy PP 46/2011 (Perka BKN 1/2013)', () => {
  it('worked example: 1/1 laporan, kualitas 90/100, 12/12 bulan, biaya equal -> 85.50 Baik', () => {
    const nilai = nilaiKegiatan({
      kuantitas: {target: 1, realisasi: 1},
      kualitas: {target: 100, realisasi: 90},
      waktu: {target: 12, realisasi: 12},
      biaya: {target: 5_000_000, realisasi: 5_000_000},
    });
    expect(nilai).toBe(85.5); // (100 + 90 + 76 + 76) / 4
    expect(predikatLegacy(nilai!)).toBe('Baik');
  });

  it('without biaya divides by 3', () => {
    const nilai = nilaiKegiatan({
      kuantitas: {target: 1, realisasi: 1},
      kualitas: {target: 100, realisasi: 90},
      waktu: {target: 12, realisasi: 12},
    });
    expect(nilai).toBeCloseTo(266 / 3, 12);
    const zeroBudget = nilaiKegiatan({
      kuantitas: {target: 1, realisasi: 1},
      kualitas: {target: 100, realisasi: 90},
      waktu: {target: 12, realisasi: 12},
      biaya: {target: 0, realisasi: 0},
    });
    expect(zeroBudget).toBeCloseTo(266 / 3, 12);
  });

  it('the 24 % efficiency boundary is compared after rounding: 9.12 of 12 months uses the normal formula', () => {
    expect(efisiensi(9.12, 12)).toBeGreaterThan(24); // 24.000000000000004 in floating point
    // Normal formula: (1.76·12 − 9.12)/12 × 100 = 100; the other branch would give 76.
    expect(aspekEfisiensi(9.12, 12)).toBeCloseTo(100, 9);
  });

  it.each([
    [12, 12, 76], // e = 0
    [10, 12, ((21.12 - 10) / 12) * 100], // e = 16.67: normal
    [9, 12, 76 - (((21.12 - 9) / 12) * 100 - 100)], // e = 25 > 24: 76 − (101 − 100) = 75
    [6, 12, 76 - (((21.12 - 6) / 12) * 100 - 100)], // e = 50
    [15, 12, ((21.12 - 15) / 12) * 100], // late: 51
  ])('waktu with R=%p T=%p = %p', (r, t, expected) => {
    expect(aspekEfisiensi(r, t)).toBeCloseTo(expected, 9);
  });

  it('is null for a non-positive target', () => {
    expect(aspekEfisiensi(1, 0)).toBeNull();
    expect(aspekKuantitas(1, 0)).toBeNull();
    expect(aspekKualitas(1, -1)).toBeNull();
    expect(
      nilaiKegiatan({
        kuantitas: {target: 0, realisasi: 1},
        kualitas: {target: 100, realisasi: 90},
        waktu: {target: 12, realisasi: 12},
      }),
    ).toBeNull();
  });

  it('final value is 60 % SKP + 40 % perilaku; SKP is the mean plus tambahan', () => {
    expect(nilaiAkhirLegacy(85.5, 80)).toBeCloseTo(83.3, 10);
    expect(nilaiSkpLegacy([85.5, 90.5], 1)).toBe(89);
    expect(nilaiSkpLegacy([])).toBeNull();
  });

  it.each([
    [100, 'Sangat Baik'],
    [91, 'Sangat Baik'],
    [90.99, 'Baik'],
    [90, 'Baik'],
    [76, 'Baik'],
    [75.99, 'Cukup'],
    [61, 'Cukup'],
    [60, 'Kurang'],
    [51, 'Kurang'],
    [50.99, 'Buruk'],
    [50, 'Buruk'],
  ])('predikatLegacy(%p) = %s', (n, expected) => {
    expect(predikatLegacy(n)).toBe(expected);
  });
});

describe('legacy PP 46/2011 bands at each written bound', () => {
  // 91+ Sangat Baik, 76-90 Baik, 61-75 Cukup, 51-60 Kurang, ≤ 50 Buruk. Between two written bands
  // (60.5) the module's documented choice is the lower band.
  it.each([
    [91, 'Sangat Baik'],
    [90.5, 'Baik'],
    [76, 'Baik'],
    [75.5, 'Cukup'],
    [61, 'Cukup'],
    [60.5, 'Kurang'],
    [60, 'Kurang'],
    [51, 'Kurang'],
    [50, 'Buruk'],
    [85.5, 'Baik'], // the worked example
  ])('predikatLegacy(%p) = %s', (n, expected) => {
    expect(predikatLegacy(n)).toBe(expected);
  });
});
