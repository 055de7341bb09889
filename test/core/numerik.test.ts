import {
  nilaiAkhirNumerik,
  nilaiPerilakuNumerik,
  nilaiSkp,
  predikatNumerik,
} from '../../src/core/numerik';

describe('model NUMERIK (PP 30/2019, DOMAIN §4)', () => {
  it.each([
    [120, true, 'Sangat Baik'],
    [110, true, 'Sangat Baik'],
    [110, false, 'Baik'], // Sangat Baik needs an innovation
    [109.99, true, 'Baik'],
    [109.99999999999999, true, 'Sangat Baik'], // float noise of 110
    [90.0001, false, 'Baik'],
    [90, false, 'Butuh Perbaikan'],
    [70.0001, false, 'Butuh Perbaikan'],
    [70, false, 'Kurang'],
    [50.0001, false, 'Kurang'],
    [50, false, 'Sangat Kurang'],
    [0, true, 'Sangat Kurang'],
  ] as const)(
    'predikatNumerik(%p, inovasi %p) = %s',
    (n, inovasi, expected) => {
      expect(predikatNumerik(n, inovasi)).toBe(expected);
    },
  );

  it('nilaiSkp is the weighted mean of capaian, each capped at 120', () => {
    expect(
      nilaiSkp([
        {capaian: 100, bobot: 60},
        {capaian: 80, bobot: 40},
      ]),
    ).toBe(92);
    // 150 counts as 120: (120 + 100) / 2 = 110, not 125 -> 120.
    expect(
      nilaiSkp([
        {capaian: 150, bobot: null},
        {capaian: 100, bobot: null},
      ]),
    ).toBe(110);
    expect(nilaiSkp([{capaian: 150, bobot: null}], 130)).toBe(130);
    expect(nilaiSkp([])).toBeNull();
  });

  it('nilai perilaku is the mean of the scores', () => {
    expect(nilaiPerilakuNumerik([90, 100, 110])).toBe(100);
    expect(nilaiPerilakuNumerik([])).toBeNull();
  });

  it.each([
    [100, 80, 70, 30, 94],
    [100, 80, 60, 40, 92], // 360° weights
    [110, 110, 70, 30, 110],
  ])(
    'nilai akhir of SKP %p and perilaku %p at %p/%p = %p',
    (skp, p, bh, bp, expected) => {
      expect(nilaiAkhirNumerik(skp, p, bh, bp)).toBeCloseTo(expected, 10);
    },
  );
});

describe('Nilai SKP at the capaian cap', () => {
  it('NUMERIK: the cap keeps Nilai SKP at or below 120, where Sangat Baik still needs an innovation', () => {
    // capaian 130 and 125 both count as 120 -> Nilai SKP 120.
    const skp = nilaiSkp([
      {capaian: 130, bobot: 50},
      {capaian: 125, bobot: 50},
    ])!;
    expect(skp).toBe(120);
    expect(predikatNumerik(skp, true)).toBe('Sangat Baik');
    expect(predikatNumerik(skp, false)).toBe('Baik');
  });
});
