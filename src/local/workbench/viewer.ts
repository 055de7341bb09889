// The viewer (GET /sheets): one sheet of the workbook as a read-only grid, paged, with its tabs,
// the selected cell, and the edit bar above it when the backend can edit.
import {t} from '../i18n';
import type {Lang} from '../../core/types';
import type {CellValue, SheetModel, Workbook} from '../emulator/model';
import type {WorkbenchBackend} from '../server';
import {inlineScript} from './client-code';
import {escapeHtml} from './http';

/** Rows of a sheet shown per viewer page (a 100k-row Hasil stays responsive). */
export const VIEWER_PAGE_ROWS = 500;
/** Columns shown at most (the contract's widest sheet has 14). */
const VIEWER_MAX_COLS = 60;

export const SHEET_STYLE = `
body{margin:0;font:12px/1.35 Roboto,Arial,sans-serif;color:#202124}
nav.tabs{background:#f8f9fa;border-bottom:1px solid #dadce0;padding:4px 6px;display:flex;gap:2px;overflow-x:auto;white-space:nowrap}
nav.tabs a{padding:3px 8px;border-radius:4px 4px 0 0;text-decoration:none;color:#3c4043}
nav.tabs a[aria-current=page]{background:#fff;color:#188038;font-weight:500;box-shadow:inset 0 -2px #188038}
nav.tabs a.hidden{opacity:.6;font-style:italic}
.note{color:#5f6368;padding:4px 8px;margin:0}
table{border-collapse:collapse}
th,td{border:1px solid #e2e3e3;padding:2px 6px;white-space:nowrap;max-width:320px;overflow:hidden;text-overflow:ellipsis}
th{background:#f8f9fa;color:#5f6368;font-weight:normal}
.top{position:sticky;top:0;z-index:3;left:0}
td.num{text-align:right}
td.formula{color:#5f6368;font-style:italic}
td.active{outline:2px solid #1a73e8;outline-offset:-2px;background:#e8f0fe}
tr.header td{font-weight:500}
td.editing{outline:2px solid #188038;outline-offset:-2px}
td[title]{cursor:cell}
.edit-bar{display:flex;flex-wrap:wrap;gap:6px;align-items:center;padding:4px 8px;border-bottom:1px solid #dadce0;background:#fff}
.edit-bar #edit-value{flex:1;min-width:160px}
#edit-message{color:#5f6368}
#edit-message.refused{color:#c5221f}
#edit-message.saved{color:#188038}
`;

function columnLetter(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** How the viewer shows a stored value; dates in the spreadsheet's time zone, as Sheets shows them. */
export function cellText(
  value: CellValue | undefined,
  timeZone = 'Asia/Jakarta',
): string {
  if (value === undefined || value === null) return '';
  if (
    value instanceof Date ||
    Object.prototype.toString.call(value) === '[object Date]'
  ) {
    const date = value as Date;
    if (isNaN(date.getTime())) return '';
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      })
        .formatToParts(date)
        .map(part => [part.type, part.value]),
    );
    const day = `${parts.year}-${parts.month}-${parts.day}`;
    const time = `${parts.hour}:${parts.minute}:${parts.second}`;
    return time === '00:00:00' ? day : `${day} ${time}`;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

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
  if (!sheet && wantActive) {
    sheet =
      (active && workbook.sheetById(active.sheetId)) ||
      workbook.sheetById(workbook.activeSheetId ?? -1) ||
      workbook.sheets[0];
  }
  const tabs = workbook.sheets
    .map(s => {
      const current = s === sheet ? ' aria-current="page"' : '';
      const hidden = s.hidden ? ' class="hidden"' : '';
      return `<a href="/sheets?name=${encodeURIComponent(s.name)}"${current}${hidden}>${escapeHtml(s.name)}</a>`;
    })
    .join('');
  const head = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<title>${escapeHtml(sheet?.name ?? t(lang, 'sidebar.workbench.sheets'))}</title><style>${SHEET_STYLE}</style></head><body>`;
  const nav = `<nav class="tabs" aria-label="${escapeHtml(t(lang, 'sidebar.workbench.sheets'))}">${tabs}</nav>`;
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
      const text =
        value === undefined || value === ''
          ? (formula ?? '')
          : cellText(value, workbook.timeZone);
      const classes = [
        typeof value === 'number' ? 'num' : '',
        formula && (value === undefined || value === '') ? 'formula' : '',
        inSelection(row, col) ? 'active' : '',
      ].filter(Boolean);
      const isAnchor =
        selection && row === selection.row && col === selection.col;
      cells.push(
        `<td${classes.length ? ` class="${classes.join(' ')}"` : ''}${isAnchor ? ' id="active-cell"' : ''} title="${columnLetter(col)}${row}">${escapeHtml(text)}</td>`,
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
  return `${head}<div class="top">${nav}${bar}</div>
<p class="note">${pager.join(' · ')}</p>${selectionNote}
<table aria-label="${escapeHtml(sheet.name)}"><thead><tr><th></th>${letters}</tr></thead><tbody>${rows.join('')}</tbody></table>
${lastRow === 0 ? `<p class="note">${escapeHtml(t(lang, 'sidebar.workbench.emptySheet'))}</p>` : ''}
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
  };
  // The browser code (client/viewer.ts) reads the sheet and its messages from the form.
  return `<form id="edit-bar" class="edit-bar" data-sheet="${escapeHtml(sheetName)}" data-saved="${escapeHtml(messages.saved)}" data-failed="${escapeHtml(messages.failed)}" autocomplete="off">
<label>${label('sidebar.workbench.cell')} <input id="edit-ref" readonly size="7"></label>
<input id="edit-value" list="edit-options" aria-label="${label('sidebar.workbench.value')}" disabled>
<datalist id="edit-options"></datalist>
<button id="edit-save" type="submit" disabled>${label('sidebar.workbench.save')}</button>
${options ? `<label>${label('sidebar.workbench.as')} <select id="edit-as">${options}</select></label>` : ''}
<span id="edit-message" role="status" aria-live="polite">${label('sidebar.workbench.clickToEdit')}</span>
</form>`;
}
