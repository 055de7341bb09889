import crypto from 'node:crypto';
import {createEmulator} from '../../src/local/emulator';
import type {Any} from './setup';

describe('Utilities', () => {
  it('parseCsv gives strings per line, quoted fields with delimiters and doubled quotes', () => {
    const g = createEmulator().globals as Any;
    expect(
      g.Utilities.parseCsv('NIP,Nama\r\n"1990,01","Ani ""A"""\n', ','),
    ).toEqual([['NIP', 'Nama'], ['1990,01', 'Ani "A"'], ['']]);
    expect(g.Utilities.parseCsv('a;b;;c', ';')).toEqual([['a', 'b', '', 'c']]);
    expect(() => g.Utilities.parseCsv('"a\nb"')).toThrow(/Could not parse/);
  });

  const instant = new Date('2026-03-31T17:30:05.042Z');
  test.each([
    ['Asia/Jakarta', 'yyyy-MM-dd HH:mm:ss z', '2026-04-01 00:30:05 WIB'],
    ['Asia/Makassar', 'yyyy-MM-dd HH:mm:ss Z', '2026-04-01 01:30:05 +0800'],
    [
      'Asia/Jayapura',
      "EEEE, d MMMM yyyy 'pukul' HH.mm XXX",
      'Wednesday, 1 April 2026 pukul 02.30 +09:00',
    ],
    ['Asia/Jakarta', 'dd/MM/yy hh:mm a SSS', '01/04/26 12:30 AM 042'],
    ['GMT+7', 'yyyy-MM-dd', '2026-04-01'],
    ['UTC', "yyyy-MM-dd'T'HH:mm:ss'Z'", '2026-03-31T17:30:05Z'],
  ])('formatDate in %s with %j', (tz, pattern, expected) => {
    const g = createEmulator().globals as Any;
    expect(g.Utilities.formatDate(instant, tz, pattern)).toBe(expected);
  });

  test.each([
    ['SHA_256', 'sha256'],
    ['MD5', 'md5'],
  ])('computeDigest %s matches Node crypto as signed bytes', (alg, node) => {
    const g = createEmulator().globals as Any;
    const text = 'Kinerja ASN — 196608011988031001';
    const expected = [
      ...crypto.createHash(node).update(text, 'utf8').digest(),
    ].map(b => (b > 127 ? b - 256 : b));
    expect(
      g.Utilities.computeDigest(
        g.Utilities.DigestAlgorithm[alg],
        text,
        g.Utilities.Charset.UTF_8,
      ),
    ).toEqual(expected);
    expect(expected.some(b => b < 0)).toBe(true);
  });

  test('base64, blobs, formatString, uuid', () => {
    const g = createEmulator().globals as Any;
    expect(g.Utilities.base64Encode('Halo ASN')).toBe('SGFsbyBBU04=');
    const bytes = g.Utilities.base64Decode('SGFsbyBBU04=');
    expect(g.Utilities.newBlob(bytes).getDataAsString()).toBe('Halo ASN');
    expect(
      g.Utilities.formatString('%s: %.2f (%d)', 'Nilai', 87.456, 3.9),
    ).toBe('Nilai: 87.46 (3)');
    expect(g.Utilities.getUuid()).toMatch(/^[0-9a-f-]{36}$/);
  });
});
