import {createEmulator} from '../../src/local/emulator';
import type {Any} from './setup';

describe('Ui', () => {
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
});
