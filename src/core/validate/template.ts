// Checks of the email template (Template Email: Subjek, Isi): every {{placeholder}} is one the
// email fills. An unknown one would reach every employee as typed, so it is an error (Galat) and
// sending refuses to start (src/gas/feedback/mail.ts).

import type {EmailTemplate, SourceRef} from '../types';
import {PLACEHOLDER, PLACEHOLDERS, placeholderKey} from '../email-blocks';
import type {FindingList} from './finding-list';

const KNOWN = new Set(PLACEHOLDERS.map(placeholderKey));

/** The template with the row of each key (src/sheets/read.ts fills `src`). */
export type PlacedTemplate = EmailTemplate & {
  src?: Partial<Record<keyof EmailTemplate, SourceRef>>;
};

/** The unknown placeholders of one template text, as typed, without repeats. */
export function unknownPlaceholders(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER))
    if (!KNOWN.has(placeholderKey(match[1]))) found.add(match[0]);
  return [...found];
}

export function checkTemplate(
  template: PlacedTemplate,
  list: FindingList,
): void {
  for (const key of ['subjek', 'isi'] as const) {
    const names = unknownPlaceholders(template[key]);
    if (!names.length) continue;
    const src = template.src?.[key];
    const params = {
      names: names.join(', '),
      known: PLACEHOLDERS.map(p => `{{${p}}}`).join(', '),
    };
    if (src) {
      list.at(src, 'Nilai', 'validation.template.unknownPlaceholder', params);
    } else {
      list.place(
        {sheet: 'Template Email'},
        'validation.template.unknownPlaceholder',
        params,
      );
    }
  }
}
