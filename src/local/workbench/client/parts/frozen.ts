// Column widths fixed once laid out, and frozen rows and columns as the sheet says (table data-frozen-rows / -cols): sticky under the
// column letters and right of the row numbers, at offsets measured once laid out.
export function freeze(table: HTMLTableElement): void {
  const rows = Number(table.dataset.frozenRows ?? 0);
  const cols = Number(table.dataset.frozenCols ?? 0);
  const head = table.tHead?.rows[0];
  const body = table.tBodies[0];
  if (!head || !body) return;
  // The widths the browser chose, fixed: typing into a cell then lays out that cell, not the
  // whole table (an auto-layout table of 500 rows took ~100 ms per keystroke).
  const widths = Array.from(head.cells).map(
    c => c.getBoundingClientRect().width,
  );
  const columns = document.createElement('colgroup');
  for (const width of widths) {
    const col = document.createElement('col');
    col.style.width = `${width}px`;
    columns.appendChild(col);
  }
  table.insertBefore(columns, table.firstChild);
  table.style.width = `${widths.reduce((a, b) => a + b, 0)}px`;
  table.style.tableLayout = 'fixed';
  let top = head.getBoundingClientRect().height;
  for (let r = 0; r < Math.min(rows, body.rows.length); r++) {
    const tr = body.rows[r];
    tr.classList.add('frozen');
    for (const cell of Array.from(tr.cells)) cell.style.top = `${top}px`;
    top += tr.getBoundingClientRect().height;
  }
  const grid = table.closest<HTMLElement>('#grid');
  // On a narrow screen frozen columns would hide the rest: freeze only what fits in half of it.
  const room = (grid?.clientWidth ?? window.innerWidth) / 2;
  if (cols > 0) {
    let left = head.cells[0].getBoundingClientRect().width;
    for (let c = 1; c <= cols && c < head.cells.length; c++) {
      const width = head.cells[c].getBoundingClientRect().width;
      if (left + width > room) break;
      head.cells[c].classList.add('frozen');
      head.cells[c].style.left = `${left}px`;
      head.cells[c].style.position = 'sticky';
      for (const tr of Array.from(body.rows)) {
        const cell = tr.cells[c];
        if (!cell) continue;
        cell.classList.add('frozen');
        cell.style.left = `${left}px`;
      }
      left += width;
    }
    table.dataset.frozenWidth = String(left);
  }
  table.dataset.frozenHeight = String(top);
  // Keyboard moves scroll a cell into view clear of the frozen parts.
  if (grid) {
    grid.style.scrollPaddingTop = `${top}px`;
    grid.style.scrollPaddingLeft = `${table.dataset.frozenWidth ?? head.cells[0].getBoundingClientRect().width}px`;
  }
}
