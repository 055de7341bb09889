import {parseWorkbook} from '../../src/sheets/read';
import {appraisePeriod} from '../../src/core/appraise/period';
import {
  REKAP_HEADERS,
  rekapRows,
  safeCellText,
  validasiRows,
} from '../../src/sheets/write';
import {hasilRows, mergeHasil} from '../../src/sheets/hasil';
import {HEADERS} from '../../src/sheets/schema';
import {
  BUDI,
  CITRA,
  DEWI,
  KEPALA_BKPSDM,
  KEPALA_KOMINFO,
  SITI,
  TODAY,
  fixture,
} from './fixture';

const input = parseWorkbook(fixture(), TODAY).input;
const tw1 = appraisePeriod(input, '2026-TW1').results;

describe('safeCellText', () => {
  it.each([
    [
      '=HYPERLINK("http://x.example","klik")',
      '\'=HYPERLINK("http://x.example","klik")',
    ],
    ['+62 812', "'+62 812"],
    ['-1', "'-1"],
    ['@siti', "'@siti"],
    ['\t=1+1', "'\t=1+1"],
    ['Siti = baik', 'Siti = baik'],
    ['198503152010012002', '198503152010012002'],
    ['', ''],
  ])('%j -> %j', (text, expected) => {
    expect(safeCellText(text)).toBe(expected);
  });
});

describe('hasilRows', () => {
  it('writes one row per result in HEADERS.hasil order, numbers rounded to 2 decimals', () => {
    const rows = hasilRows(tw1, 'id');
    expect(rows.every(r => r.length === HEADERS.hasil.length)).toBe(true);
    expect(rows).toEqual([
      [
        '2026-TW1',
        KEPALA_BKPSDM,
        'Dra. Hartini',
        'BKPSDM',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        'Belum lengkap',
        'Belum lengkap: belum ada penilaian untuk periode 2026-TW1',
      ],
      [
        '2026-TW1',
        DEWI,
        'Dewi Anggraini',
        'BKPSDM',
        KEPALA_BKPSDM,
        102.5,
        'Sesuai Ekspektasi',
        '',
        '',
        '',
        '',
        'Belum lengkap',
        'Belum lengkap: rating perilaku BO belum diisi',
      ],
      [
        '2026-TW1',
        KEPALA_KOMINFO,
        'Ir. Ahmad Fauzi',
        'KOMINFO',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        'Belum lengkap',
        'Belum lengkap: belum ada penilaian untuk periode 2026-TW1',
      ],
      [
        '2026-TW1',
        SITI,
        'Siti Rahmawati',
        'KOMINFO',
        KEPALA_KOMINFO,
        100,
        'Sesuai Ekspektasi',
        'Sesuai Ekspektasi',
        100,
        'Baik',
        2,
        'Lengkap',
        // Pranata Komputer Ahli Muda, Baik, one quarter: 25 × 100 % × 3/12 = 6.25.
        'Angka kredit Ahli Muda: 6,250; Pelatihan: Pelatihan Manajemen Jaringan',
      ],
      [
        '2026-TW1',
        BUDI,
        'Budi Santoso',
        'KOMINFO',
        KEPALA_KOMINFO,
        114,
        'Di Atas Ekspektasi',
        'Di Atas Ekspektasi',
        114,
        'Sangat Baik',
        1,
        'Lengkap',
        'Kandidat penghargaan',
      ],
      [
        '2026-TW1',
        CITRA,
        'Citra Lestari',
        'KOMINFO',
        KEPALA_KOMINFO,
        100,
        'Sesuai Ekspektasi',
        'Di Bawah Ekspektasi',
        100,
        'Kurang/Misconduct',
        2,
        'Lengkap',
        'Pembinaan; Pelatihan: Pelatihan Pelayanan Prima, Pelatihan Integritas, Diklat Teknis Kompetensi',
      ],
    ]);
  });

  it('rounds for display only (2 decimals) and writes the Rekomendasi in English', () => {
    const [first] = hasilRows(
      [
        {
          ...tw1[5],
          capaianHasilKerja: 93.142857142857,
          nilaiAkhir: 100.005,
          nama: '=cmd|x',
        },
      ],
      'en',
    );
    expect([first[2], first[5], first[8], first[12]]).toEqual([
      '=cmd|x', // Hasil's text columns are plain text ('@'): no apostrophe needed, none shown
      93.14,
      100.01,
      'Coaching; Training: Pelatihan Pelayanan Prima, Pelatihan Integritas, Diklat Teknis Kompetensi',
    ]);
  });

  it('names at most three missing reasons', () => {
    const many = {
      ...tw1[0],
      missing: ['a', 'b', 'c', 'd', 'e'].map(x => ({id: x, en: x})),
    };
    expect(hasilRows([many], 'id')[0][12]).toBe(
      'Belum lengkap: a, b, c dan 2 lainnya',
    );
  });
});

describe('mergeHasil', () => {
  const header = [...HEADERS.hasil];
  const row = (period: string, nip: string, nama: string) => [
    period,
    nip,
    nama,
    'U',
    '',
    1,
    '',
    '',
    1,
    'Baik',
    1,
    'Lengkap',
    '',
  ];

  it('replaces the rows of that period where they stood and keeps the others in place', () => {
    const existing = [
      header,
      row('2025-TW4', SITI, 'lama 1'),
      row('2026-TW1', SITI, 'tw1 lama'),
      row('2026-TW1', BUDI, 'tw1 lama'),
      row('2025', SITI, 'lama 2'),
    ];
    const merged = mergeHasil(existing, '2026-TW1', [
      row('2026-TW1', CITRA, 'baru'),
    ]);
    expect(merged.map(r => `${r[0]} ${r[2]}`)).toEqual([
      'Periode Nama',
      '2025-TW4 lama 1',
      '2026-TW1 baru',
      '2025 lama 2',
    ]);
  });

  it('appends a new period at the end and creates the header on an empty sheet', () => {
    expect(mergeHasil([], '2026-TW1', [row('2026-TW1', SITI, 'a')])).toEqual([
      header,
      row('2026-TW1', SITI, 'a'),
    ]);
    const merged = mergeHasil([header, row('2025', SITI, 'x')], '2026-TW1', [
      row('2026-TW1', SITI, 'a'),
    ]);
    expect(merged.map(r => r[0])).toEqual(['Periode', '2025', '2026-TW1']);
  });

  it("keeps the user's own columns and reordered headers; a replaced row keeps its own note by NIP", () => {
    const userHeader = ['Catatan HR', ...header.slice().reverse()];
    const userRow = (period: string, nip: string, note: string) => [
      note,
      ...row(period, nip, 'lama').reverse(),
    ];
    const existing = [
      userHeader,
      userRow('2026-TW1', SITI, 'cek ulang'),
      userRow('2025', BUDI, 'ok'),
    ];
    const merged = mergeHasil(existing, ' 2026-tw1 ', [
      row('2026-TW1', SITI, 'baru'),
    ]);
    expect(merged[0]).toEqual(userHeader);
    expect(merged[1]).toEqual([
      'cek ulang',
      ...row('2026-TW1', SITI, 'baru').reverse(),
    ]);
    expect(merged[2]).toEqual(existing[2]);
  });
});

describe('validasiRows', () => {
  it('writes Sheet | Sel | Pesan | Tingkat in the chosen language, never a formula', () => {
    const issue = {
      sheet: 'Pegawai',
      cell: 'A7',
      message: {id: '=NIP salah', en: 'Wrong NIP'},
      level: 'Galat' as const,
    };
    expect(validasiRows([issue], 'id')).toEqual([
      ['Pegawai', 'A7', "'=NIP salah", 'Galat'],
    ]);
    expect(validasiRows([issue], 'en')).toEqual([
      ['Pegawai', 'A7', 'Wrong NIP', 'Galat'],
    ]);
  });
});

describe('rekapRows', () => {
  it('summarises each unit and the total without names or NIPs', () => {
    const rows = rekapRows(
      tw1,
      {...input, ikm: new Map([[`${tw1[0].periode}|KOMINFO`, 85.42]])},
      'id',
    );
    expect(rows).toEqual([
      [...REKAP_HEADERS],
      // Pegawai, Lengkap, % lengkap, mean capaian of complete results, SB, B, BP, K/M, SK
      [
        'BKPSDM',
        'Badan Kepegawaian dan Pengembangan SDM',
        2,
        0,
        0,
        '',
        0,
        0,
        0,
        0,
        0,
        '',
      ],
      // (100 + 114 + 100) / 3 = 104.666… -> 104.67; 3 of 4 = 75 %.
      [
        'KOMINFO',
        'Dinas Komunikasi dan Informatika',
        4,
        3,
        75,
        104.67,
        1,
        1,
        0,
        1,
        0,
        // IKM 85.42 of KOMINFO in the IKM sheet for the period; none for BKPSDM.
        85.42,
      ],
      ['', 'Total', 6, 3, 50, 104.67, 1, 1, 0, 1, 0, ''],
    ]);
    const text = JSON.stringify(rows);
    for (const r of tw1) {
      expect(text).not.toContain(r.nip);
      expect(text).not.toContain(r.nama);
    }
    expect(rekapRows(tw1, input, 'en').at(-1)![1]).toBe('Total');
  });
});
