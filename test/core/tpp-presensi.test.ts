import {validatePresensi} from '../../src/core/tpp-presensi';
import type {PresensiRow} from '../../src/core/tpp';
import {NIP_A, presensi} from './tpp-helpers';

const A = NIP_A;
const B = '199001012015032002';
const KNOWN = new Set([A, B]);

/** The worked example's month (TK 1, TM2 2, PC1 1) with a day of Cuti: 19 + 1 + 1 = 21 days. */
function row(r: number, over: Partial<PresensiRow> = {}): PresensiRow {
  const counts = {
    hadir: 19,
    tk: 1,
    cuti: 1,
    tm: [0, 2, 0, 0],
    pc: [1, 0, 0, 0],
  };
  return {
    ...presensi(counts as Partial<PresensiRow>),
    src: {sheet: 'Presensi', row: r},
    ...over,
  };
}

/** Findings as [row, header, level, Indonesian text]: what src/sheets turns into `Presensi!E7`. */
function found(rows: PresensiRow[]) {
  return validatePresensi(rows, KNOWN).map(f => {
    const at = f.at as {src: {row: number}; header: string};
    return [at.src.row, at.header, f.level, f.message.id];
  });
}

describe('Presensi validation', () => {
  it('accepts good rows, the same NIP in two months, and Hadir + TK + Cuti + DL equal to Hari Kerja', () => {
    expect(
      found([row(2), row(3, {nip: B}), row(4, {periode: '2026-04'})]),
    ).toEqual([]);
  });

  it('warns (Peringatan) at Hari Kerja when Hadir + TK + Cuti + Dinas Luar exceeds it', () => {
    expect(found([row(5, {hadir: 20})])).toEqual([
      [
        5,
        'Hari Kerja',
        'Peringatan',
        'Hadir + TK + Cuti + Dinas Luar = 22 melebihi Hari Kerja (21)',
      ],
    ]);
    // A blank Hari Kerja cannot be exceeded; TM and PC are not days and never count.
    expect(found([row(6, {hariKerja: null, tm: [30, 0, 0, 0]})])).toEqual([]);
  });

  it('refuses negative or fractional counts at their own cell, and then skips the sum', () => {
    expect(found([row(7, {tk: -1, pc: [0, 0, 1.5, 0], hadir: 40})])).toEqual([
      [
        7,
        'TK',
        'Galat',
        'TK harus bilangan bulat 0 atau lebih (tertulis "-1")',
      ],
      [
        7,
        'PC3',
        'Galat',
        'PC3 harus bilangan bulat 0 atau lebih (tertulis "1,5")',
      ],
    ]);
  });

  it('reports an unknown or blank NIP and a month that is not YYYY-MM', () => {
    expect(
      found([
        row(8, {nip: '199912312020121003'}),
        row(9, {nip: ''}),
        row(10, {periode: '2026-TW1'}),
        row(11, {periode: ''}),
      ]),
    ).toEqual([
      [8, 'NIP', 'Galat', 'NIP 199912312020121003 tidak ada di sheet Pegawai'],
      [9, 'NIP', 'Galat', 'NIP kosong'],
      [
        10,
        'Periode',
        'Galat',
        'Periode "2026-TW1" bukan bulan (YYYY-MM, contoh 2026-03)',
      ],
      [11, 'Periode', 'Galat', 'Periode kosong'],
    ]);
  });

  it('reports a second row of the same NIP in the same month (however the month is written)', () => {
    expect(
      found([row(2), row(3, {nip: B}), row(4, {periode: '2026/3'})]),
    ).toEqual([
      [
        4,
        'NIP',
        'Galat',
        'NIP 198503102010011001 ganda untuk 2026-03: sudah ada di baris 2',
      ],
    ]);
  });

  it('places a finding on the whole sheet for a row not read from a sheet', () => {
    const findings = validatePresensi(
      [{...row(2), src: undefined, nip: 'x'}],
      KNOWN,
    );
    expect(findings.map(f => f.at)).toEqual([{sheet: 'Presensi'}]);
    expect(findings[0].message.en).toBe('NIP x is not in the Pegawai sheet');
  });
});
