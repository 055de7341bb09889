// The command line's texts (keys 'cli.*'), part of the one message catalogue (src/core/i18n.ts).
// Only the Node CLI uses them (src/local/i18n.ts): Code.js never shows them.
import type {Catalogue} from '../../core/i18n';
import {SAFETY_MESSAGES} from './safety';
import {PUBLIK_PAGE_MESSAGES} from './publik';

export const CLI_MESSAGES: Catalogue = {
  // The public page's texts (src/local/publik-page.ts).
  ...PUBLIK_PAGE_MESSAGES,
  // Files refused, the workbook lock, a run stopped (also shown by the workbench).
  ...SAFETY_MESSAGES,
  'cli.usage': {
    id: [
      'Pemakaian: kinerja-asn <perintah> <berkas.xlsx> [--periode P] [opsi]',
      '',
      'Perintah:',
      '  init       buat lembar-lembar Kinerja ASN (berkas dibuat bila belum ada)',
      '  demo       buat berkas baru berisi data contoh pemerintah kota fiktif',
      '             (--pegawai N, bawaan 60; --seed S; --periode 2026-TW1)',
      '  validate   periksa isian dan tab penilaian periode (--periode P, bawaan Periode',
      '             Aktif); masalah ditulis ke stderr sebagai Lembar!Sel: pesan',
      '  tabs       buat/perbarui tab penilaian untuk periode',
      '  recompute  hitung ulang hasil periode (Hasil, Rekap, Validasi)',
      '  tutup      tutup triwulan yang sudah final: isian tab pindah ke Arsip Penilaian',
      '  feedback   pratinjau email umpan balik (--nip N untuk satu pegawai);',
      '             --send mengirim semuanya sebagai berkas .eml ke --outbox DIR',
      '             (bawaan: outbox/ di samping berkas); --resend kirim ulang;',
      '             --send --nip N kirim ulang ke satu pegawai; --send --changed',
      '             kirim ulang hasil yang berubah sejak terkirim; --remind kirim',
      '             pengingat ke atasan yang isiannya belum lengkap',
      '  presensi   impor presensi sebulan: presensi <berkas.xlsx> <ekspor.csv|.xlsx>',
      '             --periode YYYY-MM (bulan itu saja diganti)',
      '  tpp        hitung TPP sebulan (--periode YYYY-MM): Hasil TPP, Rekap, Daftar TPP',
      '  dokumen    dokumen resmi PDF ke --out DIR (--nip N; --jenis evaluasi|skp)',
      '  ekspor     ekspor SIASN: --format siasn --out BERKAS.xlsx (--periode P, bawaan semua)',
      '  forms      buat tiga formulir (Laporan Pegawai, Masukan Rekan Kerja, SKM), sekali saja',
      '  respond    kirim jawaban formulir: respond <berkas.xlsx> --form laporan|rekan|skm',
      '             <jawaban.csv> (baris judul = judul pertanyaan)',
      '  publik     sheet Publik dan halaman web publik index.html ke --out DIR (tanpa nama/NIP)',
      '  serve      buka meja kerja lokal di browser (berkas bawaan kinerja-asn.xlsx,',
      '             dibuat dengan data contoh bila belum ada; --port, bawaan 8080)',
      '  help       tampilkan bantuan ini',
      '',
      'Opsi umum: --periode P (mis. 2026-03, 2026-TW1, 2026-S1, 2026; bawaan Periode Aktif),',
      '  --user EMAIL (bertindak sebagai orang itu; bawaan: pemilik buku kerja, HR), --lang id|en',
      '',
      'Status keluar: 0 berhasil, 1 ada galat isian, 2 salah pemakaian.',
      '  2 juga untuk berkas yang tidak bisa dipakai (hanya-baca, bukan .xlsx, bersandi);',
      '  130/143/141 setelah Ctrl+C, SIGTERM atau keluaran tertutup (tersimpan; jalankan lagi',
      '  untuk melanjutkan). Satu proses per berkas: proses kedua menunggu 10 detik.',
    ].join('\n'),
    en: [
      'Usage: kinerja-asn <verb> <file.xlsx> [--periode P] [options]',
      '',
      'Verbs:',
      '  init       create the Kinerja ASN sheets (the file is created if missing)',
      '  demo       create a new file with sample data of a fictional city government',
      '             (--pegawai N, default 60; --seed S; --periode 2026-TW1)',
      "  validate   check the inputs and the period's appraisal tabs (--periode P, default",
      '             Periode Aktif); problems go to stderr as Sheet!Cell: message',
      '  tabs       create/refresh the appraisal tabs of the period',
      '  recompute  recompute the period (Hasil, Rekap, Validasi)',
      '  tutup      close a final quarter: its tab inputs move to Arsip Penilaian',
      '  feedback   preview the feedback emails (--nip N for one employee);',
      '             --send sends them all as .eml files to --outbox DIR',
      '             (default: outbox/ next to the file); --resend sends again;',
      '             --send --nip N resends to one employee; --send --changed',
      '             resends the results changed since sent; --remind reminds',
      '             supervisors whose inputs are unfinished',
      '  presensi   import a month of attendance: presensi <file.xlsx> <export.csv|.xlsx>',
      '             --periode YYYY-MM (that month only is replaced)',
      "  tpp        compute a month's TPP (--periode YYYY-MM): Hasil TPP, Rekap, Daftar TPP",
      '  dokumen    official PDF documents into --out DIR (--nip N; --jenis evaluasi|skp)',
      '  ekspor     SIASN export: --format siasn --out FILE.xlsx (--periode P, default all)',
      '  forms      create the three forms (Laporan Pegawai, Masukan Rekan Kerja, SKM), once',
      '  respond    submit form answers: respond <file.xlsx> --form laporan|rekan|skm',
      '             <answers.csv> (header row = question titles)',
      '  publik     the Publik sheet and the public web page index.html into --out DIR (no name/NIP)',
      '  serve      open the local workbench in a browser (default file kinerja-asn.xlsx,',
      '             created with sample data when missing; --port, default 8080)',
      '  help       show this help',
      '',
      'Common options: --periode P (e.g. 2026-03, 2026-TW1, 2026-S1, 2026; default Periode Aktif),',
      "  --user EMAIL (act as that person; default: the workbook's owner, HR), --lang id|en",
      '',
      'Exit status: 0 success, 1 input errors found, 2 wrong usage.',
      '  2 also for a file that cannot be used (read-only, not .xlsx, encrypted);',
      '  130/143/141 after Ctrl+C, SIGTERM or a closed output (saved; run again to',
      '  go on). One process per file: a second one waits 10 seconds.',
    ].join('\n'),
  },
  'cli.error.unknownVerb': {
    id: 'Perintah tidak dikenal: {verb}',
    en: 'Unknown verb: {verb}',
  },
  'cli.error.missingVerb': {
    id: 'Perintah belum diberikan',
    en: 'No verb given',
  },
  'cli.error.missingFile': {
    id: 'Berkas .xlsx belum diberikan',
    en: 'No .xlsx file given',
  },
  'cli.error.extraArgument': {
    id: 'Argumen berlebih: {arg}',
    en: 'Unexpected argument: {arg}',
  },
  'cli.error.unknownOption': {
    id: 'Opsi tidak dikenal untuk {verb}: {option}',
    en: 'Unknown option for {verb}: {option}',
  },
  'cli.error.optionValue': {
    id: 'Opsi {option} memerlukan nilai',
    en: 'Option {option} needs a value',
  },
  'cli.error.periode': {
    id: 'Periode "{value}" tidak sah: gunakan 2026-TW1 … 2026-TW4, 2026-S1, 2026-S2 atau 2026',
    en: 'Period "{value}" is not valid: use 2026-TW1 … 2026-TW4, 2026-S1, 2026-S2 or 2026',
  },
  'cli.error.periodeMonth': {
    id: 'Perintah ini perlu --periode berupa bulan YYYY-MM (contoh 2026-03), bukan "{value}"',
    en: 'This verb needs --periode as a month YYYY-MM (e.g. 2026-03), not "{value}"',
  },
  'cli.error.missingExport': {
    id: 'Berkas ekspor presensi (.csv atau .xlsx) belum diberikan',
    en: 'No attendance export (.csv or .xlsx) given',
  },
  'cli.error.form': {
    id: '--form harus laporan, rekan atau skm (bukan "{value}")',
    en: '--form must be laporan, rekan or skm (not "{value}")',
  },
  'cli.error.missingAnswers': {
    id: 'respond butuh berkas jawaban: respond <berkas.xlsx> --form laporan|rekan|skm <jawaban.csv>',
    en: 'respond needs an answers file: respond <file.xlsx> --form laporan|rekan|skm <answers.csv>',
  },
  'cli.error.answersNotFound': {
    id: 'Berkas jawaban {file} tidak ditemukan',
    en: 'Answers file {file} not found',
  },
  'cli.respond.done': {
    id: '{form}: {submitted} jawaban terkirim, {failed} ditolak',
    en: '{form}: {submitted} responses submitted, {failed} refused',
  },
  'cli.error.exportType': {
    id: 'Berkas ekspor {file} harus .csv atau .xlsx',
    en: 'Export file {file} must be .csv or .xlsx',
  },
  'cli.error.periodeQuarter': {
    id: 'Data contoh memerlukan periode triwulan (mis. 2026-TW1), bukan "{value}"',
    en: 'Sample data needs a quarter (e.g. 2026-TW1), not "{value}"',
  },
  'cli.error.integer': {
    id: 'Opsi {option} harus bilangan bulat {min}–{max}, bukan "{value}"',
    en: 'Option {option} must be a whole number {min}–{max}, not "{value}"',
  },
  'cli.error.lang': {
    id: 'Bahasa "{value}" tidak dikenal: gunakan id atau en',
    en: 'Unknown language "{value}": use id or en',
  },
  'cli.error.fileNotFound': {
    id: 'Berkas {file} tidak ditemukan (buat dulu dengan: kinerja-asn init {file})',
    en: 'File {file} not found (create it first with: kinerja-asn init {file})',
  },
  'cli.error.notXlsx': {
    id: 'Berkas {file} harus berakhiran .xlsx',
    en: 'File {file} must end in .xlsx',
  },
  'cli.error.demoNotEmpty': {
    id: 'Berkas {file} sudah berisi data pegawai; data contoh hanya ditulis ke berkas baru atau kosong',
    en: 'File {file} already holds employees; sample data is only written to a new or empty file',
  },
  'cli.error.bundleMissing': {
    id: 'dist/Code.js belum ada: jalankan dulu npm run build',
    en: 'dist/Code.js is missing: run npm run build first',
  },
  'cli.error.failed': {
    id: 'Gagal: {message}',
    en: 'Failed: {message}',
  },
  'cli.error.missingOut': {
    id: '{verb} butuh --out (folder untuk dokumen dan publik, berkas .xlsx untuk ekspor)',
    en: '{verb} needs --out (a folder for dokumen and publik, an .xlsx file for ekspor)',
  },
  'cli.error.jenis': {
    id: '--jenis harus evaluasi atau skp, bukan "{value}"',
    en: '--jenis must be evaluasi or skp, not "{value}"',
  },
  'cli.error.format': {
    id: 'ekspor butuh --format siasn (format lain belum ada), bukan "{value}"',
    en: 'ekspor needs --format siasn (no other format yet), not "{value}"',
  },
  'cli.dokumen.done': {
    id: '{count} dokumen PDF ditulis ke {dir} (eksekusi terlama {seconds} dtk menurut model biaya pesimistis)',
    en: '{count} PDF documents written to {dir} (longest execution {seconds} s by the pessimistic cost model)',
  },
  'cli.error.unknownNip': {
    id: 'NIP {nip} tidak ada dalam daftar pegawai periode {period}',
    en: 'NIP {nip} is not among the employees of period {period}',
  },
  'cli.saved': {
    id: 'Tersimpan: {file}',
    en: 'Saved: {file}',
  },
  'cli.demo.created': {
    id: 'Data contoh {agency}: {employees} pegawai, {units} unit, {indicators} indikator; periode {period}, {tabs} tab penilaian',
    en: 'Sample data of {agency}: {employees} employees, {units} units, {indicators} indicators; period {period}, {tabs} appraisal tabs',
  },
  'cli.demo.filled': {
    id: 'Isian atasan contoh: {complete} pegawai lengkap, {partial} sebagian, {empty} belum diisi',
    en: 'Sample supervisor inputs: {complete} employees complete, {partial} partly filled, {empty} not yet filled',
  },
  'cli.validate.summary': {
    id: 'Validasi: {errors} galat, {warnings} peringatan',
    en: 'Validation: {errors} errors, {warnings} warnings',
  },
  'cli.issue.warning': {
    id: '{where}: {text} (peringatan)',
    en: '{where}: {text} (warning)',
  },
  'cli.tabs.list': {
    id: 'Tab: {tabs}',
    en: 'Tabs: {tabs}',
  },
  'cli.recompute.summary': {
    id: 'Periode {period}: {employees} pegawai, {complete} lengkap; {errors} galat, {warnings} peringatan',
    en: 'Period {period}: {employees} employees, {complete} complete; {errors} errors, {warnings} warnings',
  },
  'cli.recompute.seeValidasi': {
    id: 'Galat isian tercantum di lembar Validasi; hasil yang dapat dihitung tetap ditulis.',
    en: 'Input errors are listed in the Validasi sheet; the results that could be computed were written.',
  },
  'cli.feedback.header': {
    id: '=== {nip} {nama} ===',
    en: '=== {nip} {nama} ===',
  },
  'cli.feedback.to': {id: 'Kepada: {to}', en: 'To: {to}'},
  'cli.feedback.cc': {id: 'Tembusan: {cc}', en: 'Cc: {cc}'},
  'cli.feedback.subject': {id: 'Subjek: {subject}', en: 'Subject: {subject}'},
  'cli.feedback.skip': {
    id: 'Tidak akan dikirim: {reason}',
    en: 'Will not be sent: {reason}',
  },
  'cli.feedback.count': {
    id: '{count} email untuk periode {period} (tidak ada yang dikirim; gunakan --send untuk mengirim)',
    en: '{count} emails for period {period} (nothing sent; use --send to send)',
  },
  'cli.send.result': {
    id: 'Terkirim {sent}, dilewati {skipped}, gagal {failed}, tidak pasti {uncertain}; sisa {remaining}',
    en: 'Sent {sent}, skipped {skipped}, failed {failed}, uncertain {uncertain}; remaining {remaining}',
  },
  'cli.send.outbox': {
    id: 'Berkas .eml ditulis ke {dir}',
    en: '.eml files written to {dir}',
  },
  'cli.send.paused': {
    id: 'Kuota email harian habis; jalankan lagi besok untuk melanjutkan (email yang sudah terkirim tidak dikirim ulang).',
    en: 'The daily email quota is used up; run again tomorrow to continue (emails already sent are not sent again).',
  },
  'cli.error.optionConflict': {
    id: '{a} tidak dapat dipakai bersama {b}.',
    en: '{a} cannot be used together with {b}.',
  },
  'cli.error.needsSend': {
    id: '{option} hanya berlaku bersama --send.',
    en: '{option} only applies with --send.',
  },
  'cli.remind.item': {
    id: '{nama} <{email}>: {count} pegawai, {empty} isian kosong{hold}',
    en: '{nama} <{email}>: {count} employee(s), {empty} empty inputs{hold}',
  },
  'cli.send.stalled': {
    id: 'Pengiriman berhenti tanpa kemajuan: {message}',
    en: 'Sending stopped making progress: {message}',
  },
  'cli.serve.creating': {
    id: '{file} belum ada: membuat data contoh…',
    en: '{file} does not exist: creating sample data…',
  },
  'cli.serve.running': {
    id: 'Meja kerja Kinerja ASN berjalan di {url} (berkas {file}); hentikan dengan Ctrl+C',
    en: 'Kinerja ASN workbench running at {url} (file {file}); stop with Ctrl+C',
  },
  'cli.serve.stopped': {
    id: 'Meja kerja dihentikan.',
    en: 'Workbench stopped.',
  },
};
