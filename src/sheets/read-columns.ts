// Which cells an appraisal needs, in one place: the minimum a recompute must read (issue 10; the
// goal is at most 1.5 times this, test/workflow/recompute.test.ts measures it).
//
// The appraisal reads every column of the small master sheets (Pengaturan, Unit, Pegawai,
// Indikator, SKP, Perilaku, Pelatihan): each header there becomes a field of a record. Of an
// appraisal tab it needs only the nine columns below; Nama, Uraian, Satuan and Target are written
// by the add-on from the master data and read back by nobody. A tab is still read whole, in one
// getSheetValues: reading the needed columns as two runs (Periode..Kode, Realisasi..Alasan) would
// save 4 of 13 columns for one more call per tab, and a service call costs as much as 600-1,000
// cells (docs/PLATFORM-LIMITS.md §8), so it pays only for tabs of more than about 300 rows while
// `Per Atasan` makes a thousand small tabs at 10,000 employees. Whole tabs read 13/9 = 1.44 times
// their minimum, within the goal; recompute reads of Hasil only what places the period's rows.

import {HEADERS, OPTIONAL_HEADERS, PEGAWAI_SETUP_HEADERS} from './schema';
import type {SHEET} from './schema';

type TableKey = keyof typeof SHEET;

/** Tab columns the appraisal reads into its results (the rest of a tab is not needed). */
// A closed period keeps exactly these columns in Arsip Penilaian (src/sheets/arsip-penilaian.ts).
export const TAB_COLUMNS_NEEDED: readonly string[] = HEADERS.arsipPenilaian;

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
  pegawai: PEGAWAI_SETUP_HEADERS,
  indikator: [...HEADERS.indikator, ...OPTIONAL_HEADERS.indikator],
  skp: HEADERS.skp,
  perilaku: HEADERS.perilaku,
  pelatihan: HEADERS.pelatihan,
  penilaian: TAB_COLUMNS_NEEDED,
};
