// Problems show where they are typed (issue 12): the simple onEdit trigger judges the cells just
// typed (src/sheets/edit-rules.ts) and marks each one that breaks a rule with a note and a colour,
// in the language of the settings; a corrected cell loses the mark. A simple trigger may run for
// 30 s (developers.google.com/apps-script/guides/triggers#restrictions): this one reads the
// header row and the edited block (values, formulas, notes, backgrounds: one call each) and
// writes notes and backgrounds once, only when a mark comes or goes. A person's own note stays:
// the mark is put above it (MARK line, blank line, their note) and taken off again.

import {
  type CellPlace,
  MARK,
  NOTE_GAP,
  cellProblem,
  personalNote,
} from '../sheets/edit-rules';
import {isAuditedSheet} from '../sheets/log-perubahan';
import {normalizeHeader} from '../sheets/schema';
import {readSettingsProperty} from './hasil-cache';
import {INPUT_BACKGROUND} from './tabs/format';

export const MARK_BACKGROUND = '#f4cccc';
/** A paste larger than this is left to Periksa (a trigger must stay short). */
const MAX_CELLS = 5000;

type Edit = Pick<GoogleAppsScript.Events.SheetsOnEdit, 'range'>;

/** Marks or unmarks the cells of one edit. */
export function markEdit(e: Edit | undefined): void {
  const range = e?.range;
  if (!range) return;
  const rows = range.getNumRows();
  const columns = range.getNumColumns();
  const row = range.getRow();
  const column = range.getColumn();
  if (rows * columns > MAX_CELLS || row + rows - 1 < 2) return;
  const sheet = range.getSheet();
  const name = sheet.getName();
  const width = sheet.getLastColumn();
  if (width < 1) return;
  const header = sheet.getRange(1, 1, 1, width).getValues()[0];
  const at = new Map(header.map((h, i) => [normalizeHeader(h), i]));
  // A tab is known by its header (no extra call: a simple trigger must stay short); its name is
  // for people and may have been changed (tabs/find.ts).
  const tab = at.has('jenis') && at.has('kode') && at.has('realisasi');
  if (!isAuditedSheet(name, tab)) return;
  const jenisAt = at.get('jenis');
  const kodeAt = at.get('kode');
  const rowInfo =
    tab && jenisAt !== undefined && kodeAt !== undefined
      ? sheet.getRange(row, 1, rows, Math.max(jenisAt, kodeAt) + 1).getValues()
      : [];
  const values = range.getValues();
  const formulas = range.getFormulas();
  const notes = range.getNotes();
  const lang = readSettingsProperty()?.lang ?? 'id';
  const nextNotes: string[][] = [];
  const changes: [number, number, boolean][] = [];
  let notesChanged = false;
  for (let i = 0; i < rows; i++) {
    nextNotes.push([]);
    for (let j = 0; j < columns; j++) {
      const note = String(notes[i][j] ?? '');
      const place: CellPlace = {
        header: String(header[column - 1 + j] ?? '').trim(),
        tab,
        jenis: jenisAt !== undefined ? rowInfo[i]?.[jenisAt] : '',
        kode: kodeAt !== undefined ? rowInfo[i]?.[kodeAt] : '',
      };
      const problem =
        row + i === 1 ? null : cellProblem(place, values[i][j], formulas[i][j]);
      const own = personalNote(note);
      const wanted = problem
        ? MARK + problem[lang] + (own ? NOTE_GAP + own : '')
        : own;
      if (wanted !== note) {
        notesChanged = true;
        nextNotes[i].push(wanted);
        if (Boolean(problem) !== note.startsWith(MARK))
          changes.push([i, j, Boolean(problem)]);
      } else nextNotes[i].push(note);
    }
  }
  if (!notesChanged) return;
  range.setNotes(nextNotes);
  if (!changes.length) return;
  const backgrounds = range.getBackgrounds();
  for (const [i, j, marked] of changes)
    backgrounds[i][j] = marked
      ? MARK_BACKGROUND
      : tab
        ? INPUT_BACKGROUND
        : '#ffffff';
  range.setBackgrounds(backgrounds);
}

/**
 * Simple trigger: marks the cells just typed that break a rule (markEdit).
 * @param {GoogleAppsScript.Events.SheetsOnEdit} e the edit event
 */
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  markEdit(e);
}
