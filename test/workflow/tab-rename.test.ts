// Issue 12 item 2: a tab is known by the identity stored with it, not by its name. A tab a person
// renamed is still refreshed (its typed values kept, no second tab made), recomputed, previewed,
// audited and closed; an old workbook's `Penilaian <Periode> <NIP>` tab is recognised once and
// stamped; the lookup costs one metadata call only for a sheet the index does not know.
import {tabIdentityOfModel} from '../../src/local/tabs';
import {
  ANI,
  DEDI,
  KEPALA,
  fillFixture,
  findRow,
  harness,
  typeInputs,
} from './helpers';
import {sheet, values} from '../support/workbook';

const BUDI = '2026-TW1 Budi Santoso';
const RENAMED = 'Tim Pak Budi';

function typed() {
  const h = harness();
  fillFixture(h);
  h.ctx.apiCreateTabs('2026-TW1');
  typeInputs(h, BUDI, ANI, [12, '9'], 'Sesuai Ekspektasi');
  typeInputs(h, BUDI, DEDI, [11, 8], 'Di Atas Ekspektasi');
  return h;
}

const tabNames = (h: ReturnType<typeof harness>) =>
  h.emulator.workbook.sheets
    .filter(s => tabIdentityOfModel(s) !== null)
    .map(s => s.name)
    .sort();

describe('a renamed tab', () => {
  it('carries its identity in developer metadata and a note on A1', () => {
    const h = typed();
    const s = sheet(h.emulator, BUDI);
    const [meta] = s.getDeveloperMetadata();
    expect(meta.getKey()).toBe('kinerja.tab');
    expect(JSON.parse(meta.getValue()!)).toEqual({
      period: '2026-TW1',
      mode: 'atasan',
      key: KEPALA.nip,
    });
    expect(s.getRange(1, 1).getNote()).toContain(KEPALA.nip);
  });

  it('is refreshed in place and recomputes to the same Hasil', () => {
    const h = typed();
    expect(h.ctx.apiRecompute('2026-TW1').ok).toBe(true);
    const hasil = values(h.emulator, 'Hasil');
    sheet(h.emulator, BUDI).setName(RENAMED);
    const row = findRow(values(h.emulator, RENAMED), ANI, 'Hasil Kerja', 'I1');

    const result = h.ctx.apiCreateTabs('2026-TW1');
    expect(result.ok).toBe(true);
    expect(result.tabs).toContain(RENAMED);
    expect(tabNames(h)).toEqual(['2026-TW1 Rina Wati', RENAMED]);
    expect(values(h.emulator, RENAMED)[row - 1][8]).toBe(12);

    expect(h.ctx.apiRecompute('2026-TW1').ok).toBe(true);
    expect(values(h.emulator, 'Hasil')).toEqual(hasil);
    const preview = h.ctx.apiPreviewEmail('2026-TW1', ANI);
    expect(JSON.stringify(preview)).toContain('120');
  });

  it('is audited when its inputs are edited', () => {
    const h = typed();
    h.ctx.menuInstallTriggers();
    sheet(h.emulator, BUDI).setName(RENAMED);
    const row = findRow(values(h.emulator, RENAMED), ANI, 'Hasil Kerja', 'I1');
    h.emulator.userEdit(h.ctx, RENAMED, `I${row}`, 9);
    const log = values(h.emulator, 'Log Perubahan').slice(1);
    expect(log.map(r => `${r[2]}!${r[3]}`)).toEqual([`${RENAMED}!I${row}`]);
  });

  it('is closed with its period', () => {
    const h = typed();
    sheet(h.emulator, BUDI).setName(RENAMED);
    let status = h.ctx.apiClosePeriod('2026-TW1');
    for (let i = 0; status.state === 'running' && i < 10; i++)
      status = h.ctx.apiClosePeriod('2026-TW1');
    expect(status.ok).toBe(true);
    expect(tabNames(h)).toEqual([]);
  });

  it('costs a metadata call only while the index does not know its name', () => {
    const h = typed();
    sheet(h.emulator, BUDI).setName(RENAMED);
    h.emulator.calls.reset();
    h.ctx.apiRecompute('2026-TW1');
    // The renamed tab: not in the index yet (set-up removed the empty Sheet1; contract sheets are
    // known by name).
    expect(h.emulator.calls.count('Sheet.getDeveloperMetadata')).toBe(1);
    h.emulator.calls.reset();
    h.ctx.apiRecompute('2026-TW1');
    expect(h.emulator.calls.count('Sheet.getDeveloperMetadata')).toBe(0);
  });
});

describe('an old workbook', () => {
  it('has its Penilaian <Periode> <NIP> tab recognised once, then stamped', () => {
    const h = typed();
    // As an old version left it: the old name, no metadata, not in the index.
    const model = h.emulator.workbook.sheetByName(BUDI)!;
    model.developerMetadata = [];
    const old = `Penilaian 2026-TW1 ${KEPALA.nip}`;
    model.name = old;
    for (const k of Object.keys(h.emulator.workbook.documentProperties))
      if (k.startsWith('kinerja.tn:'))
        delete h.emulator.workbook.documentProperties[k];
    const row = findRow(values(h.emulator, old), ANI, 'Hasil Kerja', 'I1');

    const result = h.ctx.apiCreateTabs('2026-TW1');
    expect(result.ok).toBe(true);
    expect(tabNames(h)).toEqual(['2026-TW1 Rina Wati', old]);
    expect(values(h.emulator, old)[row - 1][8]).toBe(12);
    expect(model.developerMetadata.map(m => m.key)).toEqual(['kinerja.tab']);
  });
});
