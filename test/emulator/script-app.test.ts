import {createEmulator} from '../../src/local/emulator';
import {loadBundle} from '../../src/local/loader';
import {type Any, FIXTURE} from './setup';

describe('ScriptApp triggers', () => {
  test('add-on limits: one trigger per type per user per document, time-based at most hourly', () => {
    const g = createEmulator().globals as Any;
    expect(() =>
      g.ScriptApp.newTrigger('f').timeBased().everyMinutes(1).create(),
    ).toThrow(
      'The recurrence interval for an Add-on trigger must be at least one hour.',
    );
    g.ScriptApp.newTrigger('f').timeBased().everyHours(1).create();
    expect(() =>
      g.ScriptApp.newTrigger('g').timeBased().everyHours(2).create(),
    ).toThrow(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
    const ss = g.SpreadsheetApp.getActive();
    g.ScriptApp.newTrigger('e').forSpreadsheet(ss).onEdit().create();
    expect(() =>
      g.ScriptApp.newTrigger('e2').forSpreadsheet(ss).onEdit().create(),
    ).toThrow(
      'This add-on has created too many edit triggers in this document for this Google user account.',
    );
    const triggers = g.ScriptApp.getUserTriggers(ss);
    expect(
      triggers.map((t: Any) => [
        t.getHandlerFunction(),
        t.getEventType(),
        t.getTriggerSource(),
      ]),
    ).toEqual([
      ['f', 'CLOCK', 'CLOCK'],
      ['e', 'ON_EDIT', 'SPREADSHEETS'],
    ]);
    g.ScriptApp.deleteTrigger(triggers[0]);
    g.ScriptApp.newTrigger('g').timeBased().everyHours(1).create();
    expect(g.ScriptApp.getProjectTriggers()).toHaveLength(2);
  });

  test('an add-on may have a one-off time-driven trigger; unique ids tell triggers apart and reach the event', () => {
    const emu = createEmulator();
    const ctx = loadBundle(emu, FIXTURE);
    const seen: string[] = [];
    ctx.once = (e: Any) => seen.push(e.triggerUid);
    ctx.edit = (e: Any) => seen.push(e.triggerUid);
    const clock = ctx.ScriptApp.newTrigger('once')
      .timeBased()
      .after(60_000)
      .create();
    const edit = ctx.ScriptApp.newTrigger('edit')
      .forSpreadsheet(ctx.SpreadsheetApp.getActive())
      .onEdit()
      .create();
    expect(clock.getUniqueId()).not.toBe(edit.getUniqueId());
    expect(
      ctx.ScriptApp.getProjectTriggers().map((t: Any) => t.getUniqueId()),
    ).toEqual([clock.getUniqueId(), edit.getUniqueId()]);
    emu.fireTriggers(ctx, 'CLOCK');
    emu.userEdit(ctx, 'Sheet1', 'A1', 'x');
    expect(seen).toEqual([clock.getUniqueId(), edit.getUniqueId()]);
  });

  test("an add-on's clock trigger has no active spreadsheet, and openById needs the spreadsheets scope", () => {
    const emu = createEmulator({
      oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'],
    });
    const ctx = loadBundle(emu, FIXTURE);
    const seen: Any[] = [];
    ctx.tick = () => {
      const app = ctx.SpreadsheetApp;
      seen.push(
        app.getActiveSpreadsheet(),
        app.getActive(),
        app.getActiveSheet(),
      );
      try {
        app.openById(emu.workbook.id);
      } catch (e) {
        seen.push((e as Error).message);
      }
    };
    ctx.ScriptApp.newTrigger('tick').timeBased().everyHours(1).create();
    emu.fireTriggers(ctx, 'CLOCK');
    expect(seen).toEqual([
      null,
      null,
      null,
      'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    ]);
    // After the trigger the execution has its document again.
    expect(ctx.SpreadsheetApp.getActiveSpreadsheet()).not.toBeNull();
    emu.setOauthScopes(['https://www.googleapis.com/auth/spreadsheets']);
    emu.fireTriggers(ctx, 'CLOCK');
    expect(seen).toHaveLength(7);
  });

  test('an add-on creates triggers only for the file it is used in', () => {
    const g = createEmulator().globals as Any;
    expect(() =>
      g.ScriptApp.newTrigger('e')
        .forSpreadsheet('another-file-id')
        .onEdit()
        .create(),
    ).toThrow(
      'Add-ons can only create triggers for the file in which the add-on is used.',
    );
    const id = g.SpreadsheetApp.getActive().getId();
    g.ScriptApp.newTrigger('e').forSpreadsheet(id).onEdit().create();
    const bound = createEmulator({addon: false}).globals as Any;
    bound.ScriptApp.newTrigger('e')
      .forSpreadsheet('another-file-id')
      .onEdit()
      .create();
    expect(bound.ScriptApp.getProjectTriggers()).toHaveLength(1);
  });

  test('outside add-on mode minute triggers and several per type are allowed', () => {
    const g = createEmulator({addon: false}).globals as Any;
    g.ScriptApp.newTrigger('f').timeBased().everyMinutes(5).create();
    g.ScriptApp.newTrigger('g').timeBased().everyMinutes(5).create();
    expect(g.ScriptApp.getProjectTriggers()).toHaveLength(2);
  });

  test('fireTriggers runs CLOCK handlers with a clock event; a missing handler is reported', () => {
    const emu = createEmulator({now: () => new Date('2026-04-01T01:00:00Z')});
    const ctx = loadBundle(emu, FIXTURE);
    const seen: Any[] = [];
    ctx.tick = (e: Any) => seen.push(e);
    (emu.globals as Any).ScriptApp.newTrigger('tick')
      .timeBased()
      .everyHours(1)
      .create();
    emu.fireTriggers(ctx, 'CLOCK');
    expect(seen[0]).toMatchObject({
      authMode: 'FULL',
      hour: 8,
      'day-of-month': 1,
      timezone: 'Asia/Jakarta',
    });
    ctx.tick = undefined;
    expect(() => emu.fireTriggers(ctx, 'CLOCK')).toThrow(
      'Script function not found: tick',
    );
  });

  test('a custom function execution reads the spreadsheet and may use Cache, Lock, Properties, Utilities only', () => {
    const emu = createEmulator();
    const g = emu.globals as Any;
    g.SpreadsheetApp.getActive().getSheets()[0].getRange('A1').setValue(7);
    const cell = loadBundle(emu, FIXTURE, {customFunction: true});
    const sheet = cell.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    expect(sheet.getRange('A1').getValues()).toEqual([[7]]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    cell.CacheService.getDocumentCache().put('k', 'v');
    cell.PropertiesService.getDocumentProperties().getProperty('x');
    cell.LockService.getDocumentLock().tryLock(10);
    expect(cell.Utilities.formatString('%s', 'ok')).toBe('ok');
    expect(() => sheet.getRange('A1').setValues([[8]])).toThrow(
      'You do not have permission to call setValues',
    );
    expect(() =>
      cell.SpreadsheetApp.getActiveSpreadsheet().insertSheet('X'),
    ).toThrow('You do not have permission to call insertSheet');
    expect(() => cell.MailApp.sendEmail('a@example.go.id', 's', 'b')).toThrow(
      'You do not have permission to call sendEmail',
    );
    expect(() => cell.ScriptApp.getProjectTriggers()).toThrow(/permission/);
    expect(() => cell.SpreadsheetApp.getUi()).toThrow(/from this context/);
    expect(cell.Session.getActiveUser().getEmail()).toBe('');
    // Nothing was written; a menu execution of the same bundle may write.
    expect(
      g.SpreadsheetApp.getActive().getSheets()[0].getRange('A1').getValue(),
    ).toBe(7);
    const menu = loadBundle(emu, FIXTURE);
    menu.SpreadsheetApp.getActive().getSheets()[0].getRange('A1').setValue(9);
    expect(
      g.SpreadsheetApp.getActive().getSheets()[0].getRange('A1').getValue(),
    ).toBe(9);
  });

  test('a time-driven trigger has no Ui; the same execution has one again afterwards', () => {
    const emu = createEmulator();
    const ctx = loadBundle(emu, FIXTURE);
    const outcomes: string[] = [];
    ctx.tick = () => {
      try {
        ctx.SpreadsheetApp.getUi();
        outcomes.push('ui');
      } catch (e) {
        outcomes.push((e as Error).message);
      }
    };
    ctx.SpreadsheetApp.getUi().alert('Menu'); // a menu execution has one
    ctx.ScriptApp.newTrigger('tick').timeBased().everyHours(1).create();
    emu.fireTriggers(ctx, 'CLOCK');
    expect(outcomes).toEqual([
      'Cannot call SpreadsheetApp.getUi() from this context.',
    ]);
    ctx.SpreadsheetApp.getUi().alert('Sesudah');
    expect(emu.ui.alerts.map(a => a.prompt)).toEqual(['Menu', 'Sesudah']);
  });
});
