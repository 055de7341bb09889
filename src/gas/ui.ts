// Showing results to the person at the keyboard: a toast for success, an alert for failure, and
// never a stack trace.

import {t} from '../core/i18n';
import type {Lang} from '../core/types';
import {refusalText} from './identity';

/** The error's own message without its stack (Apps Script errors carry the useful part there). */
export function errorText(error: unknown): string {
  const message = (error as {message?: unknown} | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

export function toast(message: string, lang: Lang): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(
    message,
    t(lang, 'workflow.title'),
    10,
  );
}

export function alert(message: string, lang: Lang): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(t(lang, 'workflow.title'), message, ui.ButtonSet.OK);
}

/**
 * Runs a menu action: its result is shown as a toast (ok) or an alert (not ok); an unexpected error
 * becomes a clear alert in the interface language.
 */
export function runMenuAction(
  lang: () => Lang,
  action: (lang: Lang) => {ok: boolean; message: string},
): void {
  let language: Lang = 'id';
  try {
    language = lang();
    const result = action(language);
    if (result.ok) toast(result.message, language);
    else alert(result.message, language);
  } catch (error) {
    alert(
      refusalText(error) ??
        t(language, 'workflow.error.unexpected', {error: errorText(error)}),
      language,
    );
  }
}
