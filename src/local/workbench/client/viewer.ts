// The viewer of one sheet: scrolls to the selected cell, and with the edit bar lets a person type
// into cells. A click on a cell asks /cell what it holds and whether the current user may type
// there; Simpan posts /edit, shows the saved value in place and moves down a row, as Enter does
// in a spreadsheet. Refused edits (protected range, validation) show Sheets' message.
// Bundled by scripts/build.mjs into build/workbench/viewer.js.

// Types only (erased by esbuild): the answers of GET /cell and POST /edit.
import type {CellInfo, EditResult} from '../../server';

const element = <T extends HTMLElement>(id: string) =>
  document.getElementById(id) as T;

function json<T>(response: Response): Promise<T> {
  return response.json() as Promise<T>;
}

function editBar(form: HTMLFormElement): void {
  const sheet = form.dataset.sheet ?? '';
  const savedText = form.dataset.saved ?? '';
  const failedText = form.dataset.failed ?? '';
  const ref = element<HTMLInputElement>('edit-ref');
  const input = element<HTMLInputElement>('edit-value');
  const save = element<HTMLButtonElement>('edit-save');
  const list = element<HTMLDataListElement>('edit-options');
  const message = element<HTMLElement>('edit-message');
  const as = document.getElementById('edit-as') as HTMLSelectElement | null;
  let current: HTMLTableCellElement | null = null;

  // keep: after a save, "A7 saved" stays while the next cell is selected (unless it is refused).
  function select(td: HTMLTableCellElement, keep = false): void {
    if (current) current.classList.remove('editing');
    current = td;
    td.classList.add('editing');
    const a1 = td.getAttribute('title') ?? '';
    void fetch(
      '/cell?name=' +
        encodeURIComponent(sheet) +
        '&ref=' +
        encodeURIComponent(a1),
    )
      .then(json<CellInfo>)
      .then(info => {
        ref.value = info.ref;
        input.value = info.value;
        list.innerHTML = '';
        info.options.forEach(o => {
          const option = document.createElement('option');
          option.value = o;
          list.appendChild(option);
        });
        input.disabled = !info.editable;
        save.disabled = !info.editable;
        if (!keep || !info.editable) {
          message.textContent = info.reason;
          message.className = info.editable ? '' : 'refused';
        }
        if (info.editable) {
          input.focus();
          input.select();
        }
      });
  }

  const refuse = (text: string) => {
    message.textContent = failedText + ' ' + text;
    message.className = 'refused';
  };

  document.querySelector('table')?.addEventListener('click', event => {
    const td = (event.target as Element).closest<HTMLTableCellElement>(
      'td[title]',
    );
    if (td) select(td);
  });
  form.addEventListener('submit', event => {
    event.preventDefault();
    if (!current || save.disabled) return;
    const td = current;
    save.disabled = true;
    fetch('/edit', {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({sheet, ref: ref.value, value: input.value}),
    })
      .then(json<EditResult>)
      .then(result => {
        save.disabled = false;
        if (!result.ok) {
          refuse(result.message);
          return;
        }
        td.textContent = result.display;
        // Saved, but the onEdit trigger marked a rule it breaks: say so, not "tersimpan".
        td.classList.toggle('marked', Boolean(result.problem));
        message.textContent = result.problem
          ? `${sheet}!${ref.value}: ${result.problem}`
          : savedText.replace('{ref}', ref.value);
        message.className = result.problem ? 'refused' : 'saved';
        if (result.problem) return; // stays on the cell to be corrected
        const row = td.parentElement?.nextElementSibling;
        const next = row?.children[td.cellIndex] as
          HTMLTableCellElement | undefined;
        if (next && next.getAttribute('title')) select(next, true);
      })
      .catch(error => {
        save.disabled = false;
        refuse(String(error));
      });
  });
  // A cell selected from the sidebar (a validation problem) is ready to be corrected.
  const active = document.getElementById('active-cell');
  if (active) select(active as HTMLTableCellElement);
  as?.addEventListener('change', () => {
    void fetch('/as', {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({email: as.value}),
    }).then(() => location.reload());
  });
}

const activeCell = document.getElementById('active-cell');
if (activeCell) activeCell.scrollIntoView({block: 'center', inline: 'center'});
const form = document.getElementById('edit-bar');
if (form) editBar(form as HTMLFormElement);
