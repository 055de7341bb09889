// Triggers through the built bundle: install once, audit edits, hourly maintenance.
import {ANI, fillFixture, harness} from './helpers';
import {values} from '../support/workbook';

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

  it('an edit in an input sheet is logged and marks the results stale; output sheets are not', () => {
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
});
