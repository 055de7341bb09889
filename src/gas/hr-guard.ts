// The one HR check of the send-plan, resend and reminder actions: identity.ts's requireHr (the
// roles work, issue 12 item 1), answered as a message in the workbook's language.

import type {Lang} from '../core/types';
import {refusalText, requireHr} from './identity';

/** Why the current user may not run an HR-only action ('' when they may). */
export function hrRefusal(lang: Lang): string {
  void lang; // requireHr answers in the workbook's own language
  try {
    requireHr('workflow.menu.sendFeedback');
    return '';
  } catch (error) {
    const text = refusalText(error);
    if (text !== null) return text;
    throw error;
  }
}
