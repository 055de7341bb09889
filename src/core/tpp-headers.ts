// Header matching of an attendance system's export (issue 13: `presensi` import). Each header is
// compared after dropping bracketed notes, case, spaces and punctuation: 'TM 1', 'tm-1', 'T.M.1'
// and 'Terlambat 1 (1-30 menit)' all read as the same name.
//
// Accepted names (after that normalisation; the contract header itself is always accepted):
//
// | Presensi field | Accepted export headers                                              |
// |----------------|----------------------------------------------------------------------|
// | Periode        | Periode (the import's --periode gives the month when it is absent)   |
// | NIP            | NIP, NIP Baru, NIP Pegawai                                           |
// | Hari Kerja     | Hari Kerja, Jumlah Hari Kerja, Jml Hari Kerja, HK                    |
// | Hadir          | Hadir, Jumlah Hadir, Jml Hadir, Kehadiran                            |
// | TK             | TK, Tanpa Keterangan, Alpa, Alpha                                    |
// | TMk (k = 1-4)  | TMk, TLk, Terlambat k, Terlambat Masuk k, Telat k                     |
// | PCk (k = 1-4)  | PCk, PSWk, Pulang Sebelum Waktu k, Pulang Cepat k                    |
// | Cuti           | Cuti                                                                 |
// | Dinas Luar     | Dinas Luar, DL, Tugas Luar                                           |
//
// Izin and Sakit are deliberately NOT placed: §9 gives them no column. Reading them as Cuti would
// hide days the regional rule may deduct, reading them as TK would deduct 3 % a day on a guess. They
// come back in `unplaced`, so the importer tells HR, who records approved sick leave as Cuti.
// A second header that reads as a field already placed (e.g. both `TL1` and `TM1`) is unplaced too:
// the first column wins and the importer can say which one it ignored.

import type {PresensiHeader} from './tpp-presensi';

const BANDS = [1, 2, 3, 4] as const;

const ALIASES: readonly (readonly [PresensiHeader, readonly string[]])[] = [
  ['Periode', ['periode']],
  ['NIP', ['nip', 'nipbaru', 'nippegawai']],
  ['Hari Kerja', ['harikerja', 'jumlahharikerja', 'jmlharikerja', 'hk']],
  ['Hadir', ['hadir', 'jumlahhadir', 'jmlhadir', 'kehadiran']],
  ['TK', ['tk', 'tanpaketerangan', 'alpa', 'alpha']],
  ...BANDS.map(
    k =>
      [
        `TM${k}` as PresensiHeader,
        [
          `tm${k}`,
          `tl${k}`,
          `terlambat${k}`,
          `terlambatmasuk${k}`,
          `telat${k}`,
        ],
      ] as const,
  ),
  ...BANDS.map(
    k =>
      [
        `PC${k}` as PresensiHeader,
        [`pc${k}`, `psw${k}`, `pulangsebelumwaktu${k}`, `pulangcepat${k}`],
      ] as const,
  ),
  ['Cuti', ['cuti']],
  ['Dinas Luar', ['dinasluar', 'dl', 'tugasluar']],
];

const FIELD_OF = new Map<string, PresensiHeader>(
  ALIASES.flatMap(([field, names]) =>
    names.map(name => [name, field] as const),
  ),
);

/** A header reduced to lower-case letters and digits, bracketed notes dropped. */
export function normalizeHeader(header: unknown): string {
  return String(header ?? '')
    .replace(/\([^)]*\)|\[[^\]]*\]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export interface HeaderMatch {
  /** Column index (0-based) of each field found. */
  columns: Partial<Record<PresensiHeader, number>>;
  /** Non-blank headers placed nowhere (unknown, Izin/Sakit, or a second column for a field), as typed. */
  unplaced: {index: number; header: string}[];
  /** Fields no header named, in contract order (Periode is optional: the import gives the month). */
  missing: PresensiHeader[];
}

/** Maps an export's header row to the Presensi fields. */
export function matchPresensiHeaders(headers: readonly unknown[]): HeaderMatch {
  const columns: Partial<Record<PresensiHeader, number>> = {};
  const unplaced: HeaderMatch['unplaced'] = [];
  headers.forEach((header, index) => {
    const text = String(header ?? '').trim();
    if (text === '') return;
    const field = FIELD_OF.get(normalizeHeader(text));
    if (field === undefined || columns[field] !== undefined) {
      unplaced.push({index, header: text});
    } else {
      columns[field] = index;
    }
  });
  const missing = ALIASES.map(([field]) => field).filter(
    field => field !== 'Periode' && columns[field] === undefined,
  );
  return {columns, unplaced, missing};
}
