// The menu follows Bahasa once the add-on is authorised: saving another language in the sidebar
// builds the menu again in it (the first menu of an opening stays Indonesian: it reads nothing).
import {harness} from '../workflow/helpers';

const captions = (menu: unknown) =>
  [...JSON.stringify(menu).matchAll(/"caption":"([^"]*)"/g)].map(m => m[1]);

describe('the menu language', () => {
  it('is rebuilt in the new Bahasa when the sidebar saves it, and not rebuilt otherwise', () => {
    const {emulator, ctx} = harness();
    ctx.apiSetupSheets();
    ctx.onOpen();
    expect(captions(emulator.ui.menus.at(-1))[0]).toBe('Siapkan Lembar');
    const settings = ctx.apiGetState().settings;
    const menus = emulator.ui.menus.length;
    expect(ctx.apiSaveSettings({...settings, bahasa: 'id'}).ok).toBe(true);
    expect(emulator.ui.menus.length).toBe(menus);
    const saved = ctx.apiSaveSettings({...settings, bahasa: 'en'});
    expect(saved).toEqual({ok: true, message: expect.stringMatching(/saved/i)});
    expect(captions(emulator.ui.menus.at(-1))[0]).toBe('Set Up Sheets');
  });
});
