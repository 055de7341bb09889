// Checks of the Presensi rows (DOMAIN §9, docs/SHEETS.md). Never throws: every problem is a Finding
// at the cell of the row's header (src/sheets names it `Presensi!E7`), in the order found.
// Cells that are not numbers at all are src/sheets' (src.invalid); here: counts below 0 or not
// whole, a month that is not YYYY-MM, a blank or unknown NIP, the same NIP twice in one month
// (Galat), and Hadir + TK + Cuti + Dinas Luar above Hari Kerja (Peringatan).

import type {Finding, IssueLevel, Place} from './types';
import {msg, type Message, type Params} from './i18n';
import {firstOccurrences} from './validate/finding-list';
import {parseMonth, type PresensiRow} from './tpp';
import {tppMsg} from './tpp-i18n';

/** The Presensi headers in contract order (docs/SHEETS.md). */
export const PRESENSI_HEADERS = [
  'Periode',
  'NIP',
  'Hari Kerja',
  'Hadir',
  'TK',
  'TM1',
  'TM2',
  'TM3',
  'TM4',
  'PC1',
  'PC2',
  'PC3',
  'PC4',
  'Cuti',
  'Dinas Luar',
] as const;
export type PresensiHeader = (typeof PRESENSI_HEADERS)[number];
export type PresensiCountHeader = Exclude<PresensiHeader, 'Periode' | 'NIP'>;

/** Each count of a row with its header, in contract order. */
export function presensiCounts(
  row: PresensiRow,
): [PresensiCountHeader, number | null][] {
  return [
    ['Hari Kerja', row.hariKerja],
    ['Hadir', row.hadir],
    ['TK', row.tk],
    ['TM1', row.tm[0]],
    ['TM2', row.tm[1]],
    ['TM3', row.tm[2]],
    ['TM4', row.tm[3]],
    ['PC1', row.pc[0]],
    ['PC2', row.pc[1]],
    ['PC3', row.pc[2]],
    ['PC4', row.pc[3]],
    ['Cuti', row.cuti],
    ['Dinas Luar', row.dinasLuar],
  ];
}

/** Every problem of the Presensi rows; `knownNips` are the NIPs of the Pegawai sheet. */
export function validatePresensi(
  rows: readonly PresensiRow[],
  knownNips: ReadonlySet<string>,
): Finding[] {
  const findings: Finding[] = [];
  const add = (
    row: PresensiRow,
    header: PresensiHeader,
    message: Message,
    level: IssueLevel = 'Galat',
  ) => {
    const at: Place = row.src ? {src: row.src, header} : {sheet: 'Presensi'};
    findings.push({at, message, level});
  };
  const core = (key: string, params: Params) => msg(key, params);
  for (const row of rows) {
    const month = parseMonth(row.periode);
    if (String(row.periode).trim() === '') {
      add(
        row,
        'Periode',
        core('validation.value.blankRequired', {header: 'Periode'}),
      );
    } else if (!month) {
      add(row, 'Periode', tppMsg('tpp.presensi.periode', {value: row.periode}));
    }
    if (row.nip === '') {
      add(row, 'NIP', core('validation.value.blankRequired', {header: 'NIP'}));
    } else if (!knownNips.has(row.nip)) {
      add(row, 'NIP', tppMsg('tpp.presensi.nipUnknown', {nip: row.nip}));
    }
    let countsValid = true;
    for (const [header, value] of presensiCounts(row)) {
      if (value === null || (Number.isInteger(value) && value >= 0)) continue;
      countsValid = false;
      add(
        row,
        header,
        tppMsg('tpp.presensi.count', {
          header,
          value: String(value).replace('.', ','),
        }),
      );
    }
    if (countsValid && row.hariKerja !== null) {
      const total =
        (row.hadir ?? 0) +
        (row.tk ?? 0) +
        (row.cuti ?? 0) +
        (row.dinasLuar ?? 0);
      if (total > row.hariKerja) {
        add(
          row,
          'Hari Kerja',
          tppMsg('tpp.presensi.exceeds', {total, hariKerja: row.hariKerja}),
          'Peringatan',
        );
      }
    }
  }
  firstOccurrences(
    rows.filter(r => r.nip !== '' && parseMonth(r.periode)),
    r => `${parseMonth(r.periode)!.code} ${r.nip}`,
    (row, first) =>
      add(
        row,
        'NIP',
        tppMsg('tpp.presensi.duplicate', {
          nip: row.nip,
          periode: parseMonth(row.periode)!.code,
          row: first.src?.row ?? '?',
        }),
      ),
  );
  return findings;
}
