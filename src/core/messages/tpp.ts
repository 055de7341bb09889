// Texts of TPP (DOMAIN §9): the Keterangan of Hasil TPP and the checks of TPP, Kelas Jabatan and
// Presensi. Keys are namespaced 'tpp.*'. Texts do not repeat the sheet or cell: callers render
// `Sheet!Cell: message`.
// Not yet merged into CATALOGUE (src/core/i18n.ts): nothing in Code.js computes TPP yet, and these
// texts alone would take Code.js over its 256 KB budget (257.3 KB measured). src/core/tpp-i18n.ts
// translates them until the sheets/gas wiring registers them (one line in i18n.ts) and makes room.
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
};
