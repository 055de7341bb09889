// The SIASN export (BKN's periodic performance fields): one row per employee and period, from
// Hasil and the roster. Ratings and predikat become the codes HR typed in `Kode SIASN`
// (`Nilai | Kode`); a value without a code is written as its text, never as an invented code.
import type {Period} from '../period';
import {quartersOf} from '../period';
import type {Employee, Unit} from '../types';

export const SIASN_COLUMNS = [
  'nip',
  'nama',
  'tahun',
  'bulanMulaiPenilaian',
  'bulanSelesaiPenilaian',
  'hasilKerjaNilai',
  'perilakuKerjaNilai',
  'kuadranKinerjaNilai',
  'penilaiNipNrp',
  'penilaiNama',
  'penilaiGolongan',
  'penilaiJabatanNama',
  'penilaiUnorNama',
  'statusPenilai',
] as const;

/** A Hasil row as the export needs it. */
export interface HasilLine {
  period: Period;
  nip: string;
  nama: string;
  nipAtasan: string;
  ratingHasilKerja: string;
  ratingPerilaku: string;
  predikat: string;
}

/** `Kode SIASN` rows to a lookup by value text (case and spaces ignored). */
export function codeLookup(rows: readonly (readonly unknown[])[]) {
  const codes = new Map<string, string>();
  const key = (v: unknown) =>
    String(v ?? '')
      .trim()
      .replace(/\s+/g, ' ')
      .toLowerCase();
  for (const [nilai, kode] of rows) {
    const code = String(kode ?? '').trim();
    if (key(nilai) && code && !codes.has(key(nilai)))
      codes.set(key(nilai), code);
  }
  return (value: string): string => codes.get(key(value)) ?? value;
}

/** The export's rows (header first), in the order of `lines`. */
export function siasnRows(
  lines: readonly HasilLine[],
  employees: ReadonlyMap<string, Employee>,
  units: ReadonlyMap<string, Unit>,
  code: (value: string) => string,
): (string | number)[][] {
  const out: (string | number)[][] = [[...SIASN_COLUMNS]];
  for (const line of lines) {
    const quarters = quartersOf(line.period);
    const penilai =
      line.nipAtasan && line.nipAtasan !== line.nip
        ? employees.get(line.nipAtasan)
        : undefined;
    out.push([
      line.nip,
      line.nama,
      line.period.year,
      (quarters[0] - 1) * 3 + 1,
      quarters[quarters.length - 1] * 3,
      line.ratingHasilKerja ? code(line.ratingHasilKerja) : '',
      line.ratingPerilaku ? code(line.ratingPerilaku) : '',
      line.predikat ? code(line.predikat) : '',
      penilai?.nip ?? '',
      penilai?.nama ?? '',
      penilai?.pangkat ?? '',
      penilai?.jabatan ?? '',
      penilai ? units.get(penilai.kodeUnit)?.nama || penilai.kodeUnit : '',
      penilai ? code('ASN') : '',
    ]);
  }
  return out;
}
