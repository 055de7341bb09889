// Texts of the official documents (DOMAIN.md §10) and of their actions. Keys 'dokumen.*'.
import type {Catalogue} from '../i18n';

export const DOKUMEN_MESSAGES: Catalogue = {
  'dokumen.title.evaluasi': {
    id: 'DOKUMEN EVALUASI KINERJA PEGAWAI',
    en: 'EMPLOYEE PERFORMANCE EVALUATION DOCUMENT',
  },
  'dokumen.title.skp': {
    id: 'SASARAN KINERJA PEGAWAI',
    en: 'EMPLOYEE PERFORMANCE TARGETS (SKP)',
  },
  'dokumen.instansi': {id: 'Instansi', en: 'Agency'},
  'dokumen.periode': {
    id: 'Periode Penilaian: {start} s.d. {end}',
    en: 'Appraisal period: {start} to {end}',
  },
  'dokumen.block.pegawai': {
    id: 'Pegawai yang Dinilai',
    en: 'Employee appraised',
  },
  'dokumen.block.penilai': {
    id: 'Pejabat Penilai Kinerja',
    en: 'Appraising official',
  },
  'dokumen.block.atasan': {
    id: 'Atasan Pejabat Penilai Kinerja',
    en: "Appraising official's supervisor",
  },
  'dokumen.field.nama': {id: 'Nama', en: 'Name'},
  'dokumen.field.nip': {id: 'NIP', en: 'NIP'},
  'dokumen.field.pangkat': {id: 'Pangkat/Golongan', en: 'Rank/Grade'},
  'dokumen.field.jabatan': {id: 'Jabatan', en: 'Position'},
  'dokumen.field.unit': {id: 'Unit Kerja', en: 'Work unit'},
  'dokumen.capaianOrganisasi': {
    id: 'Capaian Kinerja Organisasi',
    en: 'Organisational performance',
  },
  'dokumen.predikat': {
    id: 'Predikat Kinerja Pegawai',
    en: 'Employee performance rating',
  },
  'dokumen.ratingHasilKerja': {
    id: 'Rating Hasil Kerja',
    en: 'Work results rating',
  },
  'dokumen.ratingPerilaku': {
    id: 'Rating Perilaku Kerja',
    en: 'Work behaviour rating',
  },
  'dokumen.nilaiAkhir': {id: 'Nilai Akhir', en: 'Final score'},
  'dokumen.section.hasilKerja': {id: 'HASIL KERJA', en: 'WORK RESULTS'},
  'dokumen.section.perilaku': {id: 'PERILAKU KERJA', en: 'WORK BEHAVIOUR'},
  'dokumen.utama': {id: 'Utama', en: 'Main'},
  'dokumen.tambahan': {id: 'Tambahan', en: 'Additional'},
  'dokumen.col.no': {id: 'No', en: 'No'},
  'dokumen.col.rhk': {id: 'Rencana Hasil Kerja', en: 'Work plan (RHK)'},
  'dokumen.col.indikator': {
    id: 'Indikator Kinerja Individu',
    en: 'Individual performance indicator',
  },
  'dokumen.col.target': {id: 'Target', en: 'Target'},
  'dokumen.col.realisasi': {id: 'Realisasi', en: 'Actual'},
  'dokumen.col.capaian': {id: 'Capaian (%)', en: 'Achievement (%)'},
  'dokumen.col.umpanBalik': {id: 'Umpan Balik', en: 'Feedback'},
  'dokumen.col.aspek': {id: 'Perilaku Kerja', en: 'Behaviour'},
  'dokumen.col.ekspektasi': {
    id: 'Ekspektasi Khusus Pimpinan',
    en: "Supervisor's expectations",
  },
  'dokumen.col.rating': {id: 'Rating', en: 'Rating'},
  'dokumen.col.skor': {id: 'Nilai', en: 'Score'},
  'dokumen.none': {id: 'Tidak ada.', en: 'None.'},
  'dokumen.umpanBalik': {id: 'Umpan Balik Umum', en: 'Overall feedback'},
  'dokumen.sign.pegawai': {
    id: 'Pegawai yang Dinilai,',
    en: 'Employee appraised,',
  },
  'dokumen.sign.penilai': {
    id: 'Pejabat Penilai Kinerja,',
    en: 'Appraising official,',
  },
  'dokumen.generated': {
    id: 'Dibuat dengan Kinerja ASN.',
    en: 'Made with Kinerja ASN.',
  },
  // Actions
  'dokumen.badPeriod': {
    id: 'Periode tidak dikenal: {period}.',
    en: 'Unknown period: {period}.',
  },
  'dokumen.unknownNip': {
    id: 'NIP {nip} tidak ada di Pegawai (atau tidak aktif).',
    en: 'NIP {nip} is not in Pegawai (or is not active).',
  },
  'dokumen.unknownUnit': {
    id: 'Unit {unit} tidak punya pegawai aktif.',
    en: 'Unit {unit} has no active employees.',
  },
  'dokumen.done': {
    id: '{count} dokumen dibuat.',
    en: '{count} documents made.',
  },
  'dokumen.ekspor.done': {
    id: 'Ekspor SIASN: {rows} baris untuk {period}.',
    en: 'SIASN export: {rows} rows for {period}.',
  },
  'dokumen.ekspor.allPeriods': {id: 'semua periode', en: 'every period'},
  'dokumen.ekspor.noHasil': {
    id: 'Belum ada baris Hasil untuk {period}: jalankan Hitung Ulang dahulu.',
    en: 'No Hasil rows for {period} yet: run Recompute first.',
  },
};
