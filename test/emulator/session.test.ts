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
