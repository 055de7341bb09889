// Perilaku of one person in one period: each aspect's rating (model KUADRAN) or 0-120 score
// (model NUMERIK), then the suggested overall rating or the nilai perilaku (DOMAIN §3-§4).
//
// Perilaku and Ringkasan come from the period's own tab when it has rows for the person, else
// from the latest sub-period (quarter, or month under Bulanan) that has.

import type {AspectResult, Rating} from '../types';
import {msg, type Message} from '../i18n';
import {parseNumberStrict} from '../numbers';
import {parseRating, suggestPerilaku} from '../rating';
import {nilaiPerilakuNumerik} from '../numerik';
import type {AppraisalIndex, PeriodRows, PersonRows} from './records-index';

/** The rows Perilaku and Ringkasan are read from: own tab, else the latest sub-period with some. */
export function behaviourRowsOf(rows: PeriodRows): PersonRows | undefined {
  const {own, ofSubs} = rows;
  let behaviour =
    own && (own.perilaku.size || own.ringkasan.size) ? own : undefined;
  for (let i = ofSubs.length - 1; !behaviour && i >= 0; i--) {
    const quarter = ofSubs[i];
    if (quarter && (quarter.perilaku.size || quarter.ringkasan.size))
      behaviour = quarter;
  }
  return behaviour;
}

export interface Perilaku {
  aspects: AspectResult[];
  suggestedPerilaku: Rating | null;
  nilaiPerilaku: number | null;
  /** Every aspect has a valid rating (or score). */
  complete: boolean;
  missing: Message[];
}

export function appraisePerilaku(
  index: AppraisalIndex,
  behaviourRows: PersonRows | undefined,
): Perilaku {
  const numerik = index.input.settings.model === 'NUMERIK';
  const missing: Message[] = [];
  const aspects: AspectResult[] = [];
  let complete = index.aspects.length > 0;
  if (!complete) missing.push(msg('validation.missing.noAspects'));
  for (const aspect of index.aspects) {
    const row = behaviourRows?.perilaku.get(aspect.kode.toUpperCase());
    let rating: Rating | null = null;
    let score: number | null = null;
    if (numerik) {
      const parsed = row
        ? parseNumberStrict(row.rating)
        : {kind: 'blank' as const};
      if (
        parsed.kind === 'number' &&
        parsed.value >= 0 &&
        parsed.value <= 120
      ) {
        score = parsed.value;
      } else {
        complete = false;
        missing.push(
          msg(
            parsed.kind === 'blank'
              ? 'validation.missing.rating'
              : 'validation.missing.ratingInvalid',
            {kode: aspect.kode},
          ),
        );
      }
    } else {
      const parsed = row ? parseRating(row.rating) : null;
      if (parsed === null || parsed === 'invalid') {
        complete = false;
        missing.push(
          msg(
            parsed === null
              ? 'validation.missing.rating'
              : 'validation.missing.ratingInvalid',
            {kode: aspect.kode},
          ),
        );
      } else {
        rating = parsed;
      }
    }
    aspects.push({
      kode: aspect.kode,
      aspek: aspect.aspek,
      rating,
      score,
      umpanBalik: row?.umpanBalik ?? '',
    });
  }
  return {
    aspects,
    suggestedPerilaku:
      !numerik && complete
        ? suggestPerilaku(aspects.map(a => a.rating as Rating))
        : null,
    nilaiPerilaku:
      numerik && complete
        ? nilaiPerilakuNumerik(aspects.map(a => a.score as number))
        : null,
    complete,
    missing,
  };
}
