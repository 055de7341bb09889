import type {Jenis, Predikat, Rating} from '../../src/core/types';
import {
  PREDIKAT_ORDER,
  comparePredikat,
  kuadranPredikat,
  parsePredikat,
  parseRating,
  suggestHasilKerja,
  suggestIndicatorRating,
  suggestPerilaku,
} from '../../src/core/rating';
import {capaian} from '../../src/core/capaian';

const A: Rating = 'Di Atas Ekspektasi';
const S: Rating = 'Sesuai Ekspektasi';
const B: Rating = 'Di Bawah Ekspektasi';

describe('parseRating', () => {
  it.each([
    ['Di Atas Ekspektasi', A],
    ['di atas ekspektasi', A],
    ['  DI   ATAS  ', A],
    ['Diatas', A],
    ['Di Atas', A],
    ['Above Expectations', A],
    ['above expectation', A],
    ['Sesuai', S],
    ['Sesuai Ekspektasi', S],
    ['Meets Expectations', S],
    ['Dibawah', B],
    ['Di Bawah Ekspektasi', B],
    ['Below Expectations', B],
    ['', null],
    ['   ', null],
    [null, null],
    ['Baik', 'invalid'],
    ['Ekspektasi', 'invalid'],
    [3, 'invalid'],
  ])('%j -> %p', (raw, expected) => {
    expect(parseRating(raw)).toBe(expected);
  });
});

describe('suggestIndicatorRating (Ambang Di Atas 110, Ambang Sesuai 100)', () => {
  const t = {ambangDiAtas: 110, ambangSesuai: 100};
  it.each([
    [120, A],
    [110, A],
    [109.999, S],
    [100, S],
    [99.999, B],
    [0, B],
    [109.99999999999999, A], // float noise of an exact 110
    [99.99999999999999, S],
  ])('capaian %p -> %s', (value, expected) => {
    expect(suggestIndicatorRating(value, t)).toBe(expected);
  });
  it('uses the settings, not constants', () => {
    expect(
      suggestIndicatorRating(105, {ambangDiAtas: 105, ambangSesuai: 90}),
    ).toBe(A);
    expect(
      suggestIndicatorRating(95, {ambangDiAtas: 105, ambangSesuai: 90}),
    ).toBe(S);
  });
  it('rates 1.1 of 1 (110.00000000000001) Di Atas and 11 of 10 exactly Di Atas', () => {
    expect(suggestIndicatorRating(capaian(1.1, 1, 'Naik')!, t)).toBe(A);
    expect(suggestIndicatorRating(capaian(11, 10, 'Naik')!, t)).toBe(A);
  });
});

type Item = {jenis: Jenis; rating: Rating; bobot: number | null};
const u = (rating: Rating, bobot: number | null = null): Item => ({
  jenis: 'Utama',
  rating,
  bobot,
});
const tb = (rating: Rating): Item => ({jenis: 'Tambahan', rating, bobot: null});

describe('suggestHasilKerja (DOMAIN §3 rules 1-4, shares by weight over Utama)', () => {
  it.each<[string, Item[], Rating | null]>([
    ['no Utama -> null', [tb(A)], null],
    ['rule 1: Di Bawah share 60 % > 50 %', [u(B, 60), u(A, 40)], B],
    [
      'rule 1 by weight though Di Bawah is one of three',
      [u(B, 70), u(A, 15), u(A, 15)],
      B,
    ],
    ['50/50 Di Bawah is not a majority -> Sesuai', [u(B, 50), u(A, 50)], S],
    ['50/50 Di Atas is not a majority -> Sesuai', [u(A, 50), u(S, 50)], S],
    ['rule 2: Di Atas share 60 %, none below', [u(A, 60), u(S, 40)], A],
    ['rule 2 blocked by a single Utama Di Bawah', [u(A, 90), u(B, 10)], S],
    [
      'rule 2 by weight: Di Atas is 1 of 3 but 70 %',
      [u(A, 70), u(S, 15), u(S, 15)],
      A,
    ],
    [
      'rule 2 by weight: Di Atas is 2 of 3 but 40 %',
      [u(A, 20), u(A, 20), u(S, 60)],
      S,
    ],
    ['equal weights when blank: 2 of 3 Di Atas', [u(A), u(A), u(S)], A],
    ['equal weights when blank: 1 of 2 Di Atas', [u(A), u(S)], S],
    ['rule 3: all Utama Sesuai + a Tambahan Sesuai', [u(S), u(S), tb(S)], A],
    ['rule 3: Tambahan Di Atas', [u(S), tb(A)], A],
    ['rule 3 needs a Tambahan at least Sesuai', [u(S), u(S), tb(B)], S],
    ['rule 3 blocked by a Utama Di Bawah', [u(S, 90), u(B, 10), tb(A)], S],
    ['rule 4: all Sesuai, no Tambahan', [u(S), u(S)], S],
    [
      'a Tambahan Di Bawah does not count against Utama',
      [u(A), u(A), tb(B)],
      A,
    ],
    [
      'Tambahan carries no weight in the shares',
      [u(S), tb(A), tb(A), tb(A)],
      A,
    ],
    ['all weights 0 fall back to counting', [u(B, 0), u(B, 0), u(A, 0)], B],
  ])('%s', (_name, items, expected) => {
    expect(suggestHasilKerja(items)).toBe(expected);
  });
});

describe('suggestPerilaku (majority over aspects)', () => {
  it.each<[Rating[], Rating | null]>([
    [[], null],
    [[B, B, B, B, A, A, A], B], // 4 of 7
    [[B, B, B, A, A, A, S], S], // 3 of 7 Di Bawah: no majority
    [[A, A, A, A, S, S, S], A],
    [[A, A, A, A, A, A, B], S], // one Di Bawah blocks Di Atas
    [[A, A, S, S], S], // half is not more than half
    [[S, S, S, S, S, S, S], S],
  ])('%j -> %p', (ratings, expected) => {
    expect(suggestPerilaku(ratings)).toBe(expected);
  });
});

describe('kuadranPredikat: every cell of the matrix', () => {
  it.each<[Rating, Rating, Predikat]>([
    [A, B, 'Kurang/Misconduct'],
    [A, S, 'Baik'],
    [A, A, 'Sangat Baik'],
    [S, B, 'Kurang/Misconduct'],
    [S, S, 'Baik'],
    [S, A, 'Baik'],
    [B, B, 'Sangat Kurang'],
    [B, S, 'Butuh Perbaikan'],
    [B, A, 'Butuh Perbaikan'],
  ])('hasil %s, perilaku %s -> %s', (hasil, perilaku, expected) => {
    expect(kuadranPredikat(hasil, perilaku)).toBe(expected);
  });
});

describe('predikat order', () => {
  it('sorts best first and ranks Kurang with Kurang/Misconduct', () => {
    const list: Predikat[] = [
      'Sangat Kurang',
      'Baik',
      'Kurang/Misconduct',
      'Sangat Baik',
      'Butuh Perbaikan',
    ];
    expect(list.sort(comparePredikat)).toEqual([
      'Sangat Baik',
      'Baik',
      'Butuh Perbaikan',
      'Kurang/Misconduct',
      'Sangat Kurang',
    ]);
    expect(comparePredikat('Kurang', 'Kurang/Misconduct')).toBe(0);
    expect(comparePredikat('Kurang', 'Sangat Kurang')).toBeLessThan(0);
    expect(comparePredikat('Butuh Perbaikan', 'Kurang')).toBeLessThan(0);
    expect(PREDIKAT_ORDER[0]).toBe('Sangat Baik');
  });
  it('parses predikat text', () => {
    expect(parsePredikat(' sangat  baik')).toBe('Sangat Baik');
    expect(parsePredikat('Cukup')).toBe('Butuh Perbaikan');
    expect(parsePredikat('Kurang/Misconduct')).toBe('Kurang/Misconduct');
    expect(parsePredikat('x')).toBeNull();
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
});
