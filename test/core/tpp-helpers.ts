import type {PresensiRow} from '../../src/core/tpp';

export const NIP_A = '198503102010011001';

/** A Presensi row of 21 working days all present, every other count 0 unless given. */
export function presensi(counts: Partial<PresensiRow> = {}): PresensiRow {
  return {
    periode: '2026-03',
    nip: NIP_A,
    hariKerja: 21,
    hadir: 21,
    tk: 0,
    tm: [0, 0, 0, 0],
    pc: [0, 0, 0, 0],
    cuti: 0,
    dinasLuar: 0,
    ...counts,
  };
}
