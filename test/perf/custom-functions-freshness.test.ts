// ASN_SCORE / ASN_PREDIKAT: one sheet read when the cache is cold (Periode Aktif and Bahasa come
// from the kinerja.settings property that recompute, the settings form and a Pengaturan edit
// keep), and no read at all with the data_hasil argument, which also makes Sheets recalculate the
// formula whenever Hasil changes.
import type {Emulator} from '../../src/local/emulator';
import {loadBundle} from '../../src/local/loader';
import {
  ANI,
  CODE_FILE,
  DEDI,
  type Harness,
  fillFixture,
  harness,
} from '../workflow/helpers';
import {setSetting, sheet} from '../support/workbook';

/** Calls that read cells, by name. */
function reads(emulator: Emulator): Record<string, number> {
  return Object.fromEntries(
    Object.entries(emulator.calls.byMethod()).filter(([name]) =>
      /^(Range\.(getValues|getValue|getDisplayValues|getFormulas)|Sheet\.getSheetValues)$/.test(
        name,
      ),
    ),
  );
}

const readCount = (emulator: Emulator) =>
  Object.values(reads(emulator)).reduce((a, b) => a + b, 0);

/**
 * The fixture recomputed for the periods, then Ani's and Dedi's rows of each given results as if
 * their supervisors had typed every rating (TW1: 114 Sangat Baik and 100 Baik; S1: 101 and 99,
 * Baik); the cache is empty.
 */
function recomputed(periods = ['2026-TW1']): Harness {
  const h = harness();
  fillFixture(h);
  h.ctx.apiCreateTabs('2026-TW1');
  for (const period of periods) {
    expect(h.ctx.apiRecompute(period).ok).toBe(true);
  }
  const hasil = sheet(h.emulator, 'Hasil');
  const rows = hasil.getDataRange().getValues();
  const col = (name: string) => rows[0].indexOf(name) + 1;
  for (const [period, nip, nilai, predikat] of [
    ['2026-TW1', ANI, 114, 'Sangat Baik'],
    ['2026-TW1', DEDI, 100, 'Baik'],
    ['2026-S1', ANI, 101, 'Baik'],
    ['2026-S1', DEDI, 99, 'Baik'],
  ] as const) {
    const r =
      rows.findIndex(
        row =>
          row[col('NIP') - 1] === nip && row[col('Periode') - 1] === period,
      ) + 1;
    if (r === 0) continue;
    hasil.getRange(r, col('Nilai Akhir')).setValue(nilai);
    hasil.getRange(r, col('Predikat')).setValue(predikat);
  }
  return h;
}

/** A new execution, as each recalculation of a custom function is. */
const fresh = (h: Harness) =>
  loadBundle(h.emulator, CODE_FILE, {customFunction: true});

/** Hasil as Sheets passes `Hasil!A:M` to a custom function: every row, blanks included. */
const hasilRange = (h: Harness) =>
  sheet(h.emulator, 'Hasil').getRange('A:M').getValues();

const property = (h: Harness) =>
  JSON.parse(
    (
      h.emulator.globals
        .PropertiesService as GoogleAppsScript.Properties.PropertiesService
    )
      .getDocumentProperties()
      .getProperty('kinerja.settings') ?? 'null',
  );

describe('one read of Hasil when the cache is cold', () => {
  it('recompute leaves Periode Aktif and Bahasa in kinerja.settings', () => {
    const h = recomputed();
    expect(property(h)).toEqual({periodeAktif: '2026-TW1', bahasa: 'id'});
  });

  it.each([
    ['ASN_SCORE', [[ANI], [DEDI]], [[114], [100]]],
    ['ASN_PREDIKAT', [[ANI], [DEDI]], [['Sangat Baik'], ['Baik']]],
    ['ASN_SCORE', ANI, 114],
    ['ASN_PREDIKAT', DEDI, 'Baik'],
  ])(
    '%s(%p) with the period omitted reads Hasil once',
    (name, nip, expected) => {
      const h = recomputed();
      h.emulator.calls.reset();
      expect(fresh(h)[name](nip)).toEqual(expected);
      expect(reads(h.emulator)).toEqual({'Range.getValues': 1});
      expect(h.emulator.calls.count('Spreadsheet.getSheetByName')).toBe(1);
      // The next recalculation comes from the cache.
      h.emulator.calls.reset();
      expect(fresh(h)[name](nip)).toEqual(expected);
      expect(readCount(h.emulator)).toBe(0);
    },
  );

  it('a problem row is worded in the property language without reading Pengaturan', () => {
    const h = recomputed();
    h.emulator.calls.reset();
    expect(fresh(h).ASN_SCORE([[ANI], ['199']])).toEqual([
      [expect.any(Number)],
      ['NIP 199 tidak ada di sheet Hasil untuk periode 2026-TW1'],
    ]);
    expect(reads(h.emulator)).toEqual({'Range.getValues': 1});
  });
});

describe('settings changes reach the custom functions', () => {
  it('saving the settings form updates the property and empties the cache', () => {
    const h = recomputed();
    fresh(h).ASN_SCORE(ANI); // cached now
    const state = h.ctx.apiGetState() as {settings: Record<string, unknown>};
    const saved = h.ctx.apiSaveSettings({...state.settings, bahasa: 'en'});
    expect(saved.ok).toBe(true);
    expect(property(h)).toEqual({periodeAktif: '2026-TW1', bahasa: 'en'});
    h.emulator.calls.reset();
    expect(fresh(h).ASN_SCORE([['199']])).toEqual([
      ['NIP 199 is not in the Hasil sheet for period 2026-TW1'],
    ]);
    expect(reads(h.emulator)).toEqual({'Range.getValues': 1}); // cache was emptied
  });

  it('an edit of Periode Aktif in Pengaturan moves the default period at once', () => {
    const h = recomputed(['2026-TW1', '2026-S1']);
    h.ctx.menuInstallTriggers();
    expect(fresh(h).ASN_SCORE(ANI)).toBe(114); // Periode Aktif 2026-TW1; now cached
    const rows = sheet(h.emulator, 'Pengaturan').getDataRange().getValues();
    const row = rows.findIndex(r => r[0] === 'Periode Aktif') + 1;
    h.emulator.userEdit(h.ctx, 'Pengaturan', `B${row}`, '2026-S1');
    expect(property(h)).toEqual({periodeAktif: '2026-S1', bahasa: 'id'});
    expect(fresh(h).ASN_SCORE(ANI)).toBe(101);
  });

  it('before any recompute, Pengaturan is read for the default period (two reads)', () => {
    const h = harness();
    fillFixture(h);
    setSetting(h.emulator, 'Periode Aktif', '2026-TW1');
    const hasil = sheet(h.emulator, 'Hasil');
    hasil.getRange(2, 1, 1, 3).setValues([['2026-TW1', `'${ANI}`, 'Ani']]);
    hasil.getRange('I2:J2').setValues([[88, 'Baik']]);
    h.emulator.calls.reset();
    expect(fresh(h).ASN_SCORE(ANI)).toBe(88);
    expect(readCount(h.emulator)).toBe(2);
  });
});

describe('data_hasil: the Hasil range as an argument', () => {
  it.each(['ASN_SCORE', 'ASN_PREDIKAT'])(
    '%s(nip; ; Hasil!A:M) gives the same answers and reads no sheet',
    name => {
      const h = recomputed();
      const column = [[ANI], [DEDI], ['']];
      const expected = fresh(h)[name](column, '2026-TW1');
      expect(expected[0][0]).toBe(name === 'ASN_SCORE' ? 114 : 'Sangat Baik');
      // Recompute sizes Hasil's grid to its rows: a user's blank rows below them come along with
      // Hasil!A:M and must not matter.
      sheet(h.emulator, 'Hasil').insertRowsAfter(
        sheet(h.emulator, 'Hasil').getMaxRows(),
        900,
      );
      const range = hasilRange(h);
      expect(range.length).toBeGreaterThan(900); // trailing blank rows included
      h.emulator.calls.reset();
      expect(fresh(h)[name](column, '', range)).toEqual(expected);
      expect(fresh(h)[name](ANI, '2026-TW1', range)).toEqual(expected[0][0]);
      expect(readCount(h.emulator)).toBe(0);
      expect(h.emulator.calls.total('Sheet.')).toBe(0);
      expect(h.emulator.calls.total('Spreadsheet')).toBe(0);
    },
  );

  it('follows Hasil: the new values, not the cached ones', () => {
    const h = recomputed();
    const before = fresh(h).ASN_SCORE(ANI); // cached from the sheet
    const range = hasilRange(h);
    const nip = range[0].indexOf('NIP');
    const nilai = range[0].indexOf('Nilai Akhir');
    const row = range.find(r => r[nip] === ANI)!;
    row[nilai] = Number(before) + 1; // what a later recompute wrote
    expect(fresh(h).ASN_SCORE(ANI, '', range)).toBe(Number(before) + 1);
  });

  it.each([
    ['one cell', 'Hasil'],
    ['a range without the header row', 'rows'],
    ['another sheet', 'unit'],
  ])(
    'a wrong data_hasil (%s) is a clear error that names the Hasil range',
    (_, what) => {
      const h = recomputed();
      const range = hasilRange(h);
      const wrong =
        what === 'Hasil'
          ? 'Hasil'
          : what === 'rows'
            ? range.slice(1)
            : sheet(h.emulator, 'Unit').getDataRange().getValues();
      const message =
        'ASN_SCORE: data_hasil harus rentang sheet Hasil termasuk baris judul (Periode, NIP, Nilai Akhir, Predikat), misalnya Hasil!A:M';
      h.emulator.calls.reset();
      expect(() => fresh(h).ASN_SCORE(ANI, '', wrong)).toThrow(message);
      expect(() => fresh(h).ASN_SCORE([[ANI], [DEDI]], '', wrong)).toThrow(
        message,
      );
      expect(readCount(h.emulator)).toBe(0);
    },
  );
});
