// Issue 11 item 1: the journal beside a workbook. What was flushed (cells, rows grown, sheets
// added, properties, quota) is replayed onto the file as last saved; a line cut off by a kill is
// ignored; a journal older than the file is not replayed; a journal that cannot be written
// stops every email.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {Workbook} from '../../src/local/emulator/model';
import {
  Journal,
  SAVE_ID_KEY,
  journalPath,
  replayJournal,
} from '../../src/local/journal';
import {readWorkbook, writeWorkbook} from '../../src/local/xlsx';

let dir = '';
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-journal-'));
});
afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));

async function saved(name: string): Promise<{file: string; wb: Workbook}> {
  const wb = new Workbook();
  wb.sheets[0].name = 'Log Email';
  wb.sheets[0].set('value', 1, 1, 'Periode');
  wb.meta[SAVE_ID_KEY] = `save-${name}`;
  const file = path.join(dir, name);
  await writeWorkbook(wb, file);
  return {file, wb: await readWorkbook(file)};
}

describe('the journal', () => {
  it('replays cells, a grown grid, a new sheet, properties and quota onto the saved file', async () => {
    const {file, wb} = await saved('a.xlsx');
    const journal = new Journal(journalPath(file), wb);
    const log = wb.sheets[0];
    log.set('value', 2, 1, '2026-TW1');
    log.set('value', 2, 4, 'Mengirim');
    log.set('numberFormat', 2, 2, '@');
    journal.flush();
    log.maxRows += 500;
    log.set('value', 2, 4, 'Terkirim');
    log.set('value', 3, 5, new Date(Date.UTC(2026, 1, 10, 1)));
    const added = wb.addSheet('Arsip');
    added.set('value', 1, 1, 'x');
    wb.documentProperties['kinerja.sendJob'] = '{"state":"running"}';
    wb.mailUsage['hr@x.id'] = {day: '2026-02-10', used: 7};
    journal.flush();
    journal.close();

    const back = await readWorkbook(file);
    expect(replayJournal(journalPath(file), back)).toBe('replayed');
    const l = back.sheetByName('Log Email')!;
    expect(l.get('value', 2, 4)).toBe('Terkirim');
    expect(l.get('numberFormat', 2, 2)).toBe('@');
    expect((l.get('value', 3, 5) as Date).getTime()).toBe(
      Date.UTC(2026, 1, 10, 1),
    );
    expect(l.maxRows).toBe(log.maxRows);
    expect(back.sheetByName('Arsip')?.get('value', 1, 1)).toBe('x');
    expect(back.documentProperties['kinerja.sendJob']).toContain('running');
    expect(back.mailUsage['hr@x.id'].used).toBe(7);
  });

  it('rows moved (a row inserted above) are replayed as the whole sheet', async () => {
    const {file, wb} = await saved('b.xlsx');
    const journal = new Journal(journalPath(file), wb);
    const s = wb.sheets[0];
    s.set('value', 2, 1, 'kedua');
    journal.flush();
    s.insertRows(2, 1);
    s.set('value', 2, 1, 'baru');
    journal.flush();
    journal.close();
    const back = await readWorkbook(file);
    replayJournal(journalPath(file), back);
    const col = [1, 2, 3].map(r => back.sheets[0].get('value', r, 1));
    expect(col).toEqual(['Periode', 'baru', 'kedua']);
  });

  it('ignores a last line cut off by a kill, and a journal older than the file', async () => {
    const {file, wb} = await saved('c.xlsx');
    const journal = new Journal(journalPath(file), wb);
    wb.sheets[0].set('value', 2, 1, 'utuh');
    journal.flush();
    wb.sheets[0].set('value', 3, 1, 'terpotong');
    journal.flush();
    journal.close();
    const text = fs.readFileSync(journalPath(file), 'utf8');
    fs.writeFileSync(journalPath(file), text.slice(0, text.length - 20));
    const back = await readWorkbook(file);
    expect(replayJournal(journalPath(file), back)).toBe('replayed');
    expect(back.sheets[0].get('value', 2, 1)).toBe('utuh');
    expect(back.sheets[0].get('value', 3, 1)).toBeUndefined();

    // The file saved again (a new save id) after the journal began: the journal is stale.
    back.meta[SAVE_ID_KEY] = 'later';
    await writeWorkbook(back, file);
    expect(replayJournal(journalPath(file), await readWorkbook(file))).toBe(
      'stale',
    );
  });

  it('a journal that cannot be written refuses every email after it', async () => {
    const {file, wb} = await saved('d.xlsx');
    // A folder where the journal should be: the file system refuses the append.
    fs.mkdirSync(journalPath(file));
    const journal = new Journal(journalPath(file), wb);
    wb.sheets[0].set('value', 2, 4, 'Mengirim');
    expect(() => journal.flush()).toThrow();
    expect(() => journal.beforeSend()).toThrow();
    expect(journal.failure).not.toBeNull();
  });

  it('a full save removes the journal', async () => {
    const {file, wb} = await saved('e.xlsx');
    const journal = new Journal(journalPath(file), wb);
    wb.sheets[0].set('value', 2, 1, 'x');
    journal.flush();
    expect(fs.existsSync(journalPath(file))).toBe(true);
    journal.saved();
    expect(fs.existsSync(journalPath(file))).toBe(false);
    journal.flush(); // nothing changed since: no new journal
    expect(fs.existsSync(journalPath(file))).toBe(false);
  });
});
