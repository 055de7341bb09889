// The emulator refuses or flattens what would inject a mail header, and models merged cells as
// Sheets has them (src/local/emulator/mail.ts, range-merges.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {createEmulator} from '../../src/local/emulator';
import {type Any, setup} from '../emulator/setup';

const INJECTED = 'hr@x.id\r\nBcc: evil@x.example';

function headerNames(eml: string): string[] {
  const head = eml.slice(0, eml.indexOf('\r\n\r\n'));
  return head
    .split('\r\n')
    .filter(line => !/^[ \t]/.test(line))
    .map(line => line.slice(0, line.indexOf(':')).toLowerCase());
}

describe('MailApp .eml writer: no injected header', () => {
  let outbox: string;
  beforeEach(() => {
    outbox = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-safety-'));
  });
  afterEach(() => fs.rmSync(outbox, {recursive: true, force: true}));

  it.each(['to', 'cc', 'bcc', 'replyTo'])(
    'refuses an address with CR/LF in %s, and sends nothing',
    field => {
      const emu = createEmulator({outboxDir: outbox});
      const message: Record<string, string> = {
        to: 'siti@example.go.id',
        subject: 's',
        body: 'b',
        [field]: INJECTED,
      };
      expect(() => (emu.globals as Any).MailApp.sendEmail(message)).toThrow(
        'Invalid email',
      );
      expect(fs.readdirSync(outbox)).toEqual([]);
    },
  );

  it('flattens CR/LF in the subject and the sender name', () => {
    const emu = createEmulator({outboxDir: outbox});
    (emu.globals as Any).MailApp.sendEmail({
      to: 'siti@example.go.id',
      subject: 'Umpan balik\r\nBcc: evil@x.example',
      name: 'Dinas\r\nBcc: evil@x.example',
      body: 'b',
    });
    const [file] = fs.readdirSync(outbox);
    const eml = fs.readFileSync(path.join(outbox, file), 'utf8');
    expect(headerNames(eml)).not.toContain('bcc');
    expect(eml).toContain('Subject: Umpan balik Bcc: evil@x.example');
  });
});

describe('merged cells', () => {
  it('keeps the top-left value, reads the covered cells as blank, and does not bring them back', () => {
    const {sheet} = setup();
    sheet.getRange('I1:I6').setValues([['Realisasi'], [1], [2], [3], [4], [5]]);
    sheet.getRange('I2:I6').merge();
    expect(sheet.getRange('I1:I6').getValues()).toEqual([
      ['Realisasi'],
      [1],
      [''],
      [''],
      [''],
      [''],
    ]);
    expect(sheet.getRange('I4').isPartOfMerge()).toBe(true);
    expect(sheet.getRange('H1').isPartOfMerge()).toBe(false);
    const merged = sheet.getRange('A1:Z10').getMergedRanges();
    expect(merged.map((r: Any) => r.getA1Notation())).toEqual(['I2:I6']);
    // A value written under the merge is not kept: the covered cell stays blank.
    sheet.getRange('I3').setValue(9);
    expect(sheet.getRange('I3').getValue()).toBe('');
    sheet.getRange('I2:I6').breakApart();
    expect(sheet.getRange('A1:Z10').getMergedRanges()).toHaveLength(0);
    expect(sheet.getRange('I2:I6').getValues()).toEqual([
      [1],
      [''],
      [''],
      [''],
      [''],
    ]);
  });

  it('refuses to merge over a merge or to break part of one apart', () => {
    const {sheet} = setup();
    sheet.getRange('A1:B2').merge();
    expect(() => sheet.getRange('B2:C3').merge()).toThrow('merged range');
    expect(() => sheet.getRange('A1').breakApart()).toThrow('merged range');
  });
});
