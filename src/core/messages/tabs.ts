// Texts of the resumable tab job and the archive (Code.js shows them).
import type {Catalogue} from '../i18n';

export const TABS_MESSAGES: Catalogue = {
  'tabs.job.progress': {
    id: 'Tab penilaian {periode}: {done} dari {total} tab selesai (bagian ini diperkirakan {seconds} detik).',
    en: 'Appraisal tabs {periode}: {done} of {total} tabs done (this chunk estimated at {seconds} s).',
  },
  'tabs.job.later': {
    id: 'Sisanya dilanjutkan dari panel samping atau oleh pemicu per jam.',
    en: 'The rest continues from the sidebar or the hourly trigger.',
  },
  'tabs.job.none': {
    id: 'Tidak ada pembuatan tab yang berjalan.',
    en: 'No tab creation is running.',
  },
  'tabs.identity.atasan': {
    id: 'Tab penilaian {periode}, atasan NIP {key}. Nama tab boleh diubah; tab tetap dikenali.',
    en: 'Appraisal tab {periode}, supervisor NIP {key}. The tab may be renamed; it is still recognised.',
  },
  'tabs.identity.unit': {
    id: 'Tab penilaian {periode}, unit {key}. Nama tab boleh diubah; tab tetap dikenali.',
    en: 'Appraisal tab {periode}, unit {key}. The tab may be renamed; it is still recognised.',
  },
  'tabs.job.unchanged': {
    id: '{count} tab tidak berubah dan tidak ditulis ulang.',
    en: '{count} tabs were unchanged and not rewritten.',
  },
};

export const ARCHIVE_MESSAGES: Catalogue = {
  'archive.nothing': {
    id: 'Tidak ada tab atau baris Hasil dari tahun sebelum {year} untuk diarsipkan.',
    en: 'No tabs or Hasil rows from years before {year} to archive.',
  },
  'archive.progress': {
    id: 'Arsip ke "{file}": {done} dari {total} langkah selesai. Jalankan lagi untuk melanjutkan.',
    en: 'Archive to "{file}": {done} of {total} steps done. Run it again to continue.',
  },
  'archive.done': {
    id: 'Arsip selesai: {tabs} tab, {rows} baris Hasil dan {closed} baris Arsip Penilaian dipindah ke "{file}" ({url}), diperiksa sebelum dihapus dari buku kerja ini.',
    en: 'Archive done: {tabs} tabs, {rows} Hasil rows and {closed} Arsip Penilaian rows moved to "{file}" ({url}), checked before they were removed from this workbook.',
  },
  'archive.failed': {
    id: 'Pengarsipan terhenti: {error}. Tidak ada yang dihapus sebelum salinannya diperiksa; jalankan lagi untuk melanjutkan.',
    en: 'Archiving stopped: {error}. Nothing is removed before its copy is checked; run it again to continue.',
  },
  'archive.menu': {id: 'Arsipkan Tahun Lalu', en: 'Archive Past Years'},
  'close.menu': {id: 'Tutup Periode Aktif', en: 'Close the Active Period'},
  'close.notQuarter': {
    id: 'Periode {periode} tidak bisa ditutup: hanya triwulan dan bulan yang punya tab.',
    en: 'Period {periode} cannot be closed: only quarters and months have tabs.',
  },
  'close.nothing': {
    id: 'Periode {periode} tidak punya tab penilaian untuk ditutup.',
    en: 'Period {periode} has no appraisal tabs to close.',
  },
  'close.already': {
    id: 'Periode {periode} sudah ditutup: isiannya ada di sheet {sheet}.',
    en: 'Period {periode} is already closed: its inputs are in the sheet {sheet}.',
  },
  'close.tabsPending': {
    id: 'Pembuatan tab {periode} belum selesai: selesaikan dulu, lalu tutup periodenya.',
    en: 'Creating the {periode} tabs has not finished: finish it first, then close the period.',
  },
  'close.progress': {
    id: 'Menutup {periode}: {done} dari {total} tab dipindah ke {sheet}.',
    en: 'Closing {periode}: {done} of {total} tabs moved to {sheet}.',
  },
  'close.done': {
    id: 'Periode {periode} ditutup: {tabs} tab ({rows} baris) dipindah ke {sheet}, tempat HR mengetik perbaikan.',
    en: 'Period {periode} closed: {tabs} tabs ({rows} rows) moved to {sheet}, where HR types corrections.',
  },
  'close.failed': {
    id: 'Penutupan {periode} terhenti: {error}. Tidak ada yang hilang; jalankan lagi untuk melanjutkan.',
    en: 'Closing {periode} stopped: {error}. Nothing is lost; run it again to continue.',
  },
  'close.closedTabs': {
    id: 'Periode {periode} sudah ditutup (isiannya di {sheet}): tabnya tidak dibuat lagi.',
    en: 'Period {periode} is closed (its inputs are in {sheet}): its tabs are not made again.',
  },
  'close.protect': {
    id: 'Kinerja ASN: isian periode yang ditutup (hanya HR)',
    en: 'Kinerja ASN: inputs of closed periods (HR only)',
  },
};
