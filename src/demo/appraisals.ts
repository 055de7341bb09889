// What the demo supervisors decide: a predikat per employee in realistic shares, and realisasi
// that make the add-on compute exactly that predikat.
import {capaian} from '../core/capaian';
import type {Predikat, Rating} from '../core/types';
import type {
  DemoEmployee,
  DemoIndicator,
  DemoPlan,
  DemoWorkbook,
} from './types';
import type {Dice} from './random';

export const ABOVE: Rating = 'Di Atas Ekspektasi';
export const MEETS: Rating = 'Sesuai Ekspektasi';
export const BELOW: Rating = 'Di Bawah Ekspektasi';

const PREDIKAT_WEIGHTS: [Predikat, number][] = [
  ['Sangat Baik', 0.2],
  ['Baik', 0.5],
  ['Butuh Perbaikan', 0.15],
  ['Kurang/Misconduct', 0.08],
  ['Sangat Kurang', 0.07],
];

/** Rating pairs (hasil, perilaku) giving each predikat in the kuadran of PermenPANRB 6/2022. */
const PAIRS: Record<string, [Rating, Rating][]> = {
  'Sangat Baik': [[ABOVE, ABOVE]],
  Baik: [
    [MEETS, MEETS],
    [ABOVE, MEETS],
    [MEETS, ABOVE],
  ],
  'Butuh Perbaikan': [
    [BELOW, MEETS],
    [BELOW, ABOVE],
  ],
  'Kurang/Misconduct': [
    [ABOVE, BELOW],
    [MEETS, BELOW],
  ],
  'Sangat Kurang': [[BELOW, BELOW]],
};

export function planAppraisals(
  employees: DemoEmployee[],
  dice: Dice,
  completeShare: number,
): Map<string, DemoPlan> {
  const plans = new Map<string, DemoPlan>();
  // Appraised: active with a supervisor (the Sekda's appraiser, the mayor, is outside the roster).
  const appraised = dice.shuffle(employees.filter(e => e.aktif && e.nipAtasan));
  const complete = Math.round(appraised.length * completeShare);
  let overrides = 0;
  appraised.forEach((employee, i) => {
    let fill: DemoPlan['fill'] = 'complete';
    if (i >= complete) fill = (i - complete) % 2 === 0 ? 'partial' : 'empty';
    // The first five complete appraisals cover every predikat; the rest follow realistic shares.
    let predikat: Predikat;
    if (i < PREDIKAT_WEIGHTS.length) predikat = PREDIKAT_WEIGHTS[i][0];
    else {
      let r = dice.next();
      predikat = PREDIKAT_WEIGHTS[PREDIKAT_WEIGHTS.length - 1][0];
      for (const [p, w] of PREDIKAT_WEIGHTS) {
        if ((r -= w) < 0) {
          predikat = p;
          break;
        }
      }
    }
    const [hasil, perilaku] = dice.pick(PAIRS[predikat]);
    // About one in twenty complete appraisals overrides the suggested hasil-kerja rating.
    const override =
      fill === 'complete' &&
      hasil !== BELOW &&
      (overrides === 0 || dice.chance(0.05));
    if (override) overrides++;
    plans.set(employee.nip, {
      fill,
      hasil,
      perilaku,
      predikat: fill === 'complete' ? predikat : null,
      override,
    });
  });
  return plans;
}

/** Capaian band (percent) aimed at for a rating, well inside the thresholds 100 / 110. */
const BANDS: Record<Rating, [number, number]> = {
  'Di Atas Ekspektasi': [111, 119],
  'Sesuai Ekspektasi': [100.5, 108.5],
  'Di Bawah Ekspektasi': [60, 95],
};

function ratingOf(c: number): Rating {
  return c >= 110 ? ABOVE : c >= 100 ? MEETS : BELOW;
}

/** A realisasi whose capaian against target falls in the band of `rating` (rounded as typed). */
export function demoRealisasi(
  target: number,
  indicator: Pick<DemoIndicator, 'arah' | 'whole' | 'satuan'>,
  rating: Rating,
  random: () => number,
): number {
  const [lo, hi] = BANDS[rating];
  const aim = lo + random() * (hi - lo);
  const step = indicator.whole ? 1 : 0.1;
  const round = (v: number) =>
    indicator.whole ? Math.round(v) : Math.round(v * 10) / 10;
  let value = round(
    indicator.arah === 'Turun'
      ? target * (2 - aim / 100)
      : (target * aim) / 100,
  );
  if (indicator.satuan === '%' && indicator.arah === 'Naik')
    value = Math.min(100, value);
  // Whole numbers and the 100 % ceiling can push the value out of the band: walk back into it.
  const higherIsBetter = indicator.arah === 'Naik';
  for (let i = 0; i < 200; i++) {
    const c = capaian(value, target, indicator.arah, 1000) ?? 0;
    const got = ratingOf(c);
    if (got === rating) break;
    const better = got === BELOW || (got === MEETS && rating === ABOVE);
    value = round(value + (better === higherIsBetter ? step : -step));
    if (value < 0) value = 0;
  }
  return value;
}

/** Expected count of each predikat among the complete appraisals (what Hasil should show). */
export function plannedPredikatCounts(
  demo: Pick<DemoWorkbook, 'plans'>,
): Partial<Record<Predikat, number>> {
  const counts: Partial<Record<Predikat, number>> = {};
  for (const plan of demo.plans.values()) {
    if (plan.predikat) counts[plan.predikat] = (counts[plan.predikat] ?? 0) + 1;
  }
  return counts;
}
