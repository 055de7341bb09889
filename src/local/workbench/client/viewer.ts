// The viewer of one sheet, used like a spreadsheet: click or arrow keys select a cell; typing
// starts editing it in the edit bar (F2, Enter or a double click edits what it holds); Enter and
// Tab commit and move down / right (with Shift: up / left), Escape cancels. Every commit joins the
// save queue (parts/save-queue.ts) with its own cell, so typing ahead of the server loses nothing.
// GET /cell says what a cell holds and whether the current user may type there.
// Bundled by scripts/build.mjs into build/workbench/viewer.js.

// Types only (erased by esbuild): the answers of GET /cell and POST /edits.
import type {CellInfo} from '../../server';
import {freeze} from './parts/frozen';
import {SaveQueue, type Commit} from './parts/save-queue';
import {tabList} from './parts/tabs';

const element = <T extends HTMLElement>(id: string) =>
  document.getElementById(id) as T;

/** '' (selected), 'enter' (typing over it: arrows commit and move) or 'edit' (arrows move the caret). */
type Mode = '' | 'enter' | 'edit';

function editBar(form: HTMLFormElement, table: HTMLTableElement): void {
  const sheet = form.dataset.sheet ?? '';
  const savedText = form.dataset.saved ?? '';
  const failedText = form.dataset.failed ?? '';
  const savingText = form.dataset.saving ?? '';
  const ref = element<HTMLInputElement>('edit-ref');
  const input = element<HTMLInputElement>('edit-value');
  const save = element<HTMLButtonElement>('edit-save');
  const list = element<HTMLDataListElement>('edit-options');
  const message = element<HTMLElement>('edit-message');
  const as = document.getElementById('edit-as') as HTMLSelectElement | null;
  const grid = document.getElementById('grid') ?? document.body;
  let current: HTMLTableCellElement | null = null;
  let mode: Mode = '';
  /** What the selected cell held when selected (Escape puts it back). */
  let original = '';
  let asking = 0;
  let pendingInfo: AbortController | null = null;

  const editText = (td: HTMLTableCellElement) =>
    td.dataset.v ?? td.textContent ?? '';
  const say = (text: string, kind: '' | 'saved' | 'refused') => {
    message.textContent = text;
    message.className = kind;
  };

  const notes = new Map<HTMLTableCellElement, HTMLElement>();
  function note(td: HTMLTableCellElement, text: string | null): void {
    notes.get(td)?.remove();
    notes.delete(td);
    if (text === null) return;
    const box = document.createElement('div');
    box.className = 'cell-error';
    box.setAttribute('role', 'alert');
    box.dataset.ref = td.title;
    box.textContent = text;
    box.style.top = `${td.offsetTop + td.offsetHeight}px`;
    box.style.left = `${td.offsetLeft}px`;
    (td.offsetParent ?? grid).appendChild(box);
    notes.set(td, box);
  }

  const queue = new SaveQueue(sheet, (commit, result, last) => {
    const td = commit.td;
    if (!result.ok) {
      // The typed text stays, in the cell and for the edit bar, with Sheets' reason beside it.
      say(`${failedText} ${result.message}`, 'refused');
      if (td && last) {
        td.classList.remove('saving');
        td.classList.add('failed');
        td.textContent = commit.value;
        td.dataset.v = commit.value;
        note(td, result.message);
      }
      return;
    }
    // Saved, but the onEdit trigger marked a rule it breaks (issue 12): say so, not "tersimpan".
    const problem = 'problem' in result ? result.problem : undefined;
    if (problem) say(`${sheet}!${commit.ref}: ${problem}`, 'refused');
    else say(savedText.replace('{ref}', commit.ref), 'saved');
    if (td && last) {
      td.classList.remove('saving', 'failed');
      if (problem) td.classList.add('failed');
      note(td, problem ? `${commit.ref}: ${problem}` : null);
      td.textContent = result.display;
      // The edit bar offers what was typed; a later selection asks /cell for the stored form.
      if (commit.value === result.display) delete td.dataset.v;
      else td.dataset.v = commit.value;
      if (td === current && mode === '') input.value = editText(td);
    }
  });
  (
    window as unknown as {kinerjaWhenIdle: (f: () => void) => void}
  ).kinerjaWhenIdle = f => queue.whenIdle(f);
  window.addEventListener('beforeunload', event => {
    if (queue.pending() > 0) event.preventDefault();
  });

  /** `focus`: false when the page only shows a selection, so the sidebar keeps the keyboard. */
  function select(td: HTMLTableCellElement, focus = true): void {
    if (current) current.classList.remove('editing');
    current = td;
    mode = '';
    td.classList.add('editing');
    const a1 = td.title;
    ref.value = a1;
    original = editText(td);
    input.value = original;
    input.disabled = false;
    save.disabled = false;
    if (focus) {
      input.focus();
      input.select();
    }
    td.scrollIntoView({block: 'nearest', inline: 'nearest'});
    const error = notes.get(td);
    if (error) say(`${failedText} ${error.textContent ?? ''}`, 'refused');
    // Asked once the selection rests: while someone types ahead, these requests would queue
    // behind the saves (and the browser's few connections) and hold the saves up.
    clearTimeout(asking);
    pendingInfo?.abort();
    asking = window.setTimeout(() => ask(td, a1), 150);
  }

  function ask(td: HTMLTableCellElement, a1: string): void {
    const controller = new AbortController();
    pendingInfo = controller;
    void fetch(
      '/cell?name=' +
        encodeURIComponent(sheet) +
        '&ref=' +
        encodeURIComponent(a1),
      {signal: controller.signal},
    )
      .then(response => response.json() as Promise<CellInfo>)
      .then(info => {
        if (current !== td) return;
        list.innerHTML = '';
        info.options.forEach(o => {
          const option = document.createElement('option');
          option.value = o;
          list.appendChild(option);
        });
        if (!info.editable) {
          say(info.reason, 'refused');
          // Only if nothing was typed yet: a keystroke is never thrown away here.
          if (mode === '') {
            input.disabled = true;
            save.disabled = true;
          }
          return;
        }
        if (
          mode === '' &&
          queue.pending(a1) === 0 &&
          !td.classList.contains('failed')
        ) {
          original = info.value;
          td.dataset.v = info.value;
          input.value = info.value;
          input.select();
        }
      })
      .catch(() => undefined);
  }

  function cellAt(td: HTMLTableCellElement, down: number, right: number) {
    const tr = td.parentElement as HTMLTableRowElement;
    const body = tr.parentElement as HTMLTableSectionElement;
    const row = body.rows[tr.sectionRowIndex + down];
    const next = row?.cells[td.cellIndex + right] as
      HTMLTableCellElement | undefined;
    return next && next.tagName === 'TD' ? next : null;
  }

  function move(down: number, right: number): void {
    if (!current) return;
    const next = cellAt(current, down, right);
    if (next) select(next);
  }

  function commit(): void {
    const td = current;
    if (!td) return;
    const value = input.value;
    mode = '';
    if (value === original && !td.classList.contains('failed')) {
      td.textContent = td.dataset.shown ?? td.textContent;
      return;
    }
    td.classList.remove('failed');
    note(td, null);
    td.classList.add('saving');
    td.textContent = savingText;
    td.dataset.v = value;
    original = value;
    say(savingText, '');
    queue.push({ref: td.title, value, td} satisfies Commit);
  }

  function cancel(): void {
    if (!current) return;
    mode = '';
    input.value = original;
    if (current.dataset.shown !== undefined)
      current.textContent = current.dataset.shown;
    input.select();
  }

  input.addEventListener('input', () => {
    if (!current) return;
    if (mode === '') {
      mode = 'enter';
      if (!current.classList.contains('saving'))
        current.dataset.shown = current.textContent ?? '';
    }
    if (!current.classList.contains('saving'))
      current.textContent = input.value;
  });
  input.addEventListener('mousedown', () => {
    if (current && mode !== 'edit') mode = 'edit';
  });

  document.addEventListener('keydown', event => {
    const target = event.target as HTMLElement;
    if (!current || event.altKey || event.ctrlKey || event.metaKey) return;
    if (
      target !== input &&
      target !== document.body &&
      target.closest('#grid') === null
    )
      return;
    const key = event.key;
    const editing = mode !== '';
    if (key === 'Enter' || key === 'Tab') {
      event.preventDefault();
      if (key === 'Enter' && !editing && target === input) {
        mode = 'edit';
        const end = input.value.length;
        input.setSelectionRange(end, end);
        return;
      }
      if (editing) commit();
      if (key === 'Enter') move(event.shiftKey ? -1 : 1, 0);
      else move(0, event.shiftKey ? -1 : 1);
      return;
    }
    if (key === 'Escape') {
      event.preventDefault();
      cancel();
      return;
    }
    if (key === 'F2') {
      event.preventDefault();
      mode = 'edit';
      return;
    }
    const arrows: Record<string, [number, number]> = {
      ArrowDown: [1, 0],
      ArrowUp: [-1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    if (arrows[key] && mode !== 'edit') {
      event.preventDefault();
      if (mode === 'enter') commit();
      move(...arrows[key]);
      return;
    }
    if (key === 'Delete' && !editing && !input.disabled) {
      event.preventDefault();
      input.value = '';
      mode = 'enter';
      commit();
    }
  });

  form.addEventListener('submit', event => {
    // The Simpan button: commit what the bar holds and move down, as Enter does.
    event.preventDefault();
    if (!current || save.disabled) return;
    mode = 'enter';
    commit();
    move(1, 0);
  });
  table.addEventListener('click', event => {
    const td = (event.target as Element).closest<HTMLTableCellElement>(
      'td[title]',
    );
    if (!td || td === current) return;
    if (mode !== '') commit();
    select(td);
  });
  table.addEventListener('dblclick', event => {
    const td = (event.target as Element).closest<HTMLTableCellElement>(
      'td[title]',
    );
    if (!td) return;
    if (td !== current) select(td);
    mode = 'edit';
    input.focus();
  });
  // A cell selected from the sidebar (a validation problem) is ready to be corrected.
  const active = document.getElementById('active-cell');
  // The viewer reloads after every sidebar action: it takes the keyboard only if it had it, so
  // someone moving through the sidebar with Tab is not pulled into the grid.
  if (active) select(active as HTMLTableCellElement, document.hasFocus());
  as?.addEventListener('change', () => {
    queue.whenIdle(() => {
      void fetch('/as', {
        method: 'POST',
        headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({email: as.value}),
      }).then(() => location.reload());
    });
  });
}

tabList();
const table = document.querySelector<HTMLTableElement>('#grid table');
if (table) freeze(table);
const activeCell = document.getElementById('active-cell');
if (activeCell) activeCell.scrollIntoView({block: 'center', inline: 'center'});
const form = document.getElementById('edit-bar');
if (form && table) editBar(form as HTMLFormElement, table);
