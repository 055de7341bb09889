import {createEmulator} from '../../src/local/emulator';
import {loadBundle} from '../../src/local/loader';
import {type Any, FIXTURE, OWNER, SUPERVISOR} from './setup';

const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

describe('protections and userEdit', () => {
  test('removeEditors never removes the owner or the user running the script', () => {
    const emu = createEmulator();
    const g = emu.globals as Any;
    emu.workbook.editors.push(SUPERVISOR);
    emu.setUser(SUPERVISOR);
    const p = g.SpreadsheetApp.getActive().getSheets()[0].protect();
    p.addEditors([SUPERVISOR, 'lain@example.go.id']);
    p.removeEditors([OWNER, SUPERVISOR.toUpperCase(), 'lain@example.go.id']);
    const editors = p.getEditors().map((u: Any) => u.getEmail());
    expect(editors).toContain(OWNER);
    expect(editors).toContain(SUPERVISOR);
    expect(editors).not.toContain('lain@example.go.id');
  });

  function protectedBook() {
    const emu = createEmulator();
    const g = emu.globals as Any;
    const sheet = g.SpreadsheetApp.getActive()
      .getSheets()[0]
      .setName('Penilaian');
    sheet.getRange('I2').setValue(80);
    const p = sheet.protect().setDescription('Hanya atasan');
    p.removeEditors(p.getEditors());
    p.setUnprotectedRanges([sheet.getRange('I2:I10')]);
    const header = sheet.getRange('A1:M1').protect();
    header.removeEditors(header.getEditors());
    header.addEditor(SUPERVISOR);
    return {emu, g, sheet};
  }

  test('the owner can always edit; a non-editor cannot edit protected cells but can edit unprotected ones', () => {
    const {emu, sheet} = protectedBook();
    emu.userEdit(null, 'Penilaian', 'A5', 'owner edit');
    emu.setUser('orang@example.go.id');
    expect(() => emu.userEdit(null, 'Penilaian', 'A5', 'x')).toThrow(PROTECTED);
    expect(() => emu.userEdit(null, 'Penilaian', 'A1', 'x')).toThrow(PROTECTED);
    emu.userEdit(null, 'Penilaian', 'I3', '90');
    expect(sheet.getRange('I3').getValue()).toBe(90);
    expect(sheet.getRange('A5').getValue()).toBe('owner edit');
  });

  test('script writes as a non-editor throw the same error', () => {
    const {emu, sheet} = protectedBook();
    emu.setUser('orang@example.go.id');
    expect(() => sheet.getRange('B2').setValue('x')).toThrow(PROTECTED);
    // The sheet protection leaves I2:I10 open: the write lands.
    sheet.getRange('I2:I3').setValues([[1], [2]]);
    expect(sheet.getRange('I2:I3').getValues()).toEqual([[1], [2]]);
  });

  test('userEdit fires the installable onEdit with a real-looking event', () => {
    const {emu, g} = protectedBook();
    const ctx = loadBundle(emu, FIXTURE);
    ctx.installEditTrigger();
    const uid = g.ScriptApp.getProjectTriggers()[0].getUniqueId();
    emu.setUser(SUPERVISOR);
    emu.userEdit(ctx, 'Penilaian', 'I2', '95');
    expect(ctx.edits).toHaveLength(1);
    const [e] = ctx.edits;
    expect(e).toEqual({
      a1: 'I2',
      value: '95',
      oldValue: '80',
      user: SUPERVISOR,
      authMode: 'FULL',
      triggerUid: uid,
      effective: OWNER, // installable triggers run as their creator
    });
  });

  test('a reject-validation refuses a typed value', () => {
    const {emu, g, sheet} = protectedBook();
    const rule = g.SpreadsheetApp.newDataValidation()
      .requireNumberBetween(0, 120)
      .setAllowInvalid(false)
      .build();
    sheet.getRange('I2:I10').setDataValidation(rule);
    expect(() => emu.userEdit(null, 'Penilaian', 'I4', '150')).toThrow(
      'The data you entered in cell I4 violates the data validation rules set on this cell.',
    );
    expect(sheet.getRange('I4').getValue()).toBe('');
    emu.userEdit(null, 'Penilaian', 'I4', '110');
    expect(sheet.getRange('I4').getValue()).toBe(110);
  });

  test('protections move with inserted rows and canEdit reflects the user', () => {
    const {emu, g, sheet} = protectedBook();
    sheet.insertRowsBefore(1, 2);
    const [p] = g.SpreadsheetApp.getActive().getProtections('RANGE');
    expect(p.getRange().getA1Notation()).toBe('A3:M3');
    expect(p.canEdit()).toBe(true);
    emu.setUser('orang@example.go.id');
    expect(p.canEdit()).toBe(false);
    emu.setUser(SUPERVISOR);
    expect(p.canEdit()).toBe(true);
  });
});
