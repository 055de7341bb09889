import {
  comparePeriods,
  currentQuarter,
  normalizePeriod,
  parsePeriod,
  periodsOfYear,
  quartersOf,
} from '../../src/core/period';

describe('periods (DOMAIN §1)', () => {
  it.each([
    ['2026-TW1', '2026-TW1', 'TW', 1],
    [' 2026 tw4 ', '2026-TW4', 'TW', 4],
    ['2026/s2', '2026-S2', 'S', 2],
    ['2026S1', '2026-S1', 'S', 1],
    ['2026', '2026', 'Y', 0],
    [2026, '2026', 'Y', 0],
  ])('parsePeriod(%j) -> %s', (text, code, kind, index) => {
    expect(parsePeriod(text)).toEqual({code, year: 2026, kind, index});
  });

  it.each([
    ['2026-TW5'],
    ['2026-S3'],
    ['2026-TW0'],
    ['26-TW1'],
    ['TW1'],
    [''],
    [null],
    [2026.5],
    ['2026-Q1'],
  ])('parsePeriod(%j) is null', text => {
    expect(parsePeriod(text)).toBeNull();
  });

  it.each([
    ['2026-TW2', [2]],
    ['2026-S1', [1, 2]],
    ['2026-S2', [3, 4]],
    ['2026', [1, 2, 3, 4]],
  ])('quartersOf(%s) = %j', (code, quarters) => {
    expect(quartersOf(parsePeriod(code)!)).toEqual(quarters);
  });

  it.each([
    ['2026-01-01T00:00:00Z', '2026-TW1'],
    ['2026-03-31T16:59:59Z', '2026-TW1'], // 23:59:59 WIB
    ['2026-03-31T17:00:00Z', '2026-TW2'], // 1 April 00:00 WIB
    ['2026-12-31T17:00:00Z', '2027-TW1'],
    ['2026-10-01T00:00:00Z', '2026-TW4'],
  ])('currentQuarter(%s) in WIB = %s', (iso, code) => {
    expect(currentQuarter(new Date(iso))).toBe(code);
  });

  it('honours another offset (UTC)', () => {
    expect(currentQuarter(new Date('2026-12-31T17:00:00Z'), 0)).toBe(
      '2026-TW4',
    );
  });

  it('lists the periods of a year in calendar order, which comparePeriods agrees with', () => {
    const list = periodsOfYear(2026);
    expect(list).toEqual([
      '2026-TW1',
      '2026-TW2',
      '2026-S1',
      '2026-TW3',
      '2026-TW4',
      '2026-S2',
      '2026',
    ]);
    const shuffled = [...list, '2025-TW4', '2027-TW1'].reverse();
    expect(shuffled.sort(comparePeriods)).toEqual([
      '2025-TW4',
      ...list,
      '2027-TW1',
    ]);
  });

  it('sorts codes that are not periods after real ones', () => {
    expect(['zz', '2026-TW1', 'aa'].sort(comparePeriods)).toEqual([
      '2026-TW1',
      'aa',
      'zz',
    ]);
    expect(normalizePeriod(' 2026 tw3')).toBe('2026-TW3');
    expect(normalizePeriod('x')).toBeNull();
  });
});
