// Data: what the demo supervisors write (feedback per predikat, override reasons, notes).
import type {Predikat, Rating} from '../core/types';

export const FEEDBACK: Record<Predikat, string[]> = {
  'Sangat Baik': [
    'Kinerja sangat baik; seluruh target utama terlampaui. Pertahankan dan bagikan praktik baik kepada rekan kerja.',
    'Capaian melebihi target dengan kualitas kerja yang konsisten. Siap diusulkan mengikuti pelatihan kepemimpinan.',
    'Inisiatif dan pelayanan kepada masyarakat sangat menonjol triwulan ini. Terima kasih atas kerja kerasnya.',
  ],
  Baik: [
    'Target utama tercapai sesuai rencana. Tingkatkan ketepatan waktu pelaporan pada triwulan berikutnya.',
    'Kinerja baik dan sesuai ekspektasi. Perkuat dokumentasi bukti dukung setiap kegiatan.',
    'Kerja sama tim berjalan baik. Ke depan, coba ambil peran lebih besar dalam inovasi layanan.',
  ],
  'Butuh Perbaikan': [
    'Sebagian target utama belum tercapai. Mari susun rencana aksi bersama dan pantau setiap bulan.',
    'Perlu percepatan penyelesaian pekerjaan; prioritaskan indikator dengan capaian terendah.',
  ],
  'Kurang/Misconduct': [
    'Hasil kerja tercapai, tetapi perilaku kerja perlu dibina, terutama kedisiplinan dan kerja sama.',
    'Perlu perbaikan sikap dalam melayani masyarakat; akan dijadwalkan sesi pembinaan dengan atasan.',
  ],
  Kurang: [
    'Nilai kinerja kurang; perlu pembinaan dan rencana perbaikan yang dipantau setiap bulan.',
  ],
  'Sangat Kurang': [
    'Target dan perilaku kerja jauh di bawah ekspektasi. Akan dilakukan pembinaan intensif dan pendampingan.',
  ],
};

export const OVERRIDE_REASONS = [
  'Realisasi tertahan oleh penundaan anggaran di luar kendali pegawai; kualitas kerja tetap sesuai ekspektasi.',
  'Pegawai juga menangani penugasan tambahan dari pimpinan (tim percepatan) yang tidak tercantum di SKP.',
  'Data realisasi triwulan ini belum mencakup kegiatan yang selesai di akhir bulan; capaian sebenarnya lebih tinggi.',
];

export const INDICATOR_NOTES: Record<Rating, string[]> = {
  'Di Atas Ekspektasi': ['Melampaui target.', 'Capaian sangat baik.'],
  'Sesuai Ekspektasi': ['Sesuai target.'],
  'Di Bawah Ekspektasi': [
    'Belum mencapai target, perlu percepatan.',
    'Kendala data di lapangan, tindak lanjuti bulan depan.',
  ],
};
