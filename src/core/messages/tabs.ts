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
