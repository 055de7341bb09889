// The one HR check of the send-plan, resend and reminder actions. The roles work (issue 12 item 1)
// adds requireHr() to identity.ts: wiring it here guards every one of these actions at once.

import type {Lang} from '../core/types';

/** Why the current user may not run an HR-only action ('' when they may). */
export function hrRefusal(lang: Lang): string {
  void lang;
  return '';
}
