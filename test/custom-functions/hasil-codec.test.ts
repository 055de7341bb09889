import {
  SHARD_CHARS,
  decodeShard,
  encodeHasil,
  findInShard,
  shardOf,
} from '../../src/sheets/hasil-codec';
import {buildHasilIndex} from '../../src/sheets/hasil';
import {HASIL_HEADER, hasilRow} from '../support/workbook';

const nipOf = (i: number) => `19900202201501${String(i).padStart(4, '0')}`;

describe('the compact Hasil shards', () => {
  const rows: unknown[][] = [HASIL_HEADER];
  for (let i = 0; i < 9000; i++) {
    rows.push(
      hasilRow(
        '2026-TW1',
        nipOf(i),
        i % 7 ? 90 + i / 100 : '',
        i % 3 ? 'Baik' : 'Kurang/Misconduct',
      ),
    );
  }
  rows.push(hasilRow('2026-TW2', nipOf(1), 101.25, 'Sangat Baik'));
  rows.push(hasilRow('bukan periode', nipOf(2), 50, 'Baik'));
  const index = buildHasilIndex(rows);

  it('splits each period into shards under the cache limit and decodes them exactly', () => {
    const shards = encodeHasil(index)!;
    expect(Object.keys(shards.periods).sort()).toEqual([
      '2026-TW1',
      '2026-TW2',
    ]);
    const tw1 = shards.periods['2026-TW1'];
    expect(tw1.length).toBeGreaterThan(1);
    expect(tw1.every(t => Buffer.byteLength(t) <= SHARD_CHARS)).toBe(true);
    for (const i of [0, 1, 7, 4500, 8999]) {
      const nip = nipOf(i);
      const text = tw1[shardOf(nip, tw1.length)];
      const expected = index.byNip[nip]['2026-TW1'];
      expect(decodeShard(text, shards.predikats).get(nip)).toEqual(expected);
      expect(findInShard(text, nip, shards.predikats)).toEqual(expected);
    }
    expect(findInShard(tw1[0], '1990', shards.predikats)).toBeUndefined();
    expect(shards.latest).toBe(index.latest);
  });

  it('refuses a NIP holding a separator (the sheet is read instead)', () => {
    // normalizeNip drops whitespace, so only a hand-made index can hold one.
    const odd = {
      byNip: {'a\nb': {'2026-TW1': [1, 'Baik'] as [number, string]}},
      latest: '2026-TW1',
    };
    expect(encodeHasil(odd)).toBeNull();
  });
});
