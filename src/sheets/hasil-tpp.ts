// The Hasil TPP sheet (docs/SHEETS.md): one row per active employee for a month, computed from
// Pegawai, Kelas Jabatan, TPP, Presensi and Hasil's predikat exactly as DOMAIN §9 says
// (src/core/tpp.ts). Every row with a Keterangan is also an issue for Validasi at that cell.
import type {Issue, Lang, Predikat} from '../core/types';
import {normalizeNip} from '../core/nip';
import {parseNumberStrict} from '../core/numbers';
import {cellText} from '../core/cell-text';
import {
  computeTppMonth,
  predikatForMonth,
  type PresensiRow,
  type SiklusEvaluasi,
  type TppMonth,
} from '../core/tpp';
import type {KelasJabatan, TppSettings} from '../core/tpp-settings';
import {HEADERS, SHEET, a1} from './schema';
import {predikatByNip} from './hasil';
import {columnsOf} from './kelas-jabatan';
import {isBlankRow} from './table';
import {safeCellText} from './write';
import {choiceKey} from './table';

const PREDIKAT: readonly Predikat[] = [
  'Sangat Baik',
  'Baik',
  'Butuh Perbaikan',
  'Kurang/Misconduct',
  'Kurang',
  'Sangat Kurang',
];

/** An employee of Pegawai as TPP needs them. */
export interface TppPerson {
  nip: string;
  nama: string;
  kodeUnit: string;
  status: 'PNS' | 'PPPK';
  kelasJabatan: number | null;
}

/** Active employees of Pegawai (Aktif blank or Ya), in sheet order, each NIP once. */
export function tppPeople(pegawai: unknown[][] | undefined): TppPerson[] {
  const [n, nama, unit, status, aktif, kelas] = columnsOf(pegawai, [
    'NIP',
    'Nama',
    'Kode Unit',
    'Status',
    'Aktif',
    'Kelas Jabatan',
  ]);
  const people: TppPerson[] = [];
  const seen = new Set<string>();
  if (!pegawai || n < 0) return people;
  for (const row of pegawai.slice(1)) {
    if (isBlankRow(row)) continue;
    const nip = normalizeNip(row[n]);
    if (!nip || seen.has(nip)) continue;
    if (aktif >= 0 && choiceKey(row[aktif]) === 'tidak') continue;
    seen.add(nip);
    const cls = kelas < 0 ? null : parseNumberStrict(row[kelas]);
    people.push({
      nip,
      nama: nama < 0 ? '' : cellText(row[nama]),
      kodeUnit: unit < 0 ? '' : cellText(row[unit]),
      status: status >= 0 && choiceKey(row[status]) === 'pppk' ? 'PPPK' : 'PNS',
      kelasJabatan: cls?.kind === 'number' ? cls.value : null,
    });
  }
  return people;
}

export interface TppInputs {
  month: string;
  cycle: SiklusEvaluasi;
  people: readonly TppPerson[];
  kelas: KelasJabatan;
  settings: TppSettings;
  /** Presensi row of each NIP for the month. */
  presensi: ReadonlyMap<string, PresensiRow>;
  hasil: unknown[][] | undefined;
}

export interface TppComputed {
  person: TppPerson;
  tpp: TppMonth;
}

/** Every active employee's TPP of the month. */
export function computeTppRows(inputs: TppInputs): TppComputed[] {
  const byPeriod = new Map<string, Map<string, string>>();
  const lookup = (nip: string) => (period: string) => {
    let map = byPeriod.get(period);
    if (!map) byPeriod.set(period, (map = predikatByNip(inputs.hasil, period)));
    const text = map.get(nip) ?? '';
    return PREDIKAT.find(p => p === text) ?? null;
  };
  return inputs.people.map(person => ({
    person,
    tpp: computeTppMonth({
      periode: inputs.month,
      employee: {
        nip: person.nip,
        status: person.status,
        kelasJabatan: person.kelasJabatan,
      },
      kelas: inputs.kelas,
      predikat: predikatForMonth(
        inputs.month,
        inputs.cycle,
        lookup(person.nip),
      ),
      presensi: inputs.presensi.get(person.nip) ?? null,
      settings: inputs.settings,
    }),
  }));
}

const orBlank = (v: number | string | null) => (v === null ? '' : v);

/** Hasil TPP rows (HEADERS.hasilTpp order) of the month. */
export function hasilTppRows(
  month: string,
  computed: readonly TppComputed[],
  lang: Lang,
): unknown[][] {
  return computed.map(({person, tpp}) => [
    month,
    person.nip,
    safeCellText(person.nama),
    safeCellText(person.kodeUnit),
    orBlank(person.kelasJabatan),
    orBlank(tpp.besaran),
    orBlank(tpp.predikat),
    orBlank(tpp.persenKinerja),
    orBlank(tpp.potonganDisiplin),
    orBlank(tpp.tppKinerja),
    orBlank(tpp.tppDisiplin),
    orBlank(tpp.jumlahTpp),
    safeCellText(tpp.keterangan[lang]),
  ]);
}

/**
 * Validasi issues of the rows with a Keterangan, at the Keterangan cell of their Hasil TPP row
 * (`rowOf(nip)`: the 1-based sheet row written). Blank amounts are Galat, other reasons Peringatan.
 */
export function hasilTppIssues(
  computed: readonly TppComputed[],
  rowOf: (nip: string) => number,
  keteranganColumn: number,
): Issue[] {
  return computed
    .filter(c => c.tpp.keterangan.id !== '')
    .map(({person, tpp}) => ({
      sheet: SHEET.hasilTpp,
      cell: a1(rowOf(person.nip), keteranganColumn),
      message: {
        id: `NIP ${person.nip}: ${tpp.keterangan.id}`,
        en: `NIP ${person.nip}: ${tpp.keterangan.en}`,
      },
      level: tpp.jumlahTpp === null ? 'Galat' : 'Peringatan',
    }));
}

/** Jumlah TPP of each NIP in a Hasil TPP table for a month ('' when the row has none). */
export function jumlahTppOfMonth(
  values: readonly (readonly unknown[])[] | undefined,
  month: string,
): Map<string, number | ''> {
  const map = new Map<string, number | ''>();
  const [p, n, j] = columnsOf(values as unknown[][], [
    'Periode',
    'NIP',
    'Jumlah TPP',
  ]);
  if (!values || p < 0 || n < 0 || j < 0) return map;
  for (const row of values.slice(1)) {
    if (cellText(row[p]) !== month) continue;
    const value = row[j];
    map.set(normalizeNip(row[n]), typeof value === 'number' ? value : '');
  }
  return map;
}

export const HASIL_TPP_KETERANGAN = HEADERS.hasilTpp.indexOf('Keterangan');
