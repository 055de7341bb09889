import {
  comparePeriods,
  currentMonth,
  monthsOf,
  parsePeriod,
  periodsOfYear,
  quartersOf,
  subPeriodsOf,
  tabCycleProblem,
} from '../../src/core/period';

describe('monthly periods YYYY-MM (DOMAIN §1)', () => {
  it.each([
    ['2026-03', '2026-03', 3],
    [' 2026-3 ', '2026-03', 3],
    ['2026/12', '2026-12', 12],
    ['2026.01', '2026-01', 1],
  ])('parsePeriod(%j) -> month %s', (text, code, index) => {
    expect(parsePeriod(text)).toEqual({code, year: 2026, kind: 'M', index});
  });

  it.each([['2026-13'], ['2026-00'], ['2026-123'], ['26-03'], ['2026-M3']])(
    'parsePeriod(%j) is not a period',
    text => expect(parsePeriod(text)).toBeNull(),
  );

  it('orders a month before the quarter it closes, and the quarter before the next month', () => {
    const shuffled = [
      '2026-TW2',
      '2026-04',
      '2026-S1',
      '2026-03',
      '2026-TW1',
      '2026-06',
      '2026-01',
    ];
    expect([...shuffled].sort(comparePeriods)).toEqual([
      '2026-01',
      '2026-03',
      '2026-TW1',
      '2026-04',
      '2026-06',
      '2026-TW2',
      '2026-S1',
    ]);
    expect(comparePeriods('2025-12', '2026-01')).toBeLessThan(0);
  });

  it('knows the months and quarter a period covers', () => {
    expect(monthsOf(parsePeriod('2026-TW2')!)).toEqual([4, 5, 6]);
    expect(monthsOf(parsePeriod('2026-S2')!)).toEqual([7, 8, 9, 10, 11, 12]);
    expect(monthsOf(parsePeriod('2026')!)).toHaveLength(12);
    expect(quartersOf(parsePeriod('2026-05')!)).toEqual([2]);
  });

  it('aggregates months under Bulanan and quarters under Triwulanan', () => {
    const tw1 = parsePeriod('2026-TW1')!;
    expect(subPeriodsOf(tw1, 'Bulanan')).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    expect(subPeriodsOf(tw1, 'Triwulanan')).toEqual([]);
    expect(subPeriodsOf(parsePeriod('2026-S1')!, 'Triwulanan')).toEqual([
      '2026-TW1',
      '2026-TW2',
    ]);
    expect(subPeriodsOf(parsePeriod('2026')!, 'Bulanan')).toHaveLength(12);
    expect(subPeriodsOf(parsePeriod('2026-03')!, 'Bulanan')).toEqual([]);
  });

  it('lists the months of the year in the picker under Bulanan only', () => {
    expect(periodsOfYear(2026, 'Bulanan').slice(0, 5)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-TW1',
      '2026-04',
    ]);
    expect(periodsOfYear(2026, 'Bulanan')).toHaveLength(19);
    expect(periodsOfYear(2026)).toHaveLength(7);
  });

  it('refuses a quarter tab under Bulanan and a month tab under Triwulanan', () => {
    expect(tabCycleProblem(parsePeriod('2026-TW2')!, 'Bulanan')).toEqual({
      key: 'period.cycle.quarterTab',
      params: {periode: '2026-TW2', example: '2026-04'},
    });
    expect(tabCycleProblem(parsePeriod('2026-05')!, 'Triwulanan')).toEqual({
      key: 'period.cycle.monthTab',
      params: {periode: '2026-05', example: '2026-TW2'},
    });
    expect(tabCycleProblem(parsePeriod('2026-05')!, 'Bulanan')).toBeNull();
    expect(tabCycleProblem(parsePeriod('2026-S1')!, 'Bulanan')).toBeNull();
  });

  it('takes the current month in Asia/Jakarta', () => {
    expect(currentMonth(new Date('2026-03-31T18:00:00Z'))).toBe('2026-04');
    expect(currentMonth(new Date('2026-03-31T16:00:00Z'))).toBe('2026-03');
  });
});
