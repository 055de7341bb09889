// The one message catalogue: every user-facing text, in Bahasa Indonesia and English.
// Each area keeps its messages in src/core/messages/<area>.ts; this file merges them and formats.

import type {Lang} from './types';
import {CORE_MESSAGES} from './messages/core';
import {VALIDATION_MESSAGES} from './messages/validation';
import {WORKFLOW_MESSAGES} from './messages/workflow';
import {EMAIL_MESSAGES} from './messages/email';
import {SIDEBAR_MESSAGES} from './messages/sidebar';
import {CLI_MESSAGES} from './messages/cli';

/** A message in both languages. `{name}` marks a parameter. */
export interface Message {
  id: string;
  en: string;
}

export type Catalogue = Record<string, Message>;

export const CATALOGUE: Catalogue = {
  ...CORE_MESSAGES,
  ...VALIDATION_MESSAGES,
  ...WORKFLOW_MESSAGES,
  ...EMAIL_MESSAGES,
  ...SIDEBAR_MESSAGES,
  ...CLI_MESSAGES,
};

export type Params = Record<string, string | number>;

/** Fills `{name}` parameters. Unknown parameters stay visible so a missing one is noticed. */
export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Both languages of a catalogue message, parameters filled (for Issue.message and logs). */
export function msg(key: string, params: Params = {}): Message {
  const entry = CATALOGUE[key];
  if (!entry) throw new Error(`Unknown message key: ${key}`);
  return {id: format(entry.id, params), en: format(entry.en, params)};
}

/** One message in the interface language. */
export function t(lang: Lang, key: string, params: Params = {}): string {
  return msg(key, params)[lang];
}

/** Accepts 'en', 'EN', 'English', 'Inggris'; anything else is Bahasa Indonesia. */
export function parseLang(value: unknown): Lang {
  const text = String(value ?? '')
    .trim()
    .toLowerCase();
  return text === 'en' || text === 'english' || text === 'inggris'
    ? 'en'
    : 'id';
}
