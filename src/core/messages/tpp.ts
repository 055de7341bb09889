// Texts of TPP (DOMAIN §9): the Keterangan of Hasil TPP and the checks of TPP, Kelas Jabatan and
// Presensi. Keys are namespaced 'tpp.*'. Texts do not repeat the sheet or cell: callers render
// `Sheet!Cell: message`.
// Registered in CATALOGUE (src/core/i18n.ts); src/core/tpp-i18n.ts translates the same object.
import type {Catalogue} from '../i18n';

export const TPP_MESSAGES: Catalogue = {
  // Keterangan (Hasil TPP)
  'tpp.keterangan.noClass': {
    id: 'Kelas Jabatan kosong di sheet Pegawai: tidak ada TPP',
    en: 'No Kelas Jabatan in the Pegawai sheet: no TPP',
  },
  'tpp.keterangan.classUnknown': {
    id: 'Kelas Jabatan {kelas} tidak ada di sheet Kelas Jabatan: tidak ada TPP',
    en: 'Kelas Jabatan {kelas} is not in the Kelas Jabatan sheet: no TPP',
  },
  'tpp.keterangan.pppkOff': {
    id: 'PPPK tidak menerima TPP (TPP untuk PPPK = Tidak)',
    en: 'PPPK receive no TPP (TPP untuk PPPK = Tidak)',
  },
  'tpp.keterangan.belumLengkap': {
    id: 'Predikat {periode} belum lengkap: dipakai Persen Belum Lengkap ({persen} %)',
    en: 'Predikat of {periode} not complete: Persen Belum Lengkap ({persen} %) is used',
  },
  'tpp.keterangan.presensiMissing': {
    id: 'Presensi belum diimpor',
    en: 'Attendance not imported yet',
  },
  'tpp.keterangan.capped': {
    id: 'Potongan Disiplin dibatasi 100 % (terhitung {total} %)',
    en: 'Potongan Disiplin capped at 100 % (counted {total} %)',
  },

  // TPP and Kelas Jabatan sheets
  'tpp.setting.invalid': {
    id: '{key} tidak valid ("{value}"): dipakai nilai bawaan "{fallback}"',
    en: '{key} is not valid ("{value}"): the default "{fallback}" is used',
  },
  'tpp.setting.bobotSum': {
    id: 'Bobot Kinerja + Bobot Disiplin sebaiknya 100 (tertulis {kinerja} + {disiplin} = {total})',
    en: 'Bobot Kinerja + Bobot Disiplin should total 100 (found {kinerja} + {disiplin} = {total})',
  },

  // Presensi
  'tpp.presensi.periode': {
    id: 'Periode "{value}" bukan bulan (YYYY-MM, contoh 2026-03)',
    en: 'Periode "{value}" is not a month (YYYY-MM, e.g. 2026-03)',
  },
  'tpp.presensi.count': {
    id: '{header} harus bilangan bulat 0 atau lebih (tertulis "{value}")',
    en: '{header} must be a whole number, 0 or more (found "{value}")',
  },
  'tpp.presensi.exceeds': {
    id: 'Hadir + TK + Cuti + Dinas Luar = {total} melebihi Hari Kerja ({hariKerja})',
    en: 'Hadir + TK + Cuti + Dinas Luar = {total} exceeds Hari Kerja ({hariKerja})',
  },
  'tpp.presensi.nipUnknown': {
    id: 'NIP {nip} tidak ada di sheet Pegawai',
    en: 'NIP {nip} is not in the Pegawai sheet',
  },
  'tpp.presensi.duplicate': {
    id: 'NIP {nip} ganda untuk {periode}: sudah ada di baris {row}',
    en: 'Duplicate NIP {nip} for {periode}: already in row {row}',
  },

  // Kelas Jabatan
  'tpp.kelas.invalid': {
    id: 'Kelas "{value}" harus bilangan bulat 1 atau lebih',
    en: 'Kelas "{value}" must be a whole number, 1 or more',
  },
  'tpp.kelas.amount': {
    id: 'Besaran TPP "{value}" harus angka rupiah 0 atau lebih',
    en: 'Besaran TPP "{value}" must be an amount in rupiah, 0 or more',
  },
  'tpp.kelas.duplicate': {
    id: 'Kelas {kelas} ganda: baris pertama yang dipakai',
    en: 'Kelas {kelas} appears twice: the first row is used',
  },

  // Import of an attendance export
  'tpp.import.noNip': {
    id: 'Tidak ada kolom NIP di baris judul: tidak ada yang diimpor',
    en: 'No NIP column in the header row: nothing imported',
  },
  'tpp.import.missing': {
    id: 'Kolom tidak ditemukan (dibaca kosong): {headers}',
    en: 'Columns not found (read as blank): {headers}',
  },
  'tpp.import.unplaced': {
    id: 'Kolom diabaikan (catat sakit/izin yang disetujui sebagai Cuti): {headers}',
    en: 'Columns ignored (record approved sick leave or permission as Cuti): {headers}',
  },
  'tpp.import.otherMonth': {
    id: 'Periode {periode} bukan bulan yang diimpor ({month})',
    en: 'Periode {periode} is not the month imported ({month})',
  },
  'tpp.import.done': {
    id: 'Presensi {periode}: {rows} baris diimpor (baris bulan itu sebelumnya diganti), {warnings} peringatan.',
    en: "Presensi {periode}: {rows} rows imported (that month's earlier rows replaced), {warnings} warnings.",
  },
  'tpp.import.refused': {
    id: 'Presensi {periode} tidak diimpor: {errors} galat (lihat daftar).',
    en: 'Presensi {periode} not imported: {errors} errors (see the list).',
  },
  'tpp.month.invalid': {
    id: 'Periode "{value}" bukan bulan (YYYY-MM, contoh 2026-03)',
    en: 'Periode "{value}" is not a month (YYYY-MM, e.g. 2026-03)',
  },

  // Hasil TPP, Rekap, Daftar TPP
  'tpp.done': {
    id: 'TPP {periode}: {employees} pegawai, {paid} dibayar, jumlah Rp{total}; {blank} belum dapat dihitung.',
    en: 'TPP {periode}: {employees} employees, {paid} paid, total Rp{total}; {blank} cannot be computed yet.',
  },
  'tpp.rekap.title': {
    id: 'TPP per Unit {periode}',
    en: 'TPP by unit {periode}',
  },
  'tpp.daftar.title': {
    id: 'Daftar Pembayaran TPP {instansi} - {unit} ({kode}) - {periode}',
    en: 'TPP payment list {instansi} - {unit} ({kode}) - {periode}',
  },
  'tpp.menu': {id: 'Hitung TPP', en: 'Compute TPP'},
  'tpp.action.import': {id: 'Impor Presensi', en: 'Import attendance'},
  'tpp.fn.notFound': {
    id: 'NIP {nip} tidak ada di sheet Hasil TPP untuk {periode}: jalankan Hitung TPP dulu',
    en: 'NIP {nip} is not in the Hasil TPP sheet for {periode}: run Compute TPP first',
  },
  'tpp.fn.noAmount': {
    id: 'NIP {nip} {periode} belum punya Jumlah TPP (lihat Keterangan di Hasil TPP)',
    en: 'NIP {nip} {periode} has no Jumlah TPP yet (see Keterangan in Hasil TPP)',
  },
};
