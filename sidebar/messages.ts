// The sidebar's texts (keys 'sidebar.*'), part of the one message catalogue (src/core/i18n.ts).
// Only Sidebar.html bundles them: Code.js never shows them.
import type {Catalogue} from '../src/core/i18n';

export const SIDEBAR_MESSAGES: Catalogue = {
  'sidebar.title': {id: 'Kinerja ASN', en: 'Kinerja ASN'},
  'sidebar.loading': {id: 'Memuat…', en: 'Loading…'},
  'sidebar.working': {id: 'Sedang diproses…', en: 'Working…'},
  'sidebar.retry': {id: 'Coba lagi', en: 'Try again'},
  'sidebar.error': {id: 'Terjadi galat: {message}', en: 'Error: {message}'},
  'sidebar.errorUnknown': {
    id: 'Server tidak menjawab. Periksa koneksi lalu coba lagi.',
    en: 'The server did not answer. Check the connection and try again.',
  },
  'sidebar.period': {id: 'Periode', en: 'Period'},
  'sidebar.user': {id: 'Masuk sebagai {email}', en: 'Signed in as {email}'},
  'sidebar.sectionToggle': {
    id: 'Buka atau tutup bagian {name}',
    en: 'Open or close section {name}',
  },

  'sidebar.setup.title': {id: 'Lembar belum siap', en: 'Sheets are not set up'},
  'sidebar.setup.body': {
    id: 'Lembar kerja Kinerja ASN (Pengaturan, Unit, Pegawai, …) belum ada di spreadsheet ini.',
    en: 'The Kinerja ASN sheets (Pengaturan, Unit, Pegawai, …) do not exist in this spreadsheet yet.',
  },
  'sidebar.setup.button': {id: 'Siapkan Lembar', en: 'Set up sheets'},

  'sidebar.tpp.title': {id: 'TPP', en: 'TPP'},
  'sidebar.tpp.body': {
    id: 'Impor presensi sebulan (ekspor CSV mesin absensi: pilih berkas atau tempel teksnya), lalu hitung TPP bulan itu ke Hasil TPP, Rekap dan Daftar TPP. Impor ulang mengganti bulan itu saja.',
    en: "Import a month of attendance (the attendance system's CSV export: choose the file or paste its text), then compute that month's TPP into Hasil TPP, Rekap and Daftar TPP. Importing again replaces that month only.",
  },
  'sidebar.tpp.month': {id: 'Bulan (YYYY-MM)', en: 'Month (YYYY-MM)'},
  'sidebar.tpp.file': {id: 'Berkas CSV', en: 'CSV file'},
  'sidebar.tpp.paste': {id: 'atau tempel isinya', en: 'or paste its text'},
  'sidebar.tpp.import': {id: 'Impor Presensi', en: 'Import attendance'},
  'sidebar.tpp.compute': {id: 'Hitung TPP', en: 'Compute TPP'},

  'sidebar.summary.title': {id: 'Ringkasan', en: 'Summary'},
  'sidebar.myTabs.title': {id: 'Tab saya', en: 'My tabs'},
  'sidebar.myTabs.none': {
    id: 'Belum ada tab penilaian Anda untuk periode ini. Minta HR membuatnya.',
    en: 'There is no appraisal tab of yours for this period yet. Ask HR to create it.',
  },
  'sidebar.summary.refresh': {id: 'Muat ulang', en: 'Reload'},
  'sidebar.summary.refreshLabel': {
    id: 'Muat ulang ringkasan',
    en: 'Reload the summary',
  },
  'sidebar.summary.employees': {id: '{count} pegawai', en: '{count} employees'},
  'sidebar.summary.noEmployees': {
    id: 'Belum ada pegawai. Isi lembar Pegawai terlebih dahulu.',
    en: 'No employees yet. Fill in the Pegawai sheet first.',
  },
  'sidebar.summary.completion': {
    id: 'Kelengkapan penilaian',
    en: 'Appraisal completion',
  },
  'sidebar.summary.completionRow': {
    id: '{label}: {done} dari {total} selesai',
    en: '{label}: {done} of {total} done',
  },
  'sidebar.summary.noCompletion': {
    id: 'Belum ada tab penilaian untuk periode ini.',
    en: 'No appraisal tabs for this period yet.',
  },
  'sidebar.summary.distribution': {
    id: 'Sebaran predikat',
    en: 'Predikat distribution',
  },
  'sidebar.summary.chartLabel': {
    id: 'Diagram batang sebaran predikat: {items}',
    en: 'Bar chart of the predikat distribution: {items}',
  },
  'sidebar.summary.notComputed': {
    id: 'Belum dihitung untuk periode ini. Buka bagian Hitung.',
    en: 'Not computed for this period yet. Open the Compute section.',
  },
  'sidebar.summary.lastComputed': {
    id: 'Terakhir dihitung: {time}',
    en: 'Last computed: {time}',
  },
  'sidebar.summary.stale': {
    id: 'Data berubah sejak perhitungan terakhir. Hitung ulang agar hasil terbaru.',
    en: 'Data changed since the last computation. Recompute to get current results.',
  },
  'sidebar.summary.warnings': {
    id: 'Peringatan kurva distribusi',
    en: 'Distribution curve warnings',
  },
  'sidebar.predikat.incomplete': {id: 'Belum lengkap', en: 'Incomplete'},

  'sidebar.check.title': {id: 'Periksa', en: 'Check'},
  'sidebar.check.run': {id: 'Periksa data', en: 'Check data'},
  'sidebar.check.counts': {
    id: '{errors} galat, {warnings} peringatan',
    en: '{errors} errors, {warnings} warnings',
  },
  'sidebar.check.none': {
    id: 'Tidak ada masalah. Data siap dihitung.',
    en: 'No problems. The data is ready to compute.',
  },
  'sidebar.check.notRun': {
    id: 'Periksa data sebelum menghitung. Klik masalah untuk membuka selnya.',
    en: 'Check the data before computing. Click a problem to open its cell.',
  },
  'sidebar.check.more': {
    id: '{count} masalah lain tidak ditampilkan; lihat lembar Validasi.',
    en: '{count} more problems not shown; see the Validasi sheet.',
  },
  'sidebar.check.goTo': {
    id: 'Buka sel {ref}: {text}',
    en: 'Go to cell {ref}: {text}',
  },
  'sidebar.level.error': {id: 'Galat', en: 'Error'},
  'sidebar.level.warning': {id: 'Peringatan', en: 'Warning'},

  'sidebar.tabs.title': {id: 'Penilaian', en: 'Appraisal tabs'},
  'sidebar.tabs.body': {
    id: 'Buat atau perbarui tab penilaian per atasan/unit untuk periode {period}. Isian yang sudah diketik tetap disimpan.',
    en: 'Create or refresh the appraisal tabs per supervisor/unit for period {period}. Values already typed are kept.',
  },
  'sidebar.tabs.run': {id: 'Buat / perbarui tab', en: 'Create / refresh tabs'},
  'sidebar.tabs.resume': {
    id: 'Lanjutkan pembuatan tab',
    en: 'Continue creating tabs',
  },
  'sidebar.tabs.progress': {
    id: '{done} dari {total} tab selesai · perkiraan {seconds} detik per bagian',
    en: '{done} of {total} tabs done · about {seconds} s per chunk',
  },
  'sidebar.archive.body': {
    id: 'Tahun baru? Pindahkan tab dan baris Hasil tahun-tahun sebelum Tahun ke spreadsheet arsip terpisah (disalin dan diperiksa dulu, baru dihapus dari sini).',
    en: 'New year? Move the tabs and Hasil rows of years before Tahun to a separate archive spreadsheet (copied and checked first, only then removed here).',
  },
  'sidebar.archive.run': {id: 'Arsipkan tahun lalu', en: 'Archive past years'},
  'sidebar.close.body': {
    id: 'Hasil {period} sudah final dan umpan balik terkirim? Tutup periodenya: isian tab pindah ke sheet Arsip Penilaian (lebih ringkas), tabnya dihapus. Hitung ulang, umpan balik dan semester/tahun tetap membacanya.',
    en: 'Are the {period} results final and the feedback sent? Close the period: the tab inputs move to the Arsip Penilaian sheet (more compact) and the tabs are deleted. Recompute, feedback and the semester/year still read them.',
  },
  'sidebar.close.run': {id: 'Tutup periode', en: 'Close the period'},
  'sidebar.close.confirm': {
    id: 'Tutup {period}? Tab penilaiannya dihapus sesudah isiannya tersalin; pengisian oleh atasan selesai.',
    en: 'Close {period}? Its appraisal tabs are deleted once their inputs are copied; supervisors can no longer fill them in.',
  },
  'sidebar.close.yes': {id: 'Ya, tutup', en: 'Yes, close'},
  'sidebar.close.no': {id: 'Batal', en: 'Cancel'},
  'sidebar.tabs.progressLabel': {
    id: 'Kemajuan pembuatan tab',
    en: 'Tab creation progress',
  },

  'sidebar.dokumen.title': {id: 'Dokumen', en: 'Documents'},
  'sidebar.dokumen.body': {
    id: 'Dokumen resmi periode {period} sebagai PDF (satu pegawai) atau ZIP (satu unit), dan ekspor SIASN (CSV).',
    en: 'Official documents of {period} as a PDF (one employee) or a ZIP (one unit), and the SIASN export (CSV).',
  },
  'sidebar.dokumen.jenis': {id: 'Jenis dokumen', en: 'Document'},
  'sidebar.dokumen.evaluasi': {
    id: 'Dokumen Evaluasi Kinerja Pegawai',
    en: 'Performance evaluation',
  },
  'sidebar.dokumen.skp': {
    id: 'SKP (tahun periode)',
    en: "SKP (the period's year)",
  },
  'sidebar.dokumen.employee': {id: 'Pegawai', en: 'Employee'},
  'sidebar.dokumen.pdf': {id: 'Unduh PDF', en: 'Download PDF'},
  'sidebar.dokumen.unit': {id: 'Unit', en: 'Unit'},
  'sidebar.dokumen.zip': {id: 'Unduh ZIP unit', en: "Download the unit's ZIP"},
  'sidebar.dokumen.siasn': {id: 'Ekspor SIASN (CSV)', en: 'SIASN export (CSV)'},
  'sidebar.dokumen.parts': {
    id: '{count} dokumen diunduh dalam {parts} berkas ZIP.',
    en: '{count} documents downloaded in {parts} ZIP files.',
  },
  'sidebar.compute.title': {id: 'Hitung', en: 'Compute'},
  'sidebar.compute.body': {
    id: 'Hitung nilai dan predikat periode {period}, lalu tulis ke lembar Hasil dan Rekap.',
    en: 'Compute scores and predikat for period {period}, then write the Hasil and Rekap sheets.',
  },
  'sidebar.compute.run': {id: 'Hitung ulang', en: 'Recompute'},

  'sidebar.feedback.title': {id: 'Umpan Balik', en: 'Feedback'},
  'sidebar.feedback.search': {id: 'Cari pegawai', en: 'Search employees'},
  'sidebar.feedback.searchPlaceholder': {
    id: 'Nama atau NIP',
    en: 'Name or NIP',
  },
  'sidebar.feedback.employee': {id: 'Pegawai', en: 'Employee'},
  'sidebar.feedback.noEmployees': {
    id: 'Tidak ada pegawai untuk periode ini.',
    en: 'No employees for this period.',
  },
  'sidebar.feedback.noMatch': {
    id: 'Tidak ada pegawai yang cocok.',
    en: 'No matching employee.',
  },
  'sidebar.feedback.preview': {id: 'Pratinjau', en: 'Preview'},
  'sidebar.feedback.previewFrame': {
    id: 'Pratinjau email untuk {name}',
    en: 'Email preview for {name}',
  },
  'sidebar.feedback.to': {id: 'Kepada', en: 'To'},
  'sidebar.feedback.cc': {id: 'Tembusan', en: 'Cc'},
  'sidebar.feedback.subject': {id: 'Subjek', en: 'Subject'},
  'sidebar.feedback.skip': {
    id: 'Tidak akan dikirim: {reason}',
    en: 'Will not be sent: {reason}',
  },
  'sidebar.feedback.testSend': {
    id: 'Kirim uji ke saya',
    en: 'Send a test to me',
  },
  'sidebar.feedback.sendAll': {id: 'Kirim semua', en: 'Send all'},
  'sidebar.feedback.resend': {
    id: 'Kirim ulang yang sudah terkirim',
    en: 'Send again to those already sent',
  },
  'sidebar.plan.summary': {
    id: '{send} dari {total} pegawai akan dikirimi email.',
    en: '{send} of {total} employees will be emailed.',
  },
  'sidebar.plan.summaryResend': {
    id: 'Kirim ulang: {send} dari {total} pegawai akan dikirimi email lagi.',
    en: 'Resend: {send} of {total} employees will be emailed again.',
  },
  'sidebar.plan.notSent': {
    id: 'Tidak dikirim:',
    en: 'Not sent:',
  },
  'sidebar.plan.send': {id: 'Kirim {count} email', en: 'Send {count} email(s)'},
  'sidebar.plan.cancel': {id: 'Batal', en: 'Cancel'},
  'sidebar.plan.changed': {
    id: '{count} hasil berubah sejak emailnya terkirim: {names}',
    en: '{count} results changed since their email was sent: {names}',
  },
  'sidebar.plan.resendChanged': {
    id: 'Kirim ulang yang berubah saja ({count})',
    en: 'Resend only the changed ({count})',
  },
  'sidebar.plan.quota': {
    id: 'Kuota hari ini tersisa {quota}: sisanya dikirim besok.',
    en: 'Only {quota} left in today’s quota: the rest go out tomorrow.',
  },
  'sidebar.feedback.changedMark': {id: 'berubah', en: 'changed'},
  'sidebar.feedback.resendOne': {
    id: 'Kirim ulang ke pegawai ini',
    en: 'Resend to this employee',
  },
  'sidebar.feedback.sendOne': {
    id: 'Kirim ke pegawai ini',
    en: 'Send to this employee',
  },
  'sidebar.feedback.changedHint': {
    id: 'Hasilnya berubah sejak email terkirim.',
    en: 'The result changed since the email was sent.',
  },
  'sidebar.remind.title': {id: 'Pengingat atasan', en: 'Supervisor reminders'},
  'sidebar.remind.check': {
    id: 'Periksa isian yang belum lengkap',
    en: 'Check unfinished inputs',
  },
  'sidebar.remind.none': {
    id: 'Semua isian atasan sudah lengkap.',
    en: 'Every supervisor’s inputs are complete.',
  },
  'sidebar.remind.empty': {
    id: '{empty} isian kosong',
    en: '{empty} empty inputs',
  },
  'sidebar.remind.send': {
    id: 'Kirim {count} pengingat',
    en: 'Send {count} reminder(s)',
  },
  'sidebar.feedback.pause': {id: 'Jeda', en: 'Pause'},
  'sidebar.feedback.resume': {id: 'Lanjutkan', en: 'Resume'},
  'sidebar.feedback.progress': {
    id: '{done} dari {total} diproses',
    en: '{done} of {total} processed',
  },
  'sidebar.feedback.progressLabel': {
    id: 'Kemajuan pengiriman email',
    en: 'Email sending progress',
  },
  'sidebar.feedback.sent': {id: 'Terkirim', en: 'Sent'},
  'sidebar.feedback.skipped': {id: 'Dilewati', en: 'Skipped'},
  'sidebar.feedback.failed': {id: 'Gagal', en: 'Failed'},
  'sidebar.feedback.uncertain': {id: 'Belum pasti', en: 'Uncertain'},
  'sidebar.feedback.uncertainHelp': {
    id: '{count} email tercatat "sedang dikirim" tanpa konfirmasi. Periksa di lembar Log Email; email ini tidak dikirim ulang otomatis.',
    en: '{count} emails are logged as "sending" without confirmation. Check them in the Log Email sheet; they are never resent automatically.',
  },
  'sidebar.feedback.paused': {
    id: 'Dijeda. Klik Lanjutkan untuk meneruskan.',
    en: 'Paused. Click Resume to continue.',
  },
  'sidebar.feedback.pausedQuota': {
    id: 'Kuota email harian habis (sisa {quota}). Pengiriman dilanjutkan otomatis setiap jam setelah kuota pulih, atau klik Lanjutkan besok.',
    en: 'The daily email quota is used up ({quota} left). Sending continues automatically every hour once the quota recovers, or click Resume tomorrow.',
  },
  'sidebar.feedback.done': {id: 'Selesai.', en: 'Done.'},
  'sidebar.feedback.quota': {
    id: 'Sisa kuota email hari ini: {quota}',
    en: 'Email quota left today: {quota}',
  },

  'sidebar.settings.title': {id: 'Pengaturan', en: 'Settings'},
  'sidebar.settings.model': {id: 'Model penilaian', en: 'Appraisal model'},
  'sidebar.settings.modelKuadran': {
    id: 'KUADRAN (PermenPANRB 6/2022)',
    en: 'KUADRAN (PermenPANRB 6/2022)',
  },
  'sidebar.settings.modelNumerik': {
    id: 'NUMERIK (nilai angka)',
    en: 'NUMERIK (numeric score)',
  },
  'sidebar.settings.ambangDiAtas': {
    id: 'Ambang Di Atas Ekspektasi (%)',
    en: 'Above-expectation threshold (%)',
  },
  'sidebar.settings.ambangSesuai': {
    id: 'Ambang Sesuai Ekspektasi (%)',
    en: 'Meets-expectation threshold (%)',
  },
  'sidebar.settings.batasCapaian': {
    id: 'Batas capaian (%)',
    en: 'Achievement cap (%)',
  },
  'sidebar.settings.bobotHasilKerja': {
    id: 'Bobot hasil kerja (%)',
    en: 'Weight of work results (%)',
  },
  'sidebar.settings.bobotPerilaku': {
    id: 'Bobot perilaku (%)',
    en: 'Weight of behaviour (%)',
  },
  'sidebar.settings.bahasa': {id: 'Bahasa', en: 'Language'},
  'sidebar.settings.tembusanAtasan': {
    id: 'Tembusan email ke atasan',
    en: 'Copy emails to the supervisor',
  },
  'sidebar.settings.tabPenilaian': {
    id: 'Tab penilaian',
    en: 'Appraisal tabs',
  },
  'sidebar.settings.perAtasan': {id: 'Per Atasan', en: 'Per supervisor'},
  'sidebar.settings.perUnit': {id: 'Per Unit', en: 'Per unit'},
  'sidebar.settings.emailHr': {id: 'Email HR', en: 'HR email'},
  'sidebar.settings.save': {id: 'Simpan', en: 'Save'},
  'sidebar.settings.invalidNumber': {
    id: '{field}: isi angka {min}–{max}.',
    en: '{field}: enter a number from {min} to {max}.',
  },
  'sidebar.settings.thresholdOrder': {
    id: 'Ambang Di Atas harus lebih besar dari Ambang Sesuai.',
    en: 'The above-expectation threshold must be greater than the meets-expectation threshold.',
  },
  'sidebar.settings.capBelowThreshold': {
    id: 'Batas capaian tidak boleh lebih kecil dari Ambang Di Atas.',
    en: 'The achievement cap may not be below the above-expectation threshold.',
  },
  'sidebar.settings.weightsSum': {
    id: 'Bobot hasil kerja + bobot perilaku harus 100 (sekarang {sum}).',
    en: 'Weight of work results + weight of behaviour must be 100 (now {sum}).',
  },
  'sidebar.settings.invalidEmail': {
    id: 'Email HR tidak valid: {email}',
    en: 'Invalid HR email: {email}',
  },
  'sidebar.settings.fixErrors': {
    id: 'Perbaiki isian yang ditandai lalu simpan lagi.',
    en: 'Fix the marked fields, then save again.',
  },
};
