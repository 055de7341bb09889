// Roles (SHEETS.md): what HR-only actions answer to someone else, and the names of those actions.
import type {Catalogue} from '../i18n';

export const ROLE_MESSAGES: Catalogue = {
  'role.hrOnly': {
    id: 'Hanya HR (Email HR di Pengaturan) yang dapat menjalankan {action}.',
    en: 'Only HR (Email HR in Pengaturan) may run {action}.',
  },
  'role.protect.hrOnly': {
    id: 'Kinerja ASN: hanya HR (Email HR di Pengaturan) dan pemilik yang dapat mengubah lembar ini.',
    en: 'Kinerja ASN: only HR (Email HR in Pengaturan) and the owner may edit this sheet.',
  },
  'role.action.preview': {id: 'Pratinjau Email', en: 'Preview Email'},
  'role.action.testSend': {id: 'Kirim Uji', en: 'Test Send'},
  'role.action.settings': {id: 'Simpan Pengaturan', en: 'Save Settings'},
  'role.action.employees': {id: 'Daftar Pegawai', en: 'Employee List'},
  'role.action.dokumen': {id: 'Unduh Dokumen', en: 'Download Documents'},
  'role.action.ekspor': {id: 'Ekspor SIASN', en: 'SIASN Export'},
};
