// Messages of the send plan, resends and reminders (see src/core/i18n.ts).
import type {Catalogue} from '../i18n';

export const SEND_MESSAGES: Catalogue = {
  'email.plan.summary': {
    id: '{send} email akan dikirim dari {total} pegawai periode {periode}.',
    en: 'Emails to send: {send} of {total} employees in period {periode}.',
  },
  'email.plan.reason.alreadySent': {
    id: 'Sudah terkirim',
    en: 'Already sent',
  },
  'email.plan.reason.uncertain': {
    id: 'Status tidak pasti (Mengirim)',
    en: 'Uncertain status (Mengirim)',
  },
  'email.plan.reason.incomplete': {
    id: 'Penilaian belum lengkap',
    en: 'Appraisal incomplete',
  },
  'email.plan.reason.noHasil': {
    id: 'Belum dihitung (tidak ada baris Hasil)',
    en: 'Not computed yet (no Hasil row)',
  },
  'email.plan.reason.outdated': {
    id: 'Hasil usang: jalankan Hitung Ulang',
    en: 'Hasil outdated: run Recompute',
  },
  'email.plan.reason.noPredikat': {
    id: 'Predikat belum dapat ditentukan',
    en: 'Rating cannot be determined',
  },
  'email.plan.reason.invalidEmail': {
    id: 'Alamat email tidak valid',
    en: 'Invalid email address',
  },
  'email.plan.changed': {
    id: '{count} hasil berubah sejak emailnya terkirim ({names}); kirim ulang yang berubah saja bila perlu.',
    en: 'Results changed since their email was sent: {count} ({names}); resend only the changed ones if needed.',
  },
  'email.plan.quota': {
    id: 'Kuota email hari ini tersisa {quota}: sisanya dikirim otomatis besok.',
    en: 'Emails left in today’s quota: {quota}; the rest go out automatically tomorrow.',
  },
  'email.plan.confirm': {
    id: 'Kirim {send} email sekarang?',
    en: 'Send {send} emails now?',
  },
  'email.plan.nothing': {
    id: 'Tidak ada email yang akan dikirim.',
    en: 'No email would be sent.',
  },
  'email.plan.cancelled': {
    id: 'Pengiriman dibatalkan.',
    en: 'Sending cancelled.',
  },
  'email.resend.unknownNip': {
    id: 'NIP {nip} tidak ada di antara pegawai aktif periode {periode}.',
    en: 'NIP {nip} is not among the active employees of period {periode}.',
  },
  'reminder.plan': {
    id: '{send} pengingat akan dikirim, {held} ditunda (periode {periode}, jeda {days} hari).',
    en: '{send} reminders will be sent, {held} held back (period {periode}, interval {days} days).',
  },
  'reminder.hold.noEmail': {
    id: 'Email atasan tidak valid ("{email}")',
    en: 'Invalid supervisor email ("{email}")',
  },
  'reminder.hold.recent': {
    id: 'Sudah diingatkan {waktu} (jeda {days} hari)',
    en: 'Already reminded {waktu} (interval {days} days)',
  },
  'reminder.hold.quota': {
    id: 'Kuota email hari ini habis',
    en: 'Today’s email quota is used up',
  },
  'reminder.subject': {
    id: 'Pengingat penilaian kinerja {periode}: {count} pegawai belum lengkap',
    en: 'Performance appraisal reminder {periode}: {count} employee(s) incomplete',
  },
  'reminder.intro': {
    id: 'Yth. {nama}, penilaian periode {periode} untuk {count} pegawai Anda belum lengkap ({empty} isian kosong):',
    en: 'Dear {nama}, the {periode} appraisal of {count} of your employee(s) is incomplete ({empty} empty inputs):',
  },
  'reminder.line': {
    id: '{nama} (NIP {nip}): {empty} isian kosong',
    en: '{nama} (NIP {nip}): {empty} empty inputs',
  },
  'reminder.outro': {
    id: 'Mohon lengkapi di tab penilaian Anda. Terima kasih. — {instansi}',
    en: 'Please complete them in your appraisal tab. Thank you. — {instansi}',
  },
  'reminder.logDetail': {
    id: '{count} pegawai, {empty} isian kosong',
    en: '{count} employee(s), {empty} empty inputs',
  },
  'reminder.done': {
    id: 'Pengingat: {sent} terkirim, {failed} gagal, {held} ditunda.',
    en: 'Reminders: {sent} sent, {failed} failed, {held} held back.',
  },
};
