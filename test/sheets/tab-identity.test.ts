import {
  MAX_TAB_NAME,
  decodeIdentity,
  encodeIdentity,
  legacyIdentity,
  newTabName,
  shortPersonName,
} from '../../src/sheets/tab-identity';

describe('shortPersonName', () => {
  it('drops degrees after the comma and titles before the name', () => {
    expect(shortPersonName('Dr. Ir. H. Sri Wahyuni, S.Kom., M.Si.')).toBe(
      'Sri Wahyuni',
    );
    expect(shortPersonName('Drs. Budi Santoso M.M.')).toBe('Budi Santoso');
    expect(shortPersonName('Hj. Siti Aminah')).toBe('Siti Aminah');
  });
  it('keeps a single initial and a plain name', () => {
    expect(shortPersonName('Budi M. Santoso')).toBe('Budi M. Santoso');
    expect(shortPersonName('Sri Wahyuni')).toBe('Sri Wahyuni');
  });
});

describe('newTabName', () => {
  it('is <period> <label>', () => {
    expect(newTabName('2026-TW1', 'Sri Wahyuni', 'x', new Set())).toBe(
      '2026-TW1 Sri Wahyuni',
    );
  });
  it('fits 31 characters, cut at a word', () => {
    const name = newTabName(
      '2026-TW1',
      'Bagian Perencanaan dan Keuangan Daerah',
      'x',
      new Set(),
    );
    expect(name).toBe('2026-TW1 Bagian Perencanaan'); // 27: "dan" would not fit whole
    expect(name.length).toBeLessThanOrEqual(MAX_TAB_NAME);
  });
  it('cuts a long single word hard', () => {
    const name = newTabName('2026-03', 'A'.repeat(40), 'x', new Set());
    expect(name).toBe(`2026-03 ${'A'.repeat(23)}`);
    expect(name.length).toBe(31);
  });
  it('adds (2), (3) when names collide ignoring case, still within 31', () => {
    const taken = new Set(['2026-tw1 sri wahyuni']);
    expect(newTabName('2026-TW1', 'Sri Wahyuni', 'x', taken)).toBe(
      '2026-TW1 Sri Wahyuni (2)',
    );
    expect(newTabName('2026-TW1', 'SRI WAHYUNI', 'x', taken)).toBe(
      '2026-TW1 SRI WAHYUNI (3)',
    );
    const long = new Set<string>();
    const first = newTabName(
      '2026-TW1',
      'Seksi Pelayanan Umum Terpadu',
      'x',
      long,
    );
    const second = newTabName(
      '2026-TW1',
      'Seksi Pelayanan Umum Terpadu',
      'x',
      long,
    );
    expect(first).toBe('2026-TW1 Seksi Pelayanan Umum'); // 29
    expect(second).toBe('2026-TW1 Seksi Pelayanan (2)'); // 28
    expect(second.length).toBeLessThanOrEqual(MAX_TAB_NAME);
  });
  it('removes the characters sheet names may not hold and end apostrophes', () => {
    expect(newTabName('2026-TW1', "Unit [A]/B:C*?\\'", 'x', new Set())).toBe(
      '2026-TW1 Unit A B C',
    );
  });
  it('uses the key when the label is empty', () => {
    expect(newTabName('2026-TW1', '  ', 'U01', new Set())).toBe('2026-TW1 U01');
  });
});

describe('identity', () => {
  it('round-trips through the metadata value', () => {
    const id = {period: '2026-TW1', mode: 'unit' as const, key: 'U01'};
    expect(decodeIdentity(encodeIdentity(id))).toEqual(id);
    expect(decodeIdentity('nonsense')).toBeNull();
    expect(decodeIdentity('{"period":"2026-TW1"}')).toBeNull();
  });
  it('reads old names Penilaian <period> <key>', () => {
    expect(legacyIdentity('Penilaian 2026-TW1 197011151993031001')).toEqual({
      period: '2026-TW1',
      mode: 'atasan',
      key: '197011151993031001',
    });
    expect(legacyIdentity('Penilaian 2026-03 U01')).toEqual({
      period: '2026-03',
      mode: 'unit',
      key: 'U01',
    });
    expect(legacyIdentity('Pegawai')).toBeNull();
    expect(legacyIdentity('Penilaian Kinerja')).toBeNull();
  });
});
