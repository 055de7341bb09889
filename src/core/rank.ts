// Ranking within a unit (DOMAIN §8: reward candidates ranked by Nilai Akhir).

import {roundTo} from './numbers';

/**
 * Competition ranking, highest score first: scores 90, 85, 85, 80 rank 1, 2, 2, 4. Scores equal
 * to 1e-9 tie (float noise is not a difference). Items without a score (null, NaN) get null.
 */
export function rankWithTies<T>(
  items: T[],
  score: (item: T) => number | null,
): Map<T, number | null> {
  const ranks = new Map<T, number | null>();
  const scored: {item: T; value: number}[] = [];
  for (const item of items) {
    const value = score(item);
    if (value === null || !Number.isFinite(value)) {
      ranks.set(item, null);
    } else {
      scored.push({item, value: roundTo(value, 9)});
    }
  }
  scored.sort((a, b) => b.value - a.value);
  scored.forEach((entry, index) => {
    const previous = scored[index - 1];
    const rank =
      previous && previous.value === entry.value
        ? (ranks.get(previous.item) as number)
        : index + 1;
    ranks.set(entry.item, rank);
  });
  return ranks;
}
