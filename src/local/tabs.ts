// The appraisal tabs of an emulated workbook, read from its model (no service call): by the
// identity stored with each tab (developer metadata `kinerja.tab`), else an old tab's name.
import {
  TAB_METADATA_KEY,
  type TabIdentity,
  decodeIdentity,
  legacyIdentity,
} from '../sheets/tab-identity';
import type {SheetModel, Workbook} from './emulator/model';

export function tabIdentityOfModel(sheet: SheetModel): TabIdentity | null {
  for (const m of sheet.developerMetadata) {
    if (m.key !== TAB_METADATA_KEY) continue;
    const id = decodeIdentity(m.value);
    if (id) return id;
  }
  return legacyIdentity(sheet.name);
}

/** The tabs of `period`, in sheet order. */
export function tabModelsOfPeriod(
  workbook: Workbook,
  period: string,
): SheetModel[] {
  return workbook.sheets.filter(s => tabIdentityOfModel(s)?.period === period);
}

/** The name of the tab of `period` whose key (supervisor NIP or unit code) is `key`, or null. */
export function tabNameOf(
  workbook: Workbook,
  period: string,
  key: string,
): string | null {
  const sheet = workbook.sheets.find(s => {
    const id = tabIdentityOfModel(s);
    return id?.period === period && id.key === key;
  });
  return sheet?.name ?? null;
}
