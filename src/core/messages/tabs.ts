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
    id: 'Arsip selesai: {tabs} tab dan {rows} baris Hasil dipindah ke "{file}" ({url}), diperiksa sebelum dihapus dari buku kerja ini.',
    en: 'Archive done: {tabs} tabs and {rows} Hasil rows moved to "{file}" ({url}), checked before they were removed from this workbook.',
  },
  'archive.failed': {
    id: 'Pengarsipan terhenti: {error}. Tidak ada yang dihapus sebelum salinannya diperiksa; jalankan lagi untuk melanjutkan.',
    en: 'Archiving stopped: {error}. Nothing is removed before its copy is checked; run it again to continue.',
  },
  'archive.menu': {id: 'Arsipkan Tahun Lalu', en: 'Archive Past Years'},
};
