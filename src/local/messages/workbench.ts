// The local workbench page around the sidebar (src/local/server.ts), part of the one message
// catalogue (src/core/i18n.ts). Keys are namespaced 'sidebar.workbench.*': the page hosts the sidebar.
import type {Catalogue} from '../../core/i18n';

export const WORKBENCH_MESSAGES: Catalogue = {
  'sidebar.workbench.title': {
    id: 'Kinerja ASN — meja kerja lokal',
    en: 'Kinerja ASN — local workbench',
  },
  'sidebar.workbench.sheets': {id: 'Lembar', en: 'Sheets'},
  'sidebar.workbench.outbox': {id: 'Kotak keluar', en: 'Outbox'},
  'sidebar.workbench.sidebarFrame': {
    id: 'Sidebar Kinerja ASN',
    en: 'Kinerja ASN sidebar',
  },
  'sidebar.workbench.viewerFrame': {
    id: 'Isi spreadsheet',
    en: 'Spreadsheet contents',
  },
  'sidebar.workbench.noSheet': {
    id: 'Lembar "{name}" tidak ada.',
    en: 'There is no sheet "{name}".',
  },
  'sidebar.workbench.empty': {
    id: 'Spreadsheet ini belum berisi lembar.',
    en: 'This spreadsheet has no sheets yet.',
  },
  'sidebar.workbench.emptySheet': {
    id: 'Lembar ini kosong.',
    en: 'This sheet is empty.',
  },
  'sidebar.workbench.cell': {id: 'Sel', en: 'Cell'},
  'sidebar.workbench.value': {id: 'Isi sel', en: 'Cell value'},
  'sidebar.workbench.save': {id: 'Simpan', en: 'Save'},
  'sidebar.workbench.as': {id: 'Sebagai', en: 'As'},
  'sidebar.workbench.clickToEdit': {
    id: 'Klik sel untuk mengisinya, seperti di spreadsheet; Enter menyimpan.',
    en: 'Click a cell to fill it in, as in a spreadsheet; Enter saves.',
  },
  'sidebar.workbench.saved': {
    id: '{ref} tersimpan.',
    en: '{ref} saved.',
  },
  'sidebar.workbench.editFailed': {
    id: 'Tidak tersimpan:',
    en: 'Not saved:',
  },
  'sidebar.workbench.protected': {
    id: '{user} tidak boleh mengubah sel ini (dilindungi: {description}).',
    en: '{user} may not edit this cell (protected: {description}).',
  },
  'sidebar.workbench.noCell': {
    id: 'Sel {ref} tidak ada.',
    en: 'There is no cell {ref}.',
  },
  'sidebar.workbench.readOnly': {
    id: 'Tampilan hanya baca; ubah data lewat sidebar atau program spreadsheet.',
    en: 'Read-only view; change data through the sidebar or a spreadsheet program.',
  },
  'sidebar.workbench.rows': {
    id: 'Baris {first}–{last} dari {total}',
    en: 'Rows {first}–{last} of {total}',
  },
  'sidebar.workbench.previous': {id: '‹ Sebelumnya', en: '‹ Previous'},
  'sidebar.workbench.next': {id: 'Berikutnya ›', en: 'Next ›'},
  'sidebar.workbench.selected': {
    id: 'Sel terpilih: {ref}',
    en: 'Selected cell: {ref}',
  },
  'sidebar.workbench.outboxCount': {
    id: '{count} email (.eml) di {dir}',
    en: '{count} emails (.eml) in {dir}',
  },
  'sidebar.workbench.saving': {id: 'menyimpan…', en: 'saving…'},
  'sidebar.workbench.findTab': {id: 'Cari tab…', en: 'Find a tab…'},
  'sidebar.workbench.appraisalTabs': {
    id: 'Tab penilaian ({count})',
    en: 'Appraisal tabs ({count})',
  },
  'sidebar.workbench.mailFrom': {id: 'Dari', en: 'From'},
  'sidebar.workbench.mailTo': {id: 'Kepada', en: 'To'},
  'sidebar.workbench.mailDate': {id: 'Tanggal', en: 'Date'},
  'sidebar.workbench.mailSubject': {id: 'Subjek', en: 'Subject'},
  'sidebar.workbench.mailAttachments': {id: 'Lampiran', en: 'Attachments'},
  'sidebar.workbench.mailBody': {id: 'Isi email', en: 'Email body'},
  'sidebar.workbench.mailRaw': {id: 'Sumber .eml', en: '.eml source'},
  'sidebar.workbench.mailFile': {id: 'Berkas', en: 'File'},
};
