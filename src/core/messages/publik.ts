// Texts of the public view (issue 15 item 6) and of appeals (keberatan, item 5). Keys 'publik.*',
// 'keberatan.*'.
import type {Catalogue} from '../i18n';

export const PUBLIK_MESSAGES: Catalogue = {
  'publik.lainnya': {id: 'Lainnya', en: 'Others'},
  'publik.done': {
    id: 'Sheet Publik ditulis: {groups} kelompok dalam {periods} periode (unit dengan kurang dari {min} pegawai digabung ke Lainnya).',
    en: 'Publik sheet written: {groups} groups in {periods} periods (units with fewer than {min} employees merged into Others).',
  },
  'publik.empty': {
    id: 'Belum ada hasil yang dapat dipublikasikan: hitung ulang dulu (periode dengan kurang dari {min} pegawai tidak ditampilkan).',
    en: 'No results to publish yet: recompute first (periods with fewer than {min} employees are not shown).',
  },
  'role.action.publik': {id: 'Tampilan Publik', en: 'Public View'},
};
