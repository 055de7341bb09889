// Messages of the core area (see src/core/i18n.ts). Keys are namespaced 'core.*'.
import type {Catalogue} from '../i18n';

export const CORE_MESSAGES: Catalogue = {
  // NIP (Perka BKN 22/2007, DOMAIN §7)
  'core.nip.blank': {
    id: 'NIP kosong',
    en: 'NIP is empty',
  },
  'core.nip.storedAsNumber': {
    id: 'NIP {value} tersimpan sebagai angka sehingga digitnya hilang: ketik ulang sebagai teks (format sel Teks biasa)',
    en: 'NIP {value} is stored as a number and has lost digits: type it again as text (cell format Plain text)',
  },
  'core.nip.digits': {
    id: 'NIP {value} hanya boleh berisi angka (spasi dan titik boleh)',
    en: 'NIP {value} may contain only digits (spaces and dots allowed)',
  },
  'core.nip.length': {
    id: 'NIP {value} harus 18 digit, bukan {count}',
    en: 'NIP {value} must have 18 digits, not {count}',
  },
  'core.nip.birthDate': {
    id: 'NIP {value}: digit 1-8 ({date}) bukan tanggal lahir yang sah (TTTTBBHH)',
    en: 'NIP {value}: digits 1-8 ({date}) are not a valid birth date (YYYYMMDD)',
  },
  'core.nip.tmt': {
    id: 'NIP {value}: digit 9-14 ({tmt}) bukan TMT CPNS yang sah (TTTTBB, bulan 01-12, setelah umur 15 tahun)',
    en: 'NIP {value}: digits 9-14 ({tmt}) are not a valid CPNS appointment (YYYYMM, month 01-12, after age 15)',
  },
  'core.nip.gender': {
    id: 'NIP {value}: digit 15 ({digit}) harus 1 (pria) atau 2 (wanita)',
    en: 'NIP {value}: digit 15 ({digit}) must be 1 (male) or 2 (female)',
  },
  'core.gender.Pria': {id: 'Pria', en: 'Male'},
  'core.gender.Wanita': {id: 'Wanita', en: 'Female'},

  // Distribution curve (PermenPANRB 6/2022, DOMAIN §5)
  'core.distribution.max': {
    id: 'Kurva distribusi (capaian organisasi {org}): {predikat} paling banyak {pct}% = {limit} dari {total} pegawai, saat ini {count}',
    en: 'Distribution curve (organisation result {org}): {predikat} at most {pct}% = {limit} of {total} employees, now {count}',
  },
  'core.distribution.min': {
    id: 'Kurva distribusi (capaian organisasi {org}): {predikat} paling sedikit {pct}% = {limit} dari {total} pegawai, saat ini {count}',
    en: 'Distribution curve (organisation result {org}): {predikat} at least {pct}% = {limit} of {total} employees, now {count}',
  },
  'core.distribution.atLeastOne': {
    id: 'Kurva distribusi (capaian organisasi {org}): paling sedikit satu pegawai {predikat}, saat ini {count}',
    en: 'Distribution curve (organisation result {org}): at least one employee {predikat}, now {count}',
  },
  'core.distribution.none': {
    id: 'Kurva distribusi (capaian organisasi {org}): tidak boleh ada {predikat}, saat ini {count}',
    en: 'Distribution curve (organisation result {org}): no {predikat} allowed, now {count}',
  },
  'core.or': {id: 'atau', en: 'or'},

  // Custom functions (shown in the cell or as the #ERROR! tooltip)
  'core.fn.nipNotFound': {
    id: 'NIP {nip} tidak ada di sheet Hasil untuk periode {periode}',
    en: 'NIP {nip} is not in the Hasil sheet for period {periode}',
  },
  'core.fn.noHasil': {
    id: 'Sheet Hasil belum ada atau kosong: jalankan Hitung Ulang dulu',
    en: 'The Hasil sheet is missing or empty: run Recompute first',
  },
  'core.fn.missingHeader': {
    id: 'Sheet Hasil tidak punya kolom {header} di baris 1',
    en: 'The Hasil sheet has no {header} column in row 1',
  },
  'core.fn.badHasilRange': {
    id: '{name}: data_hasil harus rentang sheet Hasil termasuk baris judul (Periode, NIP, Nilai Akhir, Predikat), misalnya Hasil!A:M',
    en: '{name}: data_hasil must be a range of the Hasil sheet with its header row (Periode, NIP, Nilai Akhir, Predikat), for example Hasil!A:M',
  },
  'core.fn.badPeriod': {
    id: 'Periode {value} tidak dikenal (contoh: 2026-03, 2026-TW1, 2026-S1, 2026)',
    en: 'Unknown period {value} (examples: 2026-03, 2026-TW1, 2026-S1, 2026)',
  },
  'core.fn.noValue': {
    id: 'NIP {nip} periode {periode} belum punya {what} (penilaian belum lengkap)',
    en: 'NIP {nip} period {periode} has no {what} yet (appraisal incomplete)',
  },
  'core.fn.badNumber': {
    id: '{name}: "{value}" bukan angka',
    en: '{name}: "{value}" is not a number',
  },
  'core.fn.badTarget': {
    id: 'Target harus lebih dari 0 (sekarang {value})',
    en: 'Target must be greater than 0 (now {value})',
  },
  'core.fn.badArah': {
    id: 'Arah "{value}" harus Naik atau Turun',
    en: 'Direction "{value}" must be Naik (higher is better) or Turun (lower is better)',
  },
  'core.fn.badRating': {
    id: 'Rating "{value}" harus Di Atas Ekspektasi, Sesuai Ekspektasi atau Di Bawah Ekspektasi',
    en: 'Rating "{value}" must be Di Atas Ekspektasi, Sesuai Ekspektasi or Di Bawah Ekspektasi',
  },
  'core.fn.sizeMismatch': {
    id: '{name}: rentang harus sama jumlah barisnya ({rows}) atau satu sel',
    en: '{name}: ranges must have the same number of rows ({rows}) or be one cell',
  },
  'core.fn.ikmColumns': {
    id: 'Jawaban IKM harus 9 kolom (unsur), bukan {count}',
    en: 'IKM answers must have 9 columns (elements), not {count}',
  },
  'core.fn.ikmAnswer': {
    id: 'Jawaban IKM baris {row} kolom {column}: "{value}" harus 1, 2, 3 atau 4',
    en: 'IKM answer row {row} column {column}: "{value}" must be 1, 2, 3 or 4',
  },
  'core.fn.ikmIncomplete': {
    id: 'IKM belum bisa dihitung: unsur {element} belum punya jawaban',
    en: 'IKM cannot be computed yet: element {element} has no answers',
  },
  'core.fn.badBobot': {
    id: 'Bobot IKM "{value}" tidak sah (contoh: 1/9, 0,111)',
    en: 'IKM weight "{value}" is not valid (examples: 1/9, 0.111)',
  },
  'core.fn.blank': {
    id: '{name} kosong',
    en: '{name} is empty',
  },
};
