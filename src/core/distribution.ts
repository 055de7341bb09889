// Distribution curve (kurva distribusi, PermenPANRB 6/2022, DOMAIN §5): how the organisation's own
// result guides the spread of predikat over its employees. Warnings only, never blocks.
// "maksimal x %" allows floor(x % · n) employees; "minimal x %" requires ceil(x % · n).

import type {CapaianOrganisasi, Predikat} from './types';
import {msg, type Message} from './i18n';

interface Guidance {
  rule: string;
  predikat: Predikat[];
  kind: 'max' | 'min' | 'atLeastOne' | 'none';
  /** Percent, for max/min. */
  pct: number;
}

const GUIDANCE: Record<CapaianOrganisasi, Guidance[]> = {
  Istimewa: [
    {
      rule: 'istimewa.sangatBaikMax70',
      predikat: ['Sangat Baik'],
      kind: 'max',
      pct: 70,
    },
  ],
  Baik: [
    {rule: 'baik.baikMax70', predikat: ['Baik'], kind: 'max', pct: 70},
    {
      rule: 'baik.butuhPerbaikanAtauKurangMin1',
      predikat: ['Butuh Perbaikan', 'Kurang/Misconduct'],
      kind: 'atLeastOne',
      pct: 0,
    },
  ],
  'Butuh Perbaikan': [
    {
      rule: 'butuhPerbaikan.butuhPerbaikanMin60',
      predikat: ['Butuh Perbaikan'],
      kind: 'min',
      pct: 60,
    },
    {
      rule: 'butuhPerbaikan.sangatBaikMax10',
      predikat: ['Sangat Baik'],
      kind: 'max',
      pct: 10,
    },
  ],
  Kurang: [
    {
      rule: 'kurang.kurangMin60',
      predikat: ['Kurang/Misconduct'],
      kind: 'min',
      pct: 60,
    },
    {
      rule: 'kurang.butuhPerbaikanMin10',
      predikat: ['Butuh Perbaikan'],
      kind: 'min',
      pct: 10,
    },
    {
      rule: 'kurang.sangatBaikMax10',
      predikat: ['Sangat Baik'],
      kind: 'max',
      pct: 10,
    },
  ],
  'Sangat Kurang': [
    {
      rule: 'sangatKurang.sangatKurangMin60',
      predikat: ['Sangat Kurang'],
      kind: 'min',
      pct: 60,
    },
    {
      rule: 'sangatKurang.kurangAtauButuhPerbaikanMin10',
      predikat: ['Kurang/Misconduct', 'Butuh Perbaikan'],
      kind: 'min',
      pct: 10,
    },
    {
      rule: 'sangatKurang.noSangatBaik',
      predikat: ['Sangat Baik'],
      kind: 'none',
      pct: 0,
    },
  ],
};

/** NUMERIK's 'Kurang' counts as KUADRAN's 'Kurang/Misconduct'. */
function sameBand(actual: Predikat, wanted: Predikat): boolean {
  const norm = (p: Predikat) => (p === 'Kurang' ? 'Kurang/Misconduct' : p);
  return norm(actual) === norm(wanted);
}

/** Most employees allowed by "maksimal pct %" of n (integer arithmetic: 70 % of 10 is exactly 7). */
export function maxAllowed(pct: number, n: number): number {
  return Math.floor((pct * n) / 100 + 1e-9);
}

/** Fewest employees required by "minimal pct %" of n (60 % of 7 = 4.2 -> 5). */
export function minRequired(pct: number, n: number): number {
  return Math.ceil((pct * n) / 100 - 1e-9);
}

/**
 * Warnings for the predikat of one organisation's employees (blank predikat left out by the
 * caller). Empty when the spread follows the guidance or there is nobody to judge.
 */
export function checkDistribution(
  org: CapaianOrganisasi,
  predikats: Predikat[],
): {rule: string; message: Message}[] {
  const total = predikats.length;
  const guidance = GUIDANCE[org];
  if (total === 0 || !guidance) return [];
  const warnings: {rule: string; message: Message}[] = [];
  for (const g of guidance) {
    const count = predikats.filter(p =>
      g.predikat.some(w => sameBand(p, w)),
    ).length;
    const name = {
      id: g.predikat.join(` ${msg('core.or').id} `),
      en: g.predikat.join(` ${msg('core.or').en} `),
    };
    let key: string | null = null;
    let limit = 0;
    if (g.kind === 'max') {
      limit = maxAllowed(g.pct, total);
      if (count > limit) key = 'core.distribution.max';
    } else if (g.kind === 'min') {
      limit = minRequired(g.pct, total);
      if (count < limit) key = 'core.distribution.min';
    } else if (g.kind === 'atLeastOne') {
      if (count < 1) key = 'core.distribution.atLeastOne';
    } else if (count > 0) {
      key = 'core.distribution.none';
    }
    if (key === null) continue;
    const params = {org, pct: g.pct, limit, total, count};
    const id = msg(key, {...params, predikat: name.id}).id;
    const en = msg(key, {...params, predikat: name.en}).en;
    warnings.push({rule: g.rule, message: {id, en}});
  }
  return warnings;
}
