import {
  matchPresensiHeaders,
  normalizeHeader,
} from '../../src/core/tpp-headers';
import {PRESENSI_HEADERS} from '../../src/core/tpp-presensi';

describe('attendance export headers', () => {
  it('places the contract headers themselves', () => {
    // Exactly as docs/SHEETS.md writes the Presensi sheet.
    const headers =
      'Periode | NIP | Hari Kerja | Hadir | TK | TM1 | TM2 | TM3 | TM4 | PC1 | PC2 | PC3 | PC4 | Cuti | Dinas Luar'.split(
        ' | ',
      );
    expect(PRESENSI_HEADERS).toEqual(headers);
    const match = matchPresensiHeaders(headers);
    expect(match.unplaced).toEqual([]);
    expect(match.missing).toEqual([]);
    expect(Object.entries(match.columns)).toEqual(
      headers.map((h, i) => [h, i]),
    );
  });

  it("places an attendance system's names, ignoring case, spaces, punctuation and bracketed notes", () => {
    const match = matchPresensiHeaders([
      'No',
      'NIP Baru',
      'Nama',
      'Jumlah Hari Kerja',
      'Jml. Hadir',
      'Tanpa Keterangan',
      'Terlambat 1 (1-30 menit)',
      'TL2',
      'tm-3',
      'Terlambat Masuk 4',
      'Pulang Sebelum Waktu 1',
      'PSW2',
      'P.C. 3',
      'pulang cepat 4',
      'CUTI',
      'DL',
    ]);
    expect(match.columns).toEqual({
      NIP: 1,
      'Hari Kerja': 3,
      Hadir: 4,
      TK: 5,
      TM1: 6,
      TM2: 7,
      TM3: 8,
      TM4: 9,
      PC1: 10,
      PC2: 11,
      PC3: 12,
      PC4: 13,
      Cuti: 14,
      'Dinas Luar': 15,
    });
    expect(match.unplaced).toEqual([
      {index: 0, header: 'No'},
      {index: 2, header: 'Nama'},
    ]);
    expect(match.missing).toEqual([]);
  });

  it('leaves Izin and Sakit unplaced (no column in §9), and reports the fields not found', () => {
    const match = matchPresensiHeaders([
      'NIP',
      'Hadir',
      'Izin',
      'Sakit',
      'Alpa',
      'Dinas Luar',
      '',
      null,
    ]);
    expect(match.columns).toEqual({NIP: 0, Hadir: 1, TK: 4, 'Dinas Luar': 5});
    expect(match.unplaced).toEqual([
      {index: 2, header: 'Izin'},
      {index: 3, header: 'Sakit'},
    ]);
    const found = ['Periode', 'NIP', 'Hadir', 'TK', 'Dinas Luar'];
    expect(match.missing).toEqual(
      PRESENSI_HEADERS.filter(h => !found.includes(h)),
    );
    expect(match.missing).toHaveLength(10);
  });

  it('keeps the first of two columns for one field and lists the second', () => {
    const match = matchPresensiHeaders(['NIP', 'TL1', 'TM1', 'TM5']);
    expect(match.columns).toEqual({NIP: 0, TM1: 1});
    expect(match.unplaced).toEqual([
      {index: 2, header: 'TM1'},
      {index: 3, header: 'TM5'},
    ]);
  });

  it('normalises headers', () => {
    expect(normalizeHeader('  Dinas\u00a0Luar [hari] ')).toBe('dinasluar');
    expect(normalizeHeader(12)).toBe('12');
    expect(normalizeHeader(undefined)).toBe('');
  });
});
