import type {CapaianOrganisasi, Predikat} from '../../src/core/types';
import {many, rules} from './distribution-helpers';
import {
  checkDistribution,
  maxAllowed,
  minRequired,
} from '../../src/core/distribution';

describe('distribution curve (PermenPANRB 6/2022, DOMAIN §5)', () => {
  it('rounds maksimal down and minimal up, exactly', () => {
    expect(maxAllowed(70, 10)).toBe(7);
    expect(maxAllowed(10, 9)).toBe(0);
    expect(maxAllowed(70, 3)).toBe(2);
    expect(minRequired(60, 7)).toBe(5); // 4.2 -> 5
    expect(minRequired(60, 10)).toBe(6);
    expect(minRequired(10, 3)).toBe(1);
  });

  it('Istimewa: 7 Sangat Baik of 10 allowed, 8 warns', () => {
    expect(
      rules('Istimewa', [...many('Sangat Baik', 7), ...many('Baik', 3)]),
    ).toEqual([]);
    expect(
      rules('Istimewa', [...many('Sangat Baik', 8), ...many('Baik', 2)]),
    ).toEqual(['istimewa.sangatBaikMax70']);
  });

  it('Baik: at most 70 % Baik and at least one Butuh Perbaikan or Kurang', () => {
    expect(
      rules('Baik', [
        ...many('Baik', 7),
        ...many('Sangat Baik', 2),
        'Butuh Perbaikan',
      ]),
    ).toEqual([]);
    expect(
      rules('Baik', [...many('Baik', 8), ...many('Sangat Baik', 2)]),
    ).toEqual(['baik.baikMax70', 'baik.butuhPerbaikanAtauKurangMin1']);
    expect(
      rules('Baik', [...many('Baik', 6), ...many('Sangat Baik', 3), 'Kurang']),
    ).toEqual([]);
  });

  it('Butuh Perbaikan: at least 60 % (of 7 = 5) Butuh Perbaikan', () => {
    const five = [...many('Butuh Perbaikan', 5), ...many('Baik', 2)];
    const four = [...many('Butuh Perbaikan', 4), ...many('Baik', 3)];
    expect(rules('Butuh Perbaikan', five)).toEqual([]);
    expect(rules('Butuh Perbaikan', four)).toEqual([
      'butuhPerbaikan.butuhPerbaikanMin60',
    ]);
    expect(
      rules('Butuh Perbaikan', [
        ...many('Butuh Perbaikan', 5),
        'Sangat Baik',
        'Baik',
      ]),
    ).toEqual(['butuhPerbaikan.sangatBaikMax10']);
  });

  it('Kurang and Sangat Kurang', () => {
    expect(
      rules('Kurang', [
        ...many('Kurang/Misconduct', 6),
        ...many('Butuh Perbaikan', 1),
        ...many('Baik', 3),
      ]),
    ).toEqual([]);
    expect(
      rules('Kurang', [
        ...many('Kurang/Misconduct', 6),
        ...many('Baik', 3),
        'Sangat Baik',
      ]),
    ).toEqual(['kurang.butuhPerbaikanMin10']);
    expect(
      rules('Sangat Kurang', [
        ...many('Sangat Kurang', 6),
        'Kurang/Misconduct',
        ...many('Baik', 3),
      ]),
    ).toEqual([]);
    expect(
      rules('Sangat Kurang', [
        ...many('Sangat Kurang', 6),
        ...many('Baik', 3),
        'Sangat Baik',
      ]),
    ).toEqual([
      'sangatKurang.kurangAtauButuhPerbaikanMin10',
      'sangatKurang.noSangatBaik',
    ]);
  });

  it.each<[number, number, number, number, string[]]>([
    // [n, Baik, Sangat Baik, Butuh Perbaikan, rules]; maksimal 70 % of n = floor(0.7 n).
    [20, 14, 5, 1, []], // floor(14) = 14 allowed
    [20, 15, 4, 1, ['baik.baikMax70']], // 15 > 14 (75 % would allow 15)
    [100, 70, 29, 1, []], // floor(70) = 70 allowed
    [100, 71, 28, 1, ['baik.baikMax70']], // 71 > 70 (71 % would allow 71)
  ])(
    'Baik, n = %p: %p Baik (+ %p Sangat Baik, %p Butuh Perbaikan)',
    (_n, baik, sangatBaik, butuhPerbaikan, expected) => {
      expect(
        rules('Baik', [
          ...many('Baik', baik),
          ...many('Sangat Baik', sangatBaik),
          ...many('Butuh Perbaikan', butuhPerbaikan),
        ]),
      ).toEqual(expected);
    },
  );

  // "Sangat Baik at most 10 %": floor(0.1 n) allowed. The other rules of each row are met:
  // Butuh Perbaikan row: Butuh Perbaikan >= ceil(0.6 n); Kurang row: Kurang/Misconduct >=
  // ceil(0.6 n) and Butuh Perbaikan >= ceil(0.1 n). The rest is Baik.
  it.each<[CapaianOrganisasi, number, number, number, number, string[]]>([
    // [org, n, Kurang/Misconduct, Butuh Perbaikan, Sangat Baik, rules]
    ['Butuh Perbaikan', 7, 0, 5, 0, []],
    ['Butuh Perbaikan', 7, 0, 5, 1, ['butuhPerbaikan.sangatBaikMax10']], // floor(0.7) = 0
    ['Butuh Perbaikan', 10, 0, 6, 1, []], // floor(1) = 1
    ['Butuh Perbaikan', 10, 0, 6, 2, ['butuhPerbaikan.sangatBaikMax10']],
    ['Butuh Perbaikan', 19, 0, 12, 1, []], // ceil(11.4) = 12; floor(1.9) = 1
    ['Butuh Perbaikan', 19, 0, 12, 2, ['butuhPerbaikan.sangatBaikMax10']], // 11 % would allow 2
    ['Butuh Perbaikan', 100, 0, 60, 10, []],
    ['Butuh Perbaikan', 100, 0, 60, 11, ['butuhPerbaikan.sangatBaikMax10']],
    ['Kurang', 7, 5, 1, 0, []], // ceil(4.2) = 5, ceil(0.7) = 1
    ['Kurang', 7, 5, 1, 1, ['kurang.sangatBaikMax10']], // floor(0.7) = 0
    ['Kurang', 10, 6, 1, 1, []], // floor(1) = 1
    ['Kurang', 10, 6, 1, 2, ['kurang.sangatBaikMax10']],
    ['Kurang', 19, 12, 2, 1, []], // ceil(11.4) = 12, ceil(1.9) = 2; floor(1.9) = 1
    ['Kurang', 19, 12, 2, 2, ['kurang.sangatBaikMax10']], // 11 % would allow 2
    ['Kurang', 100, 60, 10, 10, []],
    ['Kurang', 100, 60, 10, 11, ['kurang.sangatBaikMax10']], // 11..19 % would allow 11
  ])(
    '%s, n = %p (%p Kurang/Misconduct, %p Butuh Perbaikan): %p Sangat Baik',
    (org, n, kurang, butuhPerbaikan, sangatBaik, expected) => {
      const list: Predikat[] = [
        ...many('Kurang/Misconduct', kurang),
        ...many('Butuh Perbaikan', butuhPerbaikan),
        ...many('Sangat Baik', sangatBaik),
      ];
      list.push(...many('Baik', n - list.length));
      expect(rules(org, list)).toEqual(expected);
    },
  );

  it('is silent for nobody and writes both languages with the numbers', () => {
    expect(checkDistribution('Istimewa', [])).toEqual([]);
    const [warning] = checkDistribution('Istimewa', many('Sangat Baik', 10));
    expect(warning.message.id).toBe(
      'Kurva distribusi (capaian organisasi Istimewa): Sangat Baik paling banyak 70% = 7 dari 10 pegawai, saat ini 10',
    );
    expect(warning.message.en).toContain(
      'at most 70% = 7 of 10 employees, now 10',
    );
    const [baik] = checkDistribution('Baik', many('Sangat Baik', 3));
    expect(baik.message.id).toContain('Butuh Perbaikan atau Kurang/Misconduct');
    expect(baik.message.en).toContain('Butuh Perbaikan or Kurang/Misconduct');
  });
});

// Every guidance line of DOMAIN §5 at its edge (each case failed a deliberate mutation).
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
