// Hitung Ulang replaces only its period's part of the cached Hasil index: the next ASN_SCORE reads
// no sheet (with several years of Hasil a cold read is the expensive part), shows the new result,
// and the other periods stay cached.
import {loadBundle} from '../../src/local/loader';
import {
  ANI,
  CODE_FILE,
  DEDI,
  KEPALA,
  fillFixture,
  findRow,
  harness,
} from '../workflow/helpers';
import {sheet, values} from '../support/workbook';
import {sheetReadCalls} from '../workflow/cells-read';

describe('recompute refreshes the cached index', () => {
  it('replaces its period, keeps the others, and reads no sheet afterwards', () => {
    const h = harness();
    fillFixture(h);
    h.ctx.apiCreateTabs('2026-TW1');
    h.ctx.apiRecompute('2026-TW1');
    h.ctx.apiRecompute('2026-S1');
    const cell = () =>
      loadBundle(h.emulator, CODE_FILE, {customFunction: true});
    // Warm the cache (one read of Hasil).
    expect(cell().ASN_PREDIKAT([[ANI]], '2026-S1')).toEqual([
      [expect.stringContaining('belum punya Predikat')],
    ]);
    const tab = `Penilaian 2026-TW1 ${KEPALA.nip}`;
    const s = sheet(h.emulator, tab);
    const rows = values(h.emulator, tab);
    s.getRange(findRow(rows, ANI, 'Hasil Kerja', 'I1'), 9).setValue(12);
    s.getRange(findRow(rows, ANI, 'Hasil Kerja', 'I2'), 9).setValue(8);
    for (const k of ['BO', 'AK', 'KO', 'HA', 'LO', 'AD', 'KL']) {
      s.getRange(findRow(rows, ANI, 'Perilaku', k), 10).setValue(
        'Sesuai Ekspektasi',
      );
    }
    h.ctx.apiRecompute('2026-TW1');
    h.emulator.calls.reset();
    expect(cell().ASN_SCORE(ANI, '2026-TW1')).toBe(110);
    expect(cell().ASN_PREDIKAT(ANI, '2026-TW1')).toBe('Baik');
    expect(cell().ASN_PREDIKAT([[DEDI]], '2026-S1')).toEqual([
      [expect.stringContaining('belum punya Predikat')],
    ]);
    expect(cell().ASN_SCORE([[ANI], [DEDI]], '2026-TW1')).toEqual([
      [110],
      [expect.stringContaining('Nilai Akhir')],
    ]);
    expect(sheetReadCalls(h.emulator)).toBe(0);
  });

  it('without a cached index it just drops the cache (the next formula reads Hasil)', () => {
    const h = harness();
    fillFixture(h);
    h.ctx.apiCreateTabs('2026-TW1');
    h.ctx.apiRecompute('2026-TW1');
    h.emulator.calls.reset();
    const ctx = loadBundle(h.emulator, CODE_FILE, {customFunction: true});
    expect(ctx.ASN_PREDIKAT([[ANI]], '2026-TW1')).toEqual([
      [expect.stringContaining('belum punya Predikat')],
    ]);
    expect(sheetReadCalls(h.emulator)).toBe(1);
  });
});
