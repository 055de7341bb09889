// One appraisal tab's grid, formats, validations and protections, set per run of equal cells.
//
// Sizing: a new sheet has 1,000 x 26 cells and Sheets counts every sheet's grid against the
// 10 million cells of a spreadsheet (docs/PLATFORM-LIMITS.md §1-2), so a tab is cut to exactly its
// rows and columns (one deleteRows and one deleteColumns) and grown when it needs more.
//
// Formats (issue 12): a frozen header row and frozen name columns (through Nama); the input
// columns shaded apart from the locked ones (one RangeList call each), Uraian wrapped, a line under
// each employee's block (one RangeList call), narrow columns so the inputs sit next to Uraian at
// 1440 px, stale rows greyed per run of rows, the NIP column set to text once. Validations go per
// run of rows with the same rule when that is cheaper by the cost model (src/core/tab-job.ts: a
// call costs as much as ~1,000 cells); otherwise one setDataValidations for the column. The rating
// list only warns (allowInvalid): the core accepts spellings the list does not hold ('sesuai',
// 'Diatas'); the onEdit trigger marks what it cannot read (src/gas/edit-marks.ts).
//
// Protection model of a tab (SHEETS.md: only the input columns are typed by the appraiser):
// - a sheet protection whose editors are HR (and the owner, who can always edit), with the input
//   columns of the data rows left unprotected, so nobody else can change Target, Uraian, ...;
// - on those input columns a range protection whose editors are the appraiser (the supervisor,
//   or the unit head in Per Unit) and HR, so another supervisor cannot type in this tab.

import {columnRuns} from '../../sheets/runs';
import {hrEmails} from '../../core/roles';
import {t} from '../../core/i18n';
import {RATINGS, type Lang} from '../../core/types';
import {estimateMs, runsOf} from '../../core/tab-job';
import type {RowKind, TabPlan} from '../../sheets/penilaian';
import {PENILAIAN_INPUT_HEADERS, a1} from '../../sheets/schema';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation | null;

/**
 * Input cells: a light yellow; locked cells stay white. Greying the eight locked columns too
 * doubled the format cells: a Per Unit tab of a large unit at 10,000 employees then wrote 5.6 M
 * cells in one execution, 311 s on the pessimistic cost model (npm run bench).
 */
export const INPUT_BACKGROUND = '#fff8dc';
const BLOCK_LINE = '#8c8c8c';
/** Bumped when the formats change, so a refresh re-formats tabs made before (job signature). */
export const FORMAT_VERSION = 2;
const STALE_FONT = '#999999';
export const OWN_PROTECTION = 'Kinerja ASN';
/** Grid of a sheet made by insertSheet (support.google.com/docs/answer/6000303 and §2). */
export const NEW_SHEET_GRID = {rows: 1000, columns: 26} as const;

/**
 * Widths in pixels: through Rating they add up to 1,092 px, so with the row numbers Realisasi and
 * Rating are on screen at 1440 px even beside the 300 px sidebar.
 */
const WIDTHS: Record<string, number> = {
  Periode: 64,
  NIP: 128,
  Nama: 140,
  Jenis: 80,
  Kode: 48,
  Uraian: 280,
  Satuan: 64,
  Target: 64,
  Realisasi: 84,
  Rating: 140,
  'Bukti Dukung': 160,
  'Umpan Balik': 240,
  Alasan: 160,
};

/**
 * Cuts or grows the grid to rows x columns: one call per dimension that differs. `grid` is the
 * size now. A tab keeps at least one row under its frozen header (Sheets refuses to delete all
 * non-frozen rows).
 */
export function sizeSheet(
  sheet: Sheet,
  grid: {rows: number; columns: number},
  rows: number,
  columns: number,
): void {
  const wantRows = Math.max(rows, 2);
  if (grid.rows > wantRows)
    sheet.deleteRows(wantRows + 1, grid.rows - wantRows);
  else if (grid.rows < wantRows)
    sheet.insertRowsAfter(grid.rows, wantRows - grid.rows);
  if (grid.columns > columns)
    sheet.deleteColumns(columns + 1, grid.columns - columns);
  else if (grid.columns < columns)
    sheet.insertColumnsAfter(grid.columns, columns - grid.columns);
}

function rules(numerik: boolean, lang: Lang) {
  const list = SpreadsheetApp.newDataValidation()
    .requireValueInList([...RATINGS], true)
    .setAllowInvalid(true)
    .setHelpText(t(lang, 'workflow.tabs.ratingHelp'))
    .build();
  const score = SpreadsheetApp.newDataValidation()
    .requireNumberBetween(0, 120)
    .setAllowInvalid(false)
    .setHelpText(t(lang, 'workflow.tabs.scoreHelp'))
    .build();
  const yesNo = SpreadsheetApp.newDataValidation()
    .requireValueInList(['Ya', 'Tidak'], true)
    .setAllowInvalid(false)
    .build();
  // Realisasi accepts invalid input (a warning mark, not a rejection): in a spreadsheet whose
  // locale is not Indonesian, '87,5' stays text, and our parser reads it correctly (DOMAIN §2), so
  // rejecting it would block a valid entry. Negative numbers and words still get the warning.
  const realisasi = SpreadsheetApp.newDataValidation()
    .requireNumberGreaterThanOrEqualTo(0)
    .setAllowInvalid(true)
    .setHelpText(t(lang, 'workflow.tabs.realisasiHelp'))
    .build();
  return {
    rating: (kind: RowKind): Rule =>
      kind === 'perilaku'
        ? numerik
          ? score
          : list
        : kind === 'ringkasan'
          ? list
          : kind === 'inovasi'
            ? yesNo
            : null,
    realisasi: (kind: RowKind): Rule => (kind === 'hasil' ? realisasi : null),
  };
}

/** Rule names per row (what runsOf compares) for one column. */
function ruleKeys(
  kinds: RowKind[],
  numerik: boolean,
  column: 'rating' | 'real',
) {
  return kinds.map(kind => {
    if (column === 'real') return kind === 'hasil' ? 'real' : '';
    if (kind === 'perilaku') return numerik ? 'score' : 'list';
    if (kind === 'ringkasan') return 'list';
    return kind === 'inovasi' ? 'yesno' : '';
  });
}

/** Sets one column's validations: per run of equal rules, or one 2-D call when that is cheaper. */
function validateColumn(
  sheet: Sheet,
  column: number,
  kinds: RowKind[],
  keys: string[],
  ruleOf: (kind: RowKind) => Rule,
  isNew: boolean,
): void {
  const runs = runsOf(keys).filter(([key]) => key !== '' || !isNew);
  const runCells = runs.reduce((n, run) => n + run[2], 0);
  if (estimateMs(runs.length, runCells) <= estimateMs(1, kinds.length)) {
    for (const [, first, length] of runs) {
      sheet
        .getRange(2 + first, column, length, 1)
        .setDataValidation(ruleOf(kinds[first]));
    }
    return;
  }
  sheet
    .getRange(2, column, kinds.length, 1)
    .setDataValidations(
      kinds.map(kind => [
        ruleOf(kind),
      ]) as GoogleAppsScript.Spreadsheet.DataValidation[][],
    );
}

/** Sets column widths once per run of adjacent columns of the same width. */
function setWidths(sheet: Sheet, columns: Record<string, number>): void {
  const wanted = Object.entries(WIDTHS)
    .filter(([h]) => columns[h])
    .map(([h, w]) => [columns[h], w] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < wanted.length;) {
    let n = 1;
    while (
      i + n < wanted.length &&
      wanted[i + n][0] === wanted[i][0] + n &&
      wanted[i + n][1] === wanted[i][1]
    )
      n++;
    sheet.setColumnWidths(wanted[i][0], n, wanted[i][1]);
    i += n;
  }
}

/** A1 ranges of the data rows of runs of columns (for one RangeList call). */
const columnBlocks = (runs: [number, number][], dataRows: number) =>
  runs.map(([col, n]) => `${a1(2, col)}:${a1(1 + dataRows, col + n - 1)}`);

/** Sheet rows that end an employee's block (the next row holds another NIP, or none). */
export function blockEnds(values: unknown[][], nipColumn: number): number[] {
  const ends: number[] = [];
  for (let i = 1; i < values.length; i++) {
    const next = values[i + 1];
    if (!next || next[nipColumn - 1] !== values[i][nipColumn - 1])
      ends.push(i + 1);
  }
  return ends;
}

/** Header, widths, shading, block lines, stale rows and validations of a written tab. */
export function formatTab(
  sheet: Sheet,
  plan: TabPlan,
  isNew: boolean,
  numerik: boolean,
  lang: Lang,
): void {
  const width = plan.values[0].length;
  const dataRows = plan.values.length - 1;
  sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  sheet.setFrozenRows(1);
  if (plan.columns.Nama) sheet.setFrozenColumns(plan.columns.Nama);
  if (isNew) setWidths(sheet, plan.columns);
  if (dataRows === 0) return;
  const inputs = new Set<number>(
    PENILAIAN_INPUT_HEADERS.map(h => plan.columns[h]),
  );
  sheet
    .getRangeList(columnBlocks(columnRuns([...inputs]), dataRows))
    .setBackground(INPUT_BACKGROUND);
  if (plan.columns.Uraian)
    sheet.getRange(2, plan.columns.Uraian, dataRows, 1).setWrap(true);
  const data = sheet.getRange(2, 1, dataRows, width);
  if (!isNew) {
    // Rows moved since the last build: old block lines and stale greys go first.
    data.setBorder(false, false, false, false, false, false);
    data.setFontColor(null);
  }
  const ends = blockEnds(plan.values, plan.columns.NIP);
  if (ends.length) {
    sheet
      .getRangeList(ends.map(r => `${a1(r, 1)}:${a1(r, width)}`))
      .setBorder(
        null,
        null,
        true,
        null,
        null,
        null,
        BLOCK_LINE,
        SpreadsheetApp.BorderStyle.SOLID_MEDIUM,
      );
  }
  for (const [stale, first, length] of runsOf(
    plan.kinds.map(k => k === 'stale'),
  )) {
    if (stale)
      sheet.getRange(2 + first, 1, length, width).setFontColor(STALE_FONT);
  }
  const rule = rules(numerik, lang);
  validateColumn(
    sheet,
    plan.columns.Rating,
    plan.kinds,
    ruleKeys(plan.kinds, numerik, 'rating'),
    rule.rating,
    isNew,
  );
  validateColumn(
    sheet,
    plan.columns.Realisasi,
    plan.kinds,
    ruleKeys(plan.kinds, numerik, 'real'),
    rule.realisasi,
    isNew,
  );
}

function removeOwnProtections(sheet: Sheet): void {
  for (const type of [
    SpreadsheetApp.ProtectionType.SHEET,
    SpreadsheetApp.ProtectionType.RANGE,
  ]) {
    for (const p of sheet.getProtections(type)) {
      if (p.getDescription().startsWith(OWN_PROTECTION)) p.remove();
    }
  }
}

/** The user the script runs as ('' when Apps Script does not tell). */
function runningUser(): string {
  try {
    return Session.getEffectiveUser().getEmail();
  } catch {
    return '';
  }
}

export function restrictTo(
  protection: GoogleAppsScript.Spreadsheet.Protection,
  editors: string[],
) {
  // The documented pattern: make sure the user running the script is an editor, then drop every
  // other editor (developers.google.com/apps-script/reference/spreadsheet/protection). Removing
  // the runner too would leave an HR user who is not the owner unable to finish the protection.
  const me = runningUser();
  const keep = new Set(
    [...editors, me].filter(Boolean).map(e => e.toLowerCase()),
  );
  if (keep.size) protection.addEditors([...keep]);
  const others = protection
    .getEditors()
    .map(user => user.getEmail())
    .filter(email => !keep.has(email.toLowerCase()));
  if (others.length) protection.removeEditors(others);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}

/** Replaces the add-on's protections of a tab (its own only; a person's stay). */
export function protectTab(
  sheet: Sheet,
  plan: TabPlan,
  hr: string,
  lang: Lang,
  isNew: boolean,
): void {
  if (!isNew) removeOwnProtections(sheet);
  const dataRows = plan.values.length - 1;
  const runs = columnRuns(PENILAIAN_INPUT_HEADERS.map(h => plan.columns[h]));
  const whole = sheet
    .protect()
    .setDescription(`${OWN_PROTECTION}: ${t(lang, 'workflow.protect.tab')}`);
  if (dataRows > 0) {
    whole.setUnprotectedRanges(
      runs.map(([col, n]) => sheet.getRange(2, col, dataRows, n)),
    );
  }
  restrictTo(whole, hrEmails(hr));
  if (dataRows === 0) return;
  for (const [col, n] of runs) {
    const inputs = sheet
      .getRange(2, col, dataRows, n)
      .protect()
      .setDescription(
        `${OWN_PROTECTION}: ${t(lang, 'workflow.protect.inputs', {key: plan.key})}`,
      );
    restrictTo(inputs, plan.editors);
  }
}

/** Service calls and cells one tab's build costs (for the chunk's estimate). */
export function tabCost(
  plan: TabPlan,
  isNew: boolean,
): {calls: number; cells: number} {
  const rows = plan.values.length;
  const width = plan.values[0].length;
  // insert/size/format/values/bold/2 frozen/widths/2 shades/wrap/line/stale/2 validations/
  // protections; a rebuilt tab also clears its old lines and greys (two passes over its cells).
  const calls = (isNew ? 12 : 12) + 4 + 10 + 4 + 2 + 16;
  const cells = rows * width * (isNew ? 3 : 5) + rows * 4;
  return {calls, cells};
}
