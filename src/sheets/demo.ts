// Realistic sample data for a fictional city government: the input tables of the workbook contract
// (SHEETS.md) and, once appraisal tabs exist, what supervisors would have typed in them.
// Pure and deterministic: the same options give the same workbook (a seeded PRNG, no Math.random).
// Used by `kinerja-asn demo`, the local workbench and the benchmark (10,000 employees).

import {BERAKHLAK} from '../core/berakhlak';
import type {
  Arah,
  Agregasi,
  CapaianOrganisasi,
  EmployeeStatus,
  Jenis,
  Predikat,
  Rating,
} from '../core/types';
import {capaian} from '../core/capaian';
import {HEADERS, PENGATURAN_DEFAULTS, SHEET, normalizeHeader} from './schema';

export interface DemoOptions {
  /** Number of employees (at least 12: every unit needs a head and someone to lead). Default 60. */
  pegawai?: number;
  /** PRNG seed. Default 1. */
  seed?: number;
  /** Year of the data (Tahun). Default: the year of `periode`, else 2026. */
  year?: number;
  /** Periode Aktif, a quarter such as 2026-TW1. Default `<year>-TW1`. */
  periode?: string;
  /** Indicators per unit, 2 to 8. Default 5 (4 Utama + 1 Tambahan). */
  indikator?: number;
  /** Tab Penilaian setting. Default 'Per Atasan'. */
  tabPenilaian?: 'Per Atasan' | 'Per Unit';
  /** Share of appraised employees whose appraisal is complete, 0..1. Default 0.7. */
  completeShare?: number;
}

export type DemoTableKey =
  | 'pengaturan'
  | 'unit'
  | 'pegawai'
  | 'indikator'
  | 'skp'
  | 'perilaku'
  | 'pelatihan'
  | 'templateEmail';

export interface DemoEmployee {
  nip: string;
  nama: string;
  jabatan: string;
  kodeUnit: string;
  nipAtasan: string;
  email: string;
  status: EmployeeStatus;
  aktif: boolean;
  /** 0 head of unit, 1 kepala bidang/bagian, 2 kepala seksi, 3 staff. */
  level: number;
}

export interface DemoIndicator {
  kode: string;
  kodeUnit: string;
  jenis: Jenis;
  arah: Arah;
  satuan: string;
  /** Realisasi is a whole number (documents, permits) rather than one decimal. */
  whole: boolean;
}

/** What the demo supervisors decide for one employee in the active period. */
export interface DemoPlan {
  /** 'complete': every input given; 'partial': some realisasi only; 'empty': nothing typed yet. */
  fill: 'complete' | 'partial' | 'empty';
  hasil: Rating;
  perilaku: Rating;
  /** The predikat the complete appraisal yields (KUADRAN), null unless complete. */
  predikat: Predikat | null;
  /** The realisasi suggest another hasil-kerja rating, which the supervisor overrides (with a reason). */
  override: boolean;
}

export interface DemoWorkbook {
  periode: string;
  year: number;
  hrEmail: string;
  /** Table values, row 1 = the contract headers, ready for one setValues each. */
  tables: Record<DemoTableKey, unknown[][]>;
  employees: DemoEmployee[];
  indicators: DemoIndicator[];
  /** By NIP: the appraisal the demo supervisors type in the active period. */
  plans: Map<string, DemoPlan>;
  seed: number;
}

export const DEMO_INSTANSI = 'Pemerintah Kota Harapan Jaya';
export const DEMO_DOMAIN = 'harapanjaya.go.id';
export const DEMO_HR_EMAIL = `bkpsdm@${DEMO_DOMAIN}`;
export const DEMO_MIN_PEGAWAI = 12;

const DI_ATAS: Rating = 'Di Atas Ekspektasi';
const SESUAI: Rating = 'Sesuai Ekspektasi';
const DI_BAWAH: Rating = 'Di Bawah Ekspektasi';

/** mulberry32: small, fast, good enough for sample data, and the same on every platform. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
}

interface IndicatorSpec {
  rhk: string;
  indikator: string;
  satuan: string;
  arah: Arah;
  jenis: Jenis;
  agregasi: Agregasi;
  /** Annual target; quarterly targets derive from it (split for Jumlah, equal otherwise). */
  tahunan: number;
  whole?: boolean;
  pelatihan?: [string, string];
}

interface UnitSpec {
  kode: string;
  nama: string;
  induk: string;
  capaian: CapaianOrganisasi;
  /** Share of employees. */
  share: number;
  head: string;
  bidang: string[];
  seksi: string[];
  staff: string[];
  /** Unit leaves Bobot blank: its Utama indicators weigh equally. */
  equalWeights?: boolean;
  indicators: IndicatorSpec[];
}

const pct = (
  rhk: string,
  indikator: string,
  tahunan: number,
  pelatihan?: [string, string],
): IndicatorSpec => ({
  rhk,
  indikator,
  satuan: '%',
  arah: 'Naik',
  jenis: 'Utama',
  agregasi: 'Rata-rata',
  tahunan,
  pelatihan,
});

const UNITS: UnitSpec[] = [
  {
    kode: 'SETDA',
    nama: 'Sekretariat Daerah',
    induk: '',
    capaian: 'Baik',
    share: 0.1,
    head: 'Sekretaris Daerah',
    bidang: [
      'Kepala Bagian Organisasi',
      'Kepala Bagian Hukum',
      'Kepala Bagian Perencanaan dan Keuangan',
    ],
    seksi: ['Kepala Subbagian Tata Laksana', 'Kepala Subbagian Kelembagaan'],
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
    bidang: [
      'Sekretaris Badan',
      'Kepala Bidang Pengembangan Kompetensi',
      'Kepala Bidang Penilaian Kinerja Aparatur',
    ],
    seksi: ['Kepala Subbagian Umum dan Kepegawaian'],
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
        pelatihan: [
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
    bidang: [
      'Sekretaris Dinas',
      'Kepala Bidang Pembinaan Sekolah Dasar',
      'Kepala Bidang Pembinaan Sekolah Menengah Pertama',
      'Kepala Bidang PAUD dan Pendidikan Nonformal',
    ],
    seksi: ['Kepala Seksi Kurikulum', 'Kepala Seksi Peserta Didik'],
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
    bidang: [
      'Sekretaris Dinas',
      'Kepala Bidang Kesehatan Masyarakat',
      'Kepala Bidang Pencegahan dan Pengendalian Penyakit',
      'Kepala Bidang Pelayanan Kesehatan',
    ],
    seksi: [
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
    bidang: [
      'Sekretaris Dinas',
      'Kepala Bidang Pelayanan Perizinan',
      'Kepala Bidang Penanaman Modal',
    ],
    seksi: ['Kepala Seksi Pelayanan Perizinan Berusaha'],
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
        pelatihan: [
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
    bidang: [
      'Sekretaris Camat',
      'Kepala Seksi Pemerintahan',
      'Kepala Seksi Pelayanan Umum',
    ],
    seksi: ['Kepala Subbagian Umum dan Kepegawaian'],
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
const EXTRA_UTAMA: IndicatorSpec[] = [
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
const EXTRA_TAMBAHAN: IndicatorSpec[] = [
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

const ASPECT_TRAININGS: [string, string, string][] = [
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

const MALE_FIRST = [
  'Agus',
  'Ahmad',
  'Andi',
  'Arif',
  'Bambang',
  'Bayu',
  'Budi',
  'Dedi',
  'Dimas',
  'Eko',
  'Fajar',
  'Gilang',
  'Hadi',
  'Hendra',
  'Imam',
  'Irfan',
  'Joko',
  'Lukman',
  'Muhammad',
  'Rahmat',
  'Rizki',
  'Rudi',
  'Slamet',
  'Taufik',
  'Teguh',
  'Wahyu',
  'Yudi',
  'Yusuf',
  'Hasan',
  'Reza',
];
const FEMALE_FIRST = [
  'Anisa',
  'Ayu',
  'Citra',
  'Desi',
  'Dewi',
  'Dian',
  'Endang',
  'Evi',
  'Fitri',
  'Hana',
  'Indah',
  'Intan',
  'Kartika',
  'Maya',
  'Mega',
  'Nadia',
  'Novi',
  'Nurul',
  'Putri',
  'Ratna',
  'Rina',
  'Sari',
  'Siti',
  'Sri',
  'Tuti',
  'Wulan',
  'Yanti',
  'Yuni',
  'Lina',
  'Ratih',
];
const MALE_LAST = [
  'Santoso',
  'Wibowo',
  'Setiawan',
  'Prasetyo',
  'Hidayat',
  'Saputra',
  'Nugroho',
  'Kurniawan',
  'Susanto',
  'Hartono',
  'Gunawan',
  'Pratama',
  'Firmansyah',
  'Ramadhan',
  'Syahputra',
  'Sulistyo',
  'Purnomo',
  'Utomo',
  'Suryadi',
  'Hakim',
];
const FEMALE_LAST = [
  'Lestari',
  'Rahayu',
  'Wulandari',
  'Handayani',
  'Purwanti',
  'Kusumawati',
  'Rahmawati',
  'Anggraini',
  'Maharani',
  'Fitriani',
  'Puspitasari',
  'Safitri',
  'Permatasari',
  'Oktaviani',
  'Susanti',
  'Yuliani',
  'Ningsih',
  'Astuti',
];
const SHARED_LAST = [
  'Siregar',
  'Nasution',
  'Harahap',
  'Lubis',
  'Simanjuntak',
  'Tanjung',
  'Hasibuan',
  'Sinaga',
  'Wijaya',
  'Halim',
  'Rahman',
  'Pohan',
  'Daulay',
  'Situmorang',
  'Tambunan',
  'Manurung',
];

/** Jabatan that PPPK (contract civil servants) commonly hold. */
const PPPK_JABATAN =
  /^(Guru|Perawat|Bidan|Pengelola Perizinan|Pengadministrasi|Nutrisionis|Sanitarian)/;

function academicTitle(
  dice: Dice,
  jabatan: string,
  level: number,
): {pre: string; post: string} {
  if (jabatan.startsWith('Dokter')) return {pre: 'dr. ', post: ''};
  if (jabatan.startsWith('Guru') || jabatan.startsWith('Pengawas Sekolah')) {
    return {
      pre: '',
      post: level === 3 && dice.chance(0.2) ? ', S.Pd., M.Pd.' : ', S.Pd.',
    };
  }
  if (jabatan.startsWith('Perawat')) return {pre: '', post: ', A.Md.Kep.'};
  if (jabatan.startsWith('Bidan')) return {pre: '', post: ', A.Md.Keb.'};
  if (jabatan.startsWith('Nutrisionis')) return {pre: '', post: ', A.Md.Gz.'};
  if (jabatan.startsWith('Sanitarian')) return {pre: '', post: ', A.Md.KL.'};
  if (jabatan.startsWith('Pengadministrasi') || jabatan.startsWith('Pranata')) {
    return {pre: '', post: dice.pick(['', ', A.Md.'])};
  }
  if (level <= 1) {
    return {
      pre: '',
      post: dice.pick([
        ', S.Sos., M.Si.',
        ', S.E., M.M.',
        ', S.H., M.H.',
        ', S.T., M.T.',
        ', S.IP., M.Si.',
      ]),
    };
  }
  return {
    pre: '',
    post: dice.pick([
      ', S.E.',
      ', S.Sos.',
      ', S.H.',
      ', S.Kom.',
      ', S.IP.',
      ', S.AP.',
    ]),
  };
}

/** Integer weights summing to 100 over n Utama indicators, the first ones heavier. */
export function demoWeights(n: number): number[] {
  if (n === 4) return [30, 30, 20, 20];
  if (n === 6) return [20, 20, 15, 15, 15, 15];
  const base = Math.floor(100 / n);
  const weights = new Array<number>(n).fill(base);
  for (let i = 0; i < 100 - base * n; i++) weights[i % n]++;
  return weights;
}

function quarterTargets(spec: IndicatorSpec): number[] {
  if (spec.agregasi !== 'Jumlah') return [1, 2, 3, 4].map(() => spec.tahunan);
  const quarter = Math.floor(spec.tahunan / 4);
  const rest = spec.tahunan - quarter * 4;
  // The remainder lands in the last quarters (work usually peaks towards the year's end).
  return [0, 1, 2, 3].map(q => quarter + (q >= 4 - rest ? 1 : 0));
}

function parseQuarter(periode: string): {year: number; quarter: number} | null {
  const m = /^(\d{4})-TW([1-4])$/i.exec(periode.trim());
  return m ? {year: Number(m[1]), quarter: Number(m[2])} : null;
}

function unitSizes(total: number): number[] {
  const sizes = UNITS.map(u => Math.max(2, Math.floor(total * u.share)));
  let rest = total - sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; rest !== 0; i = (i + 1) % sizes.length) {
    const step = rest > 0 ? 1 : -1;
    if (step < 0 && sizes[i] <= 2) continue;
    sizes[i] += step;
    rest -= step;
  }
  return sizes;
}

/** A title from a list, with a numbered suffix once the list is used up ("… Wilayah 2"). */
function nthTitle(list: readonly string[], index: number): string {
  const round = Math.floor(index / list.length);
  const title = list[index % list.length];
  return round === 0 ? title : `${title} Wilayah ${round + 1}`;
}

class NipFactory {
  private sequences = new Map<string, number>();
  constructor(
    private dice: Dice,
    private year: number,
  ) {}

  make(status: EmployeeStatus, level: number, female: boolean): string {
    const d = this.dice;
    const [minBirth, maxBirth] =
      level === 0
        ? [1968, 1976]
        : level === 1
          ? [1970, 1984]
          : level === 2
            ? [1974, 1988]
            : [1975, Math.min(2000, this.year - 22)];
    const by = d.int(minBirth, maxBirth);
    const bm = d.int(1, 12);
    const bd = d.int(1, new Date(Date.UTC(by, bm, 0)).getUTCDate());
    const birth = `${by}${pad(bm, 2)}${pad(bd, 2)}`;
    let middle: string;
    if (status === 'PPPK') {
      // PPPK: year of appointment + code 21, not a TMT (DOMAIN §7).
      middle = `${d.int(2021, Math.max(2021, Math.min(2024, this.year - 1)))}21`;
    } else {
      // First CPNS appointment between age 19 and 30, and before the data's year.
      const latest = Math.max(by + 19, Math.min(by + 30, this.year - 2));
      const tmtYear = d.int(
        by + 19,
        Math.max(by + 19, Math.min(latest, by + 30)),
      );
      middle = `${tmtYear}${pad(d.pick([1, 3, 4, 12, d.int(1, 12)]), 2)}`;
    }
    const prefix = `${birth}${middle}${female ? 2 : 1}`;
    const seq = (this.sequences.get(prefix) ?? 0) + 1;
    this.sequences.set(prefix, seq);
    return prefix + pad(seq, 3);
  }
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function emailLocal(first: string, last: string): string {
  const clean = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
  return `${clean(first)}.${clean(last)}`;
}

/** The demo city's input tables and the decisions its supervisors will type. */
export function demoWorkbook(options: DemoOptions = {}): DemoWorkbook {
  const pegawai = Math.max(DEMO_MIN_PEGAWAI, Math.floor(options.pegawai ?? 60));
  const seed = Math.floor(options.seed ?? 1);
  const fromPeriode = options.periode ? parseQuarter(options.periode) : null;
  const year = options.year ?? fromPeriode?.year ?? 2026;
  const periode = fromPeriode
    ? `${fromPeriode.year}-TW${fromPeriode.quarter}`
    : `${year}-TW1`;
  const perUnit = Math.min(8, Math.max(2, Math.floor(options.indikator ?? 5)));
  const dice = new Dice(seededRandom(seed));
  const nips = new NipFactory(dice, year);
  const usedEmails = new Map<string, number>();

  const employees: DemoEmployee[] = [];
  const heads = new Map<string, DemoEmployee>();
  const sizes = unitSizes(pegawai);
  let sekda: DemoEmployee | null = null;

  const person = (
    unit: UnitSpec,
    jabatan: string,
    level: number,
    atasan: string,
  ): DemoEmployee => {
    const female = dice.chance(
      jabatan.startsWith('Bidan')
        ? 1
        : jabatan.startsWith('Perawat') || jabatan.startsWith('Guru')
          ? 0.65
          : 0.45,
    );
    const status: EmployeeStatus =
      level === 3 && PPPK_JABATAN.test(jabatan) && dice.chance(0.35)
        ? 'PPPK'
        : 'PNS';
    const first = dice.pick(female ? FEMALE_FIRST : MALE_FIRST);
    const last = dice.chance(0.3)
      ? dice.pick(SHARED_LAST)
      : dice.pick(female ? FEMALE_LAST : MALE_LAST);
    const title = academicTitle(dice, jabatan, level);
    let local = emailLocal(first, last);
    const seen = usedEmails.get(local) ?? 0;
    usedEmails.set(local, seen + 1);
    if (seen > 0) local += String(seen + 1);
    const employee: DemoEmployee = {
      nip: nips.make(status, level, female),
      nama: `${title.pre}${first} ${last}${title.post}`,
      jabatan,
      kodeUnit: unit.kode,
      nipAtasan: atasan,
      email: `${local}@${DEMO_DOMAIN}`,
      status,
      aktif: true,
      level,
    };
    employees.push(employee);
    return employee;
  };

  UNITS.forEach((unit, u) => {
    // The Sekda is appraised by the mayor, who is not an ASN: no NIP Atasan. Heads of the other
    // units report to the Sekda.
    const head = person(unit, unit.head, 0, sekda?.nip ?? '');
    if (!sekda) sekda = head;
    heads.set(unit.kode, head);
    const others = sizes[u] - 1;
    // About ten people per supervisor; kepala seksi appear once a unit needs more than five leads,
    // and then the head and each kepala bidang lead about the square root of the leads.
    const leads = others <= 3 ? 0 : Math.max(1, Math.round(others / 11));
    const bidangCount = leads > 5 ? Math.ceil(Math.sqrt(leads)) : leads;
    const seksiCount = leads > 5 ? leads - bidangCount : 0;
    const bidang = Array.from({length: bidangCount}, (_, i) =>
      person(unit, nthTitle(unit.bidang, i), 1, head.nip),
    );
    const seksi = Array.from({length: seksiCount}, (_, i) =>
      person(unit, nthTitle(unit.seksi, i), 2, bidang[i % bidangCount].nip),
    );
    const lowest = seksi.length ? seksi : bidang.length ? bidang : [head];
    const staffCount = others - bidangCount - seksiCount;
    for (let i = 0; i < staffCount; i++) {
      person(unit, dice.pick(unit.staff), 3, lowest[i % lowest.length].nip);
    }
  });

  // Two staff without an email address (feedback skips them) and one who left (Aktif = Tidak).
  const staff = employees.filter(e => e.level === 3);
  const noEmail = [
    staff[Math.floor(staff.length / 3)],
    staff[Math.floor((2 * staff.length) / 3)],
  ];
  for (const e of noEmail) if (e) e.email = '';
  const leaver = staff[staff.length - 1];
  if (leaver && !noEmail.includes(leaver)) leaver.aktif = false;

  // Indicators per unit: its own Utama first, then shared ones, Tambahan last.
  const tambahanCount = perUnit >= 8 ? 2 : 1;
  const utamaCount = perUnit - tambahanCount;
  const indicatorRows: unknown[][] = [];
  const indicators: DemoIndicator[] = [];
  const trainingRows: unknown[][] = [];
  const unitIndicatorCodes = new Map<string, DemoIndicator[]>();
  for (const unit of UNITS) {
    const own = unit.indicators;
    const used = new Set(own.map(s => s.indikator));
    const utama = [
      ...own.filter(s => s.jenis === 'Utama'),
      ...EXTRA_UTAMA.filter(s => !used.has(s.indikator)),
    ].slice(0, utamaCount);
    const tambahan = [
      ...own.filter(s => s.jenis === 'Tambahan'),
      ...EXTRA_TAMBAHAN,
    ].slice(0, tambahanCount);
    const weights = demoWeights(utama.length);
    const list: DemoIndicator[] = [];
    [...utama, ...tambahan].forEach((spec, i) => {
      const kode = `${unit.kode}-${pad(i + 1, 2)}`;
      const targets = quarterTargets(spec);
      const bobot =
        spec.jenis === 'Utama' && !unit.equalWeights ? weights[i] : '';
      indicatorRows.push([
        kode,
        unit.kode,
        spec.rhk,
        spec.indikator,
        spec.satuan,
        spec.arah,
        spec.jenis,
        spec.agregasi,
        spec.tahunan,
        ...targets,
        bobot,
      ]);
      const indicator: DemoIndicator = {
        kode,
        kodeUnit: unit.kode,
        jenis: spec.jenis,
        arah: spec.arah,
        satuan: spec.satuan,
        whole: spec.whole ?? false,
      };
      indicators.push(indicator);
      list.push(indicator);
      if (spec.pelatihan) trainingRows.push([kode, ...spec.pelatihan]);
    });
    unitIndicatorCodes.set(unit.kode, list);
  }

  // Personal SKP rows for a few staff: their own weights and a higher personal target.
  const skpRows: unknown[][] = [];
  for (const kodeUnit of ['DPMPTSP', 'DINKES', 'DISDIK']) {
    const target = employees.find(
      e => e.kodeUnit === kodeUnit && e.level === 3 && e.aktif,
    );
    if (!target) continue;
    const list = unitIndicatorCodes.get(kodeUnit) ?? [];
    const utama = list.filter(i => i.jenis === 'Utama');
    const weights = demoWeights(utama.length).reverse();
    const row = indicatorRows.filter(r => r[1] === kodeUnit);
    utama.forEach((indicator, i) => {
      // A personal quarterly target only on the first indicator (for the active quarter's column).
      const quarterly = row[i][
        9 + (fromPeriode ? fromPeriode.quarter - 1 : 0)
      ] as number;
      const personal =
        i === 0
          ? indicator.arah === 'Turun'
            ? quarterly
            : personalTarget(quarterly, indicator)
          : '';
      skpRows.push([target.nip, indicator.kode, personal, weights[i]]);
    });
  }

  const plans = planAppraisals(employees, dice, options.completeShare ?? 0.7);

  const settings = PENGATURAN_DEFAULTS.map(([key, value]) => {
    const overrides: Record<string, string | number> = {
      'Nama Instansi': DEMO_INSTANSI,
      Tahun: year,
      'Periode Aktif': periode,
      'Tab Penilaian': options.tabPenilaian ?? 'Per Atasan',
      'Email HR': DEMO_HR_EMAIL,
    };
    return [key, key in overrides ? overrides[key] : value];
  });

  const tables: Record<DemoTableKey, unknown[][]> = {
    pengaturan: [[...HEADERS.pengaturan], ...settings],
    unit: [
      [...HEADERS.unit],
      ...UNITS.map(u => [
        u.kode,
        u.nama,
        u.induk,
        heads.get(u.kode)?.nip ?? '',
        u.capaian,
      ]),
    ],
    pegawai: [
      [...HEADERS.pegawai],
      ...employees.map(e => [
        e.nip,
        e.nama,
        e.jabatan,
        e.kodeUnit,
        e.nipAtasan,
        e.email,
        e.status,
        e.aktif ? 'Ya' : 'Tidak',
      ]),
    ],
    indikator: [[...HEADERS.indikator], ...indicatorRows],
    skp: [[...HEADERS.skp], ...skpRows],
    perilaku: [[...HEADERS.perilaku], ...BERAKHLAK.map(row => [...row])],
    pelatihan: [
      [...HEADERS.pelatihan],
      ...trainingRows,
      ...ASPECT_TRAININGS.map(row => [...row]),
    ],
    templateEmail: [
      [...HEADERS.templateEmail],
      ['Subjek', 'Umpan Balik Kinerja {{Periode}}: {{Nama}}'],
      [
        'Isi',
        [
          'Yth. {{Nama}},',
          '',
          'Berikut hasil penilaian kinerja Saudara/i untuk periode {{Periode}} di lingkungan Pemerintah Kota Harapan Jaya: rating hasil kerja {{Rating Hasil Kerja}}, rating perilaku {{Rating Perilaku}}.',
          '',
          '{{Tabel Indikator}}',
          '',
          // The two blocks bring their own headings (Umpan Balik Atasan, Tindak Lanjut).
          '{{Umpan Balik}}',
          '',
          '{{Rekomendasi}}',
          '',
          'Salam hormat,',
          'BKPSDM Kota Harapan Jaya',
        ].join('\n'),
      ],
    ],
  };
  return {
    periode,
    year,
    hrEmail: DEMO_HR_EMAIL,
    tables,
    employees,
    indicators,
    plans,
    seed,
  };
}

function personalTarget(quarterly: number, indicator: DemoIndicator): number {
  const raised = quarterly * 1.05;
  if (indicator.whole) return Math.ceil(raised);
  return Math.min(
    indicator.satuan === '%' ? 95 : Infinity,
    Math.round(raised * 10) / 10,
  );
}

const PREDIKAT_WEIGHTS: [Predikat, number][] = [
  ['Sangat Baik', 0.2],
  ['Baik', 0.5],
  ['Butuh Perbaikan', 0.15],
  ['Kurang/Misconduct', 0.08],
  ['Sangat Kurang', 0.07],
];

/** Rating pairs (hasil, perilaku) giving each predikat in the kuadran of PermenPANRB 6/2022. */
const PAIRS: Record<string, [Rating, Rating][]> = {
  'Sangat Baik': [[DI_ATAS, DI_ATAS]],
  Baik: [
    [SESUAI, SESUAI],
    [DI_ATAS, SESUAI],
    [SESUAI, DI_ATAS],
  ],
  'Butuh Perbaikan': [
    [DI_BAWAH, SESUAI],
    [DI_BAWAH, DI_ATAS],
  ],
  'Kurang/Misconduct': [
    [DI_ATAS, DI_BAWAH],
    [SESUAI, DI_BAWAH],
  ],
  'Sangat Kurang': [[DI_BAWAH, DI_BAWAH]],
};

function planAppraisals(
  employees: DemoEmployee[],
  dice: Dice,
  completeShare: number,
): Map<string, DemoPlan> {
  const plans = new Map<string, DemoPlan>();
  // Appraised: active with a supervisor (the Sekda's appraiser, the mayor, is outside the roster).
  const appraised = dice.shuffle(employees.filter(e => e.aktif && e.nipAtasan));
  const complete = Math.round(appraised.length * completeShare);
  let overrides = 0;
  appraised.forEach((employee, i) => {
    let fill: DemoPlan['fill'] = 'complete';
    if (i >= complete) fill = (i - complete) % 2 === 0 ? 'partial' : 'empty';
    // The first five complete appraisals cover every predikat; the rest follow realistic shares.
    let predikat: Predikat;
    if (i < PREDIKAT_WEIGHTS.length) predikat = PREDIKAT_WEIGHTS[i][0];
    else {
      let r = dice.next();
      predikat = PREDIKAT_WEIGHTS[PREDIKAT_WEIGHTS.length - 1][0];
      for (const [p, w] of PREDIKAT_WEIGHTS) {
        if ((r -= w) < 0) {
          predikat = p;
          break;
        }
      }
    }
    const [hasil, perilaku] = dice.pick(PAIRS[predikat]);
    // About one in twenty complete appraisals overrides the suggested hasil-kerja rating.
    const override =
      fill === 'complete' &&
      hasil !== DI_BAWAH &&
      (overrides === 0 || dice.chance(0.05));
    if (override) overrides++;
    plans.set(employee.nip, {
      fill,
      hasil,
      perilaku,
      predikat: fill === 'complete' ? predikat : null,
      override,
    });
  });
  return plans;
}

/** Capaian band (percent) aimed at for a rating, well inside the thresholds 100 / 110. */
const BANDS: Record<Rating, [number, number]> = {
  'Di Atas Ekspektasi': [111, 119],
  'Sesuai Ekspektasi': [100.5, 108.5],
  'Di Bawah Ekspektasi': [60, 95],
};

function ratingOf(c: number): Rating {
  return c >= 110 ? DI_ATAS : c >= 100 ? SESUAI : DI_BAWAH;
}

/** A realisasi whose capaian against target falls in the band of `rating` (rounded as typed). */
export function demoRealisasi(
  target: number,
  indicator: Pick<DemoIndicator, 'arah' | 'whole' | 'satuan'>,
  rating: Rating,
  random: () => number,
): number {
  const [lo, hi] = BANDS[rating];
  const aim = lo + random() * (hi - lo);
  const step = indicator.whole ? 1 : 0.1;
  const round = (v: number) =>
    indicator.whole ? Math.round(v) : Math.round(v * 10) / 10;
  let value = round(
    indicator.arah === 'Turun'
      ? target * (2 - aim / 100)
      : (target * aim) / 100,
  );
  if (indicator.satuan === '%' && indicator.arah === 'Naik')
    value = Math.min(100, value);
  // Whole numbers and the 100 % ceiling can push the value out of the band: walk back into it.
  const higherIsBetter = indicator.arah === 'Naik';
  for (let i = 0; i < 200; i++) {
    const c = capaian(value, target, indicator.arah, 1000) ?? 0;
    const got = ratingOf(c);
    if (got === rating) break;
    const better = got === DI_BAWAH || (got === SESUAI && rating === DI_ATAS);
    value = round(value + (better === higherIsBetter ? step : -step));
    if (value < 0) value = 0;
  }
  return value;
}

const FEEDBACK: Record<Predikat, string[]> = {
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

const OVERRIDE_REASONS = [
  'Realisasi tertahan oleh penundaan anggaran di luar kendali pegawai; kualitas kerja tetap sesuai ekspektasi.',
  'Pegawai juga menangani penugasan tambahan dari pimpinan (tim percepatan) yang tidak tercantum di SKP.',
  'Data realisasi triwulan ini belum mencakup kegiatan yang selesai di akhir bulan; capaian sebenarnya lebih tinggi.',
];

const INDICATOR_NOTES: Record<Rating, string[]> = {
  'Di Atas Ekspektasi': ['Melampaui target.', 'Capaian sangat baik.'],
  'Sesuai Ekspektasi': ['Sesuai target.'],
  'Di Bawah Ekspektasi': [
    'Belum mencapai target, perlu percepatan.',
    'Kendala data di lapangan, tindak lanjuti bulan depan.',
  ],
};

function driveLink(random: () => number): string {
  const alphabet =
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
  let id = '1';
  for (let i = 0; i < 32; i++)
    id += alphabet[Math.floor(random() * alphabet.length)];
  return `https://drive.google.com/file/d/${id}/view`;
}

/** One rating per aspect whose majority gives `overall` (suggestPerilaku's rule). */
function aspectRatings(overall: Rating, count: number, dice: Dice): Rating[] {
  const majority = Math.floor(count / 2) + 1;
  const ratings: Rating[] = [];
  for (let i = 0; i < count; i++) {
    if (overall === DI_ATAS) ratings.push(i < majority ? DI_ATAS : SESUAI);
    else if (overall === DI_BAWAH)
      ratings.push(i < majority ? DI_BAWAH : SESUAI);
    // Sesuai: mostly Sesuai with fewer than half Di Atas.
    else ratings.push(i < Math.min(2, majority - 1) ? DI_ATAS : SESUAI);
  }
  return dice.shuffle(ratings);
}

/**
 * Fills an appraisal tab the way the demo supervisors would have: only blank input cells
 * (Realisasi, Rating, Bukti Dukung, Umpan Balik, Alasan), so values typed by a person stay.
 * `values` is the tab as getValues returns it (row 1 = headers); returns the changed copy.
 */
export function fillDemoTab(
  values: readonly (readonly unknown[])[],
  demo: Pick<DemoWorkbook, 'indicators' | 'plans' | 'seed'>,
): {values: unknown[][]; filled: number} {
  const out = values.map(row => [...row]);
  const header = (out[0] ?? []).map(normalizeHeader);
  const col = (name: string) => header.indexOf(normalizeHeader(name));
  const c = {
    nip: col('NIP'),
    jenis: col('Jenis'),
    kode: col('Kode'),
    target: col('Target'),
    realisasi: col('Realisasi'),
    rating: col('Rating'),
    bukti: col('Bukti Dukung'),
    umpan: col('Umpan Balik'),
    alasan: col('Alasan'),
  };
  if (Object.values(c).some(i => i < 0)) return {values: out, filled: 0};
  const byKode = new Map(demo.indicators.map(i => [i.kode, i]));
  let filled = 0;
  const put = (row: unknown[], index: number, value: unknown) => {
    if (String(row[index] ?? '').trim() !== '') return;
    row[index] = value;
    filled++;
  };

  // Rows grouped per employee, in tab order.
  const blocks = new Map<string, unknown[][]>();
  for (let r = 1; r < out.length; r++) {
    const nip = String(out[r][c.nip] ?? '').replace(/[\s.]/g, '');
    if (!nip) continue;
    const list = blocks.get(nip) ?? [];
    list.push(out[r]);
    blocks.set(nip, list);
  }

  for (const [nip, rows] of blocks) {
    const plan = demo.plans.get(nip);
    if (!plan || plan.fill === 'empty') continue;
    // Per-employee randomness: the same NIP gets the same inputs whatever the tab layout.
    const dice = new Dice(seededRandom(demo.seed * 7919 + hashText(nip)));
    const jenisOf = (row: unknown[]) =>
      String(row[c.jenis] ?? '')
        .trim()
        .toLowerCase();
    const hasilRows = rows.filter(row => jenisOf(row) === 'hasil kerja');
    const perilakuRows = rows.filter(row => jenisOf(row) === 'perilaku');
    const ringkasan = rows.filter(row => jenisOf(row) === 'ringkasan');

    // The realisasi suggest the planned rating, or a neighbour of it when the supervisor overrides.
    const suggested: Rating = plan.override
      ? plan.hasil === DI_ATAS
        ? SESUAI
        : DI_BAWAH
      : plan.hasil;
    hasilRows.forEach((row, i) => {
      if (plan.fill === 'partial' && i % 2 === 1) return;
      const indicator = byKode.get(String(row[c.kode] ?? '').trim());
      const target = Number(row[c.target]);
      if (!indicator || !(target > 0)) return;
      // Tambahan results above plan would lift Sesuai to Di Atas (rule 3), so keep them below.
      const rating =
        indicator.jenis === 'Tambahan'
          ? suggested === DI_ATAS
            ? DI_ATAS
            : DI_BAWAH
          : suggested;
      put(
        row,
        c.realisasi,
        demoRealisasi(target, indicator, rating, dice.next),
      );
      if (plan.fill !== 'complete') return;
      if (dice.chance(0.4)) put(row, c.bukti, driveLink(dice.next));
      if (dice.chance(0.25))
        put(row, c.umpan, dice.pick(INDICATOR_NOTES[rating]));
    });
    if (plan.fill !== 'complete') continue;

    const aspects = aspectRatings(plan.perilaku, perilakuRows.length, dice);
    perilakuRows.forEach((row, i) => put(row, c.rating, aspects[i]));

    const hk = ringkasan.find(
      row =>
        String(row[c.kode] ?? '')
          .trim()
          .toUpperCase() === 'HK',
    );
    if (hk) {
      if (plan.predikat) put(hk, c.umpan, dice.pick(FEEDBACK[plan.predikat]));
      if (plan.override) {
        put(hk, c.rating, plan.hasil);
        put(hk, c.alasan, dice.pick(OVERRIDE_REASONS));
      }
    }
  }
  return {values: out, filled};
}

function hashText(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** Expected count of each predikat among the complete appraisals (what Hasil should show). */
export function plannedPredikatCounts(
  demo: Pick<DemoWorkbook, 'plans'>,
): Partial<Record<Predikat, number>> {
  const counts: Partial<Record<Predikat, number>> = {};
  for (const plan of demo.plans.values()) {
    if (plan.predikat) counts[plan.predikat] = (counts[plan.predikat] ?? 0) + 1;
  }
  return counts;
}

/** The input sheet names of the demo tables, in the order they are written. */
export const DEMO_SHEETS: Record<DemoTableKey, string> = {
  pengaturan: SHEET.pengaturan,
  unit: SHEET.unit,
  pegawai: SHEET.pegawai,
  indikator: SHEET.indikator,
  skp: SHEET.skp,
  perilaku: SHEET.perilaku,
  pelatihan: SHEET.pelatihan,
  templateEmail: SHEET.templateEmail,
};
