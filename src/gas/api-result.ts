// What every sidebar entry point returns on failure, and the plain copy google.script.run carries.
import type {ActionResult} from '../core/api';
import {t} from '../core/i18n';
import type {Lang} from '../core/types';
import {RoleRefused} from './identity';
import {errorText} from './ui';

export const EMPTY_FILE = {
  name: '',
  mimeType: '',
  base64: '',
  count: 0,
  part: 0,
  parts: 0,
};

/** An unexpected error as a failed ActionResult in the interface language. */
export function failure(lang: Lang, error: unknown): ActionResult {
  // A refusal is thrown on: the sidebar shows its message, the CLI stops without saving.
  if (error instanceof RoleRefused) throw error;
  return {
    ok: false,
    message: t(lang, 'workflow.error.unexpected', {error: errorText(error)}),
  };
}

/** Plain-object copy: what google.script.run can carry (drops undefined, Date -> ISO). */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
