// The sidebar's texts: only the sidebar's part of the catalogue is bundled into Sidebar.html.
import type {Lang} from '../src/core/types';
import {SIDEBAR_MESSAGES} from './messages';

export type Params = Record<string, string | number>;

/** One sidebar message in the interface language, `{name}` parameters filled. */
export function tr(lang: Lang, key: string, params: Params = {}): string {
  const entry = SIDEBAR_MESSAGES[key];
  // A missing key shows itself, so it is noticed in review rather than rendering nothing.
  if (!entry) return key;
  return entry[lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
