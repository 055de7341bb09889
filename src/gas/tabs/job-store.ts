// The tab job's document properties: the job itself, and per tab the signature of what the add-on
// last built there (what decides its formats), so an unchanged refresh writes nothing.

import {type TabsJob, parseTabsJob, shortHash} from '../../core/tab-job';
import {TAB_INDEX_PREFIX} from './find';

export const TABS_JOB_KEY = 'kinerja.tabsJob';
const SIGNATURE_PREFIX = 'kinerja.tab.';

type Properties = GoogleAppsScript.Properties.Properties;

export function props(): Properties {
  return PropertiesService.getDocumentProperties();
}

export function loadTabsJob(): TabsJob | null {
  return parseTabsJob(props().getProperty(TABS_JOB_KEY));
}

export function saveTabsJob(job: TabsJob): void {
  props().setProperty(TABS_JOB_KEY, JSON.stringify(job));
}

/** Property key of a tab's signature (hashed: 9 KB values, 500 KB per store). */
export function signatureKey(name: string): string {
  return SIGNATURE_PREFIX + shortHash(name);
}

/** A tab about to be built: the job names it and its old signature goes (one call each). */
export function markBuilding(job: TabsJob, name: string): void {
  job.building = name;
  saveTabsJob(job);
  props().deleteProperty(signatureKey(name));
}

/** A tab built completely: the job moves on, its signature (and `more`) recorded, in one call. */
export function markBuilt(
  job: TabsJob,
  name: string,
  signature: string,
  more: Record<string, string> = {},
): void {
  job.building = '';
  props().setProperties({
    ...more,
    [TABS_JOB_KEY]: JSON.stringify(job),
    [signatureKey(name)]: signature,
  });
}

/** Signatures of every tab (one getProperties). */
export function loadSignatures(): Record<string, string> {
  const all = props().getProperties();
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith(SIGNATURE_PREFIX)) out[key] = value;
  }
  return out;
}

/** Removes the signatures and index entries of tabs that are gone: two deleteProperty each. */
export function forgetSignatures(names: readonly string[]): void {
  const p = props();
  for (const name of names) {
    p.deleteProperty(signatureKey(name));
    p.deleteProperty(TAB_INDEX_PREFIX + name);
  }
}

export function newId(): string {
  try {
    return Utilities.getUuid();
  } catch {
    return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  }
}
