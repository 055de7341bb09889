// Training advice: the trainings listed for the indicators suggested Di Bawah Ekspektasi, then for
// the aspects below expectation; each training once (DOMAIN §8).

import type {AspectResult, IndicatorResult, Training} from '../types';
import type {AppraisalIndex} from './records-index';

/**
 * Upper limit of the NUMERIK Butuh Perbaikan band: an aspect scored at or below it counts as
 * below expectation.
 */
const NUMERIK_BELOW_EXPECTATION = 90;

export function adviseTrainings(
  index: AppraisalIndex,
  indicators: IndicatorResult[],
  aspects: AspectResult[],
): Training[] {
  const numerik = index.input.settings.model === 'NUMERIK';
  const weakCodes = indicators
    .filter(r => r.suggested === 'Di Bawah Ekspektasi')
    .map(r => r.kode);
  for (const a of aspects) {
    const below = numerik
      ? a.score !== null && a.score <= NUMERIK_BELOW_EXPECTATION
      : a.rating === 'Di Bawah Ekspektasi';
    if (below) weakCodes.push(a.kode);
  }
  const trainings: Training[] = [];
  const seen = new Set<string>();
  for (const code of weakCodes) {
    for (const t of index.trainingsByCode.get(code) ?? []) {
      const key = t.pelatihan.trim().toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      trainings.push(t);
    }
  }
  return trainings;
}
