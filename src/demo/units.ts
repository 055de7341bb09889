// Data: the demo city's units, their heads and staff titles, their indicators and trainings.
import type {Agregasi, Arah, CapaianOrganisasi, Jenis} from '../core/types';

export interface IndicatorSpec {
  rhk: string;
  indikator: string;
  satuan: string;
  arah: Arah;
  jenis: Jenis;
  agregasi: Agregasi;
  /** Annual target; quarterly targets derive from it (split for Jumlah, equal otherwise). */
  tahunan: number;
  whole?: boolean;
  training?: [string, string];
}

export interface UnitSpec {
  kode: string;
  nama: string;
  induk: string;
  capaian: CapaianOrganisasi;
  /** Share of employees. */
  share: number;
  head: string;
  divisions: string[];
  sections: string[];
  staff: string[];
  /** Unit leaves Bobot blank: its Utama indicators weigh equally. */
  equalWeights?: boolean;
  indicators: IndicatorSpec[];
}

const pct = (
  rhk: string,
  indikator: string,
  tahunan: number,
  training?: [string, string],
): IndicatorSpec => ({
  rhk,
  indikator,
  satuan: '%',
  arah: 'Naik',
  jenis: 'Utama',
  agregasi: 'Rata-rata',
  tahunan,
  training,
});

export const UNITS: UnitSpec[] = [
  {
    kode: 'SETDA',
    nama: 'Sekretariat Daerah',
    induk: '',
    capaian: 'Baik',
    share: 0.1,
    head: 'Sekretaris Daerah',
    divisions: [
      'Kepala Bagian Organisasi',
      'Kepala Bagian Hukum',
      'Kepala Bagian Perencanaan dan Keuangan',
    ],
    sections: ['Kepala Subbagian Tata Laksana', 'Kepala Subbagian Kelembagaan'],
    staff: [
      'Analis Kebijakan Ahli Pertama',
      'Perancang Peraturan Perundang-undangan Ahli Pertama',
      'Perencana Ahli Muda',
      'Pranata Komputer Terampil',
      'Pengelola Keuangan',
    ],
    indicators: [
      pct(
        'Terwujudnya tata kelola pemerintahan yang akuntabel',
        'Persentase laporan kinerja perangkat daerah yang disampaikan tepat waktu',
        85,
        [
          'Bimtek Penyusunan Laporan Kinerja (SAKIP)',
          'Untuk laporan kinerja yang terlambat',
        ],
      ),
      {
        rhk: 'Tersusunnya dokumen perencanaan daerah',
        indikator: 'Jumlah dokumen perencanaan yang diselesaikan',
        satuan: 'dokumen',
        arah: 'Naik',
        jenis: 'Utama',
        agregasi: 'Jumlah',
        tahunan: 12,
        whole: true,
      },
      pct(
        'Produk hukum daerah yang harmonis',
        'Persentase rancangan produk hukum daerah yang diharmonisasi',
        80,
      ),
      {
        rhk: 'Pelayanan administrasi pimpinan yang cepat',
        indikator: 'Rata-rata hari penyelesaian disposisi surat',
        satuan: 'hari',
        arah: 'Turun',
        jenis: 'Utama',
        agregasi: 'Rata-rata',
        tahunan: 3,
      },
      {
        rhk: 'Inovasi tata kelola pemerintahan',
        indikator: 'Jumlah inovasi tata kelola yang diterapkan',
        satuan: 'inovasi',
        arah: 'Naik',
        jenis: 'Tambahan',
        agregasi: 'Jumlah',
        tahunan: 4,
        whole: true,
      },
    ],
  },
  {
    kode: 'BKPSDM',
    nama: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    induk: 'SETDA',
    capaian: 'Baik',
    share: 0.1,
    head: 'Kepala Badan',
    divisions: [
      'Sekretaris Badan',
      'Kepala Bidang Pengembangan Kompetensi',
      'Kepala Bidang Penilaian Kinerja Aparatur',
    ],
    sections: ['Kepala Subbagian Umum dan Kepegawaian'],
    staff: [
      'Analis SDM Aparatur Ahli Pertama',
      'Analis Kepegawaian',
      'Pengelola Data Kepegawaian',
      'Widyaiswara Ahli Muda',
    ],
    indicators: [
      pct(
        'ASN yang kompeten',
        'Persentase ASN yang mengikuti pengembangan kompetensi minimal 20 JP',
        80,
      ),
      pct(
        'Layanan kepegawaian yang tepat waktu',
        'Persentase usulan kenaikan pangkat yang diproses tepat waktu',
        85,
      ),
      {
        rhk: 'Layanan kepegawaian yang tepat waktu',
        indikator: 'Rata-rata hari penyelesaian layanan kepegawaian',
        satuan: 'hari',
        arah: 'Turun',
        jenis: 'Utama',
        agregasi: 'Rata-rata',
        tahunan: 5,
        training: [
          'Diklat Manajemen Kinerja',
          'Untuk mempercepat layanan kepegawaian',
        ],
      },
      pct(
        'Manajemen kinerja ASN yang efektif',
        'Persentase SKP pegawai yang ditetapkan tepat waktu',
        85,
      ),
      {
        rhk: 'Pengembangan kompetensi ASN',
        indikator:
          'Jumlah kegiatan Diklat Manajemen Kinerja yang diselenggarakan',
        satuan: 'kegiatan',
        arah: 'Naik',
        jenis: 'Tambahan',
        agregasi: 'Jumlah',
        tahunan: 8,
        whole: true,
      },
    ],
  },
  {
    kode: 'DISDIK',
    nama: 'Dinas Pendidikan',
    induk: 'SETDA',
    capaian: 'Baik',
    share: 0.32,
    head: 'Kepala Dinas',
    divisions: [
      'Sekretaris Dinas',
      'Kepala Bidang Pembinaan Sekolah Dasar',
      'Kepala Bidang Pembinaan Sekolah Menengah Pertama',
      'Kepala Bidang PAUD dan Pendidikan Nonformal',
    ],
    sections: ['Kepala Seksi Kurikulum', 'Kepala Seksi Peserta Didik'],
    staff: [
      'Guru Ahli Pertama',
      'Guru Ahli Muda',
      'Pengawas Sekolah Ahli Madya',
      'Penilik Ahli Pertama',
      'Pengelola Data Pendidikan',
    ],
    indicators: [
      pct(
        'Meningkatnya mutu lulusan pendidikan dasar',
        'Angka kelulusan SD dan SMP',
        88,
        [
          'Bimtek Pembelajaran Berdiferensiasi',
          'Untuk capaian kelulusan di bawah target',
        ],
      ),
      pct(
        'Guru yang profesional',
        'Persentase guru yang bersertifikat pendidik',
        75,
      ),
      pct(
        'Akses pendidikan dasar yang merata',
        'Angka partisipasi murni SMP',
        80,
      ),
      {
        rhk: 'Tersusunnya dokumen perencanaan pendidikan',
        indikator: 'Jumlah dokumen perencanaan yang diselesaikan',
        satuan: 'dokumen',
        arah: 'Naik',
        jenis: 'Utama',
        agregasi: 'Jumlah',
        tahunan: 8,
        whole: true,
      },
      {
        rhk: 'Sekolah penggerak',
        indikator: 'Jumlah sekolah penggerak yang dibina',
        satuan: 'sekolah',
        arah: 'Naik',
        jenis: 'Tambahan',
        agregasi: 'Jumlah',
        tahunan: 12,
        whole: true,
      },
    ],
  },
  {
    kode: 'DINKES',
    nama: 'Dinas Kesehatan',
    induk: 'SETDA',
    capaian: 'Istimewa',
    share: 0.26,
    head: 'Kepala Dinas',
    divisions: [
      'Sekretaris Dinas',
      'Kepala Bidang Kesehatan Masyarakat',
      'Kepala Bidang Pencegahan dan Pengendalian Penyakit',
      'Kepala Bidang Pelayanan Kesehatan',
    ],
    sections: [
      'Kepala Seksi Surveilans dan Imunisasi',
      'Kepala Seksi Kesehatan Keluarga dan Gizi',
    ],
    staff: [
      'Perawat Terampil',
      'Bidan Terampil',
      'Dokter Ahli Pertama',
      'Epidemiolog Kesehatan Ahli Pertama',
      'Nutrisionis Terampil',
      'Sanitarian Terampil',
    ],
    indicators: [
      pct(
        'Meningkatnya derajat kesehatan anak',
        'Cakupan imunisasi dasar lengkap',
        85,
        [
          'Pelatihan Imunisasi bagi Petugas Puskesmas',
          'Untuk cakupan imunisasi di bawah target',
        ],
      ),
      pct(
        'Meningkatnya kesehatan ibu',
        'Persentase ibu hamil yang mendapat pelayanan antenatal (K6)',
        80,
      ),
      {
        rhk: 'Menurunnya stunting',
        indikator: 'Prevalensi stunting pada balita',
        satuan: '%',
        arah: 'Turun',
        jenis: 'Utama',
        agregasi: 'Terakhir',
        tahunan: 14,
      },
      {
        rhk: 'Pelayanan puskesmas yang memuaskan',
        indikator: 'Indeks kepuasan masyarakat (IKM) puskesmas',
        satuan: 'indeks',
        arah: 'Naik',
        jenis: 'Utama',
        agregasi: 'Rata-rata',
        tahunan: 80,
      },
      {
        rhk: 'Pemberdayaan masyarakat bidang kesehatan',
        indikator: 'Jumlah posyandu aktif yang dibina',
        satuan: 'posyandu',
        arah: 'Naik',
        jenis: 'Tambahan',
        agregasi: 'Jumlah',
        tahunan: 40,
        whole: true,
      },
    ],
  },
  {
    kode: 'DPMPTSP',
    nama: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    induk: 'SETDA',
    capaian: 'Baik',
    share: 0.11,
    head: 'Kepala Dinas',
    divisions: [
      'Sekretaris Dinas',
      'Kepala Bidang Pelayanan Perizinan',
      'Kepala Bidang Penanaman Modal',
    ],
    sections: ['Kepala Seksi Pelayanan Perizinan Berusaha'],
    staff: [
      'Pengelola Perizinan',
      'Analis Perizinan',
      'Penata Perizinan Ahli Pertama',
      'Analis Penanaman Modal',
    ],
    indicators: [
      {
        rhk: 'Perizinan berusaha yang cepat',
        indikator: 'Rata-rata hari penyelesaian izin',
        satuan: 'hari',
        arah: 'Turun',
        jenis: 'Utama',
        agregasi: 'Rata-rata',
        tahunan: 5,
        training: [
          'Bimtek Perizinan Berusaha Berbasis Risiko (OSS RBA)',
          'Untuk penyelesaian izin yang melebihi target hari',
        ],
      },
      {
        rhk: 'Perizinan berusaha yang cepat',
        indikator: 'Jumlah izin yang terbit dalam waktu ≤ 5 hari kerja',
        satuan: 'izin',
        arah: 'Naik',
        jenis: 'Utama',
        agregasi: 'Jumlah',
        tahunan: 1200,
        whole: true,
      },
      {
        rhk: 'Pelayanan perizinan yang memuaskan',
        indikator: 'Indeks kepuasan masyarakat (IKM)',
        satuan: 'indeks',
        arah: 'Naik',
        jenis: 'Utama',
        agregasi: 'Rata-rata',
        tahunan: 82,
      },
      {
        rhk: 'Meningkatnya investasi',
        indikator: 'Nilai realisasi investasi',
        satuan: 'miliar rupiah',
        arah: 'Naik',
        jenis: 'Utama',
        agregasi: 'Jumlah',
        tahunan: 400,
      },
      {
        rhk: 'Pendampingan pelaku usaha',
        indikator: 'Jumlah pelaku usaha yang didampingi pada OSS RBA',
        satuan: 'pelaku usaha',
        arah: 'Naik',
        jenis: 'Tambahan',
        agregasi: 'Jumlah',
        tahunan: 200,
        whole: true,
      },
    ],
  },
  {
    kode: 'KEC-SKM',
    nama: 'Kecamatan Sukamaju',
    induk: 'SETDA',
    capaian: 'Butuh Perbaikan',
    share: 0.11,
    head: 'Camat',
    divisions: [
      'Sekretaris Camat',
      'Kepala Seksi Pemerintahan',
      'Kepala Seksi Pelayanan Umum',
    ],
    sections: ['Kepala Subbagian Umum dan Kepegawaian'],
    staff: [
      'Pengadministrasi Perkantoran',
      'Analis Pemerintahan',
      'Pengelola Layanan Kependudukan',
      'Pengadministrasi Umum',
    ],
    equalWeights: true,
    indicators: [
      pct(
        'Pelayanan administrasi yang cepat',
        'Persentase layanan administrasi kependudukan yang selesai dalam 1 hari',
        80,
      ),
      {
        rhk: 'Pelayanan kecamatan yang memuaskan',
        indikator: 'Indeks kepuasan masyarakat (IKM) kecamatan',
        satuan: 'indeks',
        arah: 'Naik',
        jenis: 'Utama',
        agregasi: 'Rata-rata',
        tahunan: 80,
      },
      pct('Akuntabilitas kecamatan', 'Persentase laporan tepat waktu', 85),
      {
        rhk: 'Perencanaan partisipatif',
        indikator: 'Jumlah musrenbang kelurahan yang difasilitasi',
        satuan: 'kegiatan',
        arah: 'Naik',
        jenis: 'Utama',
        agregasi: 'Jumlah',
        tahunan: 8,
        whole: true,
      },
      {
        rhk: 'Pemberdayaan masyarakat',
        indikator:
          'Jumlah kegiatan kerja bakti lingkungan yang dikoordinasikan',
        satuan: 'kegiatan',
        arah: 'Naik',
        jenis: 'Tambahan',
        agregasi: 'Jumlah',
        tahunan: 12,
        whole: true,
      },
    ],
  },
];

/** Indicators every unit may add beyond its own (for more than 5 indicators per unit). */
export const EXTRA_UTAMA: IndicatorSpec[] = [
  pct('Anggaran yang terserap optimal', 'Persentase realisasi anggaran', 85),
  pct('Akuntabilitas unit kerja', 'Persentase laporan tepat waktu', 85),
  {
    rhk: 'Akuntabilitas unit kerja',
    indikator: 'Nilai evaluasi SAKIP unit kerja',
    satuan: 'nilai',
    arah: 'Naik',
    jenis: 'Utama',
    agregasi: 'Terakhir',
    tahunan: 70,
  },
];
export const EXTRA_TAMBAHAN: IndicatorSpec[] = [
  {
    rhk: 'Inovasi pelayanan',
    indikator: 'Jumlah inovasi pelayanan yang diterapkan',
    satuan: 'inovasi',
    arah: 'Naik',
    jenis: 'Tambahan',
    agregasi: 'Jumlah',
    tahunan: 4,
    whole: true,
  },
  {
    rhk: 'Tindak lanjut pemeriksaan',
    indikator: 'Jumlah rekomendasi hasil pemeriksaan yang ditindaklanjuti',
    satuan: 'rekomendasi',
    arah: 'Naik',
    jenis: 'Tambahan',
    agregasi: 'Jumlah',
    tahunan: 8,
    whole: true,
  },
];

export const ASPECT_TRAININGS: [string, string, string][] = [
  ['BO', 'Pelatihan Pelayanan Prima', 'Untuk perilaku berorientasi pelayanan'],
  ['AK', 'Pelatihan Integritas dan Antikorupsi', 'Untuk perilaku akuntabel'],
  ['KO', 'Diklat Manajemen Kinerja', 'Untuk pengembangan kompetensi'],
  [
    'HA',
    'Pelatihan Komunikasi Efektif',
    'Untuk membangun lingkungan kerja yang harmonis',
  ],
  ['LO', 'Pelatihan Wawasan Kebangsaan', 'Untuk penguatan loyalitas'],
  [
    'AD',
    'Pelatihan Inovasi Pelayanan Publik',
    'Untuk kemampuan beradaptasi dan berinovasi',
  ],
  ['KL', 'Pelatihan Kepemimpinan Kolaboratif', 'Untuk kerja sama lintas unit'],
];
