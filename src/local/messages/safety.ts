// The local runtime's file-safety texts (keys 'cli.file.*', 'cli.lock.*', 'cli.stop.*'): files
// refused, the lock of a workbook, a run stopped by Ctrl+C, SIGTERM or a closed output. Shown by
// the CLI and the workbench (part of CLI_MESSAGES, cli.ts); Code.js never shows them.
import type {Catalogue} from '../../core/i18n';

export const SAFETY_MESSAGES: Catalogue = {
  'cli.file.notAFile': {
    id: '{file} bukan berkas (folder atau perangkat): tidak dibuka',
    en: '{file} is not a file (a folder or a device): not opened',
  },
  'cli.file.encryptedOrXls': {
    id: '{file} adalah berkas Excel berkata sandi atau format lama .xls: tidak dibuka, tidak diubah. Buka di Excel/LibreOffice, hapus kata sandinya, lalu simpan sebagai .xlsx',
    en: '{file} is a password-protected Excel file or an old .xls: not opened, not changed. Open it in Excel/LibreOffice, remove the password and save it as .xlsx',
  },
  'cli.file.notZip': {
    id: '{file} bukan berkas .xlsx (isinya bukan arsip zip Excel): tidak dibuka, tidak diubah',
    en: '{file} is not an .xlsx file (it is not an Excel zip archive): not opened, not changed',
  },
  'cli.file.notXlsxZip': {
    id: '{file} adalah arsip zip, tetapi bukan buku kerja Excel (tidak ada xl/workbook.xml): tidak dibuka, tidak diubah',
    en: '{file} is a zip archive but not an Excel workbook (no xl/workbook.xml): not opened, not changed',
  },
  'cli.file.readOnly': {
    id: '{file} hanya-baca: tidak dibuka agar tidak ada yang terkirim tanpa tersimpan. Beri izin tulis (chmod u+w) atau salin berkasnya',
    en: '{file} is read-only: not opened, so that nothing is sent without being saved. Make it writable (chmod u+w) or copy it',
  },
  'cli.file.folderReadOnly': {
    id: 'Folder {dir} tidak bisa ditulisi: {file} tidak bisa disimpan dengan aman (berkas sementara, jurnal dan kunci ditulis di sampingnya)',
    en: 'Folder {dir} is not writable: {file} cannot be saved safely (the temporary file, journal and lock go beside it)',
  },
  'cli.file.unreadable': {
    id: '{file} rusak dan tidak bisa dibaca sebagai .xlsx: tidak diubah. Rincian: {reason}',
    en: '{file} is damaged and cannot be read as .xlsx: not changed. Details: {reason}',
  },
  'cli.file.metaDamaged': {
    id: 'Peringatan: lembar tersembunyi {sheet} di {file} rusak; buku kerja dibangun ulang dari lembar-lembarnya. Proteksi, properti (termasuk status pengiriman), pemicu dan rentang bernama dari lembar itu hilang; Log Email tetap menjadi acuan agar tidak ada yang terkirim dua kali',
    en: 'Warning: the hidden sheet {sheet} in {file} is damaged; the workbook was rebuilt from its sheets. Protections, properties (the sending state too), triggers and named ranges it held are lost; Log Email still decides, so nothing is sent twice',
  },
  'cli.file.journalReplayed': {
    id: 'Jalannya yang terputus sebelumnya dipulihkan dari jurnal {file}.journal (tanda kirim, properti, kuota)',
    en: 'The interrupted previous run was recovered from the journal {file}.journal (send marks, properties, quota)',
  },
  'cli.file.journalAside': {
    id: 'Peringatan: jurnal sebuah jalannya yang terputus tidak bisa dicocokkan dengan {file} (lembar meta hilang); disimpan sebagai {journal}. Periksa baris "Mengirim" di Log Email sebelum mengirim lagi',
    en: 'Warning: the journal of an interrupted run cannot be matched to {file} (its meta sheet is gone); kept as {journal}. Check the "Mengirim" rows of Log Email before sending again',
  },
  'cli.lock.busy': {
    id: '{file} sedang dipakai proses lain ({what}, PID {pid}, sejak {since}). Sudah menunggu {seconds} detik; coba lagi setelah proses itu selesai',
    en: '{file} is in use by another process ({what}, PID {pid}, since {since}). Waited {seconds} seconds; try again when it has finished',
  },
  'cli.stop.finishing': {
    id: 'Diminta berhenti ({reason}): menyelesaikan email yang sedang dikirim lalu menyimpan… (ulangi untuk keluar segera; jurnal menjaga tanda kirim)',
    en: 'Asked to stop ({reason}): finishing the email being sent, then saving… (repeat to quit at once; the journal keeps the send marks)',
  },
  'cli.stop.stopped': {
    id: 'Dihentikan ({reason}) setelah menyimpan. Jalankan perintah yang sama lagi untuk melanjutkan; yang sudah terkirim tidak dikirim lagi',
    en: 'Stopped ({reason}) after saving. Run the same command again to go on; what was sent is not sent again',
  },
};
