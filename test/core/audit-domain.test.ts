// Audit of DOMAIN.md against the pure formulas: boundaries and rules that the module tests left
// open (each case here failed a deliberate mutation of the source that the other tests let pass).

import type {CapaianOrganisasi, Predikat} from '../../src/core/types';
import {many, rules} from './distribution-helpers';
import {maxAllowed, minRequired} from '../../src/core/distribution';
import {predikatLegacy} from '../../src/core/legacy';
import {capaian} from '../../src/core/capaian';
import {nilaiSkp, predikatNumerik} from '../../src/core/numerik';
import {suggestIndicatorRating} from '../../src/core/rating';

describe('distribution curve: every guidance line of DOMAIN §5 at its edge', () => {
  it.each([
    // "maksimal 70 %" of 90: 0.7 × 90 is 62.99999999999999 in floating point; the rule means 63.
    [70, 90, 63],
    [70, 10, 7], // 70 % of a team of 10
    [10, 10, 1],
    [10, 19, 1],
    [10, 20, 2],
  ])('maksimal %p %% of %p = %p employees', (pct, n, expected) => {
    expect(maxAllowed(pct, n)).toBe(expected);
  });

  it.each([
    [60, 10, 6],
    [60, 11, 7], // 6.6 -> 7
    [10, 11, 2], // 1.1 -> 2
    [10, 10, 1],
  ])('minimal %p %% of %p = %p employees', (pct, n, expected) => {
    expect(minRequired(pct, n)).toBe(expected);
  });

  it('Istimewa, team of 90: 63 Sangat Baik allowed, 64 warns', () => {
    expect(
      rules('Istimewa', [...many('Sangat Baik', 63), ...many('Baik', 27)]),
    ).toEqual([]);
    expect(
      rules('Istimewa', [...many('Sangat Baik', 64), ...many('Baik', 26)]),
    ).toEqual(['istimewa.sangatBaikMax70']);
  });

  // Each row: organisation result, the spread, the warnings (team of 10 unless noted).
  it.each<[CapaianOrganisasi, Predikat[], string[]]>([
    // Kurang: Kurang/Misconduct at least 60 % -> 6 of 10; 5 warns.
    [
      'Kurang',
      [
        ...many('Kurang/Misconduct', 5),
        ...many('Butuh Perbaikan', 2),
        ...many('Baik', 3),
      ],
      ['kurang.kurangMin60'],
    ],
    // NUMERIK's 'Kurang' counts as Kurang/Misconduct.
    [
      'Kurang',
      [...many('Kurang', 6), ...many('Butuh Perbaikan', 1), ...many('Baik', 3)],
      [],
    ],
    // Sangat Baik at most 10 % -> 1 of 10; 2 warns.
    [
      'Kurang',
      [
        ...many('Kurang/Misconduct', 6),
        'Butuh Perbaikan',
        'Baik',
        ...many('Sangat Baik', 2),
      ],
      ['kurang.sangatBaikMax10'],
    ],
    [
      'Kurang',
      [
        ...many('Kurang/Misconduct', 6),
        'Butuh Perbaikan',
        'Baik',
        'Baik',
        'Sangat Baik',
      ],
      [],
    ],
    // Sangat Kurang: at least 60 % Sangat Kurang -> 6 of 10; 5 warns.
    [
      'Sangat Kurang',
      [
        ...many('Sangat Kurang', 5),
        ...many('Butuh Perbaikan', 2),
        ...many('Baik', 3),
      ],
      ['sangatKurang.sangatKurangMin60'],
    ],
    // Kurang or Butuh Perbaikan at least 10 %: either one satisfies it.
    [
      'Sangat Kurang',
      [...many('Sangat Kurang', 6), 'Butuh Perbaikan', ...many('Baik', 3)],
      [],
    ],
    // Butuh Perbaikan: Sangat Baik at most 10 % -> 1 of 10 is fine.
    [
      'Butuh Perbaikan',
      [...many('Butuh Perbaikan', 6), 'Sangat Baik', ...many('Baik', 3)],
      [],
    ],
    // Baik: "at least one Butuh Perbaikan or Kurang/Misconduct"; a Sangat Kurang is neither.
    [
      'Baik',
      [...many('Baik', 7), ...many('Sangat Baik', 2), 'Sangat Kurang'],
      ['baik.butuhPerbaikanAtauKurangMin1'],
    ],
  ])('%s %j -> %j', (org, list, expected) => {
    expect(rules(org, list)).toEqual(expected);
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

describe('capaian → suggestion → predikat across the DOMAIN §2-§4 boundaries', () => {
  const t = {ambangDiAtas: 110, ambangSesuai: 100};
  it.each([
    // [R, T, arah, capaian, suggested]
    [10, 10, 'Naik', 100, 'Sesuai Ekspektasi'], // exactly 100 %
    [11, 10, 'Naik', 110, 'Di Atas Ekspektasi'], // exactly 110 %
    [9.99, 10, 'Naik', 99.9, 'Di Bawah Ekspektasi'],
    [12, 10, 'Naik', 120, 'Di Atas Ekspektasi'], // the cap itself
    [13, 10, 'Naik', 120, 'Di Atas Ekspektasi'], // above the cap -> 120
    [8, 8, 'Turun', 100, 'Sesuai Ekspektasi'],
    [7.2, 8, 'Turun', 110, 'Di Atas Ekspektasi'], // (2 − 0.9) × 100 = 110
    [9, 8, 'Turun', 87.5, 'Di Bawah Ekspektasi'], // the PermenPANRB 8/2021 example
    [0, 8, 'Turun', 120, 'Di Atas Ekspektasi'], // 200 capped
  ] as const)('R=%p T=%p %s -> %p, %s', (r, tg, arah, expected, rating) => {
    const value = capaian(r, tg, arah)!;
    expect(value).toBeCloseTo(expected, 9);
    expect(suggestIndicatorRating(value, t)).toBe(rating);
  });

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
