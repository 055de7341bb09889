// Texts of the public page (`kinerja-asn publik`, src/local/publik-page.ts). Keys 'cli.page.*'.
import type {Catalogue} from '../../core/i18n';

export const PUBLIK_PAGE_MESSAGES: Catalogue = {
  'cli.page.title': {
    id: 'Kinerja Pegawai {instansi}',
    en: 'Staff Performance, {instansi}',
  },
  'cli.page.titlePlain': {id: 'Kinerja Pegawai', en: 'Staff Performance'},
  'cli.page.intro': {
    id: 'Ringkasan hasil penilaian kinerja per unit kerja dan periode. Tidak memuat nama atau NIP; unit dengan kurang dari {min} pegawai digabung ke "Lainnya" agar tidak ada orang yang dapat dikenali.',
    en: 'Summary of performance appraisals per unit and period. No name or NIP is shown; units with fewer than {min} employees are merged into "Others" so that no one can be identified.',
  },
  'cli.page.period': {id: 'Periode {periode}', en: 'Period {periode}'},
  'cli.page.unit': {id: 'Unit Kerja', en: 'Unit'},
  'cli.page.appraised': {id: 'Dinilai', en: 'Appraised'},
  'cli.page.complete': {id: 'Lengkap (%)', en: 'Complete (%)'},
  'cli.page.ikm': {id: 'IKM', en: 'Satisfaction index (IKM)'},
  'cli.page.chart': {
    id: 'Sebaran predikat per unit (jumlah pegawai)',
    en: 'Rating distribution per unit (employees)',
  },
  'cli.page.total': {id: 'Jumlah', en: 'Total'},
  'cli.page.footer': {
    id: 'Dibuat dengan Kinerja ASN dari sheet Publik.',
    en: 'Made with Kinerja ASN from the Publik sheet.',
  },
  'cli.publik.done': {
    id: 'Halaman publik ditulis ke {file}',
    en: 'Public page written to {file}',
  },
};
