// Issue 11's file reproductions rerun on the command line: a read-only workbook is refused before
// any email leaves, a symlinked workbook is saved into its target, a zip that is not an xlsx and an
// encrypted file are refused untouched, a damaged meta sheet is reported in words, and a journal
// left by a killed run is replayed (then removed by the save).
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import {cliHarness} from './harness';
import {journalPath} from '../../src/local/journal';

const cli = cliHarness('kinerja-files-');
const run = cli.run;
const at = (name: string) => path.join(cli.dir(), name);

beforeAll(async () => {
  const demo = await run(
    'demo',
    'asal.xlsx',
    '--pegawai',
    '12',
    '--periode',
    '2026-TW1',
  );
  expect(demo.code).toBe(0);
}, 60_000);

describe('workbook files on the command line', () => {
  it('a read-only workbook: refused before sending, file and outbox untouched', async () => {
    fs.copyFileSync(at('asal.xlsx'), at('ro.xlsx'));
    fs.chmodSync(at('ro.xlsx'), 0o444);
    const before = fs.readFileSync(at('ro.xlsx'));
    const r = await run('feedback', 'ro.xlsx', '--send', '--outbox', 'ro-out');
    expect(r.code).toBe(2);
    expect(r.err).toContain('hanya-baca');
    const outbox = at('ro-out');
    expect(fs.existsSync(outbox) ? fs.readdirSync(outbox) : []).toEqual([]);
    expect(fs.readFileSync(at('ro.xlsx')).equals(before)).toBe(true);
    expect(fs.statSync(at('ro.xlsx')).mode & 0o777).toBe(0o444);
  });

  it('a symlinked workbook is saved into its target, the link stays a link', async () => {
    fs.mkdirSync(at('nyata'));
    fs.copyFileSync(at('asal.xlsx'), at('nyata/kota.xlsx'));
    fs.chmodSync(at('nyata/kota.xlsx'), 0o600);
    fs.symlinkSync(at('nyata/kota.xlsx'), at('tautan.xlsx'));
    const before = fs.statSync(at('nyata/kota.xlsx')).mtimeMs;
    const r = await run('recompute', 'tautan.xlsx');
    expect(r.code).toBe(0);
    expect(fs.lstatSync(at('tautan.xlsx')).isSymbolicLink()).toBe(true);
    const after = fs.statSync(at('nyata/kota.xlsx'));
    expect(after.mtimeMs).toBeGreaterThan(before);
    expect(after.mode & 0o777).toBe(0o600);
    expect(
      fs.readdirSync(cli.dir()).concat(fs.readdirSync(at('nyata'))),
    ).not.toContainEqual(expect.stringMatching(/\.tmp-|\.lock$|\.journal/));
  });

  it('a zip that is not an xlsx and an encrypted file are refused, untouched', async () => {
    // The first bytes of a zip holding only a photo: a local header named foto.jpg.
    const zip = Buffer.concat([
      Buffer.from('PK\x03\x04', 'latin1'),
      Buffer.alloc(22),
      Buffer.from([8, 0, 0, 0]),
      Buffer.from('foto.jpg'),
    ]);
    fs.writeFileSync(at('foto.xlsx'), zip);
    const r = await run('init', 'foto.xlsx', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toContain('not an Excel workbook');
    expect(fs.readFileSync(at('foto.xlsx')).equals(zip)).toBe(true);

    const cfb = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
    ]);
    fs.writeFileSync(at('sandi.xlsx'), cfb);
    const e = await run('validate', 'sandi.xlsx');
    expect(e.code).toBe(2);
    expect(e.err).toContain('kata sandi atau format lama .xls');
    expect(e.err).not.toMatch(/zip|central directory/i);
  });

  it('a damaged meta sheet is reported in words and the file still opens', async () => {
    fs.copyFileSync(at('asal.xlsx'), at('rusak.xlsx'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(at('rusak.xlsx'));
    const cell = book.getWorksheet('_kinerja_meta')!.getRow(1).getCell(1);
    cell.value = String(cell.value).slice(0, 2000);
    await book.xlsx.writeFile(at('rusak.xlsx'));
    const r = await run('validate', 'rusak.xlsx');
    expect(r.err).toContain('_kinerja_meta');
    expect(r.err).toContain('dibangun ulang');
    expect(r.err).not.toContain('position');
    expect(r.code).toBeLessThan(2);
  });

  it('a journal of a killed run is replayed once, then removed by the save', async () => {
    fs.copyFileSync(at('asal.xlsx'), at('jurnal.xlsx'));
    // A run killed after its first flush: the journal holds a document property.
    const {readWorkbook} = await import('../../src/local/xlsx');
    const {SAVE_ID_KEY} = await import('../../src/local/journal');
    const wb = await readWorkbook(at('jurnal.xlsx'));
    const base = (wb.meta[SAVE_ID_KEY] as string | undefined) ?? null;
    fs.writeFileSync(
      journalPath(at('jurnal.xlsx')),
      JSON.stringify({v: 1, base}) +
        '\n' +
        JSON.stringify({wb: {documentProperties: {bukti: 'ada'}}}) +
        '\n',
    );
    const r = await run('recompute', 'jurnal.xlsx');
    expect(r.err).toContain('dipulihkan dari jurnal');
    expect(fs.existsSync(journalPath(at('jurnal.xlsx')))).toBe(false);
    const back = await readWorkbook(at('jurnal.xlsx'));
    expect(back.documentProperties.bukti).toBe('ada');
  });
});
