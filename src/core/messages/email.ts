// Messages of the email area (see src/core/i18n.ts). Keys are namespaced 'email.*'.
// Placeholders of the email template are written {{Like This}}; i18n parameters are {likeThis}.
import type {Catalogue} from '../i18n';

export const EMAIL_MESSAGES: Catalogue = {
  // The default template, used when the Template Email sheet is empty (keys Subjek, Isi).
  'email.template.subject': {
    id: 'Umpan Balik Kinerja {{Periode}}: {{Nama}}',
    en: 'Performance Feedback {{Periode}}: {{Nama}}',
  },
  'email.template.body': {
    id:
      'Yth. {{Nama}} ({{Jabatan}}, {{Unit}}),\n\n' +
      'Berikut hasil penilaian kinerja Anda untuk periode {{Periode}}. ' +
      'Predikat kinerja Anda: {{Predikat}} (rating hasil kerja {{Rating Hasil Kerja}}, ' +
      'rating perilaku {{Rating Perilaku}}).\n\n' +
      '{{Tabel Indikator}}\n\n' +
      '{{Umpan Balik}}\n\n' +
      '{{Rekomendasi}}\n\n' +
      'Salam,\n{{Atasan}}\n{{Instansi}}',
    en:
      'Dear {{Nama}} ({{Jabatan}}, {{Unit}}),\n\n' +
      'Here are the results of your performance appraisal for the period {{Periode}}. ' +
      'Your performance rating: {{Predikat}} (work results {{Rating Hasil Kerja}}, ' +
      'work behaviour {{Rating Perilaku}}).\n\n' +
      '{{Tabel Indikator}}\n\n' +
      '{{Umpan Balik}}\n\n' +
      '{{Rekomendasi}}\n\n' +
      'Regards,\n{{Atasan}}\n{{Instansi}}',
  },

  // Layout
  'email.title': {id: 'Umpan Balik Kinerja', en: 'Performance Feedback'},
  'email.period': {id: 'Periode {periode}', en: 'Period {periode}'},
  'email.label.predikat': {id: 'Predikat', en: 'Rating'},
  'email.label.nilaiAkhir': {id: 'Nilai Akhir', en: 'Final score'},
  'email.section.hasilKerja': {id: 'Hasil Kerja', en: 'Work Results'},
  'email.section.perilaku': {id: 'Perilaku Kerja', en: 'Work Behaviour'},
  'email.section.umpanBalik': {
    id: 'Umpan Balik Atasan',
    en: "Supervisor's Feedback",
  },
  'email.section.rekomendasi': {id: 'Tindak Lanjut', en: 'Follow-up'},
  'email.table.target': {id: 'Target', en: 'Target'},
  'email.table.realisasi': {id: 'Realisasi', en: 'Actual'},
  'email.table.capaianShort': {id: 'Capaian', en: 'Achievement'},
  'email.table.rating': {id: 'Rating', en: 'Rating'},
  // Plain-text line of one indicator: the percent sign follows the number, as people write it.
  'email.text.capaian': {id: 'Capaian {value}', en: 'Achievement {value}'},
  'email.table.aspek': {id: 'Aspek', en: 'Aspect'},
  'email.table.tambahan': {id: 'tambahan', en: 'additional'},
  'email.table.empty': {
    id: 'Tidak ada indikator.',
    en: 'No indicators.',
  },
  'email.bukti': {id: 'Bukti dukung', en: 'Evidence'},
  'email.feedback.none': {
    id: 'Tidak ada catatan umpan balik.',
    en: 'No feedback notes.',
  },
  'email.angkaKredit': {
    id: 'Angka kredit jabatan fungsional {jenjang} untuk periode ini: {nilai} ({persentase}% × koefisien tahunan {koefisien} × {bulan}/12 bulan).',
    en: 'Credit points of your functional position ({jenjang}) for this period: {nilai} ({persentase}% × annual coefficient {koefisien} × {bulan}/12 months).',
  },
  'email.training.intro': {
    id: 'Saran pengembangan kompetensi:',
    en: 'Suggested development:',
  },
  'email.training.none': {
    id: 'Tidak ada saran pelatihan khusus untuk periode ini.',
    en: 'No specific training is suggested for this period.',
  },
  'email.followUp.penghargaan': {
    id: 'Selamat! Dengan predikat Sangat Baik, Anda menjadi kandidat penghargaan di unit kerja Anda. Terima kasih atas kinerja dan teladan Anda.',
    en: 'Congratulations! With the rating Sangat Baik (Outstanding) you are a candidate for recognition in your unit. Thank you for your performance and example.',
  },
  'email.followUp.pembinaan': {
    id: 'Atasan Anda akan mengajak Anda berdiskusi untuk menyusun rencana pembinaan kinerja bersama, agar target periode berikutnya dapat tercapai.',
    en: 'Your supervisor will invite you to agree on a performance coaching plan together, so that next period’s targets can be met.',
  },
  'email.footer': {
    id: 'Email ini dikirim oleh {instansi} melalui Kinerja ASN. Bila ada data yang keliru, hubungi atasan Anda atau bagian kepegawaian.',
    en: 'This email was sent by {instansi} through Kinerja ASN. If anything is wrong, contact your supervisor or the HR office.',
  },
  'email.none': {id: '-', en: '-'},

  // Display labels of ratings and predikat (official terms stay visible in English).
  'email.rating.Di Atas Ekspektasi': {
    id: 'Di Atas Ekspektasi',
    en: 'Above expectations',
  },
  'email.rating.Sesuai Ekspektasi': {
    id: 'Sesuai Ekspektasi',
    en: 'Meets expectations',
  },
  'email.rating.Di Bawah Ekspektasi': {
    id: 'Di Bawah Ekspektasi',
    en: 'Below expectations',
  },
  'email.predikat.Sangat Baik': {
    id: 'Sangat Baik',
    en: 'Sangat Baik (Outstanding)',
  },
  'email.predikat.Baik': {id: 'Baik', en: 'Baik (Good)'},
  'email.predikat.Butuh Perbaikan': {
    id: 'Butuh Perbaikan',
    en: 'Butuh Perbaikan (Needs improvement)',
  },
  'email.predikat.Kurang/Misconduct': {
    id: 'Kurang/Misconduct',
    en: 'Kurang/Misconduct (Poor/Misconduct)',
  },
  'email.predikat.Kurang': {id: 'Kurang', en: 'Kurang (Poor)'},
  'email.predikat.Sangat Kurang': {
    id: 'Sangat Kurang',
    en: 'Sangat Kurang (Very poor)',
  },

  // Why an employee is not sent an email (Log Email status "Dilewati: <reason>", preview).
  'email.skip.notFound': {
    id: 'Pegawai {nip} tidak ada dalam hasil periode {periode}.',
    en: 'Employee {nip} has no result for period {periode}.',
  },
  'email.skip.incomplete': {
    id: 'Penilaian belum lengkap: {missing}',
    en: 'Appraisal incomplete: {missing}',
  },
  'email.skip.noPredikat': {
    id: 'Predikat belum dapat ditentukan.',
    en: 'The rating cannot be determined yet.',
  },
  'email.skip.noHasil': {
    id: 'Belum ada baris Hasil untuk periode {periode}: jalankan Hitung Ulang dahulu.',
    en: 'No Hasil row for period {periode} yet: run Recompute first.',
  },
  'email.skip.outdated': {
    id: 'Predikat di Hasil ({hasil}) berbeda dengan data terkini ({current}): jalankan Hitung Ulang dahulu.',
    en: 'The rating in Hasil ({hasil}) differs from the current data ({current}): run Recompute first.',
  },
  'email.skip.invalidEmail': {
    id: 'Alamat email tidak valid: "{email}".',
    en: 'Invalid email address: "{email}".',
  },

  // Preview and test send
  'email.preview.unknownPlaceholders': {
    id: 'Placeholder tidak dikenal di Template Email: {names}',
    en: 'Unknown placeholders in Template Email: {names}',
  },
  'email.test.prefix': {id: '[UJI] ', en: '[TEST] '},
  'email.test.sent': {
    id: 'Email uji untuk {nama} dikirim ke alamat Anda sendiri, {to}.',
    en: 'Test email for {nama} sent to your own address, {to}.',
  },
  'email.test.noRecipient': {
    id: 'Email HR tidak diketahui: isi "Email HR" di Pengaturan.',
    en: 'HR email unknown: fill in "Email HR" in Pengaturan.',
  },
  'email.test.quota': {
    id: 'Kuota email harian habis; coba lagi besok.',
    en: 'The daily email quota is used up; try again tomorrow.',
  },
  'email.test.failed': {
    id: 'Email uji gagal dikirim: {error}',
    en: 'The test email could not be sent: {error}',
  },

  // Sending job
  'email.send.noJob': {
    id: 'Tidak ada pengiriman yang sedang berjalan.',
    en: 'No sending job is running.',
  },
  'email.send.invalidPeriod': {
    id: 'Periode "{periode}" tidak dikenal.',
    en: 'Unknown period "{periode}".',
  },
  'email.send.alreadyRunning': {
    id: 'Pengiriman periode {periode} masih berjalan; pengiriman itu dilanjutkan.',
    en: 'Sending for period {periode} is still running; it is being continued.',
  },
  'email.send.busy': {
    id: 'Proses lain sedang berjalan pada dokumen ini; pengiriman dilanjutkan nanti.',
    en: 'Another job is running on this document; sending will continue later.',
  },
  'email.send.running': {
    id: '{sent} terkirim, {remaining} tersisa; pengiriman berlanjut.',
    en: '{sent} sent, {remaining} remaining; sending continues.',
  },
  'email.send.done': {
    id: 'Selesai: {sent} terkirim, {skipped} dilewati, {failed} gagal.',
    en: 'Done: {sent} sent, {skipped} skipped, {failed} failed.',
  },
  'email.send.alreadySentCount': {
    id: '{count} di antaranya sudah terkirim sebelumnya dan tidak dikirim ulang.',
    en: '{count} of them had already been sent and were not sent again.',
  },
  'email.send.pausedQuota': {
    id: 'Kuota email harian tersisa {quota}; pengiriman dijeda dan dilanjutkan otomatis besok ({remaining} tersisa).',
    en: 'Only {quota} emails left in today’s quota; sending is paused and resumes automatically tomorrow ({remaining} remaining).',
  },
  'email.send.uncertain': {
    id: 'Status tidak pasti (tercatat "Mengirim" tanpa konfirmasi) untuk NIP {nips}: periksa apakah email diterima, lalu ubah Status di Log Email menjadi Terkirim atau Gagal, atau gunakan kirim ulang. Email ini tidak dikirim ulang otomatis.',
    en: 'Uncertain status (logged "Mengirim" without confirmation) for NIP {nips}: check whether the email arrived, then set its Status in Log Email to Terkirim or Gagal, or use resend. These emails are not resent automatically.',
  },
  'email.send.hrInvalid': {
    id: 'Pengiriman tidak dimulai: Email HR di {cell} tidak valid ("{value}"); perbaiki di Pengaturan lalu kirim lagi',
    en: 'Sending did not start: Email HR at {cell} is not valid ("{value}"); fix it in Pengaturan and send again',
  },
  'email.send.templateInvalid': {
    id: 'Pengiriman tidak dimulai: {cell}: placeholder tidak dikenal {names}; perbaiki Template Email lalu kirim lagi',
    en: 'Sending did not start: {cell}: unknown placeholder {names}; fix Template Email and send again',
  },
  'email.send.error': {
    id: 'Pengiriman berhenti karena kesalahan: {error}',
    en: 'Sending stopped because of an error: {error}',
  },
  'email.send.alreadySent': {
    id: 'Sudah terkirim sebelumnya.',
    en: 'Already sent before.',
  },
};
