import {
  TPP_DEFAULT_ROWS,
  defaultTppSettings,
  persenFor,
  readTppSettings,
} from '../../src/core/tpp-settings';
import {TPP_MESSAGES} from '../../src/core/messages/tpp';
import type {CellRef, Finding} from '../../src/core/types';

const src = (row: number) => ({sheet: 'TPP', row});

describe('TPP settings (docs/SHEETS.md TPP)', () => {
  it('writes every key of the contract with its default, in order', () => {
    expect(TPP_DEFAULT_ROWS).toEqual([
      ['Bobot Kinerja', 60],
      ['Bobot Disiplin', 40],
      ['Persen Sangat Baik', 100],
      ['Persen Baik', 100],
      ['Persen Butuh Perbaikan', 80],
      ['Persen Kurang/Misconduct', 60],
      ['Persen Sangat Kurang', 40],
      ['Persen Belum Lengkap', 0],
      ['Potongan TK', 3],
      ['Potongan TM1', 0.5],
      ['Potongan TM2', 1],
      ['Potongan TM3', 1.25],
      ['Potongan TM4', 1.5],
      ['Potongan PC1', 0.5],
      ['Potongan PC2', 1],
      ['Potongan PC3', 1.25],
      ['Potongan PC4', 1.5],
      ['TPP untuk PPPK', 'Ya'],
    ]);
  });

  it('reads the defaults back from the rows set-up writes, with no finding', () => {
    const rows = TPP_DEFAULT_ROWS.map(([key, value], i) => ({
      key,
      value,
      src: src(i + 2),
    }));
    expect(readTppSettings(rows)).toEqual({
      settings: defaultTppSettings(),
      findings: [],
    });
    expect(defaultTppSettings()).toEqual({
      bobotKinerja: 60,
      bobotDisiplin: 40,
      persen: {
        'Sangat Baik': 100,
        Baik: 100,
        'Butuh Perbaikan': 80,
        'Kurang/Misconduct': 60,
        'Sangat Kurang': 40,
      },
      persenBelumLengkap: 0,
      potonganTk: 3,
      potonganTm: [0.5, 1, 1.25, 1.5],
      potonganPc: [0.5, 1, 1.25, 1.5],
      tppUntukPppk: true,
    });
  });

  it('reads Indonesian numbers and Ya/Tidak, keys matched without case or extra spaces', () => {
    const {settings, findings} = readTppSettings([
      {key: ' potongan  tm1 ', value: '0,75', src: src(2)},
      {key: 'TPP UNTUK PPPK', value: 'tidak', src: src(3)},
      {key: 'Catatan', value: 'bebas', src: src(4)},
      {key: 'Potongan TK', value: '', src: src(5)},
    ]);
    expect(findings).toEqual([]);
    expect(settings.potonganTm[0]).toBe(0.75);
    expect(settings.tppUntukPppk).toBe(false);
    expect(settings.potonganTk).toBe(3);
  });

  it('keeps the default with a Galat at the Nilai cell for a value that is not valid', () => {
    const {settings, findings} = readTppSettings([
      {key: 'Potongan TK', value: 'tiga', src: src(10)},
      {key: 'Persen Baik', value: 120, src: src(11)},
      {key: 'Potongan PC2', value: -1, src: src(12)},
      {key: 'TPP untuk PPPK', value: 'mungkin', src: src(13)},
    ]);
    expect(settings).toEqual(defaultTppSettings());
    const cell = (f: Finding) => f.at as CellRef;
    expect(findings.map(f => [cell(f).header, f.level])).toEqual(
      Array(4).fill(['Nilai', 'Galat']),
    );
    expect(findings.map(f => [cell(f).src.row, f.message.id])).toEqual([
      [10, 'Potongan TK tidak valid ("tiga"): dipakai nilai bawaan "3"'],
      [11, 'Persen Baik tidak valid ("120"): dipakai nilai bawaan "100"'],
      [12, 'Potongan PC2 tidak valid ("-1"): dipakai nilai bawaan "1"'],
      [13, 'TPP untuk PPPK tidak valid ("mungkin"): dipakai nilai bawaan "Ya"'],
    ]);
  });

  it('warns when the weights do not total 100', () => {
    const {settings, findings} = readTppSettings([
      {key: 'Bobot Kinerja', value: 70, src: src(2)},
    ]);
    expect(settings.bobotKinerja).toBe(70);
    expect(findings).toEqual([
      {
        at: {src: src(2), header: 'Nilai'},
        level: 'Peringatan',
        message: {
          id: 'Bobot Kinerja + Bobot Disiplin sebaiknya 100 (tertulis 70 + 40 = 110)',
          en: 'Bobot Kinerja + Bobot Disiplin should total 100 (found 70 + 40 = 110)',
        },
      },
    ]);
  });

  it('maps a missing predikat to Persen Belum Lengkap', () => {
    const settings = defaultTppSettings();
    settings.persenBelumLengkap = 50;
    expect(persenFor(settings, null)).toBe(50);
    expect(persenFor(settings, 'Kurang')).toBe(60);
  });

  it('has every TPP text in both languages with the same parameters', () => {
    const params = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, m] of Object.entries(TPP_MESSAGES)) {
      expect([
        key,
        key.startsWith('tpp.'),
        m.id !== '',
        m.en !== '',
        params(m.id),
      ]).toEqual([key, true, true, true, params(m.en)]);
    }
  });
});
