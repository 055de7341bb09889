import {
  ASN_CAPAIAN,
  ASN_IKM,
  ASN_KUADRAN,
  ASN_NIP,
} from '../../src/gas/custom-functions/calculators';
import {ASN_PREDIKAT, ASN_SCORE} from '../../src/gas/custom-functions/lookups';
import {
  HASIL_CACHE_KEY,
  invalidateHasilCache,
  readHasilLookup,
} from '../../src/gas/hasil-cache';
import {IKM_ELEMENTS} from '../../src/core/ikm';
import {type FakeSheets, installFakes} from './fakes';
import {HASIL_HEADER, hasilRow, settingsTable} from '../support/workbook';

const ANI = '199002022015012002';
const DEDI = '199103032016011003';
const EKA = '199205052017012005';

let fake: FakeSheets;
afterEach(() => fake?.uninstall());

function standardWorkbook(
  settings: Record<string, unknown> = {
    'Periode Aktif': '2026-TW1',
    Bahasa: 'id',
  },
) {
  return installFakes({
    Pengaturan: settingsTable(settings),
    Hasil: [
      HASIL_HEADER,
      hasilRow('2026-TW1', ANI, 112.5, 'Sangat Baik'),
      hasilRow('2026-TW1', DEDI, 95, 'Baik'),
      hasilRow('2026-TW1', EKA, '', ''),
      hasilRow('2026-TW2', ANI, 101, 'Baik'),
      hasilRow('2025-TW4', DEDI, 80, 'Butuh Perbaikan'),
    ],
  });
}

describe('ASN_CAPAIAN', () => {
  beforeEach(() => {
    fake = installFakes({Pengaturan: settingsTable({Bahasa: 'id'})});
  });

  it.each([
    [[9, 8, 'Turun'], 87.5],
    [['87,5', 100], 87.5],
    [['1.250,5', '1.000'], 120], // capped
    [['1.250,5', '1.000', 'naik', 200], 125.05],
    [[11, 10, ' NAIK '], 110],
    [[16, 8, 'Turun'], 0],
    [['', 8], ''],
  ])('single values %j -> %p', (args, expected) => {
    expect((ASN_CAPAIAN as (...a: unknown[]) => unknown)(...args)).toBe(
      expected,
    );
  });

  it('reads nothing from the sheets when nothing is wrong', () => {
    ASN_CAPAIAN([[9], [10]], [[8], [10]], 'Turun');
    expect(fake.getValues).toEqual({});
  });

  it.each([
    [[5, 0], 'Target harus lebih dari 0 (sekarang 0)'],
    [[5, -3], 'Target harus lebih dari 0 (sekarang -3)'],
    [[5, ''], 'Target kosong'],
    [['lima', 5], 'Realisasi: "lima" bukan angka'],
    [[5, 5, 'Atas'], 'Arah "Atas" harus Naik atau Turun'],
  ])('throws a clear Indonesian message for %j', (args, message) => {
    expect(() =>
      (ASN_CAPAIAN as (...a: unknown[]) => unknown)(...args),
    ).toThrow(message);
  });

  it('pairs ranges row by row, broadcasts single values and writes a bad row as text', () => {
    const result = ASN_CAPAIAN(
      [[9], [11], [''], ['x'], [8]],
      [[8], [10], [10], [10], [0]],
      [['Turun'], ['Naik'], ['Naik'], ['Naik'], ['Naik']],
      120,
    );
    expect(result).toEqual([
      [87.5],
      [110],
      [''],
      ['Realisasi: "x" bukan angka'],
      ['Target harus lebih dari 0 (sekarang 0)'],
    ]);
  });

  it('gives a blank cell for an empty range', () => {
    expect(ASN_CAPAIAN([], 5)).toBe('');
  });

  it('repeats a one-row range and refuses ranges of different lengths', () => {
    expect(ASN_CAPAIAN([[50], [100]], [[100]])).toEqual([[50], [100]]);
    expect(() => ASN_CAPAIAN([[1], [2], [3]], [[1], [2]])).toThrow(
      'ASN_CAPAIAN: rentang harus sama jumlah barisnya (3) atau satu sel',
    );
  });

  it('speaks English when Pengaturan Bahasa = en', () => {
    fake.uninstall();
    fake = installFakes({Pengaturan: settingsTable({Bahasa: 'en'})});
    expect(() => ASN_CAPAIAN(5, 0)).toThrow(
      'Target must be greater than 0 (now 0)',
    );
    expect(ASN_CAPAIAN([[5], [5]], [[0], [5]])).toEqual([
      ['Target must be greater than 0 (now 0)'],
      [100],
    ]);
  });
});

describe('ASN_KUADRAN', () => {
  beforeEach(() => {
    fake = installFakes({Pengaturan: settingsTable({Bahasa: 'id'})});
  });
  it('gives the predikat of single ratings, typed loosely', () => {
    expect(ASN_KUADRAN('Di Atas Ekspektasi', 'Di Atas Ekspektasi')).toBe(
      'Sangat Baik',
    );
    expect(ASN_KUADRAN('diatas', 'sesuai')).toBe('Baik');
    expect(ASN_KUADRAN('Di Bawah', 'Di Bawah')).toBe('Sangat Kurang');
    expect(ASN_KUADRAN('', 'Sesuai')).toBe('');
    expect(() => ASN_KUADRAN('Bagus', 'Sesuai')).toThrow(
      'Rating "Bagus" harus',
    );
  });
  it('works row by row on ranges', () => {
    expect(
      ASN_KUADRAN(
        [
          ['Di Atas Ekspektasi'],
          ['Sesuai Ekspektasi'],
          ['Di Bawah Ekspektasi'],
          ['x'],
        ],
        [
          ['Di Bawah Ekspektasi'],
          ['Di Atas Ekspektasi'],
          ['Sesuai Ekspektasi'],
          ['Sesuai'],
        ],
      ),
    ).toEqual([
      ['Kurang/Misconduct'],
      ['Baik'],
      ['Butuh Perbaikan'],
      [expect.stringContaining('Rating "x"')],
    ]);
  });
});

/** 29 respondents whose answers sum to 955. */
function answers955(): unknown[][] {
  let toLower = 89;
  return Array.from({length: 29}, () =>
    IKM_ELEMENTS.map(() => (toLower-- > 0 ? 3 : 4)),
  );
}

describe('ASN_IKM', () => {
  beforeEach(() => {
    fake = installFakes({
      Pengaturan: settingsTable({Bahasa: 'id', 'Bobot IKM': '1/9'}),
    });
  });
  it('computes the worked example 91.48 and, on request, mutu and kinerja', () => {
    expect(ASN_IKM(answers955())).toBeCloseTo((955 / 261) * 25, 10);
    expect(ASN_IKM(answers955(), '1/9', true)).toEqual([
      [expect.closeTo(91.4751, 3), 'A', 'Sangat Baik'],
    ]);
  });
  it('uses the bobot argument, else Bobot IKM of Pengaturan', () => {
    const nrrSum = (955 / 261) * 9;
    expect(ASN_IKM(answers955(), '0,11')).toBeCloseTo(nrrSum * 0.11 * 25, 10);
    fake.uninstall();
    fake = installFakes({Pengaturan: settingsTable({'Bobot IKM': '0,111'})});
    expect(ASN_IKM(answers955())).toBeCloseTo(nrrSum * 0.111 * 25, 10);
    expect(fake.getValues.Pengaturan).toBe(1);
  });
  it('skips blank answers and accepts answers typed as text', () => {
    const table = answers955();
    table.push(IKM_ELEMENTS.map(() => ''));
    table[0][0] = '3';
    expect(ASN_IKM(table)).toBeCloseTo((955 / 261) * 25, 10);
  });
  it.each([
    [
      (t: unknown[][]) => (t[4][2] = 5),
      'Jawaban IKM baris 5 kolom 3: "5" harus 1, 2, 3 atau 4',
    ],
    [(t: unknown[][]) => (t[0][0] = 'baik'), 'IKM: "baik" bukan angka'],
    [
      (t: unknown[][]) => t.forEach(row => row.pop()),
      'Jawaban IKM harus 9 kolom (unsur), bukan 8',
    ],
    [
      (t: unknown[][]) => t.forEach(row => (row[3] = '')),
      'unsur Biaya/Tarif belum punya jawaban',
    ],
  ])('refuses bad tables (%#)', (spoil, message) => {
    const table = answers955();
    spoil(table);
    expect(() => ASN_IKM(table)).toThrow(message);
  });
  it('refuses a bad bobot', () => {
    expect(() => ASN_IKM(answers955(), 'sembilan')).toThrow(
      'Bobot IKM "sembilan" tidak sah',
    );
  });
});

describe('ASN_NIP', () => {
  beforeEach(() => {
    fake = installFakes({Pengaturan: settingsTable({Bahasa: 'id'})});
  });
  it('reads the official example into one row of four cells', () => {
    const [[birth, tmt, gender, status]] = ASN_NIP(
      '19660801 198803 1 001',
    ) as unknown[][];
    expect(birth).toBeInstanceOf(Date);
    const date = birth as Date;
    expect([date.getFullYear(), date.getMonth() + 1, date.getDate()]).toEqual([
      1966, 8, 1,
    ]);
    expect([tmt, gender, status]).toEqual(['1988-03', 'Pria', 'PNS']);
  });
  it('recognises a PPPK number when no status is given, or as told', () => {
    const [[, tmt, gender, status]] = ASN_NIP(
      '198503152021132002',
    ) as unknown[][];
    expect([tmt, gender, status]).toEqual(['', 'Wanita', 'PPPK']);
    expect(() => ASN_NIP('198503152021132002', 'PNS')).toThrow(
      'digit 9-14 (202113)',
    );
  });
  it('throws the NIP problem for a single value', () => {
    expect(() => ASN_NIP('196608011988033001')).toThrow(
      'digit 15 (3) harus 1 (pria) atau 2 (wanita)',
    );
    expect(() => ASN_NIP(1.96608011988031e17)).toThrow(
      'tersimpan sebagai angka',
    );
  });
  it('gives one row per NIP of a range, with the problem text in a bad row', () => {
    const rows = ASN_NIP([
      ['196608011988031001'],
      [''],
      ['19730229200003100'],
      [1.96608011988031e17],
    ]) as unknown[][];
    expect(rows).toHaveLength(4);
    expect(rows.every(row => row.length === 4)).toBe(true);
    expect(rows[0].slice(1)).toEqual(['1988-03', 'Pria', 'PNS']);
    expect(rows[1]).toEqual(['', '', '', '']);
    expect(rows[2]).toEqual([
      'NIP 19730229200003100 harus 18 digit, bukan 17',
      '',
      '',
      '',
    ]);
    expect(String(rows[3][0])).toContain('tersimpan sebagai angka');
  });
});

describe('ASN_SCORE and ASN_PREDIKAT', () => {
  it('reads a small Hasil once for a whole range and serves the next call from the cache', () => {
    fake = standardWorkbook();
    expect(ASN_SCORE([[ANI], [DEDI]])).toEqual([[112.5], [95]]);
    expect(fake.getValues).toEqual({Hasil: 1, Pengaturan: 1});
    expect(ASN_PREDIKAT([[ANI], [DEDI]], '2026-TW1')).toEqual([
      ['Sangat Baik'],
      ['Baik'],
    ]);
    expect(ASN_SCORE(ANI, '2026-TW2')).toBe(101);
    expect(fake.getValues).toEqual({Hasil: 1, Pengaturan: 1});
  });

  it('does not read Pengaturan at all when every row names its period', () => {
    fake = standardWorkbook();
    expect(ASN_SCORE([[ANI], [DEDI]], '2026-TW1')).toEqual([[112.5], [95]]);
    expect(fake.getValues).toEqual({Hasil: 1});
  });

  it('keeps Periode Aktif cached until invalidateHasilCache', () => {
    fake = standardWorkbook();
    expect(ASN_SCORE(ANI)).toBe(112.5);
    fake.sheets.Pengaturan[1][1] = '2026-TW2';
    expect(ASN_SCORE(ANI)).toBe(112.5);
    invalidateHasilCache();
    expect(ASN_SCORE(ANI)).toBe(101);
    expect(fake.getValues).toEqual({Hasil: 2, Pengaturan: 2});
  });

  it('defaults to Periode Aktif, else to the latest period in Hasil', () => {
    fake = standardWorkbook();
    expect(ASN_SCORE(ANI)).toBe(112.5);
    fake.uninstall();
    fake = standardWorkbook({'Periode Aktif': ''});
    expect(ASN_SCORE(ANI)).toBe(101); // 2026-TW2 is the latest
    expect(ASN_PREDIKAT(DEDI, ' 2025 tw4 ')).toBe('Butuh Perbaikan');
  });

  it('accepts NIPs with spaces, period codes in any case, and says what is missing', () => {
    fake = standardWorkbook();
    expect(ASN_SCORE('19900202 201501 2 002', '2026-tw2')).toBe(101);
    expect(ASN_PREDIKAT(DEDI, '2025-TW4')).toBe('Butuh Perbaikan');
    expect(() => ASN_SCORE(DEDI, '2026-TW2')).toThrow(
      `NIP ${DEDI} tidak ada di sheet Hasil untuk periode 2026-TW2`,
    );
    expect(() => ASN_SCORE(EKA)).toThrow(
      `NIP ${EKA} periode 2026-TW1 belum punya Nilai Akhir`,
    );
    expect(() => ASN_PREDIKAT(EKA)).toThrow('belum punya Predikat');
    expect(() => ASN_SCORE(ANI, '2026-Q1')).toThrow(
      'Periode 2026-Q1 tidak dikenal',
    );
    expect(() => ASN_SCORE(1.99002022015012e17)).toThrow(
      'tersimpan sebagai angka',
    );
    expect(ASN_SCORE('')).toBe('');
  });

  it('puts a row problem in that row and pairs a periode range', () => {
    fake = standardWorkbook();
    expect(
      ASN_SCORE(
        [[ANI], ['123'], [''], [DEDI]],
        [['2026-TW2'], ['2026-TW1'], [''], ['2025-TW4']],
      ),
    ).toEqual([
      [101],
      ['NIP 123 tidak ada di sheet Hasil untuk periode 2026-TW1'],
      [''],
      [80],
    ]);
  });

  it('answers in English when Bahasa = en', () => {
    fake = standardWorkbook({'Periode Aktif': '2026-TW1', Bahasa: 'en'});
    expect(() => ASN_SCORE('123')).toThrow(
      'NIP 123 is not in the Hasil sheet for period 2026-TW1',
    );
  });

  it('explains a missing Hasil sheet or column', () => {
    fake = installFakes({Pengaturan: settingsTable({})});
    expect(() => ASN_SCORE(ANI)).toThrow(
      'Sheet Hasil belum ada atau kosong: jalankan Hitung Ulang dulu',
    );
    fake.uninstall();
    fake = installFakes({Pengaturan: settingsTable({}), Hasil: [['']]});
    expect(() => ASN_SCORE(ANI)).toThrow('Sheet Hasil belum ada atau kosong');
    fake.uninstall();
    fake = installFakes({
      Pengaturan: settingsTable({Bahasa: 'en'}),
      Hasil: [['Periode', 'NIP', 'Predikat']],
    });
    expect(() => ASN_SCORE(ANI)).toThrow(
      'The Hasil sheet has no Nilai Akhir column in row 1',
    );
  });

  it('finds columns by header text, in any order and case', () => {
    fake = installFakes({
      Pengaturan: settingsTable({'Periode Aktif': '2026-TW1'}),
      Hasil: [
        ['Catatan', ' predikat ', 'NILAI AKHIR', 'nip', 'Periode'],
        ['x', 'Baik', 99.25, ANI, '2026-TW1'],
      ],
    });
    expect(ASN_SCORE(ANI)).toBe(99.25);
    expect(ASN_PREDIKAT(ANI)).toBe('Baik');
  });

  it('reads the sheet again after invalidateHasilCache (what recompute calls)', () => {
    fake = standardWorkbook();
    expect(ASN_SCORE(ANI)).toBe(112.5);
    fake.sheets.Hasil[1][8] = 113;
    expect(ASN_SCORE(ANI)).toBe(112.5); // cached
    invalidateHasilCache();
    expect(fake.cache.has(HASIL_CACHE_KEY)).toBe(false);
    expect(ASN_SCORE(ANI)).toBe(113);
    expect(fake.getValues.Hasil).toBe(2);
  });
});

describe('hasil cache chunks', () => {
  function bigWorkbook(employees: number) {
    const rows: unknown[][] = [HASIL_HEADER];
    for (let i = 0; i < employees; i++) {
      const nip =
        `19900101201501${String(1000 + (i % 9000)).padStart(4, '0')}`.slice(
          0,
          14,
        ) + String(i).padStart(4, '0');
      for (const period of ['2026-TW1', '2026-TW2', '2026-S1', '2026-TW3']) {
        rows.push(hasilRow(period, nip, 90 + (i % 30) + 0.123456789, 'Baik'));
      }
    }
    return installFakes({
      Pengaturan: settingsTable({'Periode Aktif': '2026-TW2'}),
      Hasil: rows,
    });
  }

  const nipOf = (i: number) => `19900101201501${String(i).padStart(4, '0')}`;
  const scoreOf = (i: number) => 90 + (i % 30) + 0.123456789;

  it('shards a large index by period and NIP, every value under 100 KB, read back exactly', () => {
    fake = bigWorkbook(8000);
    expect(ASN_SCORE(nipOf(0), '2026-TW2')).toBe(scoreOf(0));
    const range = Array.from({length: 8000}, (_, i) => [nipOf(i)]);
    const scores = ASN_SCORE(range, '2026-S1') as unknown[][];
    expect(scores.map(r => r[0])).toEqual(range.map((_, i) => scoreOf(i)));
    const shards = [...fake.cache.keys()].filter(k =>
      k.startsWith(`${HASIL_CACHE_KEY}:`),
    );
    // 8,000 entries of about 28 characters: three or four shards for each of the two periods read.
    expect(shards.length).toBeGreaterThanOrEqual(6);
    expect(shards.every(k => k.length <= 250)).toBe(true);
    expect(
      [...fake.cache.values()].every(v => Buffer.byteLength(v) < 100 * 1024),
    ).toBe(true);
    // One pass per period asked for (the table is past WHOLE_READ_CELLS).
    expect(fake.getValues.Hasil).toBe(2);
    invalidateHasilCache();
    expect(fake.cache.size).toBe(0);
  });

  it("one cell reads the head and its NIP's shard only", () => {
    fake = bigWorkbook(8000);
    readHasilLookup().find(nipOf(1), '2026-TW1'); // fills the cache
    fake.cacheCalls.get = 0;
    fake.cacheCalls.getAll = 0;
    for (let i = 0; i < 50; i++) {
      expect(ASN_PREDIKAT(nipOf(i * 7), '2026-TW1')).toBe('Baik');
    }
    // The head and one shard (with the periode blank, Periode Aktif comes from the property).
    expect(fake.cacheCalls.get).toBe(50 * 2);
    expect(fake.cacheCalls.getAll).toBe(0);
    expect(fake.getValues.Hasil).toBe(1);
  });

  it('rebuilds from the sheet when a shard was evicted, never trusting a partial index', () => {
    fake = bigWorkbook(3000);
    readHasilLookup().find(nipOf(1), '2026-TW1');
    const shard = [...fake.cache.keys()].find(k => k.endsWith(':2026-TW3:0'))!;
    fake.cache.delete(shard);
    expect(ASN_SCORE(nipOf(5), '2026-TW3')).toBe(scoreOf(5));
    expect(fake.getValues.Hasil).toBe(2);
  });

  it('still works when the cache is unavailable', () => {
    fake = standardWorkbook();
    (global as Record<string, unknown>).CacheService = {
      getDocumentCache: () => null,
    };
    expect(ASN_SCORE([[ANI], [DEDI]])).toEqual([[112.5], [95]]);
    expect(ASN_SCORE(ANI)).toBe(112.5);
    expect(fake.getValues.Hasil).toBe(2);
    // Recompute's invalidation finds nothing to remove; every call still reads the sheet afresh.
    invalidateHasilCache();
    fake.sheets.Hasil[1][8] = 113;
    expect(ASN_SCORE(ANI)).toBe(113);
    expect(fake.getValues.Hasil).toBe(3);
  });
});
