import path from 'node:path';
import {createEmulator} from '../../src/local/emulator';
import {loadBundle} from '../../src/local/loader';
import {type Any, FIXTURE, OWNER, SUPERVISOR} from './setup';

describe('Session', () => {
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

  test("the bundle gets the scopes of the appsscript.json beside Code.js (dist's has userinfo.email)", () => {
    const emu = createEmulator();
    const ctx = loadBundle(emu, path.join(__dirname, '../../dist/Code.js'));
    expect(ctx.Session.getActiveUser().getEmail()).toBe(OWNER);
    expect(ctx.Session.getEffectiveUser().getEmail()).toBe(OWNER);
    // Without it (a manifest listing other scopes), Session refuses.
    emu.setOauthScopes([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
    expect(() => ctx.Session.getActiveUser()).toThrow(/Required permissions/);
    // The fixture has no manifest: every scope is granted.
    const other = createEmulator();
    const fixture = loadBundle(other, FIXTURE);
    expect(fixture.Session.getActiveUser().getEmail()).toBe(OWNER);
  });

  test("a simple trigger sees no e-mail of a user outside the owner's domain (base/user#getemail)", () => {
    const emu = createEmulator();
    const ctx = loadBundle(emu, FIXTURE);
    const seen: string[] = [];
    ctx.onEdit = () => seen.push(ctx.Session.getActiveUser().getEmail());
    emu.setUser(SUPERVISOR); // same domain as the owner
    emu.userEdit(ctx, 'Sheet1', 'A1', 'x');
    emu.setUser('someone@gmail.com');
    emu.userEdit(ctx, 'Sheet1', 'A1', 'y');
    expect(seen).toEqual([SUPERVISOR, '']);
    // Outside a simple trigger the same user is known.
    expect(ctx.Session.getActiveUser().getEmail()).toBe('someone@gmail.com');
  });
});
