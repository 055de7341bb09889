// The public view's k-anonymity rule (src/core/publik.ts, k = 5).
import {LAINNYA, publikGroups, type PublikLine} from '../../src/core/publik';

function staff(
  period: string,
  unit: string,
  n: number,
  complete = n,
): PublikLine[] {
  return Array.from({length: n}, (_, i) => ({
    period,
    unit,
    complete: i < complete,
    predikat: i === 0 ? 'Sangat Baik' : 'Baik',
  }));
}

describe('publikGroups', () => {
  it('merges a unit of 4 employees with a unit of 1 into Lainnya and keeps the unit of 6', () => {
    const groups = publikGroups([
      ...staff('2026-TW1', 'U1', 6, 3),
      ...staff('2026-TW1', 'U2', 4),
      ...staff('2026-TW1', 'U3', 1),
    ]);
    expect(groups.map(g => [g.unit, g.units, g.appraised, g.complete])).toEqual(
      [
        ['U1', ['U1'], 6, 3],
        [LAINNYA, ['U2', 'U3'], 5, 5],
      ],
    );
    // U2 (1 Sangat Baik, 3 Baik) + U3 (1 Sangat Baik).
    expect(groups[1].predikat).toEqual([2, 3, 0, 0, 0]);
  });

  it('merges the smallest named unit into a Lainnya of 4, so a total cannot give it back', () => {
    const groups = publikGroups([
      ...staff('2026-TW1', 'U1', 7),
      ...staff('2026-TW1', 'U2', 5),
      ...staff('2026-TW1', 'U3', 4),
    ]);
    expect(groups.map(g => [g.unit, g.appraised])).toEqual([
      ['U1', 7],
      [LAINNYA, 9],
    ]);
    expect(groups[1].units).toEqual(['U2', 'U3']);
  });

  it('shows no group under 5 and leaves out a period of 4 employees', () => {
    const groups = publikGroups([
      ...staff('2026-TW1', 'U1', 4),
      ...staff('2026-TW2', 'U1', 3),
      ...staff('2026-TW2', 'U2', 2),
    ]);
    expect(groups.map(g => [g.period, g.unit, g.appraised])).toEqual([
      ['2026-TW2', LAINNYA, 5],
    ]);
    for (const g of groups) expect(g.appraised).toBeGreaterThanOrEqual(5);
  });

  it('weighs the IKM of a merged group by respondents; blank without IKM', () => {
    const ikm: Record<string, {ikm: number; responden: number}> = {
      U2: {ikm: 80, responden: 30},
      U3: {ikm: 90, responden: 10},
    };
    const groups = publikGroups(
      [
        ...staff('2026-TW1', 'U1', 5),
        ...staff('2026-TW1', 'U2', 3),
        ...staff('2026-TW1', 'U3', 2),
      ],
      (_p, u) => ikm[u],
    );
    expect(groups[0].ikm).toBeNull();
    // (80 x 30 + 90 x 10) / 40 = 82.5
    expect(groups[1].ikm).toBeCloseTo(82.5, 10);
  });

  it('counts Kurang/Misconduct under Kurang', () => {
    const lines = staff('2026', 'U1', 5);
    lines[1].predikat = 'Kurang/Misconduct';
    lines[2].predikat = null;
    expect(publikGroups(lines)[0].predikat).toEqual([1, 2, 0, 1, 0]);
  });
});
