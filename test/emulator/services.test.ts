import crypto from 'node:crypto';
import path from 'node:path';
import {createEmulator} from '../../src/local/emulator';
import {loadBundle} from '../../src/local/loader';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const FIXTURE = path.join(__dirname, 'fixtures/Code.js');
const OWNER = 'hr@example.go.id';
const SUPERVISOR = 'atasan@example.go.id';
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
    expect(() => sheet.getRange('I2:I3').setValues([[1], [2]])).not.toThrow();
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

describe('ScriptApp triggers', () => {
  test('add-on limits: one trigger per type per user per document, time-based at most hourly', () => {
    const g = createEmulator().globals as Any;
    expect(() =>
      g.ScriptApp.newTrigger('f').timeBased().everyMinutes(1).create(),
    ).toThrow(
      'Add-ons can only create time-based triggers that run at most once per hour.',
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
    ctx.SpreadsheetApp.getUi(); // a menu execution has one
    ctx.ScriptApp.newTrigger('tick').timeBased().everyHours(1).create();
    emu.fireTriggers(ctx, 'CLOCK');
    expect(outcomes).toEqual([
      'Cannot call SpreadsheetApp.getUi() from this context.',
    ]);
    expect(() => ctx.SpreadsheetApp.getUi()).not.toThrow();
  });
});

describe('PropertiesService', () => {
  test('get/set/keys/delete and setProperties(deleteAllOthers)', () => {
    const props = (
      createEmulator().globals as Any
    ).PropertiesService.getDocumentProperties();
    expect(props.getProperty('missing')).toBeNull();
    props.setProperty('a', 1).setProperties({b: '2', c: '3'});
    expect(props.getProperties()).toEqual({a: '1', b: '2', c: '3'});
    props.setProperties({z: 'z'}, true);
    expect(props.getKeys()).toEqual(['z']);
    props.deleteProperty('z');
    expect(props.getKeys()).toEqual([]);
  });

  test.each([
    [
      'value over 9 KB',
      () => ({k: 'x'.repeat(9 * 1024 + 1)}),
      'Argument too large: value',
    ],
    [
      'store over 500 KB',
      () =>
        Object.fromEntries(
          Array.from({length: 60}, (_, i) => [`k${i}`, 'x'.repeat(9000)]),
        ),
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    ],
  ])('%s throws and leaves the store unchanged', (_name, make, message) => {
    const props = (
      createEmulator().globals as Any
    ).PropertiesService.getScriptProperties();
    props.setProperty('keep', 'yes');
    expect(() => props.setProperties(make())).toThrow(message);
    expect(props.getProperties()).toEqual({keep: 'yes'});
  });

  test('a 9 KB value is accepted', () => {
    const props = (
      createEmulator().globals as Any
    ).PropertiesService.getUserProperties();
    props.setProperty('k', 'x'.repeat(9 * 1024));
    expect(props.getProperty('k')).toHaveLength(9216);
  });
});

describe('CacheService', () => {
  test('expiry follows the emulator clock', () => {
    let now = new Date('2026-01-01T00:00:00Z').getTime();
    const g = createEmulator({now: () => new Date(now)}).globals as Any;
    const cache = g.CacheService.getDocumentCache();
    cache.put('hasil:v1', 'data', 60);
    cache.putAll({a: '1', b: '2'});
    now += 59_000;
    expect(cache.get('hasil:v1')).toBe('data');
    now += 1_000;
    expect(cache.get('hasil:v1')).toBeNull();
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({a: '1', b: '2'});
    now += 600_000; // default expiration is 600 s
    expect(cache.get('a')).toBeNull();
  });

  test.each([
    [() => ['k', 'x'.repeat(100 * 1024 + 1), 60], 'Argument too large: value'],
    [
      () => ['k', 'v', 21601],
      'Invalid argument: expirationInSeconds must be between 1 and 21600.',
    ],
    [() => ['k'.repeat(251), 'v', 60], 'Argument too large: key'],
  ])('limits', (args, message) => {
    const cache = (
      createEmulator().globals as Any
    ).CacheService.getScriptCache();
    expect(() => cache.put(...args())).toThrow(message);
  });

  test('remove and removeAll; document cache is shared between executions', () => {
    const emu = createEmulator();
    const a = emu.globals as Any;
    const b = emu.newExecution() as Any;
    a.CacheService.getDocumentCache().put('k', 'v');
    expect(b.CacheService.getDocumentCache().get('k')).toBe('v');
    b.CacheService.getDocumentCache().removeAll(['k']);
    expect(a.CacheService.getDocumentCache().get('k')).toBeNull();
  });
});

describe('LockService', () => {
  test("a lock held from outside excludes a bundle context; waitLock throws Google's text", () => {
    const emu = createEmulator();
    const outside = (emu.globals as Any).LockService.getDocumentLock();
    expect(outside.tryLock(0)).toBe(true);
    expect(outside.hasLock()).toBe(true);
    const other = emu.newExecution() as Any;
    const lock = other.LockService.getDocumentLock();
    expect(lock.tryLock(5000)).toBe(false);
    expect(() => lock.waitLock(5000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    expect(lock.hasLock()).toBe(false);
    // The script lock is a different lock.
    expect(other.LockService.getScriptLock().tryLock(0)).toBe(true);
    outside.releaseLock();
    lock.waitLock(5000);
    expect(lock.hasLock()).toBe(true);
  });
});

describe('Utilities and Session', () => {
  const instant = new Date('2026-03-31T17:30:05.042Z');
  test.each([
    ['Asia/Jakarta', 'yyyy-MM-dd HH:mm:ss z', '2026-04-01 00:30:05 WIB'],
    ['Asia/Makassar', 'yyyy-MM-dd HH:mm:ss Z', '2026-04-01 01:30:05 +0800'],
    [
      'Asia/Jayapura',
      "EEEE, d MMMM yyyy 'pukul' HH.mm XXX",
      'Wednesday, 1 April 2026 pukul 02.30 +09:00',
    ],
    ['Asia/Jakarta', 'dd/MM/yy hh:mm a SSS', '01/04/26 12:30 AM 042'],
    ['GMT+7', 'yyyy-MM-dd', '2026-04-01'],
    ['UTC', "yyyy-MM-dd'T'HH:mm:ss'Z'", '2026-03-31T17:30:05Z'],
  ])('formatDate in %s with %j', (tz, pattern, expected) => {
    const g = createEmulator().globals as Any;
    expect(g.Utilities.formatDate(instant, tz, pattern)).toBe(expected);
  });

  test.each([
    ['SHA_256', 'sha256'],
    ['MD5', 'md5'],
  ])('computeDigest %s matches Node crypto as signed bytes', (alg, node) => {
    const g = createEmulator().globals as Any;
    const text = 'Kinerja ASN — 196608011988031001';
    const expected = [
      ...crypto.createHash(node).update(text, 'utf8').digest(),
    ].map(b => (b > 127 ? b - 256 : b));
    expect(
      g.Utilities.computeDigest(
        g.Utilities.DigestAlgorithm[alg],
        text,
        g.Utilities.Charset.UTF_8,
      ),
    ).toEqual(expected);
    expect(expected.some(b => b < 0)).toBe(true);
  });

  test('base64, blobs, formatString, uuid', () => {
    const g = createEmulator().globals as Any;
    expect(g.Utilities.base64Encode('Halo ASN')).toBe('SGFsbyBBU04=');
    const bytes = g.Utilities.base64Decode('SGFsbyBBU04=');
    expect(g.Utilities.newBlob(bytes).getDataAsString()).toBe('Halo ASN');
    expect(
      g.Utilities.formatString('%s: %.2f (%d)', 'Nilai', 87.456, 3.9),
    ).toBe('Nilai: 87.46 (3)');
    expect(g.Utilities.getUuid()).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('Session users follow setUser', () => {
    const emu = createEmulator({timeZone: 'Asia/Makassar'});
    const g = emu.globals as Any;
    emu.setUser(SUPERVISOR);
    expect(g.Session.getActiveUser().getEmail()).toBe(SUPERVISOR);
    expect(g.Session.getEffectiveUser().getEmail()).toBe(SUPERVISOR);
    expect(g.Session.getScriptTimeZone()).toBe('Asia/Makassar');
  });

  test('Session needs userinfo.email when the manifest lists its scopes, as in Apps Script', () => {
    const emu = createEmulator({
      oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'],
    });
    const g = emu.globals as Any;
    expect(() => g.Session.getActiveUser()).toThrow(
      'You do not have permission to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    );
    expect(() => g.Session.getEffectiveUser()).toThrow(
      /Session.getEffectiveUser\. Required permissions: .*userinfo\.email$/,
    );
    emu.setOauthScopes(['https://www.googleapis.com/auth/userinfo.email']);
    expect(g.Session.getActiveUser().getEmail()).toBe(OWNER);
  });

  test("the bundle gets the scopes of the appsscript.json beside Code.js (dist's has no userinfo.email)", () => {
    const emu = createEmulator();
    const ctx = loadBundle(emu, path.join(__dirname, '../../dist/Code.js'));
    expect(() => ctx.Session.getActiveUser()).toThrow(/Required permissions/);
    // The fixture has no manifest: every scope is granted.
    const other = createEmulator();
    const fixture = loadBundle(other, FIXTURE);
    expect(fixture.Session.getActiveUser().getEmail()).toBe(OWNER);
  });
});

describe('Ui and HtmlService', () => {
  test('alerts answer from the queue, then the default button', () => {
    const emu = createEmulator();
    const ui = (emu.globals as Any).SpreadsheetApp.getUi();
    emu.ui.alertAnswers.push('NO');
    expect(ui.alert('Judul', 'Lanjut?', ui.ButtonSet.YES_NO)).toBe(
      ui.Button.NO,
    );
    expect(ui.alert('Selesai')).toBe(ui.Button.OK);
    expect(emu.ui.alerts).toEqual([
      {title: 'Judul', prompt: 'Lanjut?', buttons: 'YES_NO'},
      {title: '', prompt: 'Selesai', buttons: 'OK'},
    ]);
    emu.ui.promptAnswers.push({button: 'OK', text: '2026-TW1'});
    expect(ui.prompt('Periode?').getResponseText()).toBe('2026-TW1');
  });

  test('showSidebar captures title and html from a file in htmlDir; templates evaluate scriptlets', () => {
    const emu = createEmulator({htmlDir: path.join(__dirname, 'fixtures')});
    const g = emu.globals as Any;
    const out = g.HtmlService.createHtmlOutputFromFile('Sidebar')
      .setTitle('Kinerja ASN')
      .setWidth(300);
    g.SpreadsheetApp.getUi().showSidebar(out);
    expect(emu.ui.sidebars).toEqual([
      {title: 'Kinerja ASN', html: '<p>Sidebar</p>\n'},
    ]);
    const t = g.HtmlService.createTemplate(
      '<b><?= name ?></b><? if (n > 1) { ?>!<? } ?>',
    );
    t.name = '<Siti>';
    t.n = 2;
    expect(t.evaluate().getContent()).toBe('<b>&lt;Siti&gt;</b>!');
    expect(() => g.HtmlService.createHtmlOutputFromFile('Missing')).toThrow(
      'No HTML file named Missing was found.',
    );
  });
});
