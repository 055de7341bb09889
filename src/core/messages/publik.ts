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
  'keberatan.late': {
    id: 'Keberatan diajukan {days} hari setelah hasil dikirim ({sent}); batasnya {max} hari',
    en: 'Appeal filed {days} days after the result was sent ({sent}); the limit is {max} days',
  },
  'keberatan.notAllowed': {
    id: '{user} tidak boleh memutus keberatan ini: hanya atasan dari atasan pegawai atau HR; keputusan tidak dipakai',
    en: "{user} may not decide this appeal: only the supervisor's own supervisor or HR; the decision is not applied",
  },
  'keberatan.badKeputusan': {
    id: 'Keputusan harus Diterima atau Ditolak, bukan "{value}"',
    en: 'Keputusan must be Diterima or Ditolak, not "{value}"',
  },
  'keberatan.noPredikat': {
    id: 'Keberatan diterima tanpa Predikat Baru yang sah: predikat tidak diganti',
    en: 'Appeal accepted without a valid Predikat Baru: the predikat is not replaced',
  },
  'keberatan.audit': {
    id: 'Keberatan {keputusan} oleh {by}',
    en: 'Appeal {keputusan} by {by}',
  },
  'keberatan.email.subject': {
    id: 'Keputusan keberatan penilaian kinerja {periode}',
    en: 'Decision on your performance appraisal appeal, {periode}',
  },
  'keberatan.email.body': {
    id: 'Yth. {nama},\n\nKeberatan Anda atas hasil penilaian kinerja periode {periode} telah diputus: {keputusan}.\nPredikat: {predikat}.\nDiputuskan oleh: {by}.\n\n{instansi}',
    en: 'Dear {nama},\n\nYour appeal against the performance appraisal of {periode} has been decided: {keputusan}.\nPredikat: {predikat}.\nDecided by: {by}.\n\n{instansi}',
  },
  'keberatan.refused': {
    id: '{user} tidak boleh memutus keberatan ini: hanya atasan dari atasan pegawai atau HR',
    en: "{user} may not decide this appeal: only the supervisor's own supervisor or HR",
  },
  'keberatan.decided': {
    id: 'Keberatan {nip} {periode}: {keputusan}. Hitung ulang periode itu untuk memperbarui Hasil dan mengirim email keputusan.',
    en: 'Appeal {nip} {periode}: {keputusan}. Recompute that period to update Hasil and email the decision.',
  },
  'keberatan.notFound': {
    id: 'Tidak ada keberatan untuk NIP {nip} periode {periode} di sheet Keberatan',
    en: 'No appeal for NIP {nip}, period {periode} in the Keberatan sheet',
  },
  'role.action.publik': {id: 'Tampilan Publik', en: 'Public View'},
};
