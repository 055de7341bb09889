import {CATALOGUE, format, msg, parseLang, t} from '../src/core/i18n';

describe('message catalogue', () => {
  it('fills parameters and keeps unknown ones visible', () => {
    expect(format('{sheet}!{cell}: {x}', {sheet: 'Pegawai', cell: 'A7'})).toBe(
      'Pegawai!A7: {x}',
    );
  });
  it('refuses an unknown key instead of showing nothing', () => {
    expect(() => msg('no.such.key')).toThrow('Unknown message key');
  });
  it('has both languages, non-empty, with the same parameters, for every message', () => {
    for (const [key, m] of Object.entries(CATALOGUE)) {
      expect([key, m.id.length > 0, m.en.length > 0]).toEqual([
        key,
        true,
        true,
      ]);
      const params = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect([key, params(m.id)]).toEqual([key, params(m.en)]);
    }
  });
  it('reads the Bahasa setting', () => {
    expect(parseLang(' EN ')).toBe('en');
    expect(parseLang('id')).toBe('id');
    expect(parseLang('')).toBe('id');
    expect(typeof t).toBe('function');
  });
});
