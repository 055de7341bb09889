// The TPP sheets of the workbook contract (docs/SHEETS.md: TPP, Kelas Jabatan, Presensi, Hasil TPP)
// and the printable payment list `Daftar TPP`. Spread into SHEET and HEADERS (schema.ts).
import {PRESENSI_HEADERS} from '../core/tpp-presensi';

export const TPP_SHEET = {
  tpp: 'TPP',
  kelasJabatan: 'Kelas Jabatan',
  presensi: 'Presensi',
  hasilTpp: 'Hasil TPP',
  daftarTpp: 'Daftar TPP',
} as const;

export const TPP_HEADERS = {
  tpp: ['Kunci', 'Nilai'],
  kelasJabatan: ['Kelas', 'Besaran TPP'],
  presensi: PRESENSI_HEADERS,
  hasilTpp: [
    'Periode',
    'NIP',
    'Nama',
    'Kode Unit',
    'Kelas Jabatan',
    'Besaran',
    'Predikat',
    'Persen Kinerja',
    'Potongan Disiplin',
    'TPP Kinerja',
    'TPP Disiplin',
    'Jumlah TPP',
    'Keterangan',
  ],
  daftarTpp: [
    'No',
    'NIP',
    'Nama',
    'Kelas Jabatan',
    'TPP Kinerja',
    'TPP Disiplin',
    'Jumlah TPP',
    'Keterangan',
    'Tanda Tangan',
  ],
} as const;
