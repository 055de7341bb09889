import {
  aggregate,
  capaian,
  weightedMean,
  weightsValid,
} from '../../src/core/capaian';

describe('capaian (DOMAIN §2)', () => {
  it.each([
    // [realisasi, target, arah, batas, expected]
    [9, 8, 'Turun', undefined, 87.5], // PermenPANRB 8/2021 example
    [8, 8, 'Turun', undefined, 100],
    [6, 8, 'Turun', undefined, 120], // (2 - 0.75) × 100 = 125 capped at 120
    [6, 8, 'Turun', 130, 125],
    [16, 8, 'Turun', undefined, 0],
    [20, 8, 'Turun', undefined, 0], // floor 0, not -50
    [11, 10, 'Naik', undefined, 110], // exactly 110, no float noise
    [10, 10, 'Naik', undefined, 100],
    [87.5, 100, 'Naik', undefined, 87.5],
    [130, 100, 'Naik', undefined, 120], // cap
    [130, 100, 'Naik', 150, 130],
    [0, 5, 'Naik', undefined, 0],
  ] as const)('R=%p T=%p %s batas=%p -> %p', (r, t, arah, batas, expected) => {
    expect(capaian(r, t, arah, batas)).toBe(expected);
  });

  it.each([
    [5, 0],
    [5, -2],
    [NaN, 5],
    [5, Infinity],
  ])('is null for realisasi %p, target %p', (r, t) => {
    expect(capaian(r, t, 'Naik')).toBeNull();
    expect(capaian(r, t, 'Turun')).toBeNull();
  });

  it('keeps full precision', () => {
    expect(capaian(1, 3, 'Naik')).toBeCloseTo(33.333333333333336, 12);
  });
});

describe('aggregate', () => {
  it.each([
    [[10, 20, null, 30], 'Jumlah', 60],
    [[80, null, 90], 'Rata-rata', 85],
    [[80, 90, null], 'Terakhir', 90],
    [[null, 70, null], 'Terakhir', 70],
    [[null, null], 'Jumlah', null],
    [[], 'Rata-rata', null],
    [[0, 0], 'Jumlah', 0],
  ] as const)('%j %s -> %p', (values, agregasi, expected) => {
    expect(aggregate([...values], agregasi)).toBe(expected);
  });
});

describe('weightedMean and weightsValid', () => {
  it('weights by Bobot', () => {
    expect(
      weightedMean([
        {value: 100, weight: 60},
        {value: 80, weight: 40},
      ]),
    ).toBe(92);
  });
  it('weighs equally when every weight is blank', () => {
    expect(
      weightedMean([
        {value: 100, weight: null},
        {value: 80, weight: null},
        {value: 60, weight: null},
      ]),
    ).toBe(80);
  });
  it('counts a blank among given weights as 0, and is null for nothing', () => {
    expect(
      weightedMean([
        {value: 100, weight: 100},
        {value: 0, weight: null},
      ]),
    ).toBe(100);
    expect(weightedMean([])).toBeNull();
    expect(weightedMean([{value: 5, weight: 0}])).toBeNull();
  });
  it.each([
    [[null, null], true],
    [[60, 40], true],
    [[33.33, 33.33, 33.34], true],
    [[33.33, 33.33, 33.33], true], // 99.99 is within the 0.01 tolerance
    [[33.33, 33.33, 33.32], false], // 99.98 is not
    [[60, 40.01], true],
    [[60, 40.02], false],
    [[60, 39.98], false],
    [[60, null], false],
    [[110, -10], false],
    [[50, 40], false],
  ] as const)('weightsValid(%j) = %p', (weights, expected) => {
    expect(weightsValid([...weights])).toBe(expected);
  });
});
