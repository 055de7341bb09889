// Domain records and results shared by every layer. Pure types: no Apps Script, no Node.
// Field names follow the workbook contract (docs/SHEETS.md) in English.

import type {AngkaKreditResult} from './angka-kredit';
import type {SiklusEvaluasi} from './period';
export type Lang = 'id' | 'en';

/** The three ratings of PermenPANRB 6/2022, exactly as written in the sheets. */
export type Rating =
  'Di Atas Ekspektasi' | 'Sesuai Ekspektasi' | 'Di Bawah Ekspektasi';
export const RATINGS: readonly Rating[] = [
  'Di Atas Ekspektasi',
  'Sesuai Ekspektasi',
  'Di Bawah Ekspektasi',
];

/** Predikat kinerja. KUADRAN uses 'Kurang/Misconduct'; NUMERIK uses 'Kurang'. */
export type Predikat =
  | 'Sangat Baik'
  | 'Baik'
  | 'Butuh Perbaikan'
  | 'Kurang/Misconduct'
  | 'Kurang'
  | 'Sangat Kurang';

/** PP 46/2011 bands (legacy model). */
export type LegacyPredikat =
  'Sangat Baik' | 'Baik' | 'Cukup' | 'Kurang' | 'Buruk';

export type Model = 'KUADRAN' | 'NUMERIK';
export type Arah = 'Naik' | 'Turun';
export type Jenis = 'Utama' | 'Tambahan';
export type Agregasi = 'Jumlah' | 'Rata-rata' | 'Terakhir';
export type EmployeeStatus = 'PNS' | 'PPPK';
export type CapaianOrganisasi =
  'Istimewa' | 'Baik' | 'Butuh Perbaikan' | 'Kurang' | 'Sangat Kurang';
export type AppraisalKind = 'Hasil Kerja' | 'Perilaku' | 'Ringkasan';
export type IssueLevel = 'Galat' | 'Peringatan';

/** Where a value came from, so a problem can name its cell (`Pegawai!A7`). */
export interface SourceRef {
  sheet: string;
  /** 1-based spreadsheet row. */
  row: number;
  /**
   * Cells of this row that could not be read as their column's type: the record holds a default
   * (or null) instead, and validateInput reports each one at its cell.
   */
  invalid?: InvalidCell[];
}

/** A cell whose content is not a value of its column (kept so validation can name it). */
export interface InvalidCell {
  /** Contract header of the column, e.g. 'Arah' or 'Target TW1'. */
  header: string;
  /** What the cell holds, as text. */
  text: string;
  /** 'invalid': not a value of the column; 'storedAsNumber': a NIP typed as a number. */
  problem: 'invalid' | 'storedAsNumber';
}

/** A cell of a record's row, named by its column's contract header (src/sheets finds its A1). */
export interface CellRef {
  src: SourceRef;
  header: string;
}

/** Where a problem found on records is: one cell of a record, a whole sheet, or the settings. */
export type Place = CellRef | {sheet: string} | {settings: true};

/** A problem core finds on records; src/sheets turns it into an Issue at `Sheet!A1`. */
export interface Finding {
  at: Place;
  message: {id: string; en: string};
  level: IssueLevel;
}

/** One validation problem. Validation never throws: every problem becomes one of these. */
export interface Issue {
  sheet: string;
  /** A1 notation of the cell, e.g. `A7`; '' when the problem is the whole sheet. */
  cell: string;
  message: {id: string; en: string};
  level: IssueLevel;
}

export interface Settings {
  namaInstansi: string;
  tahun: number;
  periodeAktif: string;
  model: Model;
  bobotHasilKerja: number;
  bobotPerilaku: number;
  batasCapaian: number;
  ambangDiAtas: number;
  ambangSesuai: number;
  bobotIkm: number;
  tabPenilaian: 'Per Atasan' | 'Per Unit';
  tembusanAtasan: boolean;
  /** Days between two reminders to one supervisor (`Jeda Pengingat (hari)`, 1–365). */
  jedaPengingat: number;
  bahasa: Lang;
  emailHr: string;
  /** `Siklus Evaluasi`: appraisal tabs per month (Bulanan) or per quarter (Triwulanan). */
  siklusEvaluasi: SiklusEvaluasi;
}

export interface Unit {
  kode: string;
  nama: string;
  induk: string;
  nipKepala: string;
  capaianOrganisasi: CapaianOrganisasi | null;
  src: SourceRef;
}

export interface Employee {
  nip: string;
  nama: string;
  jabatan: string;
  kodeUnit: string;
  nipAtasan: string;
  email: string;
  status: EmployeeStatus;
  aktif: boolean;
  /** `Pangkat/Golongan` (optional column), e.g. `Penata Muda, III/a`. */
  pangkat?: string;
  src: SourceRef;
}

export interface Indicator {
  kode: string;
  kodeUnit: string;
  rencanaHasilKerja: string;
  indikator: string;
  satuan: string;
  arah: Arah;
  jenis: Jenis;
  agregasi: Agregasi;
  targetTahunan: number | null;
  /** Target TW1..TW4. */
  targetTriwulan: [number | null, number | null, number | null, number | null];
  /** Optional `Target Bulanan`: every month's target; blank = derived from the quarter's. */
  targetBulanan?: number | null;
  /** Percent; null = equal weights. */
  bobot: number | null;
  src: SourceRef;
}

export interface SkpAssignment {
  nip: string;
  kodeIndikator: string;
  target: number | null;
  bobot: number | null;
  src: SourceRef;
}

export interface Aspect {
  kode: string;
  aspek: string;
  panduan: string;
  /** Where it was read (absent for the built-in BerAKHLAK defaults). */
  src?: SourceRef;
}

export interface Training {
  kode: string;
  pelatihan: string;
  keterangan: string;
  src?: SourceRef;
}

export interface EmailTemplate {
  subjek: string;
  isi: string;
}

/** Every record one appraisal reads, as parsed from the workbook. */
export interface AppraisalInput {
  settings: Settings;
  units: Unit[];
  employees: Employee[];
  indicators: Indicator[];
  skp: SkpAssignment[];
  aspects: Aspect[];
  trainings: Training[];
  template: EmailTemplate;
  appraisals: AppraisalRow[];
  /** IKM by `${periode}|${KODE UNIT}` (the IKM sheet): realisasi of an indicator with Satuan IKM. */
  ikm?: Map<string, number>;
}

/** One row of an appraisal tab, as typed (raw inputs kept for validation). */
export interface AppraisalRow {
  periode: string;
  nip: string;
  nama: string;
  jenis: AppraisalKind;
  kode: string;
  uraian: string;
  satuan: string;
  target: number | null;
  /** Raw cell value: a number, Indonesian number text, or ''. */
  realisasi: unknown;
  /** Raw cell value: rating text, or a 0-120 score in model NUMERIK. */
  rating: unknown;
  buktiDukung: string;
  umpanBalik: string;
  alasan: string;
  src: SourceRef;
}

export interface IndicatorResult {
  kode: string;
  uraian: string;
  satuan: string;
  jenis: Jenis;
  arah: Arah;
  bobot: number | null;
  target: number | null;
  realisasi: number | null;
  /** Full precision; null when not computable. */
  capaian: number | null;
  suggested: Rating | null;
  buktiDukung: string;
  umpanBalik: string;
}

export interface AspectResult {
  kode: string;
  aspek: string;
  rating: Rating | null;
  /** Model NUMERIK: the 0-120 score. */
  score: number | null;
  umpanBalik: string;
}

export type FollowUp = 'Penghargaan' | 'Pembinaan' | null;

/** Everything known about one employee in one period after recompute. */
export interface EmployeeResult {
  periode: string;
  nip: string;
  nama: string;
  jabatan: string;
  email: string;
  kodeUnit: string;
  namaUnit: string;
  nipAtasan: string;
  namaAtasan: string;
  emailAtasan: string;
  capaianHasilKerja: number | null;
  suggestedHasilKerja: Rating | null;
  ratingHasilKerja: Rating | null;
  suggestedPerilaku: Rating | null;
  ratingPerilaku: Rating | null;
  nilaiPerilaku: number | null;
  nilaiAkhir: number | null;
  predikat: Predikat | null;
  peringkatUnit: number | null;
  status: 'Lengkap' | 'Belum lengkap';
  /** Why the result is incomplete (id/en), empty when complete. */
  missing: {id: string; en: string}[];
  followUp: FollowUp;
  indicators: IndicatorResult[];
  aspects: AspectResult[];
  /** Overall feedback: Umpan Balik of the Ringkasan rows. */
  umpanBalik: string;
  trainings: Training[];
  /** A functional position's angka kredit for the period (Peraturan BKN 3/2023); absent or null otherwise. */
  angkaKredit?: AngkaKreditResult | null;
}
