// Serving a blank workbook (no sheets of ours, nothing but an empty Sheet1) acts as its owner,
// its HR (SHEETS.md, Roles): Siapkan Lembar works, the acting user is the owner the page shows,
// and the set-up workbook has no empty Sheet1 left.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {Workbook} from '../../src/local/emulator/model';
import {writeWorkbook} from '../../src/local/xlsx';
import {startServer} from '../../src/local/workbench/backend';

const rpc = async (url: string, fn: string, args: unknown[] = []) => {
  const res = await fetch(`${url}rpc/${fn}`, {
    method: 'POST',
    headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({args}),
  });
  return {
    status: res.status,
    body: (await res.json()) as Record<string, unknown>,
  };
};

describe('serve on a blank workbook', () => {
  it('sets it up as its owner; Sheet1 goes', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-blank-'));
    const file = path.join(dir, 'kosong.xlsx');
    const blank = new Workbook();
    await writeWorkbook(blank, file);
    const server = await startServer({
      file,
      port: 0,
      outbox: path.join(dir, 'outbox'),
    });
    try {
      const state = await rpc(server.url, 'apiGetState');
      const owner = server.emulator.workbook.owner;
      expect(state.body.result).toMatchObject({userEmail: owner});
      const setup = await rpc(server.url, 'apiSetupSheets');
      expect(setup.status).toBe(200);
      expect(JSON.stringify(setup.body)).toContain('"ok":true');
      const names = server.emulator.workbook.sheets.map(s => s.name);
      expect(names).toContain('Pengaturan');
      expect(names).not.toContain('Sheet1');
    } finally {
      await server.close();
      fs.rmSync(dir, {recursive: true, force: true});
    }
  }, 60_000);
});
