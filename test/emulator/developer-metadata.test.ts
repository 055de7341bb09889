// Developer metadata on sheets (src/local/emulator/developer-metadata.ts): what Apps Script's
// Sheet.addDeveloperMetadata / getDeveloperMetadata / createDeveloperMetadataFinder do, kept when
// a sheet is renamed, gone with a deleted sheet, and saved in .xlsx files and the journal.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {createEmulator} from '../../src/local/emulator';
import {Journal, journalPath, replayJournal} from '../../src/local/journal';
import {readWorkbook, writeWorkbook} from '../../src/local/xlsx';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

function setup() {
  const emu = createEmulator();
  const g = emu.globals as Any;
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  const a = ss.insertSheet('2026-TW1 Sri Wahyuni');
  const b = ss.insertSheet('2026-TW1 Budi');
  a.addDeveloperMetadata('kinerja.tab', '{"key":"A"}');
  b.addDeveloperMetadata('kinerja.tab', '{"key":"B"}');
  b.addDeveloperMetadata('other');
  return {emu, g, ss, a, b};
}

describe('developer metadata', () => {
  it('adds, reads and finds by key across sheets', () => {
    const {g, ss, a, b} = setup();
    const list = b.getDeveloperMetadata();
    expect(list.map((m: Any) => [m.getKey(), m.getValue()])).toEqual([
      ['kinerja.tab', '{"key":"B"}'],
      ['other', null],
    ]);
    expect(list[1].getVisibility()).toBe(
      g.SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT,
    );
    const found = ss
      .createDeveloperMetadataFinder()
      .withKey('kinerja.tab')
      .find();
    expect(found.map((m: Any) => m.getLocation().getSheet().getName())).toEqual(
      ['2026-TW1 Sri Wahyuni', '2026-TW1 Budi'],
    );
    expect(
      a.createDeveloperMetadataFinder().withKey('other').find(),
    ).toHaveLength(0);
    expect(found[0].getId()).not.toBe(found[1].getId());
  });

  it('stays with a renamed sheet and goes with a deleted one', () => {
    const {ss, a, b} = setup();
    a.setName('Tim Sri');
    expect(
      ss.getSheetByName('Tim Sri').getDeveloperMetadata()[0].getValue(),
    ).toBe('{"key":"A"}');
    const meta = b.getDeveloperMetadata()[0];
    ss.deleteSheet(b);
    expect(
      ss.createDeveloperMetadataFinder().withKey('kinerja.tab').find(),
    ).toHaveLength(1);
    expect(() => meta.getValue()).toThrow('Developer metadata not found');
  });

  it('sets a value, removes an entry, and counts every call', () => {
    const {emu, a} = setup();
    emu.calls.reset();
    const [m] = a.getDeveloperMetadata();
    m.setValue('{"key":"C"}');
    expect(a.getDeveloperMetadata()[0].getValue()).toBe('{"key":"C"}');
    m.remove();
    expect(a.getDeveloperMetadata()).toHaveLength(0);
    expect(emu.calls.count('Sheet.getDeveloperMetadata')).toBe(3);
    expect(emu.calls.count('DeveloperMetadata.setValue')).toBe(1);
  });

  it('survives an .xlsx round trip and the journal', async () => {
    const {emu, a} = setup();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-dm-'));
    try {
      const file = path.join(dir, 'book.xlsx');
      await writeWorkbook(emu.workbook, file);
      const back = await readWorkbook(file);
      expect(back.sheetByName('2026-TW1 Budi')!.developerMetadata).toEqual(
        emu.workbook.sheetByName('2026-TW1 Budi')!.developerMetadata,
      );
      expect(a.getDeveloperMetadata()).toHaveLength(1);
      // A stamp after the save is in the journal, and replayed.
      const journal = new Journal(journalPath(file), back);
      back.sheetByName('2026-TW1 Sri Wahyuni')!.developerMetadata.push({
        id: 99,
        key: 'kinerja.tab',
        value: '{"key":"Z"}',
        visibility: 'DOCUMENT',
      });
      journal.flush();
      journal.close();
      const again = await readWorkbook(file);
      expect(replayJournal(journalPath(file), again)).toBe('replayed');
      expect(
        again
          .sheetByName('2026-TW1 Sri Wahyuni')!
          .developerMetadata.map(m => m.value),
      ).toEqual(['{"key":"A"}', '{"key":"Z"}']);
    } finally {
      fs.rmSync(dir, {recursive: true, force: true});
    }
  });
});
