// Which sheets are appraisal tabs, and whose: by the identity stored with each tab (developer
// metadata `kinerja.tab`, src/sheets/tab-identity.ts), never by its name, so a tab a person
// renamed still works. Cheap at 1,500 tabs a period: the names are known already (one getName per
// sheet, sheetsByName), and an index in the document properties maps each tab's name to its
// identity, read with one getProperties. Only a sheet the index does not know (a tab renamed by
// a person, an old `Penilaian <Periode> <key>` tab, a sheet of HR's own) costs a
// getDeveloperMetadata; what it finds is added to the index in one setProperties.

import {t} from '../../core/i18n';
import {monthsOf, parsePeriod} from '../../core/period';
import type {Lang} from '../../core/types';
import {SHEET} from '../../sheets/schema';
import {
  TAB_METADATA_KEY,
  type TabIdentity,
  decodeIdentity,
  encodeIdentity,
  identityKey,
  legacyIdentity,
} from '../../sheets/tab-identity';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Document property prefix of the index: `kinerja.tn:<sheet name>` -> identity. */
export const TAB_INDEX_PREFIX = 'kinerja.tn:';

export interface FoundTab {
  name: string;
  sheet: Sheet;
  identity: TabIdentity;
}

/** Index entries of vanished names removed per lookup (one call each). */
const MAX_PRUNED = 50;

const CONTRACT = new Set<string>(Object.values(SHEET));

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

/** The index entry of a tab: added to the property write that records the tab as built. */
export function indexEntry(
  name: string,
  identity: TabIdentity,
): Record<string, string> {
  return {[TAB_INDEX_PREFIX + name]: encodeIdentity(identity)};
}

/** The identity in a sheet's developer metadata, or null (one call, plus two per entry). */
export function tabIdentityOf(sheet: Sheet): TabIdentity | null {
  for (const m of sheet.getDeveloperMetadata()) {
    if (m.getKey() !== TAB_METADATA_KEY) continue;
    const id = decodeIdentity(m.getValue());
    if (id) return id;
  }
  return null;
}

/** The note on A1 naming the tab's identity (people see whose tab it is, whatever its name). */
export function identityNote(identity: TabIdentity, lang: Lang): string {
  return t(
    lang,
    identity.mode === 'unit' ? 'tabs.identity.unit' : 'tabs.identity.atasan',
    {periode: identity.period, key: identity.key},
  );
}

/** Stores the identity with a tab: developer metadata and the note on A1. */
export function stampTab(
  sheet: Sheet,
  identity: TabIdentity,
  lang: Lang,
): void {
  sheet.addDeveloperMetadata(TAB_METADATA_KEY, encodeIdentity(identity));
  sheet.getRange(1, 1).setNote(identityNote(identity, lang));
}

/**
 * Every appraisal tab, in sheet order; a second sheet claiming an identity already found (a copy
 * of a tab) is not a tab. `stamp`: old tabs found by name get their metadata (not in a custom
 * function, which may not write).
 */
export function findTabs(
  sheets: Map<string, Sheet>,
  options: {stamp?: boolean; lang?: Lang} = {},
): FoundTab[] {
  const store = props();
  const index = store.getProperties();
  const found: FoundTab[] = [];
  const seen = new Set<string>();
  const learned: Record<string, string> = {};
  const stamp = options.stamp ?? true;
  for (const [name, sheet] of sheets) {
    if (CONTRACT.has(name)) continue;
    const known = index[TAB_INDEX_PREFIX + name];
    let identity = known ? decodeIdentity(known) : null;
    if (!identity) {
      identity = tabIdentityOf(sheet);
      const legacy = identity ? null : legacyIdentity(name);
      if (legacy && stamp) {
        try {
          stampTab(sheet, legacy, options.lang ?? 'id');
        } catch {
          // Read-only context: recognised by name again next time.
        }
      }
      identity = identity ?? legacy;
      if (identity) Object.assign(learned, indexEntry(name, identity));
    }
    if (!identity) continue;
    const key = identityKey(identity);
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({name, sheet, identity});
  }
  // Entries of names no sheet has any more (tabs closed, archived, renamed): a few per call.
  const gone = Object.keys(index).filter(
    k =>
      k.startsWith(TAB_INDEX_PREFIX) &&
      !sheets.has(k.slice(TAB_INDEX_PREFIX.length)),
  );
  if (stamp) for (const k of gone.slice(0, MAX_PRUNED)) store.deleteProperty(k);
  if (stamp && Object.keys(learned).length) {
    try {
      store.setProperties(learned);
    } catch {
      // The index is a cache: the metadata stays the authority.
    }
  }
  return found;
}

/**
 * Whether a tab of period `tabPeriod` feeds period `period`: the period itself and every shorter
 * period of the same year inside it (an S1 reads TW1 and TW2 tabs, or under Bulanan its months;
 * a year reads all of them).
 */
export function tabFeedsPeriod(tabPeriod: string, period: string): boolean {
  const tab = parsePeriod(tabPeriod);
  const target = parsePeriod(period);
  if (!tab || !target || tab.year !== target.year) return false;
  const inside = monthsOf(target);
  return monthsOf(tab).every(m => inside.includes(m));
}

/** The tabs of exactly `period`. */
export function tabsOfPeriod(tabs: FoundTab[], period: string): FoundTab[] {
  return tabs.filter(tab => tab.identity.period === period);
}

/** The tabs feeding `period`: its own and, for a semester or year, its quarters' (or months'). */
export function tabsFeeding(tabs: FoundTab[], period: string): FoundTab[] {
  return tabs.filter(tab => tabFeedsPeriod(tab.identity.period, period));
}
