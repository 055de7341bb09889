// Triggers through the built bundle: install once, audit edits, hourly maintenance.
import {ANI, fillFixture, findRow, harness} from './helpers';
import {appendRows, sheet, values} from '../support/workbook';
import {countCellsRead} from './cells-read';
import {HEADERS} from '../../src/sheets/schema';

describe('triggers', () => {
  it('installing twice makes one trigger of each type; removing removes them', () => {
    const h = harness();
    h.ctx.menuInstallTriggers();
    h.ctx.menuInstallTriggers();
    const triggers = h.emulator.workbook.triggers.map(
      t => `${t.eventType}:${t.handler}`,
    );
    expect(triggers.sort()).toEqual([
      'CLOCK:hourlyMaintenance',
      'ON_EDIT:onEditAudit',
    ]);
    expect(
      h.emulator.workbook.triggers.find(t => t.eventType === 'CLOCK')?.schedule,
    ).toMatchObject({
      everyHours: 1,
    });
    expect(h.emulator.ui.toasts.map(t => t.message)).toEqual([
      'Pemicu terpasang: 2 baru, 0 sudah ada (audit perubahan dan pemeliharaan per jam).',
      'Pemicu terpasang: 0 baru, 2 sudah ada (audit perubahan dan pemeliharaan per jam).',
    ]);
    h.ctx.menuRemoveTriggers();
    expect(h.emulator.workbook.triggers).toEqual([]);
    expect(h.emulator.ui.toasts[2].message).toBe('2 pemicu dilepas.');
  });

  it('an edit in an input or output sheet (all HR-only) is logged and marks the results stale', () => {
    const h = harness();
    fillFixture(h);
    h.ctx.menuInstallTriggers();
    const row = values(h.emulator, 'Pegawai').findIndex(r => r[0] === ANI) + 1;
    h.emulator.userEdit(h.ctx, 'Pegawai', `C${row}`, 'Analis Ahli');
    h.emulator.userEdit(h.ctx, 'Hasil', 'A5', 'x');
    h.emulator.userEdit(h.ctx, 'Unit', 'B2:C3', [
      ['a', 'b'],
      ['c', 'd'],
    ]);
    const log = values(h.emulator, 'Log Perubahan');
    expect(log.slice(1).map(r => r.slice(1))).toEqual([
      ['hr@example.go.id', 'Pegawai', `C${row}`, 'Analis', 'Analis Ahli'],
      ['hr@example.go.id', 'Hasil', 'A5', '', 'x'],
      [
        'hr@example.go.id',
        'Unit',
        'B2:C3',
        '',
        '4 sel diubah sekaligus (B2:C3)',
      ],
    ]);
    expect(log[1][0]).toBe('2026-02-10 10:00:00');
    expect(h.emulator.workbook.documentProperties['kinerja.stale']).toBe('1');
  });

  it('an add-on hourly trigger has no active document: it leaves the stale results to the sidebar', () => {
    const h = harness();
    fillFixture(h);
    h.ctx.apiCreateTabs('2026-TW1');
    h.ctx.menuInstallTriggers();
    h.emulator.fireTriggers(h.ctx, 'CLOCK');
    expect(h.emulator.workbook.documentProperties['kinerja.stale']).toBe('1');
  });

  it('where the trigger sees its document, the hourly trigger recomputes the active period when stale, then clears stale', () => {
    const h = harness(undefined, {clockTriggerDocument: true});
    fillFixture(h);
    h.ctx.apiCreateTabs('2026-TW1');
    h.ctx.menuInstallTriggers();
    expect(h.emulator.workbook.documentProperties['kinerja.stale']).toBe('1');
    h.emulator.fireTriggers(h.ctx, 'CLOCK');
    const props = h.emulator.workbook.documentProperties;
    expect(props['kinerja.stale']).toBeUndefined();
    expect(props['kinerja.lastComputed.2026-TW1']).toBe(
      '2026-02-10T03:00:00.000Z',
    );
    expect(
      values(h.emulator, 'Hasil').filter(r => r[0] === '2026-TW1').length,
    ).toBe(5);
    // Not stale: the next hour does not recompute.
    h.emulator.calls.reset();
    h.emulator.fireTriggers(h.ctx, 'CLOCK');
    expect(h.emulator.calls.count('Range.setValues')).toBe(0);
  });

  describe('the change audit', () => {
    const tab = '2026-TW1 Budi Santoso';
    function installed() {
      const h = harness();
      fillFixture(h);
      h.ctx.apiCreateTabs('2026-TW1');
      h.ctx.menuInstallTriggers();
      return h;
    }
    const logged = (h: ReturnType<typeof harness>) =>
      values(h.emulator, 'Log Perubahan')
        .slice(1)
        .map(r => `${r[2]}!${r[3]}`);

    it('logs the input columns of a tab, not the generated ones', () => {
      const h = installed();
      const row = findRow(values(h.emulator, tab), ANI, 'Hasil Kerja', 'I1');
      h.emulator.userEdit(h.ctx, tab, `I${row}`, 9); // Realisasi
      h.emulator.userEdit(h.ctx, tab, `F${row}`, 'uraian lain'); // Uraian: generated
      h.emulator.userEdit(h.ctx, tab, `K${row}:M${row}`, [['a', 'b', 'c']]);
      h.emulator.userEdit(h.ctx, tab, `B${row}:C${row}`, [['x', 'y']]);
      expect(logged(h)).toEqual([`${tab}!I${row}`, `${tab}!K${row}:M${row}`]);
    });

    it('logs old and new values exactly as typed: no apostrophe before -, + or @, nothing a formula', () => {
      const h = installed();
      const row = findRow(values(h.emulator, tab), ANI, 'Hasil Kerja', 'I1');
      h.emulator.userEdit(h.ctx, tab, `I${row}`, -5);
      h.emulator.userEdit(h.ctx, tab, `L${row}`, "'=1+1 dan @tim");
      const log = values(h.emulator, 'Log Perubahan').slice(-2);
      expect(log.map(r => r[5])).toEqual(['-5', '=1+1 dan @tim']);
      expect(log[0][4]).not.toMatch(/^'/);
      const formulas = sheet(h.emulator, 'Log Perubahan')
        .getDataRange()
        .getFormulas()
        .flat()
        .filter((f: string) => f !== '');
      expect(formulas).toEqual([]);
    });

    it('reads no setting per edit: Pengaturan is never read, the text follows Bahasa as last saved', () => {
      const h = installed();
      // Typed by HR: the trigger saves Bahasa in the settings property for the next edits.
      const row = values(h.emulator, 'Pengaturan').findIndex(
        r => r[0] === 'Bahasa',
      );
      h.emulator.userEdit(h.ctx, 'Pengaturan', `B${row + 1}`, 'en');
      h.emulator.calls.reset();
      const read = countCellsRead(() =>
        h.emulator.userEdit(h.ctx, 'Unit', 'B2:C3', [
          ['a', 'b'],
          ['c', 'd'],
        ]),
      );
      expect(read.bySheet.get('Pengaturan')).toBeUndefined();
      const last = values(h.emulator, 'Log Perubahan').slice(-1)[0];
      expect(last[5]).toBe('4 cells changed at once (B2:C3)');
    });

    it('keeps Log Perubahan bounded: the oldest rows move to Log Perubahan Arsip', () => {
      const h = installed();
      const old = Array.from({length: 5500}, (_, i) => [
        '2026-01-01 00:00:00',
        'hr@example.go.id',
        'Unit',
        `B${i}`,
        '',
        `lama ${i}`,
      ]);
      appendRows(h.emulator, 'Log Perubahan', old);
      h.emulator.userEdit(h.ctx, 'Unit', 'B2', 'Bagian Baru');
      const log = values(h.emulator, 'Log Perubahan');
      expect(log).toHaveLength(1 + 5000 + 1);
      expect(log[1][5]).toBe('lama 500');
      expect(log[log.length - 1][5]).toBe('Bagian Baru');
      const archive = values(h.emulator, 'Log Perubahan Arsip');
      expect(archive[0]).toEqual([...HEADERS.logPerubahan]);
      expect(archive).toHaveLength(1 + 500);
      expect(archive[500][5]).toBe('lama 499');
      // The log's grid shrank with it; the archive's is as wide as its header.
      const grid = (name: string) => {
        const m = h.emulator.workbook.sheets.find(s => s.name === name)!;
        return [m.maxRows, m.maxCols];
      };
      expect(grid('Log Perubahan Arsip')).toEqual([501, 6]);
      expect(grid('Log Perubahan')[0]).toBeLessThanOrEqual(5002 + 1000);
      expect(grid('Log Perubahan')[1]).toBe(6);
      // The next edit only appends.
      h.emulator.calls.reset();
      h.emulator.userEdit(h.ctx, 'Unit', 'B2', 'Bagian Lain');
      expect(h.emulator.calls.count('Sheet.deleteRows')).toBe(0);
      expect(sheet(h.emulator, 'Log Perubahan').getLastRow()).toBe(5003);
    });
  });
});
