// The workbench and the CLI share one lock per workbook (issue 11 item 2): while another process
// holds the file, a change asked of the workbench waits the stated time, then is refused in the
// workbook's language; once the file is free it goes through and is saved.
import fs from 'node:fs';
import path from 'node:path';
import {cliHarness} from './harness';
import {WorkbookLock, LOCK_WAIT_ENV} from '../../src/local/file-lock';
import {startServer} from '../../src/local/workbench/backend';

const cli = cliHarness('kinerja-wb-lock-');

const rpc = (url: string, fn: string, args: unknown[]) =>
  fetch(`${url}rpc/${fn}`, {
    method: 'POST',
    headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({args}),
  });

describe('the workbench takes the CLI lock for each change', () => {
  const saved = process.env[LOCK_WAIT_ENV];
  afterAll(() => {
    if (saved === undefined) delete process.env[LOCK_WAIT_ENV];
    else process.env[LOCK_WAIT_ENV] = saved;
  });

  it('waits, refuses in words while another process holds the file, then works', async () => {
    const demo = await cli.run(
      'demo',
      'meja.xlsx',
      '--pegawai',
      '12',
      '--periode',
      '2026-TW1',
    );
    expect(demo.code).toBe(0);
    const file = path.join(cli.dir(), 'meja.xlsx');
    const server = await startServer({
      file,
      port: 0,
      outbox: path.join(cli.dir(), 'outbox'),
      // No user given: the workbench acts as the workbook's owner, its HR (SHEETS.md, Roles).
    });
    try {
      process.env[LOCK_WAIT_ENV] = '300';
      const other = await WorkbookLock.acquire(file, 'kinerja-asn recompute');
      const before = fs.statSync(file).mtimeMs;
      const busy = await rpc(server.url, 'apiSetupSheets', []);
      other.release();
      expect(busy.status).toBe(500);
      const {message} = (await busy.json()) as {message: string};
      expect(message).toContain('sedang dipakai proses lain');
      expect(message).toContain(`PID ${process.pid}`);
      expect(fs.statSync(file).mtimeMs).toBe(before);

      const ok = await rpc(server.url, 'apiSetupSheets', []);
      expect(ok.status).toBe(200);
      expect(fs.statSync(file).mtimeMs).toBeGreaterThan(before);
      expect(fs.existsSync(`${file}.lock`)).toBe(false);
    } finally {
      await server.close();
    }
  }, 60_000);
});
