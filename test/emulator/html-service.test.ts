import path from 'node:path';
import {createEmulator} from '../../src/local/emulator';
import type {Any} from './setup';

describe('HtmlService', () => {
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
