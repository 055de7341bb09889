// Supervisor overrides: a rating typed in the Ringkasan rows HK / PK replaces the suggested one;
// one that differs from the suggestion needs an Alasan, else the suggestion stands (DOMAIN §3).
// Ratings of HK/PK overrides do not change a NUMERIK predikat.

import type {AppraisalRow, Finding, Rating} from '../types';
import {msg} from '../i18n';
import {parseRating} from '../rating';
import type {PersonRows} from './records-index';

/** An override typed in Ringkasan that differs from the suggestion and has no Alasan. */
export interface OverrideProblem {
  row: AppraisalRow;
  rating: Rating;
  suggested: Rating;
}

/** The rating that counts for Ringkasan row `code`; an override without Alasan goes to `problems`. */
export function effectiveRating(
  behaviourRows: PersonRows | undefined,
  code: 'HK' | 'PK',
  suggested: Rating | null,
  problems: OverrideProblem[],
): Rating | null {
  const row = behaviourRows?.ringkasan.get(code);
  const typed = row ? parseRating(row.rating) : null;
  if (!row || typed === null || typed === 'invalid') return suggested;
  if (suggested === null || typed === suggested) return typed;
  if (row.alasan.trim() === '') {
    problems.push({row, rating: typed, suggested});
    return suggested;
  }
  return typed;
}

/** An override without Alasan, at the Alasan cell of its Ringkasan row. */
export function overrideFinding(problem: OverrideProblem): Finding {
  return {
    at: {src: problem.row.src, header: 'Alasan'},
    message: msg('validation.override.noReason', {
      rating: problem.rating,
      suggested: problem.suggested,
    }),
    level: 'Galat',
  };
}
