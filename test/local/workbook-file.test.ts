// Issue 11 item 3: workbook files handled as a careful desktop program would: refused untouched
// (read-only, a zip that is not an xlsx, encrypted/.xls, not a zip), saved through a symlink with
// mode kept, no temporary file left, a damaged meta sheet reported and rebuilt. And item 2's lock.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {Workbook} from '../../src/local/emulator/model';
import {WorkbookLock, lockPath} from '../../src/local/file-lock';
import {t} from '../../src/local/i18n';
import {readWorkbook, writeWorkbook} from '../../src/local/xlsx';
import {
  WorkbookFileError,
  checkWorkbookFile,
  removeStaleTemps,
} from '../../src/local/workbook-file';

let dir = '';
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-file-'));
});
afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));

async function sample(name: string): Promise<string> {
  const wb = new Workbook();
  wb.sheets[0].name = 'Pegawai';
  wb.sheets[0].set('value', 1, 1, 'NIP');
  wb.sheets[0].set('value', 2, 1, '198001012005011001');
  wb.documentProperties['x'] = 'y';
  const file = path.join(dir, name);
  await writeWorkbook(wb, file);
  return file;
}

function refusal(file: string): string {
  try {
    checkWorkbookFile(file);
  } catch (e) {
    if (e instanceof WorkbookFileError) return e.key;
    throw e;
  }
  return 'accepted';
}

/** A minimal zip (stored, no compression) holding one file. */
function zipOf(name: string, text: string): Buffer {
  const data = Buffer.from(text);
  const n = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(n.length, 26);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  return Buffer.concat([local, n, data]);
}

describe('files refused, untouched', () => {
  it('accepts an .xlsx we wrote', async () => {
    expect(refusal(await sample('ok.xlsx'))).toBe('accepted');
  });

  it('refuses a read-only file (even for root) and leaves it as it was', async () => {
    const file = await sample('ro.xlsx');
    fs.chmodSync(file, 0o444);
    const before = fs.statSync(file);
    expect(refusal(file)).toBe('cli.file.readOnly');
    const after = fs.statSync(file);
    expect([after.mode, after.mtimeMs, after.ino]).toEqual([
      before.mode,
      before.mtimeMs,
      before.ino,
    ]);
  });

  it('refuses a zip that is not a workbook, an encrypted/.xls file and a text file', () => {
    const zip = path.join(dir, 'foto.xlsx');
    fs.writeFileSync(zip, zipOf('hello.txt', 'hi'));
    expect(refusal(zip)).toBe('cli.file.notXlsxZip');
    const cfb = path.join(dir, 'rahasia.xlsx');
    fs.writeFileSync(
      cfb,
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(504),
      ]),
    );
    expect(refusal(cfb)).toBe('cli.file.encryptedOrXls');
    const text = path.join(dir, 'catatan.xlsx');
    fs.writeFileSync(text, 'NIP;Nama\n');
    expect(refusal(text)).toBe('cli.file.notZip');
    expect(fs.readFileSync(text, 'utf8')).toBe('NIP;Nama\n');
  });

  it('says so in Indonesian and in English', () => {
    const id = t('id', 'cli.file.encryptedOrXls', {file: 'a.xlsx'});
    const en = t('en', 'cli.file.encryptedOrXls', {file: 'a.xlsx'});
    expect(id).toContain('kata sandi');
    expect(en).toContain('password-protected');
  });
});

describe('saving', () => {
  it('writes through a symlink to its target, keeping the mode; no temporary file stays', async () => {
    const real = await sample('real.xlsx');
    fs.chmodSync(real, 0o640);
    const link = path.join(dir, 'link.xlsx');
    fs.symlinkSync(real, link);
    const wb = await readWorkbook(link);
    wb.sheets[0].set('value', 3, 1, '198001012005011002');
    await writeWorkbook(wb, link);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.statSync(real).mode & 0o777).toBe(0o640);
    const back = await readWorkbook(real);
    expect(back.sheets[0].get('value', 3, 1)).toBe('198001012005011002');
    expect(fs.readdirSync(dir).filter(f => f.includes('.tmp-'))).toEqual([]);
  });

  it('removes temporary files of dead processes, never a live one', async () => {
    const file = await sample('tmp.xlsx');
    const dead = `${file}.tmp-${2 ** 22 + 11}`;
    const live = `${file}.tmp-${process.ppid}`;
    fs.writeFileSync(dead, 'x');
    fs.writeFileSync(live, 'x');
    removeStaleTemps(file);
    expect(fs.existsSync(dead)).toBe(false);
    expect(fs.existsSync(live)).toBe(true);
    fs.rmSync(live);
  });

  it('a damaged meta sheet is reported in words and the workbook rebuilt from its sheets', async () => {
    const file = await sample('meta.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const cell = book.getWorksheet('_kinerja_meta')!.getRow(1).getCell(1);
    cell.value = String(cell.value).slice(0, 40);
    await book.xlsx.writeFile(file);
    const problems: string[] = [];
    const wb = await readWorkbook(file, key => problems.push(key));
    expect(problems).toEqual(['cli.file.metaDamaged']);
    expect(wb.sheetByName('Pegawai')?.get('value', 2, 1)).toBe(
      '198001012005011001',
    );
    expect(t('en', 'cli.file.metaDamaged', {file, sheet: 'm'})).toContain(
      'rebuilt from its sheets',
    );
  });
});

describe('the workbook lock', () => {
  it('a second holder waits the stated time, then refuses naming the holder', async () => {
    const file = path.join(dir, 'kunci.xlsx');
    const first = await WorkbookLock.acquire(file, 'kinerja-asn feedback');
    const started = Date.now();
    await expect(
      WorkbookLock.acquire(file, 'kinerja-asn recompute', 400),
    ).rejects.toMatchObject({key: 'cli.lock.busy'});
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    first.release();
    const second = await WorkbookLock.acquire(file, 'kinerja-asn recompute');
    second.release();
    expect(fs.existsSync(lockPath(file))).toBe(false);
  });

  it('waits for a holder that lets go within the time', async () => {
    const file = path.join(dir, 'tunggu.xlsx');
    const first = await WorkbookLock.acquire(file, 'a');
    setTimeout(() => first.release(), 300);
    const second = await WorkbookLock.acquire(file, 'b', 5000);
    second.release();
  });

  it('takes over a lock left by a dead process', async () => {
    const file = path.join(dir, 'mati.xlsx');
    fs.writeFileSync(
      lockPath(file),
      JSON.stringify({
        pid: 2 ** 22 + 13,
        host: os.hostname(),
        since: '2026-01-01T00:00:00Z',
        what: 'kinerja-asn feedback',
      }),
    );
    const lock = await WorkbookLock.acquire(file, 'kinerja-asn feedback', 0);
    expect(JSON.parse(fs.readFileSync(lockPath(file), 'utf8')).pid).toBe(
      process.pid,
    );
    lock.release();
  });
});
