// The workbench page around the sidebar and the viewer: after a server function that may have
// changed the workbook, the viewer reloads; after apiSelectCell it shows the selected cell.
// Bundled by scripts/build.mjs into build/workbench/page.js.

/** Server functions that only read (data-reads on <body>, the server's list). */
const reads = JSON.parse(document.body.dataset.reads ?? '[]') as string[];
const viewer = document.getElementById('viewer') as HTMLIFrameElement;

window.addEventListener('message', (event: MessageEvent) => {
  const data = event.data as {kinerjaRpc?: string} | null;
  if (event.origin !== location.origin || !data || !data.kinerjaRpc) return;
  const fn = data.kinerjaRpc;
  if (fn === 'apiSelectCell') viewer.src = '/sheets?active=1&t=' + Date.now();
  else if (reads.indexOf(fn) < 0) {
    // Saves still queued in the viewer go first: a reload would drop them.
    const frame = viewer.contentWindow as
      (Window & {kinerjaWhenIdle?: (then: () => void) => void}) | null;
    if (frame?.kinerjaWhenIdle)
      frame.kinerjaWhenIdle(() => frame.location.reload());
    else frame?.location.reload();
  }
});
