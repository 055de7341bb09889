// The IKM sheet from the SKM form's responses (src/sheets/ikm.ts computes it): written on every
// SKM submit and on recompute. The response sheet is known by the sheet id kept when the form was
// created (a rename does not lose it); else, once, by its headers among the non-contract sheets.

import {SHEET} from '../sheets/schema';
import {ikmTable, isSkmHeader} from '../sheets/ikm';
import {readSettings} from '../sheets/pengaturan';
import {OutputGrids, replaceTable} from './output-sheets';
import {activeSpreadsheet, readValues, sheetsByName} from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const PROP_SKM_SHEET = 'form:skm:sheet';
/** The SKM form's id (src/gas/forms.ts keeps each form's id under `form:<key>`). */
const PROP_SKM_FORM = 'form:skm';
const CONTRACT = new Set<string>(Object.values(SHEET));

/** The SKM response sheets: the remembered one, else those whose header row is the SKM form's. */
export function skmSheets(sheets: Map<string, Sheet>): Sheet[] {
  const props = PropertiesService.getDocumentProperties();
  const id = props.getProperty(PROP_SKM_SHEET);
  const all = [...sheets.values()];
  const known = id ? all.find(s => String(s.getSheetId()) === id) : undefined;
  if (known) return [known];
  const found = all.filter(s => {
    if (CONTRACT.has(s.getName()) || s.getLastColumn() < 11) return false;
    return isSkmHeader(s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0]);
  });
  if (found.length === 1)
    props.setProperty(PROP_SKM_SHEET, String(found[0].getSheetId()));
  return found;
}

/**
 * Rewrites the IKM sheet from the SKM responses; returns its table (header first). Without an SKM
 * form made by the add-on the IKM sheet is left as it is (an office may paste a paper survey's
 * results there) and returned as read; none: undefined.
 */
export function recomputeIkm(known?: {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheets: Map<string, Sheet>;
  pengaturan?: unknown[][];
}): unknown[][] | undefined {
  const ss = known?.ss ?? activeSpreadsheet();
  const sheets = known?.sheets ?? sheetsByName(ss);
  const props = PropertiesService.getDocumentProperties();
  if (!props.getProperty(PROP_SKM_FORM)) {
    const existing = sheets.get(SHEET.ikm);
    return existing ? readValues(existing) : undefined;
  }
  const pengaturan =
    known?.pengaturan ??
    (sheets.get(SHEET.pengaturan)
      ? readValues(sheets.get(SHEET.pengaturan)!)
      : undefined);
  const bobot = readSettings(pengaturan, new Date()).settings.bobotIkm;
  const responses = skmSheets(sheets).map(readValues);
  const table = ikmTable(responses, bobot);
  const grids = new OutputGrids(props);
  replaceTable(ss, sheets, SHEET.ikm, table, grids);
  grids.save();
  return table;
}
