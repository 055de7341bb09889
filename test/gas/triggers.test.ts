// src/gas/triggers.ts in the built bundle: installTriggers remembers each trigger by its unique id
// (user properties, one key per document) and recognises its own triggers by that id only.
import path from 'node:path';
import {createEmulator} from '../../src/local/emulator';
import {loadBundle} from '../../src/local/loader';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const CODE_FILE = path.join(__dirname, '../../dist/Code.js');

function installed() {
  const emu = createEmulator();
  const ctx = loadBundle(emu, CODE_FILE);
  const g = emu.globals as Any;
  return {emu, ctx, g, key: `triggerIds:${emu.workbook.id}`};
}

describe('installTriggers / removeTriggers', () => {
  test('installs the edit and hourly triggers once and keeps their unique ids per document', () => {
    const {ctx, g, key} = installed();
    ctx.menuInstallTriggers();
    const triggers = g.ScriptApp.getProjectTriggers();
    expect(triggers.map((t: Any) => t.getHandlerFunction())).toEqual([
      'onEditAudit',
      'hourlyMaintenance',
    ]);
    const ids = JSON.parse(
      g.PropertiesService.getUserProperties().getProperty(key),
    );
    expect(ids).toEqual({
      edit: triggers[0].getUniqueId(),
      hourly: triggers[1].getUniqueId(),
    });
    ctx.menuInstallTriggers(); // a second install keeps them
    expect(g.ScriptApp.getProjectTriggers()).toHaveLength(2);
  });

  test('a trigger with the same handler but another id is not ours: remove leaves it', () => {
    const {ctx, g, key} = installed();
    ctx.menuInstallTriggers();
    const [edit, hourly] = g.ScriptApp.getProjectTriggers();
    // Someone deleted our hourly trigger and made their own with our handler's name.
    g.ScriptApp.deleteTrigger(hourly);
    const theirs = g.ScriptApp.newTrigger('hourlyMaintenance')
      .timeBased()
      .everyHours(6)
      .create();
    ctx.menuRemoveTriggers();
    expect(
      g.ScriptApp.getProjectTriggers().map((t: Any) => t.getUniqueId()),
    ).toEqual([theirs.getUniqueId()]);
    expect(edit.getUniqueId()).not.toBe(theirs.getUniqueId());
    expect(g.PropertiesService.getUserProperties().getProperty(key)).toBeNull();
  });

  test('triggers installed before ids were kept are adopted by handler once', () => {
    const {ctx, g, key} = installed();
    const old = g.ScriptApp.newTrigger('onEditAudit')
      .forSpreadsheet(g.SpreadsheetApp.getActive())
      .onEdit()
      .create();
    ctx.menuInstallTriggers();
    const ids = JSON.parse(
      g.PropertiesService.getUserProperties().getProperty(key),
    );
    expect(ids.edit).toBe(old.getUniqueId());
    expect(g.ScriptApp.getProjectTriggers()).toHaveLength(2);
  });
});

describe('hourlyMaintenance in an add-on time-driven trigger', () => {
  test('an add-on clock trigger has no active spreadsheet: it leaves the work to the sidebar', () => {
    const {emu, ctx} = installed();
    ctx.menuInstallTriggers();
    emu.fireTriggers(ctx, 'CLOCK');
    expect(emu.logs.join('\n')).toMatch(
      /no active spreadsheet; left to the sidebar/,
    );
  });

  test('where the trigger sees its document (a bound script), it does the work', () => {
    const emu = createEmulator({clockTriggerDocument: true});
    const ctx = loadBundle(emu, CODE_FILE);
    ctx.menuInstallTriggers();
    emu.fireTriggers(ctx, 'CLOCK');
    expect(emu.logs.join('\n')).not.toMatch(/no active spreadsheet/);
  });
});
