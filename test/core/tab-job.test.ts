import {
  CHUNK_ESTIMATE_MS,
  estimateMs,
  isTabsJobPending,
  newTabsJob,
  parseTabsJob,
  restartPass,
  runsOf,
  shortHash,
  tabOrder,
} from '../../src/core/tab-job';

describe('tab job (pure)', () => {
  it('estimates with the pessimistic figures of PLATFORM-LIMITS §8', () => {
    expect(estimateMs(1, 0)).toBe(50);
    expect(estimateMs(0, 1000)).toBe(50);
    expect(estimateMs(45, 5208)).toBeCloseTo(2510.4);
    expect(CHUNK_ESTIMATE_MS).toBeLessThan(360_000 / 2);
  });

  it('finds runs of equal items', () => {
    expect(runsOf(['a', 'a', 'b', 'a'])).toEqual([
      ['a', 0, 2],
      ['b', 2, 1],
      ['a', 3, 1],
    ]);
    expect(runsOf([])).toEqual([]);
  });

  it('orders tabs receiving moved rows first, then by name', () => {
    expect(tabOrder(['c', 'a', 'b', 'a'], [['a', 'c']])).toEqual([
      'c',
      'a',
      'b',
    ]);
    expect(tabOrder(['b', 'a'], [])).toEqual(['a', 'b']);
  });

  it('keeps its state as JSON and restarts a pass from the first tab', () => {
    const job = newTabsJob('id', '2026-TW1', 'h');
    job.done = 5;
    job.scanned = true;
    job.movers = [['a', 'b']];
    expect(parseTabsJob(JSON.stringify(job))).toEqual(job);
    expect(parseTabsJob('{')).toBeNull();
    expect(parseTabsJob(null)).toBeNull();
    restartPass(job);
    expect(job).toMatchObject({pass: 2, done: 0, scanned: false, movers: []});
    expect(isTabsJobPending(job)).toBe(true);
    job.state = 'done';
    expect(isTabsJobPending(job)).toBe(false);
  });

  it('hashes to a short stable text', () => {
    expect(shortHash('Penilaian 2026-TW1 1')).toBe(
      shortHash('Penilaian 2026-TW1 1'),
    );
    expect(shortHash('a')).not.toBe(shortHash('b'));
    expect(shortHash('x'.repeat(1000)).length).toBeLessThanOrEqual(7);
  });
});
