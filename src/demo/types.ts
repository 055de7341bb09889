// The demo city government's shapes: what `demoWorkbook` returns and the options it takes.
// Fields named after the contract's headers (NIP, Nama, Kode Unit...) keep the header's name.
import type {Employee, Jenis, Arah, Predikat, Rating} from '../core/types';
import {SHEET} from '../sheets/schema';

export interface DemoOptions {
  /** Number of employees (at least 12: every unit needs a head and someone to lead). Default 60. */
  employeeCount?: number;
  /** PRNG seed. Default 1. */
  seed?: number;
  /** Year of the data (Tahun). Default: the year of `period`, else 2026. */
  year?: number;
  /** Periode Aktif, a quarter such as 2026-TW1. Default `<year>-TW1`. */
  period?: string;
  /** Indicators per unit, 2 to 8. Default 5 (4 Utama + 1 Tambahan). */
  indicatorsPerUnit?: number;
  /** Tab Penilaian setting. Default 'Per Atasan'. */
  tabPenilaian?: 'Per Atasan' | 'Per Unit';
  /** Share of appraised employees whose appraisal is complete, 0..1. Default 0.7. */
  completeShare?: number;
}

export type DemoTableKey =
  | 'pengaturan'
  | 'unit'
  | 'pegawai'
  | 'indikator'
  | 'skp'
  | 'perilaku'
  | 'pelatihan'
  | 'templateEmail'
  | 'kelasJabatan'
  | 'presensi';

/** A Pegawai row of the demo city, with the employee's place in the hierarchy. */
export interface DemoEmployee extends Omit<Employee, 'src'> {
  /** 0 head of unit, 1 kepala bidang/bagian, 2 kepala seksi, 3 staff. */
  level: number;
}

export interface DemoIndicator {
  kode: string;
  kodeUnit: string;
  jenis: Jenis;
  arah: Arah;
  satuan: string;
  /** Realisasi is a whole number (documents, permits) rather than one decimal. */
  whole: boolean;
}

/** What the demo supervisors decide for one employee in the active period. */
export interface DemoPlan {
  /** 'complete': every input given; 'partial': some realisasi only; 'empty': nothing typed yet. */
  fill: 'complete' | 'partial' | 'empty';
  hasil: Rating;
  perilaku: Rating;
  /** The predikat the complete appraisal yields (KUADRAN), null unless complete. */
  predikat: Predikat | null;
  /** The realisasi suggest another hasil-kerja rating, which the supervisor overrides (with a reason). */
  override: boolean;
}

export interface DemoWorkbook {
  period: string;
  year: number;
  hrEmail: string;
  /** Table values, row 1 = the contract headers, ready for one setValues each. */
  tables: Record<DemoTableKey, unknown[][]>;
  employees: DemoEmployee[];
  indicators: DemoIndicator[];
  /** By NIP: the appraisal the demo supervisors type in the active period. */
  plans: Map<string, DemoPlan>;
  seed: number;
}

export const DEMO_AGENCY = 'Pemerintah Kota Harapan Jaya';
export const DEMO_DOMAIN = 'harapanjaya.go.id';
export const DEMO_HR_EMAIL = `bkpsdm@${DEMO_DOMAIN}`;
export const DEMO_MIN_EMPLOYEES = 12;

/** The input sheet names of the demo tables, in the order they are written. */
export const DEMO_SHEETS: Record<DemoTableKey, string> = {
  pengaturan: SHEET.pengaturan,
  unit: SHEET.unit,
  pegawai: SHEET.pegawai,
  indikator: SHEET.indikator,
  skp: SHEET.skp,
  perilaku: SHEET.perilaku,
  pelatihan: SHEET.pelatihan,
  templateEmail: SHEET.templateEmail,
  kelasJabatan: SHEET.kelasJabatan,
  presensi: SHEET.presensi,
};
