// Which cells an appraisal needs, in one place: the minimum a recompute must read (issue 10), and
// how the appraisal tabs are read with fewer cells than their whole width.
//
// The appraisal reads every column of the small master sheets (Pengaturan, Unit, Pegawai,
// Indikator, SKP, Perilaku, Pelatihan): each header there becomes a field of a record. Of an
// appraisal tab it reads only the columns below; Nama, Uraian, Satuan and Target are written by the
// add-on from the master data and read back by nobody. The tabs are nine tenths of the cells of a
// recompute, so they are read as runs of contract columns (one getSheetValues per run, row 1
// included), and read whole only when their header is not in contract order.

import {HEADERS, normalizeHeader} from './schema';
import type {SHEET} from './schema';

type TableKey = keyof typeof SHEET;

/** Tab columns the appraisal reads into its results (the rest of a tab is not needed). */
export const TAB_COLUMNS_NEEDED: readonly string[] = [
  'Periode',
  'NIP',
  'Jenis',
  'Kode',
  'Realisasi',
  'Rating',
  'Bukti Dukung',
  'Umpan Balik',
  'Alasan',
];

/**
 * The columns of each table that appraising a period needs, the "minimum cells" a recompute reads:
 * data rows and the header row of these columns. Tables not named here are not inputs of the
 * appraisal (outputs, logs, the email template).
 */
export const APPRAISAL_COLUMNS: Partial<Record<TableKey, readonly string[]>> & {
  penilaian: readonly string[];
} = {
  pengaturan: HEADERS.pengaturan,
  unit: HEADERS.unit,
  pegawai: HEADERS.pegawai,
  indikator: HEADERS.indikator,
  skp: HEADERS.skp,
  perilaku: HEADERS.perilaku,
  pelatihan: HEADERS.pelatihan,
  penilaian: TAB_COLUMNS_NEEDED,
};

/**
 * Column runs [first, last] (1-based, contract order) covering the needed tab columns; runs one
 * column apart are joined, as a service call costs more than a column of cells.
 */
export function tabReadRuns(
  needed: readonly string[] = TAB_COLUMNS_NEEDED,
): [number, number][] {
  const header = HEADERS.penilaian.map(normalizeHeader);
  const positions = needed
    .map(h => header.indexOf(normalizeHeader(h)) + 1)
    .filter(c => c > 0)
    .sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const column of positions) {
    const last = runs[runs.length - 1];
    if (last && column <= last[1] + 2) last[1] = column;
    else runs.push([column, column]);
  }
  return runs;
}

/**
 * One table from the runs read (each with row 1 and the same rows), columns outside the runs
 * blank below the header and named as in the contract in row 1. Null when a run's header is not
 * the contract's (columns reordered or renamed): then the tab must be read whole. Given that
 * every run's header matches, the columns between runs can hold no other contract header.
 */
export function joinTabRuns(
  runs: readonly [number, number][],
  parts: readonly unknown[][][],
): unknown[][] | null {
  const contract = HEADERS.penilaian;
  const rows = parts[0]?.length ?? 0;
  for (let p = 0; p < runs.length; p++) {
    const [first, last] = runs[p];
    const part = parts[p];
    if (!part || part.length !== rows || rows === 0) return null;
    for (let c = first; c <= last; c++) {
      if (
        normalizeHeader(part[0][c - first]) !== normalizeHeader(contract[c - 1])
      )
        return null;
    }
  }
  const width = runs.length ? runs[runs.length - 1][1] : 0;
  const out: unknown[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const line: unknown[] = new Array(width).fill('');
    if (r === 0) for (let c = 0; c < width; c++) line[c] = contract[c];
    for (let p = 0; p < runs.length; p++) {
      const [first, last] = runs[p];
      const source = parts[p][r];
      for (let c = first; c <= last; c++) line[c - 1] = source[c - first];
    }
    out[r] = line;
  }
  return out;
}
