// The content of the two official documents of PermenPANRB 6/2022 (DOMAIN.md §10), pure: the
// Dokumen Evaluasi Kinerja Pegawai of one employee and period, and the SKP of one employee and
// year. Built from an appraisal result and the roster; html.ts lays it out.
import type {AppraisalIndex} from '../appraise/records-index';
import type {Period} from '../period';
import type {Employee, EmployeeResult, Lang, Predikat, Rating} from '../types';
import {type Day, periodDays} from './dates';

/** One identity block: Nama, NIP, Pangkat/Golongan, Jabatan, Unit Kerja. */
export interface PersonBlock {
  nama: string;
  nip: string;
  pangkat: string;
  jabatan: string;
  unitKerja: string;
}

export interface HasilKerjaLine {
  rhk: string;
  indikator: string;
  jenis: 'Utama' | 'Tambahan';
  target: number | null;
  satuan: string;
  /** Evaluasi only. */
  realisasi: number | null;
  capaian: number | null;
  umpanBalik: string;
}

export interface PerilakuLine {
  aspek: string;
  panduan: string;
  /** Evaluasi only. */
  rating: Rating | null;
  score: number | null;
  umpanBalik: string;
}

export interface DocumentModel {
  kind: 'evaluasi' | 'skp';
  lang: Lang;
  instansi: string;
  periode: string;
  start: Day;
  end: Day;
  pegawai: PersonBlock;
  /** Null: nobody in the roster (a head of unit): a blank block, filled by hand. */
  penilai: PersonBlock | null;
  atasanPenilai: PersonBlock | null;
  capaianOrganisasi: string;
  ratingHasilKerja: Rating | null;
  ratingPerilaku: Rating | null;
  nilaiAkhir: number | null;
  predikat: Predikat | null;
  numerik: boolean;
  hasilKerja: HasilKerjaLine[];
  perilaku: PerilakuLine[];
  umpanBalik: string;
  /** Where it is signed (blank: a dotted line to fill by hand). */
  tempat: string;
  tanggal: Day;
}

export interface DocumentOptions {
  lang: Lang;
  tanggal: Day;
  tempat: string;
}

function personBlock(index: AppraisalIndex, e: Employee): PersonBlock {
  return {
    nama: e.nama,
    nip: e.nip,
    pangkat: e.pangkat ?? '',
    jabatan: e.jabatan,
    unitKerja: index.units.get(e.kodeUnit)?.nama || e.kodeUnit,
  };
}

/** The employee's supervisor in the roster (not themselves), or null. */
function supervisorOf(
  index: AppraisalIndex,
  e: Employee | undefined,
): Employee | null {
  if (!e || !e.nipAtasan || e.nipAtasan === e.nip) return null;
  return index.employees.get(e.nipAtasan) ?? null;
}

/** The document of `result` (an evaluation of its period, or the SKP of its year). */
export function buildDocument(
  kind: 'evaluasi' | 'skp',
  index: AppraisalIndex,
  result: EmployeeResult,
  period: Period,
  options: DocumentOptions,
): DocumentModel {
  const employee = index.employees.get(result.nip);
  const self: PersonBlock = employee
    ? personBlock(index, employee)
    : {
        nama: result.nama,
        nip: result.nip,
        pangkat: '',
        jabatan: result.jabatan,
        unitKerja: result.namaUnit,
      };
  const penilai = supervisorOf(index, employee);
  const atasan = supervisorOf(index, penilai ?? undefined);
  const panduan = new Map(index.aspects.map(a => [a.kode, a.panduan]));
  const {start, end} = periodDays(period);
  const unit = employee ? index.units.get(employee.kodeUnit) : undefined;
  return {
    kind,
    lang: options.lang,
    instansi: index.input.settings.namaInstansi,
    periode: period.code,
    start,
    end,
    pegawai: self,
    penilai: penilai ? personBlock(index, penilai) : null,
    atasanPenilai: atasan ? personBlock(index, atasan) : null,
    capaianOrganisasi: unit?.capaianOrganisasi ?? '',
    ratingHasilKerja: result.ratingHasilKerja,
    ratingPerilaku: result.ratingPerilaku,
    nilaiAkhir: result.nilaiAkhir,
    predikat: result.predikat,
    numerik: index.input.settings.model === 'NUMERIK',
    hasilKerja: result.indicators.map(r => {
      const indicator = index.indicators.get(r.kode);
      return {
        rhk: indicator?.rencanaHasilKerja || r.uraian,
        indikator: indicator?.indikator || r.uraian,
        jenis: r.jenis,
        target: r.target,
        satuan: r.satuan,
        realisasi: r.realisasi,
        capaian: r.capaian,
        umpanBalik: r.umpanBalik,
      };
    }),
    perilaku: result.aspects.map(a => ({
      aspek: a.aspek,
      panduan: panduan.get(a.kode) ?? '',
      rating: a.rating,
      score: a.score,
      umpanBalik: a.umpanBalik,
    })),
    umpanBalik: result.umpanBalik,
    tempat: options.tempat,
    tanggal: options.tanggal,
  };
}

/** `Evaluasi 2026-TW1 198001012005011001 Sri Wahyuni.pdf`: safe in a ZIP and on any disk. */
export function documentFileName(doc: DocumentModel): string {
  const name = doc.pegawai.nama
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60)
    .replace(/[.\s]+$/, '');
  const label = doc.kind === 'skp' ? 'SKP' : 'Evaluasi';
  return `${label} ${doc.periode} ${doc.pegawai.nip} ${name}.pdf`.replace(
    /\s+\./,
    '.',
  );
}
