import {
  CATALOGUE,
  format,
  msg,
  parseLang,
  t,
  translator,
  type Catalogue,
} from '../src/core/i18n';
import {LOCAL_CATALOGUE, t as localT} from '../src/local/i18n';
import {CLI_MESSAGES} from '../src/local/messages/cli';
import {WORKBENCH_MESSAGES} from '../src/local/messages/workbench';
import {SIDEBAR_MESSAGES} from '../sidebar/messages';

// The one catalogue, wherever its parts live: core's (in Code.js), the CLI's and the workbench
// page's (Node only) and the sidebar's (Sidebar.html only).
const PARTS: Record<string, Catalogue> = {
  core: CATALOGUE,
  cli: CLI_MESSAGES,
  workbench: WORKBENCH_MESSAGES,
  sidebar: SIDEBAR_MESSAGES,
};

describe('message catalogue', () => {
  it('fills parameters and keeps unknown ones visible', () => {
    expect(format('{sheet}!{cell}: {x}', {sheet: 'Pegawai', cell: 'A7'})).toBe(
      'Pegawai!A7: {x}',
    );
  });
  it('refuses an unknown key instead of showing nothing', () => {
    expect(() => msg('no.such.key')).toThrow('Unknown message key');
  });
  it('has both languages, non-empty, with the same parameters, for every message of every part', () => {
    for (const catalogue of Object.values(PARTS)) {
      for (const [key, m] of Object.entries(catalogue)) {
        expect([key, m.id.length > 0, m.en.length > 0]).toEqual([
          key,
          true,
          true,
        ]);
        const params = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
        expect([key, params(m.id)]).toEqual([key, params(m.en)]);
      }
    }
  });
  it('gives each key one home: parts are namespaced and never share a key', () => {
    const owner = (key: string) =>
      key.startsWith('cli.')
        ? 'cli'
        : key.startsWith('sidebar.workbench.')
          ? 'workbench'
          : key.startsWith('sidebar.')
            ? 'sidebar'
            : 'core';
    for (const [part, catalogue] of Object.entries(PARTS)) {
      const strays = Object.keys(catalogue).filter(key => owner(key) !== part);
      expect([part, strays]).toEqual([part, []]);
    }
  });
  it('lets Node code translate core, CLI and workbench messages, while core knows only its own', () => {
    const all = {...CATALOGUE, ...CLI_MESSAGES, ...WORKBENCH_MESSAGES};
    expect(Object.keys(LOCAL_CATALOGUE).sort()).toEqual(
      Object.keys(all).sort(),
    );
    expect(localT('en', 'cli.saved', {file: 'a.xlsx'})).toBe('Saved: a.xlsx');
    expect(localT('id', 'workflow.menu.removeTriggers')).toBe('Lepas Pemicu');
    expect(() => t('en', 'cli.saved')).toThrow(
      'Unknown message key: cli.saved',
    );
    const own = translator({'x.hi': {id: 'Halo {name}', en: 'Hi {name}'}});
    expect(own.msg('x.hi', {name: 'Ani'})).toEqual({
      id: 'Halo Ani',
      en: 'Hi Ani',
    });
    expect(() => own.t('en', 'workflow.menu.removeTriggers')).toThrow(
      'Unknown message key',
    );
  });
  it('reads the Bahasa setting', () => {
    expect(parseLang(' EN ')).toBe('en');
    expect(parseLang('id')).toBe('id');
    expect(parseLang('')).toBe('id');
    expect(t(parseLang('English'), 'workflow.menu.removeTriggers')).toBe(
      'Remove Triggers',
    );
  });
});
