// Messages of the workflow area (see src/core/i18n.ts). Keys are namespaced 'workflow.*'.
import type {Catalogue} from '../i18n';

export const WORKFLOW_MESSAGES: Catalogue = {
  // Menu labels
  'workflow.menu.setup': {id: 'Siapkan Lembar', en: 'Set Up Sheets'},
  'workflow.menu.createTabs': {
    id: 'Buat Tab Penilaian',
    en: 'Create Appraisal Tabs',
  },
  'workflow.menu.validate': {id: 'Periksa Data', en: 'Check Data'},
  'workflow.menu.recompute': {id: 'Hitung Ulang', en: 'Recompute'},
  'workflow.menu.sendFeedback': {
    id: 'Kirim Umpan Balik',
    en: 'Send Feedback',
  },
  'workflow.menu.sidebar': {id: 'Buka Panel', en: 'Open Panel'},
  'workflow.menu.installTriggers': {
    id: 'Pasang Pemicu',
    en: 'Install Triggers',
  },
  'workflow.menu.removeTriggers': {id: 'Lepas Pemicu', en: 'Remove Triggers'},
  'workflow.title': {id: 'Kinerja ASN', en: 'Kinerja ASN'},

  // Results of actions
  'workflow.error.unexpected': {
    id: 'Terjadi kesalahan tak terduga: {error}. Coba lagi; bila terus berulang, hubungi admin.',
    en: 'An unexpected error occurred: {error}. Try again; if it keeps happening, contact your administrator.',
  },
  'workflow.busy': {
    id: 'Proses lain (hitung ulang atau pengiriman) sedang berjalan pada dokumen ini. Tunggu sebentar lalu coba lagi.',
    en: 'Another job (recompute or sending) is running on this document. Wait a moment and try again.',
  },
  'workflow.setup.done': {
    id: 'Lembar siap: {created} lembar dibuat, {headers} kolom ditambahkan, {rows} baris bawaan ditambahkan.',
    en: 'Sheets ready: {created} sheets created, {headers} columns added, {rows} default rows added.',
  },
  'workflow.setup.unchanged': {
    id: 'Semua lembar sudah lengkap; tidak ada yang diubah.',
    en: 'All sheets are complete; nothing was changed.',
  },
  'workflow.notReady': {
    id: 'Lembar {sheet} belum ada. Jalankan "Siapkan Lembar" dahulu.',
    en: 'Sheet {sheet} does not exist. Run "Set Up Sheets" first.',
  },
  'workflow.period.invalid': {
    id: 'Periode "{periode}" tidak dikenal (contoh: 2026-03, 2026-TW1, 2026-S1, 2026).',
    en: 'Unknown period "{periode}" (examples: 2026-03, 2026-TW1, 2026-S1, 2026).',
  },
  'workflow.tabs.done': {
    id: 'Tab penilaian {periode}: {tabs} tab untuk {employees} pegawai ({created} baru).',
    en: 'Appraisal tabs {periode}: {tabs} tabs for {employees} employees ({created} new).',
  },
  'workflow.tabs.staleKept': {
    id: '{stale} baris tidak berlaku disimpan (teks abu-abu) agar isiannya tidak hilang.',
    en: '{stale} rows no longer applicable were kept (grey text) so nothing typed is lost.',
  },
  'workflow.tabs.failed': {
    id: 'Tab penilaian {periode} gagal dibuat pada tab "{tab}": {error}. {removed} tab baru yang sempat dibuat dihapus lagi; tab lama tetap menyimpan semua isian. Perbaiki penyebabnya, lalu jalankan Buat Tab Penilaian lagi.',
    en: 'Creating the appraisal tabs {periode} failed at tab "{tab}": {error}. The {removed} new tabs made so far were removed again; existing tabs keep every value typed. Fix the cause, then run Create Appraisal Tabs again.',
  },
  'workflow.tabs.noEmployees': {
    id: 'Tidak ada pegawai aktif untuk dibuatkan tab penilaian {periode}.',
    en: 'No active employees to create appraisal tabs for {periode}.',
  },
  'workflow.tabs.withoutKey': {
    id: '{count} pegawai tanpa {what} dilewati (lihat Periksa Data).',
    en: '{count} employees without {what} were skipped (see Check Data).',
  },
  'workflow.tabs.what.atasan': {id: 'NIP Atasan', en: 'supervisor NIP'},
  'workflow.tabs.what.unit': {id: 'Kode Unit', en: 'unit code'},
  'workflow.tabs.notApplicable': {id: 'TIDAK BERLAKU: ', en: 'TIDAK BERLAKU: '},
  'workflow.tabs.ringkasanHK': {
    id: 'Rating hasil kerja (kosongkan untuk memakai saran; bila berbeda, isi Alasan)',
    en: 'Work result rating (leave blank to use the suggestion; if different, fill in Alasan)',
  },
  'workflow.tabs.ringkasanPK': {
    id: 'Rating perilaku (kosongkan untuk memakai saran; bila berbeda, isi Alasan)',
    en: 'Behaviour rating (leave blank to use the suggestion; if different, fill in Alasan)',
  },
  'workflow.tabs.inovasi': {
    id: 'Inovasi yang bermanfaat bagi organisasi (Ya/Tidak)',
    en: 'Innovation that benefits the organisation (Ya/Tidak)',
  },
  'workflow.tabs.ratingHelp': {
    id: 'Pilih Di Atas, Sesuai atau Di Bawah Ekspektasi ("sesuai", "diatas" juga dibaca).',
    en: 'Pick Di Atas, Sesuai or Di Bawah Ekspektasi ("sesuai", "diatas" are read too).',
  },
  'workflow.tabs.scoreHelp': {
    id: 'Isi nilai 0 sampai 120.',
    en: 'Enter a score from 0 to 120.',
  },
  'workflow.tabs.realisasiHelp': {
    id: 'Isi angka realisasi 0 atau lebih (contoh 87,5), bukan rumus.',
    en: 'Enter the achieved number, 0 or more (e.g. 87,5), not a formula.',
  },
  'workflow.protect.tab': {
    id: 'Kinerja ASN: hanya kolom isian yang dapat diubah penilai',
    en: 'Kinerja ASN: only input columns are editable by the appraiser',
  },
  'workflow.protect.inputs': {
    id: 'Kinerja ASN: isian penilai {key}',
    en: 'Kinerja ASN: inputs of appraiser {key}',
  },
  'workflow.protect.output': {
    id: 'Kinerja ASN: lembar hasil, diisi oleh add-on',
    en: 'Kinerja ASN: output sheet, written by the add-on',
  },
  'workflow.recompute.done': {
    id: 'Hitung ulang {periode} selesai: {employees} pegawai, {complete} lengkap; {errors} galat dan {warnings} peringatan di lembar Validasi.',
    en: 'Recompute of {periode} done: {employees} employees, {complete} complete; {errors} errors and {warnings} warnings in the Validasi sheet.',
  },
  'workflow.validate.done': {
    id: 'Pemeriksaan selesai: {errors} galat dan {warnings} peringatan (lihat lembar Validasi).',
    en: 'Check finished: {errors} errors and {warnings} warnings (see the Validasi sheet).',
  },
  'workflow.triggers.installed': {
    id: 'Pemicu terpasang: {installed} baru, {kept} sudah ada (audit perubahan dan pemeliharaan per jam).',
    en: 'Triggers installed: {installed} new, {kept} already present (change audit and hourly maintenance).',
  },
  'workflow.triggers.removed': {
    id: '{removed} pemicu dilepas.',
    en: '{removed} triggers removed.',
  },
  'workflow.send.progress': {
    id: '{message} Sisa pengiriman dilanjutkan oleh pemicu per jam atau dari panel.',
    en: '{message} The rest continues with the hourly trigger or from the panel.',
  },
  'workflow.settings.saved': {
    id: 'Pengaturan disimpan.',
    en: 'Settings saved.',
  },
  'workflow.settings.invalid': {
    id: 'Pengaturan tidak disimpan: {reason}',
    en: 'Settings not saved: {reason}',
  },
  'workflow.settings.bobotSum': {
    id: 'Bobot Hasil Kerja + Bobot Perilaku harus 100.',
    en: 'Bobot Hasil Kerja + Bobot Perilaku must total 100.',
  },
  'workflow.settings.range': {
    id: '{key} harus angka antara {min} dan {max}.',
    en: '{key} must be a number between {min} and {max}.',
  },
  'workflow.settings.ambang': {
    id: 'Ambang Sesuai tidak boleh melebihi Ambang Di Atas.',
    en: 'Ambang Sesuai may not exceed Ambang Di Atas.',
  },
  'workflow.settings.email': {
    id: 'Email HR "{email}" tidak sah.',
    en: 'Email HR "{email}" is not a valid address.',
  },
  'workflow.select.done': {
    id: 'Sel {ref} dipilih.',
    en: 'Cell {ref} selected.',
  },
  'workflow.select.missing': {
    id: 'Lembar {sheet} tidak ditemukan.',
    en: 'Sheet {sheet} was not found.',
  },
  'workflow.select.badCell': {
    id: 'Alamat sel "{cell}" tidak sah.',
    en: 'Cell address "{cell}" is not valid.',
  },
  'workflow.audit.override': {
    id: 'Penilai mengubah saran {what}: saran {suggested}, dipilih {rating}. Alasan: {reason}',
    en: 'Appraiser overrode the suggested {what}: suggested {suggested}, chosen {rating}. Reason: {reason}',
  },
  'workflow.audit.overrideHK': {
    id: 'rating hasil kerja',
    en: 'work result rating',
  },
  'workflow.audit.byRecompute': {
    id: '(Hitung Ulang Kinerja ASN)',
    en: '(Kinerja ASN recompute)',
  },
  'workflow.audit.overridePK': {id: 'rating perilaku', en: 'behaviour rating'},
  'workflow.audit.paste': {
    id: '{cells} sel diubah sekaligus ({range})',
    en: '{cells} cells changed at once ({range})',
  },
  'workflow.summary.noHr': {
    id: '(tanpa atasan)',
    en: '(no supervisor)',
  },
};
