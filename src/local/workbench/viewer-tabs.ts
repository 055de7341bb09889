// The viewer's tab list: a search box over every sheet, the appraisal tabs (told by their header
// row, whatever their names) grouped after the other sheets; and which sheet opens first.
import {t} from '../i18n';
import type {Lang} from '../../core/types';
import type {SheetModel, Workbook} from '../emulator/model';
import {HEADERS} from '../../sheets/schema';
import {escapeHtml} from './http';

/** An appraisal tab: its row 1 starts `Periode | NIP | Nama | Jenis | Kode` (SHEETS.md). */
export function isAppraisalTab(sheet: SheetModel): boolean {
  return HEADERS.penilaian
    .slice(0, 5)
    .every((h, i) => String(sheet.get('value', 1, i + 1) ?? '').trim() === h);
}

/**
 * The sheet shown when none is named: for a supervisor their own appraisal tab (one whose
 * protections name them as editor); else the active one unless it is empty (a new file's
 * `Sheet1`), else the first visible sheet that holds something.
 */
export function defaultSheet(
  workbook: Workbook,
  activeSheetId: number | undefined,
  user = '',
): SheetModel | undefined {
  const me = user.toLowerCase();
  if (me && me !== workbook.owner.toLowerCase()) {
    const own = workbook.sheets.find(
      s =>
        isAppraisalTab(s) &&
        workbook.protections.some(
          p =>
            p.sheetId === s.id && p.editors.some(e => e.toLowerCase() === me),
        ),
    );
    if (own) return own;
  }
  const active =
    workbook.sheetById(activeSheetId ?? -1) ??
    workbook.sheetById(workbook.activeSheetId ?? -1);
  if (active && active.lastRow() > 0) return active;
  return (
    workbook.sheets.find(s => !s.hidden && s.lastRow() > 0) ??
    active ??
    workbook.sheets[0]
  );
}

export function tabNav(
  workbook: Workbook,
  current: SheetModel | undefined,
  lang: Lang,
): string {
  const link = (s: SheetModel, appraisal: boolean) => {
    const classes = [s.hidden ? 'hidden' : '', appraisal ? 'appraisal' : '']
      .filter(Boolean)
      .join(' ');
    return `<a href="/sheets?name=${encodeURIComponent(s.name)}" data-name="${escapeHtml(s.name)}"${s === current ? ' aria-current="page"' : ''}${classes ? ` class="${classes}"` : ''}>${escapeHtml(s.name)}</a>`;
  };
  const appraisal = workbook.sheets.filter(isAppraisalTab);
  const others = workbook.sheets.filter(s => !appraisal.includes(s));
  const group = appraisal.length
    ? `<span class="group">${escapeHtml(t(lang, 'sidebar.workbench.appraisalTabs', {count: appraisal.length}))}</span>${appraisal.map(s => link(s, true)).join('')}`
    : '';
  const label = escapeHtml(t(lang, 'sidebar.workbench.sheets'));
  const search = escapeHtml(t(lang, 'sidebar.workbench.findTab'));
  return `<nav class="tabs" aria-label="${label}"><input id="tab-filter" type="search" placeholder="${search}" aria-label="${search}" autocomplete="off"><div id="tab-list">${others.map(s => link(s, false)).join('')}${group}</div></nav>`;
}
