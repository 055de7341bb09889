// The demo employees' attributes: titles, unit sizes, NIPs, e-mail addresses.
import type {EmployeeStatus} from '../core/types';
import type {Dice} from './random';
import {UNITS} from './units';

/** Jabatan that PPPK (contract civil servants) commonly hold. */
export const PPPK_JABATAN =
  /^(Guru|Perawat|Bidan|Pengelola Perizinan|Pengadministrasi|Nutrisionis|Sanitarian)/;

export function academicTitle(
  dice: Dice,
  jabatan: string,
  level: number,
): {pre: string; post: string} {
  if (jabatan.startsWith('Dokter')) return {pre: 'dr. ', post: ''};
  if (jabatan.startsWith('Guru') || jabatan.startsWith('Pengawas Sekolah')) {
    return {
      pre: '',
      post: level === 3 && dice.chance(0.2) ? ', S.Pd., M.Pd.' : ', S.Pd.',
    };
  }
  if (jabatan.startsWith('Perawat')) return {pre: '', post: ', A.Md.Kep.'};
  if (jabatan.startsWith('Bidan')) return {pre: '', post: ', A.Md.Keb.'};
  if (jabatan.startsWith('Nutrisionis')) return {pre: '', post: ', A.Md.Gz.'};
  if (jabatan.startsWith('Sanitarian')) return {pre: '', post: ', A.Md.KL.'};
  if (jabatan.startsWith('Pengadministrasi') || jabatan.startsWith('Pranata')) {
    return {pre: '', post: dice.pick(['', ', A.Md.'])};
  }
  if (level <= 1) {
    return {
      pre: '',
      post: dice.pick([
        ', S.Sos., M.Si.',
        ', S.E., M.M.',
        ', S.H., M.H.',
        ', S.T., M.T.',
        ', S.IP., M.Si.',
      ]),
    };
  }
  return {
    pre: '',
    post: dice.pick([
      ', S.E.',
      ', S.Sos.',
      ', S.H.',
      ', S.Kom.',
      ', S.IP.',
      ', S.AP.',
    ]),
  };
}

export function unitSizes(total: number): number[] {
  const sizes = UNITS.map(u => Math.max(2, Math.floor(total * u.share)));
  let rest = total - sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; rest !== 0; i = (i + 1) % sizes.length) {
    const step = rest > 0 ? 1 : -1;
    if (step < 0 && sizes[i] <= 2) continue;
    sizes[i] += step;
    rest -= step;
  }
  return sizes;
}

/** A title from a list, with a numbered suffix once the list is used up ("… Wilayah 2"). */
export function nthTitle(list: readonly string[], index: number): string {
  const round = Math.floor(index / list.length);
  const title = list[index % list.length];
  return round === 0 ? title : `${title} Wilayah ${round + 1}`;
}

export class NipFactory {
  private sequences = new Map<string, number>();
  constructor(
    private dice: Dice,
    private year: number,
  ) {}

  make(status: EmployeeStatus, level: number, female: boolean): string {
    const d = this.dice;
    const [minBirth, maxBirth] =
      level === 0
        ? [1968, 1976]
        : level === 1
          ? [1970, 1984]
          : level === 2
            ? [1974, 1988]
            : [1975, Math.min(2000, this.year - 22)];
    const by = d.int(minBirth, maxBirth);
    const bm = d.int(1, 12);
    const bd = d.int(1, new Date(Date.UTC(by, bm, 0)).getUTCDate());
    const birth = `${by}${pad(bm, 2)}${pad(bd, 2)}`;
    let middle: string;
    if (status === 'PPPK') {
      // PPPK: year of appointment + code 21, not a TMT (DOMAIN §7).
      middle = `${d.int(2021, Math.max(2021, Math.min(2024, this.year - 1)))}21`;
    } else {
      // First CPNS appointment between age 19 and 30, and before the data's year.
      const latest = Math.max(by + 19, Math.min(by + 30, this.year - 2));
      const tmtYear = d.int(
        by + 19,
        Math.max(by + 19, Math.min(latest, by + 30)),
      );
      middle = `${tmtYear}${pad(d.pick([1, 3, 4, 12, d.int(1, 12)]), 2)}`;
    }
    const prefix = `${birth}${middle}${female ? 2 : 1}`;
    const seq = (this.sequences.get(prefix) ?? 0) + 1;
    this.sequences.set(prefix, seq);
    return prefix + pad(seq, 3);
  }
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function emailLocal(first: string, last: string): string {
  const clean = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
  return `${clean(first)}.${clean(last)}`;
}

/**
 * Pangkat/Golongan by level (0 head of unit, 1 kepala bidang, 2 kepala seksi, 3 staff), PNS ranks of PP 99/2000
 * and PPPK's golongan (Perpres 98/2020), varied by a NIP digit so the demo needs no dice (the same
 * seed keeps its other values).
 */
export function pangkatOf(
  level: number,
  status: 'PNS' | 'PPPK',
  nip: string,
): string {
  const odd = Number(nip.slice(-1)) % 2 === 1;
  if (status === 'PPPK') return odd ? 'IX' : 'VII';
  const ranks = [
    ['Pembina Utama Muda, IV/c', 'Pembina Tingkat I, IV/b'],
    ['Pembina, IV/a', 'Penata Tingkat I, III/d'],
    ['Penata, III/c', 'Penata Tingkat I, III/d'],
    ['Penata Muda, III/a', 'Pengatur, II/c'],
  ];
  return ranks[Math.min(3, Math.max(0, level))][odd ? 1 : 0];
}
