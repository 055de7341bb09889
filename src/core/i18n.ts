// The one message catalogue: every user-facing text, in Bahasa Indonesia and English.
// What Code.js shows lives in src/core/messages/<area>.ts, merged here. Texts only Node or the
// sidebar show live next to their code, so Code.js does not carry them: src/local/messages/
// (CLI, workbench page; src/local/i18n.ts adds them to this catalogue) and sidebar/messages.ts.

import type {Lang} from './types';
import {CORE_MESSAGES} from './messages/core';
import {VALIDATION_MESSAGES} from './messages/validation';
import {WORKFLOW_MESSAGES} from './messages/workflow';
import {EMAIL_MESSAGES} from './messages/email';
import {SEND_MESSAGES} from './messages/send';
import {ARCHIVE_MESSAGES, TABS_MESSAGES} from './messages/tabs';
import {LANGUAGE_MESSAGES} from './messages/language';
import {TPP_MESSAGES} from './messages/tpp';
import {ROLE_MESSAGES} from './messages/roles';
import {DOKUMEN_MESSAGES} from './messages/dokumen';
import {PERIOD_MESSAGES} from './messages/period';
import {FORMS_MESSAGES} from './messages/forms';
import {PUBLIK_MESSAGES} from './messages/publik';

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
  ...SEND_MESSAGES,
  ...TABS_MESSAGES,
  ...ARCHIVE_MESSAGES,
  ...LANGUAGE_MESSAGES,
  ...TPP_MESSAGES,
  ...ROLE_MESSAGES,
  ...DOKUMEN_MESSAGES,
  ...PERIOD_MESSAGES,
  ...FORMS_MESSAGES,
  ...PUBLIK_MESSAGES,
};

export type Params = Record<string, string | number>;

/** Fills `{name}` parameters. Unknown parameters stay visible so a missing one is noticed. */
export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Looks messages up in one catalogue. */
export interface Translator {
  /** Both languages of a catalogue message, parameters filled (for Issue.message and logs). */
  msg(key: string, params?: Params): Message;
  /** One message in the interface language. */
  t(lang: Lang, key: string, params?: Params): string;
}

/** A translator over `catalogue`: Node code translates with core's catalogue plus its own. */
export function translator(catalogue: Catalogue): Translator {
  function msg(key: string, params: Params = {}): Message {
    const entry = catalogue[key];
    if (!entry) throw new Error(`Unknown message key: ${key}`);
    return {id: format(entry.id, params), en: format(entry.en, params)};
  }
  function t(lang: Lang, key: string, params: Params = {}): string {
    return msg(key, params)[lang];
  }
  return {msg, t};
}

export const {msg, t} = translator(CATALOGUE);

/** Accepts 'en', 'EN', 'English', 'Inggris'; anything else is Bahasa Indonesia. */
export function parseLang(value: unknown): Lang {
  const text = String(value ?? '')
    .trim()
    .toLowerCase();
  return text === 'en' || text === 'english' || text === 'inggris'
    ? 'en'
    : 'id';
}
