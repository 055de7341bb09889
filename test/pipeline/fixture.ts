// A small, realistic workbook as getValues() would return it: '' for blanks, numbers as numbers,
// NIPs as text. Two units, six employees, quarter tabs for 2026-TW1 and 2026-TW2.
import {BERAKHLAK} from '../../src/core/berakhlak';
import type {RawWorkbook} from '../../src/sheets/read';
import {HEADERS} from '../../src/sheets/schema';
import {
  type Rows,
  employeeRow,
  hk,
  indicatorRow,
  perilakuBlock,
  ringkasan,
  settingsTable,
  unitRow,
} from '../support/workbook';

export const KEPALA_KOMINFO = '197001012000031001';
export const SITI = '198503152010012002';
export const BUDI = '199001202015031001';
export const CITRA = '199205102021212003'; // PPPK: digits 9-14 are year + code, not a TMT
export const KEPALA_BKPSDM = '197507072001121001';
export const DEWI = '198812122012122002';
export const EKO = '196512311990031001'; // inactive (retired)

const DI_ATAS = 'Di Atas Ekspektasi';
const SESUAI = 'Sesuai Ekspektasi';
const DI_BAWAH = 'Di Bawah Ekspektasi';

const all = (r: string) => [r, r, r, r, r, r, r];

export function fixture(): RawWorkbook {
  const pengaturan = settingsTable({
    'Nama Instansi': 'Pemerintah Kabupaten Contoh',
    Tahun: 2026,
    'Periode Aktif': '2026-TW1',
    'Model Penilaian': 'KUADRAN',
    'Bobot Hasil Kerja': 70,
    'Bobot Perilaku': 30,
    'Batas Capaian': 120,
    'Ambang Di Atas': 110,
    'Ambang Sesuai': 100,
    'Bobot IKM': '1/9',
    'Tab Penilaian': 'Per Atasan',
    'Tembusan Atasan': 'Ya',
    Bahasa: 'id',
    'Email HR': 'bkpsdm@contoh.go.id',
  });
  const unit: Rows = [
    [...HEADERS.unit],
    unitRow({
      kode: 'KOMINFO',
      nama: 'Dinas Komunikasi dan Informatika',
      kepala: KEPALA_KOMINFO,
      ikm: 'Baik',
    }),
    unitRow({
      kode: 'BKPSDM',
      nama: 'Badan Kepegawaian dan Pengembangan SDM',
      kepala: KEPALA_BKPSDM,
    }),
  ];
  const kominfo = {unit: 'KOMINFO', atasan: KEPALA_KOMINFO};
  const bkpsdm = {unit: 'BKPSDM', atasan: KEPALA_BKPSDM};
  const pegawai: Rows = [
    [...HEADERS.pegawai],
    employeeRow({
      nip: KEPALA_KOMINFO,
      nama: 'Ir. Ahmad Fauzi',
      jabatan: 'Kepala Dinas',
      unit: 'KOMINFO',
      email: 'ahmad@contoh.go.id',
    }),
    employeeRow({
      ...kominfo,
      nip: SITI,
      nama: 'Siti Rahmawati',
      jabatan: 'Pranata Komputer Ahli Muda',
      email: 'siti@contoh.go.id',
    }),
    employeeRow({
      ...kominfo,
      nip: BUDI,
      nama: 'Budi Santoso',
      jabatan: 'Analis Jaringan',
      email: 'budi@contoh.go.id',
    }),
    employeeRow({
      ...kominfo,
      nip: CITRA,
      nama: 'Citra Lestari',
      jabatan: 'Pranata Humas',
      email: 'citra@contoh.go.id',
      status: 'PPPK',
    }),
    employeeRow({
      nip: KEPALA_BKPSDM,
      nama: 'Dra. Hartini',
      jabatan: 'Kepala Badan',
      unit: 'BKPSDM',
      email: 'hartini@contoh.go.id',
    }),
    employeeRow({
      ...bkpsdm,
      nip: DEWI,
      nama: 'Dewi Anggraini',
      jabatan: 'Analis SDM Aparatur',
      email: 'dewi@contoh.go.id',
    }),
    employeeRow({
      ...bkpsdm,
      nip: EKO,
      nama: 'Eko Prasetyo',
      jabatan: 'Pengadministrasi Umum',
      aktif: 'Tidak',
    }),
  ];
  const indikator: Rows = [
    [...HEADERS.indikator],
    indicatorRow({
      kode: 'IKU-01',
      unit: 'KOMINFO',
      sasaran: 'Layanan digital terintegrasi',
      uraian: 'Jumlah aplikasi layanan terintegrasi',
      satuan: 'aplikasi',
      arah: 'Naik',
      jenis: 'Utama',
      agregasi: 'Jumlah',
      targets: [40, 10, 10, 10, 10],
      bobot: 40,
    }),
    indicatorRow({
      kode: 'IKU-02',
      unit: 'KOMINFO',
      sasaran: 'Jaringan andal',
      uraian: 'Rata-rata waktu penyelesaian gangguan',
      satuan: 'hari',
      arah: 'Turun',
      jenis: 'Utama',
      agregasi: 'Rata-rata',
      targets: [2, 2, 2, 2, 2],
      bobot: 30,
    }),
    indicatorRow({
      kode: 'IKU-03',
      unit: 'KOMINFO',
      sasaran: 'Jaringan andal',
      uraian: 'Persentase OPD terhubung jaringan intra',
      satuan: '%',
      arah: 'Naik',
      jenis: 'Utama',
      agregasi: 'Terakhir',
      targets: [80, 50, 60, 70, 80],
      bobot: 30,
    }),
    indicatorRow({
      kode: 'IKT-01',
      unit: 'KOMINFO',
      sasaran: 'Publikasi',
      uraian: 'Konten publikasi pemerintah',
      satuan: 'konten',
      arah: 'Naik',
      jenis: 'Tambahan',
      agregasi: 'Jumlah',
      targets: [80, 20, 20, 20, 20],
    }),
    indicatorRow({
      kode: 'IKU-B1',
      unit: 'BKPSDM',
      sasaran: 'Layanan kepegawaian',
      uraian: 'Persentase layanan kepegawaian tepat waktu',
      satuan: '%',
      arah: 'Naik',
      jenis: 'Utama',
      agregasi: 'Rata-rata',
      targets: [85, 80, 80, 85, 85],
    }),
    indicatorRow({
      kode: 'IKU-B2',
      unit: 'BKPSDM',
      sasaran: 'Pengembangan SDM',
      uraian: 'Jumlah ASN mengikuti pengembangan kompetensi',
      satuan: 'orang',
      arah: 'Naik',
      jenis: 'Utama',
      agregasi: 'Jumlah',
      targets: [20, 5, 5, 5, 5],
    }),
  ];
  const skp: Rows = [
    [...HEADERS.skp],
    [CITRA, 'IKU-01', 8, 50],
    [CITRA, 'IKU-03', '', 50],
  ];
  const perilaku: Rows = [[...HEADERS.perilaku], ...BERAKHLAK.map(r => [...r])];
  const pelatihan: Rows = [
    [...HEADERS.pelatihan],
    ['IKU-03', 'Pelatihan Manajemen Jaringan', 'BPSDM Provinsi'],
    ['BO', 'Pelatihan Pelayanan Prima', 'LAN'],
    ['HA', 'Pelatihan Pelayanan Prima', 'LAN'],
    ['AK', 'Pelatihan Integritas', 'KPK'],
    ['KO', 'Diklat Teknis Kompetensi', ''],
  ];
  const templateEmail = settingsTable({
    Subjek: 'Hasil penilaian kinerja {{Periode}}',
    Isi: 'Yth. {{Nama}}, predikat Anda: {{Predikat}}.',
  });
  const tw1 = '2026-TW1';
  const tw2 = '2026-TW2';
  const tabKominfoTw1: Rows = [
    [...HEADERS.penilaian],
    // Siti: 100 / 150->120 / 80, IKT-01 75.
    hk(tw1, SITI, 'IKU-01', 10, 10),
    hk(tw1, SITI, 'IKU-02', 2, 1),
    hk(tw1, SITI, 'IKU-03', 50, '40'),
    hk(tw1, SITI, 'IKT-01', 20, 15),
    ...perilakuBlock(tw1, SITI, all(SESUAI)),
    ringkasan(tw1, SITI, 'HK', '', 'Pertahankan kinerja layanan.'),
    ringkasan(tw1, SITI, 'PK'),
    // Budi: 120 / 100 / 132->120, IKT-01 125->120.
    hk(tw1, BUDI, 'IKU-01', 10, 12),
    hk(tw1, BUDI, 'IKU-02', 2, 2),
    hk(tw1, BUDI, 'IKU-03', 50, '66'),
    hk(tw1, BUDI, 'IKT-01', 20, 25),
    ...perilakuBlock(tw1, BUDI, [
      DI_ATAS,
      DI_ATAS,
      DI_ATAS,
      DI_ATAS,
      DI_ATAS,
      SESUAI,
      SESUAI,
    ]),
    ringkasan(tw1, BUDI, 'HK'),
    ringkasan(tw1, BUDI, 'PK'),
    // Citra (SKP): IKU-01 personal target 8, IKU-03 target from Indikator (50).
    hk(tw1, CITRA, 'IKU-01', 8, 8),
    hk(tw1, CITRA, 'IKU-03', 50, '50'),
    ...perilakuBlock(tw1, CITRA, [
      DI_BAWAH,
      DI_BAWAH,
      DI_BAWAH,
      DI_BAWAH,
      SESUAI,
      SESUAI,
      SESUAI,
    ]),
    ringkasan(tw1, CITRA, 'HK'),
    ringkasan(tw1, CITRA, 'PK'),
  ];
  const tabBkpsdmTw1: Rows = [
    [...HEADERS.penilaian],
    hk(tw1, DEWI, 'IKU-B1', 80, '84'),
    hk(tw1, DEWI, 'IKU-B2', 5, 5),
    ...perilakuBlock(tw1, DEWI, [
      '',
      SESUAI,
      SESUAI,
      SESUAI,
      SESUAI,
      SESUAI,
      SESUAI,
    ]),
    ringkasan(tw1, DEWI, 'HK'),
    ringkasan(tw1, DEWI, 'PK'),
  ];
  const tabKominfoTw2: Rows = [
    [...HEADERS.penilaian],
    hk(tw2, SITI, 'IKU-01', 10, 14),
    hk(tw2, SITI, 'IKU-02', 2, 3),
    hk(tw2, SITI, 'IKU-03', 60, '60'),
    hk(tw2, SITI, 'IKT-01', 20, 20),
    ...perilakuBlock(tw2, SITI, all(DI_ATAS)),
    ringkasan(tw2, SITI, 'HK', '', 'Semester yang baik.'),
    ringkasan(tw2, SITI, 'PK'),
  ];
  return {
    tables: {
      pengaturan,
      unit,
      pegawai,
      indikator,
      skp,
      perilaku,
      pelatihan,
      templateEmail,
    },
    tabs: [
      {name: `Penilaian ${tw1} ${KEPALA_KOMINFO}`, values: tabKominfoTw1},
      {name: `Penilaian ${tw1} ${KEPALA_BKPSDM}`, values: tabBkpsdmTw1},
      {name: `Penilaian ${tw2} ${KEPALA_KOMINFO}`, values: tabKominfoTw2},
      {name: 'Catatan HR', values: [['Bebas'], ['apa saja']]},
    ],
  };
}

/** A deep copy that tests may edit. */
export function cloneRaw(raw: RawWorkbook): RawWorkbook {
  return {
    tables: Object.fromEntries(
      Object.entries(raw.tables).map(([k, v]) => [k, v?.map(row => [...row])]),
    ),
    tabs: raw.tabs.map(t => ({
      name: t.name,
      values: t.values.map(r => [...r]),
    })),
  };
}

export const TODAY = new Date('2026-02-10T03:00:00Z');
