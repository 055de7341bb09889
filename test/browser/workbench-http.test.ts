// The workbench's HTTP routes without a browser: rpc whitelist and errors, the serialised queue,
// the viewer (escaping, paging, active cell), the outbox, loopback-only and the shim injection.
import fs from 'fs';
import os from 'os';
import path from 'path';
import {Workbook} from '../../src/local/emulator/model';
import {
  RunningServer,
  WorkbenchBackend,
  startWorkbench,
} from '../../src/local/server';
import {withShim} from '../../src/local/workbench/pages';
import {VIEWER_PAGE_ROWS, cellText} from '../../src/local/workbench/viewer';

function backend(overrides: Partial<WorkbenchBackend> = {}): WorkbenchBackend {
  return {
    title: 'test.xlsx',
    lang: () => 'id',
    sidebarHtml: () =>
      '<!doctype html><html><head><title>x</title></head><body><script>1</script></body></html>',
    callApi: async fn => ({fn}),
    ...overrides,
  };
}

const rpc = (
  url: string,
  fn: string,
  body: unknown,
  type = 'application/json',
) =>
  fetch(`${url}rpc/${fn}`, {
    method: 'POST',
    headers: {'Content-Type': type},
    body: JSON.stringify(body),
  });

describe('workbench HTTP routes', () => {
  let server: RunningServer;
  afterEach(async () => server?.close());

  it('calls only api* functions, with the JSON args, and reports errors as 500 {message}', async () => {
    const seen: [string, string][] = [];
    server = await startWorkbench(
      backend({
        callApi: async (fn, args) => {
          seen.push([fn, args]);
          if (fn === 'apiBoom')
            throw new Error('Pegawai!A7: NIP harus 18 digit');
          return {ok: true, when: new Date(Date.UTC(2026, 0, 2))};
        },
      }),
      0,
    );
    const ok = await rpc(server.url, 'apiGetSummary', {args: ['2026-TW1']});
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({
      result: {ok: true, when: '2026-01-02T00:00:00.000Z'},
    });
    expect(seen).toEqual([['apiGetSummary', '["2026-TW1"]']]);

    const boom = await rpc(server.url, 'apiBoom', {args: []});
    expect([boom.status, await boom.json()]).toEqual([
      500,
      {message: 'Pegawai!A7: NIP harus 18 digit'},
    ]);
    for (const fn of ['onOpen', 'recompute', 'constructor', 'api-x']) {
      expect((await rpc(server.url, fn, {args: []})).status).toBe(404);
    }
    expect(seen).toHaveLength(2);
    const form = await rpc(server.url, 'apiGetState', {args: []}, 'text/plain');
    expect(form.status).toBe(415);
  });

  it('runs rpc calls one at a time, in arrival order', async () => {
    const log: string[] = [];
    server = await startWorkbench(
      backend({
        callApi: async (fn, args) => {
          log.push(`start ${args}`);
          await new Promise(r => setTimeout(r, args === '[1]' ? 60 : 5));
          log.push(`end ${args}`);
          return null;
        },
      }),
      0,
    );
    await Promise.all(
      [1, 2, 3].map(n => rpc(server.url, 'apiRecompute', {args: [n]})),
    );
    expect(log).toEqual([
      'start [1]',
      'end [1]',
      'start [2]',
      'end [2]',
      'start [3]',
      'end [3]',
    ]);
  });

  it('listens on loopback only and refuses foreign Host headers', async () => {
    await expect(startWorkbench(backend(), 0, '0.0.0.0')).rejects.toThrow(
      'loopback only',
    );
    server = await startWorkbench(backend(), 0);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const http = await import('http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        `${server.url}sidebar`,
        {headers: {Host: 'evil.example:80'}},
        res => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });

  it('serves the sidebar with the google.script.run shim before its own script', async () => {
    server = await startWorkbench(backend(), 0);
    const page = await (await fetch(`${server.url}sidebar`)).text();
    expect(page.indexOf('window.google')).toBeGreaterThan(0);
    expect(page.indexOf('window.google')).toBeLessThan(
      page.indexOf('<script>1</script>'),
    );
    expect(withShim('<p>no head</p>').startsWith('<script>')).toBe(true);
    const main = await (await fetch(server.url)).text();
    expect(main).toContain('<iframe id="sidebar" src="/sidebar"');
  });

  it('shows sheets read-only, escaped, paged, with the active cell highlighted', async () => {
    const workbook = new Workbook({empty: true});
    const hasil = workbook.addSheet('Hasil');
    workbook.addSheet('Rekap & <Catatan>');
    hasil.set('value', 1, 1, 'Nama');
    hasil.set('value', 2, 1, '<script>alert(1)</script>');
    hasil.set('value', 2, 2, 87.5);
    hasil.set('formula', 3, 3, '=SUM(B2:B2)');
    const rows = VIEWER_PAGE_ROWS + 20;
    hasil.set('value', rows, 1, 'last');
    workbook.meta.activeRange = {
      sheetId: hasil.id,
      rect: {row: 2, col: 2, numRows: 1, numCols: 1},
    };
    server = await startWorkbench(backend({workbook: () => workbook}), 0);

    const first = await (await fetch(`${server.url}sheets?name=Hasil`)).text();
    expect(first).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(first).not.toContain('<script>alert(1)');
    expect(first).toContain('Rekap &amp; &lt;Catatan&gt;');
    expect(first).toContain(
      '<td class="num active" id="active-cell" title="B2" data-v="87.5">87,5</td>',
    );
    expect(first).toContain('<td class="formula" title="C3">=SUM(B2:B2)</td>');
    expect(first).toContain(`Baris 1–${VIEWER_PAGE_ROWS} dari ${rows}`);
    expect(first).not.toContain('>last<');
    expect(first).toContain('Sel terpilih: Hasil!B2');

    const second = await (
      await fetch(`${server.url}sheets?name=Hasil&page=2`)
    ).text();
    expect(second).toContain('>last<');
    const active = await (await fetch(`${server.url}sheets?active=1`)).text();
    expect(active).toContain('id="active-cell"');
    const missing = await (await fetch(`${server.url}sheets?name=Nope`)).text();
    expect(missing).toContain('Lembar &quot;Nope&quot; tidak ada.');
  });

  it('lists and serves .eml files from the outbox, nothing else', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outbox-'));
    fs.writeFileSync(
      path.join(dir, '0001-ani@example.go.id.eml'),
      'Subject: Halo\r\n\r\nIsi',
    );
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'x');
    server = await startWorkbench(backend({outboxDir: dir}), 0);
    const list = await (await fetch(`${server.url}outbox`)).text();
    expect(list).toContain('1 email (.eml)');
    expect(list).not.toContain('notes.txt');
    const eml = await fetch(`${server.url}outbox/0001-ani%40example.go.id.eml`);
    // Rendered: the subject as a heading, a text-only body as text.
    const shown = await eml.text();
    expect(shown).toContain('<h2 id="mail-subject">Halo</h2>');
    expect(shown).toContain('<pre id="mail-text">Isi</pre>');
    const raw = await fetch(
      `${server.url}outbox/0001-ani%40example.go.id.eml?raw=1`,
    );
    expect(await raw.text()).toContain('Subject: Halo');
    expect((await fetch(`${server.url}outbox/notes.txt`)).status).toBe(404);
    expect(
      (await fetch(`${server.url}outbox/..%2F..%2Fetc%2Fpasswd`)).status,
    ).toBe(404);
  });
});

describe('cellText', () => {
  it.each([
    [undefined, ''],
    ['teks', 'teks'],
    [87.5, '87.5'],
    [true, 'TRUE'],
    // Midnight in Jakarta (WIB, UTC+7) is 17:00 UTC the day before.
    [new Date('2026-03-30T17:00:00Z'), '2026-03-31'],
    [new Date('2026-03-31T01:05:00Z'), '2026-03-31 08:05:00'],
  ])('shows %p as %p', (value, text) => {
    expect(cellText(value as never, 'Asia/Jakarta')).toBe(text);
  });
});
