// What the viewer shows in a cell: the display value Sheets shows (Range.getDisplayValue(), the
// emulator's number-format module) in the workbook's language — `101,24`, `60%`, `31/03/2026`
// where Pengaturan's Bahasa is id — and what the edit bar offers to change (the typed form).
import type {Lang} from '../../core/types';
import type {SheetModel, Workbook} from '../emulator/model';
import {displayValue} from '../emulator/number-format';
import {cellText} from './viewer-text';

/** The number locale of the viewer: Indonesian where the workbook speaks Indonesian. */
export function viewerLocale(lang: Lang): string {
  return lang === 'id' ? 'id_ID' : 'en_US';
}

/** A cell as the grid shows it; a formula not yet computed shows as its text. */
export function cellDisplay(
  workbook: Workbook,
  sheet: SheetModel,
  row: number,
  col: number,
  lang: Lang,
): string {
  const value = sheet.get('value', row, col);
  if (value === undefined || value === '')
    return sheet.get('formula', row, col) ?? '';
  const format = sheet.get('numberFormat', row, col);
  const text = displayValue(
    value,
    format,
    workbook.timeZone,
    viewerLocale(lang),
  );
  // A number without a pattern (General, or plain text '@' holding a number): the module keeps
  // the point; Sheets in an Indonesian locale writes the decimal comma.
  const general = !format || format === 'General' || format === '@';
  return typeof value === 'number' && general && lang === 'id'
    ? text.replace('.', ',')
    : text;
}

/**
 * What the edit bar puts in for a cell, in the form the workbook parses back (its own locale):
 * a formula as typed, 84.5 as `84,5` in an Indonesian spreadsheet, a percentage as `60%`.
 */
export function cellEditText(
  workbook: Workbook,
  sheet: SheetModel,
  row: number,
  col: number,
): string {
  const value = sheet.get('value', row, col);
  const formula = sheet.get('formula', row, col);
  if (formula && (value === undefined || value === '')) return formula;
  if (typeof value !== 'number') return cellText(value, workbook.timeZone);
  const format = sheet.get('numberFormat', row, col) ?? '';
  const comma = workbook.locale.startsWith('id');
  const percent = /%/.test(format.replace(/"[^"]*"/g, ''));
  const n = percent ? Number((value * 100).toPrecision(12)) : value;
  const text = String(n);
  return (comma ? text.replace('.', ',') : text) + (percent ? '%' : '');
}
