// The viewer (GET /sheets): one sheet of the workbook as a read-only grid, paged, with its tabs,
// the selected cell, and the edit bar above it when the backend can edit.
import {t} from '../i18n';
import type {Lang} from '../../core/types';
import type {SheetModel, Workbook} from '../emulator/model';
import type {WorkbenchBackend} from '../server';
import {inlineScript} from './client-code';
import {escapeHtml} from './http';
import {sheetCharts} from './chart-svg';
import {cellDisplay, cellEditText} from './display';
import {columnLetter} from './viewer-text';
import {SHEET_STYLE} from './viewer-style';
import {defaultSheet, tabNav} from './viewer-tabs';

/** Rows of a sheet shown per viewer page (a 100k-row Hasil stays responsive). */
export const VIEWER_PAGE_ROWS = 500;
/** Columns shown at most (the contract's widest sheet has 14). */
const VIEWER_MAX_COLS = 60;

export {SHEET_STYLE};
export {cellText} from './viewer-text';

export function sheetsPage(
  workbook: Workbook,
  query: URLSearchParams,
  lang: Lang,
  backend?: WorkbenchBackend,
): string {
  const active = workbook.meta.activeRange as
    | {
        sheetId: number;
        rect: {row: number; col: number; numRows: number; numCols: number};
      }
    | undefined;
  const wantActive = query.get('active') === '1' || !query.get('name');
  let sheet: SheetModel | undefined = query.get('name')
    ? workbook.sheetByName(query.get('name') ?? '')
    : undefined;
  if (!sheet && wantActive)
    sheet =
      query.get('active') === '1'
        ? defaultSheet(workbook, active?.sheetId)
        : defaultSheet(workbook, active?.sheetId, backend?.users?.().current);
  const head = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>${escapeHtml(sheet?.name ?? t(lang, 'sidebar.workbench.sheets'))}</title><style>${SHEET_STYLE}</style></head><body class="sheet">`;
  const nav = tabNav(workbook, sheet, lang);
  if (!sheet) {
    const note = query.get('name')
      ? t(lang, 'sidebar.workbench.noSheet', {name: query.get('name') ?? ''})
      : t(lang, 'sidebar.workbench.empty');
    return `${head}${nav}<p class="note">${escapeHtml(note)}</p></body></html>`;
  }
  const lastRow = sheet.lastRow();
  const lastCol = Math.min(Math.max(sheet.lastColumn(), 1), VIEWER_MAX_COLS);
  const pages = Math.max(1, Math.ceil(lastRow / VIEWER_PAGE_ROWS));
  const selection =
    active && active.sheetId === sheet.id ? active.rect : undefined;
  let page = Number(query.get('page') ?? '');
  if (!Number.isInteger(page) || page < 1) {
    page =
      selection && wantActive ? Math.ceil(selection.row / VIEWER_PAGE_ROWS) : 1;
  }
  page = Math.min(page, pages);
  const first = (page - 1) * VIEWER_PAGE_ROWS + 1;
  const last = Math.min(lastRow, page * VIEWER_PAGE_ROWS);
  const inSelection = (row: number, col: number) =>
    !!selection &&
    row >= selection.row &&
    row < selection.row + selection.numRows &&
    col >= selection.col &&
    col < selection.col + selection.numCols;
  const rows: string[] = [];
  for (let row = first; row <= last; row++) {
    const cells: string[] = [`<th scope="row">${row}</th>`];
    for (let col = 1; col <= lastCol; col++) {
      const value = sheet.get('value', row, col);
      const formula = sheet.get('formula', row, col);
      const text = cellDisplay(workbook, sheet, row, col, lang);
      const edit = cellEditText(workbook, sheet, row, col);
      const classes = [
        typeof value === 'number' ? 'num' : '',
        formula && (value === undefined || value === '') ? 'formula' : '',
        inSelection(row, col) ? 'active' : '',
      ].filter(Boolean);
      const isAnchor =
        selection && row === selection.row && col === selection.col;
      cells.push(
        `<td${classes.length ? ` class="${classes.join(' ')}"` : ''}${isAnchor ? ' id="active-cell"' : ''} title="${columnLetter(col)}${row}"${edit !== text ? ` data-v="${escapeHtml(edit)}"` : ''}>${escapeHtml(text)}</td>`,
      );
    }
    rows.push(
      `<tr${row === 1 ? ' class="header"' : ''}>${cells.join('')}</tr>`,
    );
  }
  const letters = Array.from(
    {length: lastCol},
    (_, i) => `<th scope="col">${columnLetter(i + 1)}</th>`,
  ).join('');
  const pager: string[] = [];
  if (pages > 1) {
    const link = (p: number, key: string) =>
      `<a href="/sheets?name=${encodeURIComponent(sheet!.name)}&page=${p}">${escapeHtml(t(lang, key))}</a>`;
    if (page > 1) pager.push(link(page - 1, 'sidebar.workbench.previous'));
    pager.push(
      escapeHtml(
        t(lang, 'sidebar.workbench.rows', {first, last, total: lastRow}),
      ),
    );
    if (page < pages) pager.push(link(page + 1, 'sidebar.workbench.next'));
  }
  const selectionNote = selection
    ? `<p class="note" id="selection">${escapeHtml(
        t(lang, 'sidebar.workbench.selected', {
          ref: `${sheet.name}!${columnLetter(selection.col)}${selection.row}`,
        }),
      )}</p>`
    : '';
  const bar = backend?.edit
    ? editBar(sheet.name, backend.users?.(), lang)
    : `<p class="note">${escapeHtml(t(lang, 'sidebar.workbench.readOnly'))}</p>`;
  // The sheet tabs and the edit bar stay in view together while the grid scrolls.
  return `${head}<div class="top">${nav}${bar}</div><div id="grid">
${pager.length ? `<p class="note">${pager.join(' · ')}</p>` : ''}${selectionNote}${sheetCharts(workbook, sheet.id, lang)}
<table aria-label="${escapeHtml(sheet.name)}" data-frozen-rows="${page === 1 ? Math.min(sheet.frozenRows, last) : 0}" data-frozen-cols="${Math.min(sheet.frozenCols, lastCol)}"><thead><tr><th></th>${letters}</tr></thead><tbody>${rows.join('')}</tbody></table>
${lastRow === 0 ? `<p class="note">${escapeHtml(t(lang, 'sidebar.workbench.emptySheet'))}</p>` : ''}</div>
${inlineScript('viewer')}
</body></html>`;
}

/** The bar above the grid: click a cell, type, Simpan (Enter); and whom the workbench acts as. */
function editBar(
  sheetName: string,
  users: {current: string; known: string[]} | undefined,
  lang: Lang,
): string {
  const label = (key: string) => escapeHtml(t(lang, key));
  const options = (users?.known ?? [])
    .map(
      email =>
        `<option value="${escapeHtml(email)}"${email === users?.current ? ' selected' : ''}>${escapeHtml(email)}</option>`,
    )
    .join('');
  const messages = {
    saved: t(lang, 'sidebar.workbench.saved'),
    failed: t(lang, 'sidebar.workbench.editFailed'),
    saving: t(lang, 'sidebar.workbench.saving'),
  };
  // The browser code (client/viewer.ts) reads the sheet and its messages from the form.
  return `<form id="edit-bar" class="edit-bar" data-sheet="${escapeHtml(sheetName)}" data-saved="${escapeHtml(messages.saved)}" data-failed="${escapeHtml(messages.failed)}" data-saving="${escapeHtml(messages.saving)}" autocomplete="off">
<label>${label('sidebar.workbench.cell')} <input id="edit-ref" readonly size="7"></label>
<input id="edit-value" list="edit-options" aria-label="${label('sidebar.workbench.value')}" disabled>
<datalist id="edit-options"></datalist>
<button id="edit-save" type="submit" disabled>${label('sidebar.workbench.save')}</button>
${options ? `<label>${label('sidebar.workbench.as')} <select id="edit-as">${options}</select></label>` : ''}
<span id="edit-message" role="status" aria-live="polite">${label('sidebar.workbench.clickToEdit')}</span>
</form>`;
}
