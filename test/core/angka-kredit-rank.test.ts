import type {Predikat} from '../../src/core/types';
import {KOEFISIEN_TAHUNAN, angkaKredit} from '../../src/core/angka-kredit';
import {rankWithTies} from '../../src/core/rank';

describe('angka kredit (Peraturan BKN 3/2023)', () => {
  it.each<[Predikat, number]>([
    ['Sangat Baik', 18.75],
    ['Baik', 12.5],
    ['Butuh Perbaikan', 9.375],
    ['Kurang/Misconduct', 6.25],
    ['Kurang', 6.25],
    ['Sangat Kurang', 3.125],
  ])('Ahli Pertama (12.5), %s -> %p', (predikat, expected) => {
    expect(angkaKredit(predikat, KOEFISIEN_TAHUNAN['Ahli Pertama'])).toBe(
      expected,
    );
  });
  it.each<[string, number, number]>([
    // [jenjang, koefisien tahunan, Sangat Baik = 150 % of it]
    ['Pemula', 3.75, 5.625],
    ['Terampil', 5, 7.5],
    ['Mahir', 12.5, 18.75],
    ['Penyelia', 25, 37.5],
    ['Ahli Pertama', 12.5, 18.75],
    ['Ahli Muda', 25, 37.5],
    ['Ahli Madya', 37.5, 56.25],
    ['Ahli Utama', 50, 75],
  ])('koefisien tahunan %s = %p (Sangat Baik -> %p)', (jenjang, k, sb) => {
    expect(KOEFISIEN_TAHUNAN[jenjang]).toBe(k);
    expect(angkaKredit('Baik', KOEFISIEN_TAHUNAN[jenjang])).toBe(k);
    expect(angkaKredit('Sangat Baik', KOEFISIEN_TAHUNAN[jenjang])).toBe(sb);
  });
  it('has exactly the eight jenjang of Peraturan BKN 3/2023', () => {
    expect(Object.keys(KOEFISIEN_TAHUNAN).sort()).toEqual(
      [
        'Ahli Madya',
        'Ahli Muda',
        'Ahli Pertama',
        'Ahli Utama',
        'Mahir',
        'Pemula',
        'Penyelia',
        'Terampil',
      ].sort(),
    );
  });
  it('prorates by months', () => {
    expect(angkaKredit('Sangat Baik', 12.5, 6)).toBe(9.375);
    expect(angkaKredit('Baik', 25, 3)).toBe(6.25);
  });
});

describe('rankWithTies', () => {
  it('gives competition ranks 1, 2, 2, 4, highest first, and null for no score', () => {
    const items = [
      {nip: 'a', score: 85},
      {nip: 'b', score: 90},
      {nip: 'c', score: null},
      {nip: 'd', score: 80},
      {nip: 'e', score: 85},
    ];
    const ranks = rankWithTies(items, i => i.score);
    expect(items.map(i => ranks.get(i))).toEqual([2, 1, null, 4, 2]);
  });
  it('treats float noise as a tie', () => {
    const ranks = rankWithTies([0.1 + 0.2, 0.3, 0.2], x => x);
    expect([...ranks.values()]).toEqual([1, 1, 3]);
  });
  it('leaves NaN unranked', () => {
    const ranks = rankWithTies([NaN, 5], x => x);
    expect([...ranks.values()]).toEqual([null, 1]);
  });
});
