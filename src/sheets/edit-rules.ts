// The rules a typed cell must keep, judged one cell at a time (issue 12: problems show where they
// are typed). Used by the onEdit trigger, which marks the cell at once, and by Periksa for the
// appraisal tabs. An appraisal tab's inputs: Realisasi of a Hasil Kerja row is a number ≥ 0
// (read the Indonesian way, DOMAIN §2); Rating is a rating the core reads (spelling variants
// included, src/core/rating.ts) or, on a Perilaku row, a score 0-120 (model NUMERIK); a formula
// is never an input. Input sheets: number columns hold numbers, choice columns one of the choices.

import {type Message, msg} from '../core/i18n';
import {parseNumberStrict} from '../core/numbers';
import {parseRating} from '../core/rating';
import type {Issue} from '../core/types';
import {a1, normalizeHeader} from './schema';
import {CHOICES} from './values';
import {NUMBER_HEADERS} from './validate';

/** How the add-on's marks (notes) start: one sign, the same in every language. */
export const MARK = '⚠ ';

/** Between the mark and a person's own note on the same cell. */
export const NOTE_GAP = '\n\n';

/** The add-on's mark on a note, without its sign ('' for none or a person's note). */
export function markText(note: string): string {
  return note.startsWith(MARK)
    ? note.slice(MARK.length).split(NOTE_GAP)[0]
    : '';
}

/** A note without the add-on's mark: what a person wrote ('' for none). */
export function personalNote(note: string): string {
  if (!note.startsWith(MARK)) return note;
  const gap = note.indexOf(NOTE_GAP);
  return gap < 0 ? '' : note.slice(gap + NOTE_GAP.length);
}

/** Where a cell is: an appraisal tab's row (its Jenis and Kode) or an input sheet's column. */
export interface CellPlace {
  header: string;
  tab: boolean;
  jenis?: unknown;
  kode?: unknown;
}

/** Tab inputs a formula may not fill (the number itself is the input). */
const TAB_NUMBERS = new Set(['realisasi', 'rating']);

const shown = (value: unknown) => String(value ?? '').trim();

function numberProblem(header: string, value: unknown): Message | null {
  return parseNumberStrict(value).kind === 'invalid'
    ? msg('validation.value.number', {header, value: shown(value)})
    : null;
}

/** A tab's Realisasi, with the core's own messages (src/core/validate/appraisal-data.ts). */
function realisasiProblem(value: unknown): Message | null {
  const parsed = parseNumberStrict(value);
  if (parsed.kind === 'invalid')
    return msg('validation.tab.realisasiInvalid', {value: shown(value)});
  if (parsed.kind === 'number' && parsed.value < 0)
    return msg('validation.tab.realisasiNegative', {value: shown(value)});
  return null;
}

function tabProblem(place: CellPlace, value: unknown): Message | null {
  const header = normalizeHeader(place.header);
  const jenis = normalizeHeader(place.jenis);
  if (header === 'realisasi')
    return jenis === 'hasil kerja' ? realisasiProblem(value) : null;
  if (header !== 'rating') return null;
  // Inovasi (Kode IN) is Ya/Tidak, refused by its own strict list.
  if (normalizeHeader(place.kode) === 'in') return null;
  if (parseRating(value) !== 'invalid') return null;
  if (jenis === 'perilaku') {
    const score = parseNumberStrict(value);
    if (score.kind === 'number' && score.value >= 0 && score.value <= 120)
      return null;
  }
  return msg('validation.tab.ratingInvalid', {value: shown(value)});
}

function sheetProblem(header: string, value: unknown): Message | null {
  if (value === '' || value === null || value === undefined) return null;
  if (NUMBER_HEADERS.has(header)) return numberProblem(header, value);
  const choices = CHOICES[header];
  if (
    choices &&
    !choices.some(c => normalizeHeader(c) === normalizeHeader(value))
  )
    return msg('validation.value.choice', {
      header,
      choices: choices.join(', '),
      value: shown(value),
    });
  return null;
}

/** What is wrong with a cell as typed (its value, and its formula when it holds one), or null. */
export function cellProblem(
  place: CellPlace,
  value: unknown,
  formula = '',
): Message | null {
  const numeric = place.tab
    ? TAB_NUMBERS.has(normalizeHeader(place.header))
    : NUMBER_HEADERS.has(place.header);
  if (formula && numeric)
    return msg('validation.value.formulaTyped', {
      header: place.header,
      formula,
    });
  return place.tab
    ? tabProblem(place, value)
    : sheetProblem(place.header, value);
}

/**
 * Periksa's check of appraisal tabs (as the onEdit trigger judges a typed cell): an Issue at
 * `Tab!I16` for each Realisasi or Rating that breaks a rule. `formulas[i]` holds the formulas of
 * data row i from column `formulaColumn` on (1-based), when they were read.
 */
export function tabInputIssues(
  tab: {name: string; values: unknown[][]; firstRow?: number},
  formulas?: {rows: string[][]; column: number},
): Issue[] {
  const header = tab.values[0] ?? [];
  const at = new Map(header.map((h, i) => [normalizeHeader(h), i]));
  const jenis = at.get('jenis');
  const kode = at.get('kode');
  const first = tab.firstRow ?? 2;
  const issues: Issue[] = [];
  for (const name of ['realisasi', 'rating']) {
    const c = at.get(name);
    if (c === undefined) continue;
    for (let i = 1; i < tab.values.length; i++) {
      const row = tab.values[i];
      const formula = formulas?.rows[i - 1]?.[c + 1 - formulas.column] ?? '';
      const problem = cellProblem(
        {
          header: String(header[c]).trim(),
          tab: true,
          jenis: jenis === undefined ? '' : row[jenis],
          kode: kode === undefined ? '' : row[kode],
        },
        row[c],
        formula,
      );
      if (problem)
        issues.push({
          sheet: tab.name,
          cell: a1(first + i - 1, c + 1),
          message: problem,
          level: 'Galat',
        });
    }
  }
  return issues;
}
