import {parseWorkbook, type RawWorkbook} from '../../src/sheets/read';
import {validateInput} from '../../src/sheets/validate';
import {issuesOf, mergeIssues} from '../../src/sheets/issues';
import {appraisePeriod} from '../../src/core/appraise/period';
import type {Issue} from '../../src/core/types';
import {
  BUDI,
  CITRA,
  DEWI,
  EKO,
  KEPALA_KOMINFO,
  SITI,
  TODAY,
  cloneRaw,
  fixture,
} from './fixture';
import {hk, ringkasan} from '../support/workbook';

const line = (i: Issue) => `${i.sheet}!${i.cell}: ${i.message.id} [${i.level}]`;

function validate(edit: (raw: ReturnType<typeof fixture>) => void): string[] {
  const raw = cloneRaw(fixture());
  edit(raw);
  const {input, issues} = parseWorkbook(raw, TODAY);
  return mergeIssues(issues, validateInput(input)).map(line);
}

/** The issues of the untouched fixture: the two heads of unit have no supervisor in the sheet. */
const BASELINE = [
  'Pegawai!E2: NIP Atasan kosong: pegawai ini tidak punya penilai [Peringatan]',
  'Pegawai!E6: NIP Atasan kosong: pegawai ini tidak punya penilai [Peringatan]',
];
/** A new BKPSDM employee appended at row 9. */
const newcomer = (nip: string, status = 'PNS') => [
  nip,
  'Pegawai Baru',
  'Staf',
  'BKPSDM',
  '197507072001121001',
  'baru@contoh.go.id',
  status,
  'Ya',
];
const without = (lines: string[]) => lines.filter(l => !BASELINE.includes(l));

describe('validateInput', () => {
  it('finds nothing else in the fixture', () => {
    expect(validate(() => {})).toEqual(BASELINE);
  });

  it('is an empty list, not an exception, for an empty input', () => {
    const {input} = parseWorkbook({tables: {}, tabs: []}, TODAY);
    expect(validateInput(input)).toEqual([]);
  });

  it('gives every message in both languages, without repeating the cell', () => {
    const raw = cloneRaw(fixture());
    raw.tables.pegawai!.push([
      '1990',
      'X',
      '',
      'KOMINFO',
      KEPALA_KOMINFO,
      'x@contoh.go.id',
      'PNS',
      'Ya',
    ]);
    const {input} = parseWorkbook(raw, TODAY);
    const issue = validateInput(input).find(i => i.cell === 'A9')!;
    expect(issue.message).toEqual({
      id: 'NIP 1990 harus 18 digit, bukan 4',
      en: 'NIP 1990 must have 18 digits, not 4',
    });
  });

  it('reports the override problems appraisePeriod also returns (mergeIssues keeps one)', () => {
    const raw = cloneRaw(fixture());
    raw.tabs[0].values[25][9] = 'Sesuai Ekspektasi';
    const {input} = parseWorkbook(raw, TODAY);
    const fromAppraisal = issuesOf(
      appraisePeriod(input, '2026-TW1').findings,
      input.columns,
    );
    expect(fromAppraisal.map(line)).toEqual([
      'Penilaian 2026-TW1 197001012000031001!M26: Rating diubah menjadi Sesuai Ekspektasi (saran: Di Atas Ekspektasi) tanpa Alasan: saran yang dipakai sampai Alasan diisi [Galat]',
    ]);
    const merged = mergeIssues(validateInput(input), fromAppraisal);
    expect(merged.filter(i => i.cell === 'M26')).toHaveLength(1);
  });

  // Each row: what is changed, and exactly which issues result (cell, message, level).
  it.each<[string, (raw: ReturnType<typeof fixture>) => void, string[]]>([
    [
      'NIP with 17 digits (PNS)',
      raw => raw.tables.pegawai!.push(newcomer('19900120201503100')),
      ['Pegawai!A9: NIP 19900120201503100 harus 18 digit, bukan 17 [Galat]'],
    ],
    [
      'NIP with a TMT month 13: an error for a PNS, accepted for a PPPK (lenient)',
      raw =>
        raw.tables.pegawai!.push(
          newcomer('199001202015131001'),
          newcomer('199205102021132003', 'PPPK'),
        ),
      [
        'Pegawai!A9: NIP 199001202015131001: digit 9-14 (201513) bukan TMT CPNS yang sah (TTTTBB, bulan 01-12, setelah umur 15 tahun) [Galat]',
      ],
    ],
    [
      'NIP with a birth date that does not exist (PPPK too)',
      raw => raw.tables.pegawai!.push(newcomer('199202302021132003', 'PPPK')),
      [
        'Pegawai!A9: NIP 199202302021132003: digit 1-8 (19920230) bukan tanggal lahir yang sah (TTTTBBHH) [Galat]',
      ],
    ],
    [
      'NIP with spaces (display only) is accepted',
      raw => raw.tables.pegawai!.push(newcomer('19900120 201503 1 002')),
      [],
    ],
    [
      'duplicate NIP: the second row, naming the first',
      raw => (raw.tables.pegawai![4][0] = BUDI),
      [
        'Pegawai!A5: NIP 199001202015031001 ganda: sudah dipakai di baris 4 [Galat]',
        'SKP!A2: NIP 199205102021212003 tidak ada di sheet Pegawai [Galat]',
        'SKP!A3: NIP 199205102021212003 tidak ada di sheet Pegawai [Galat]',
        `Penilaian 2026-TW1 ${KEPALA_KOMINFO}!B28: NIP 199205102021212003 tidak ada di sheet Pegawai [Galat]`,
      ],
    ],
    [
      'NIP stored as a number',
      raw => (raw.tables.pegawai![6][0] = Number('198812122012122002')),
      [
        'Pegawai!A7: NIP tersimpan sebagai angka (198812122012122016): digit terakhir bisa hilang; format kolom sebagai teks dan ketik ulang NIP [Galat]',
        `Penilaian 2026-TW1 197507072001121001!B2: NIP ${DEWI} tidak ada di sheet Pegawai [Galat]`,
      ],
    ],
    [
      'unknown Kode Unit in Pegawai and Indikator',
      raw => {
        raw.tables.pegawai![3][3] = 'KOMINF0';
        raw.tables.indikator![6][1] = 'BKD';
      },
      [
        'Pegawai!A4: Pegawai 199001202015031001 tidak punya indikator Utama (tidak ada di SKP maupun di Indikator unit KOMINF0) [Peringatan]',
        'Pegawai!D4: Kode Unit "KOMINF0" tidak ada di sheet Unit [Galat]',
        'Indikator!B7: Kode Unit "BKD" tidak ada di sheet Unit [Galat]',
      ],
    ],
    [
      'unknown supervisor, supervisor = self, inactive supervisor',
      raw => {
        raw.tables.pegawai![2][4] = '197001012000031009';
        raw.tables.pegawai![3][4] = BUDI;
        raw.tables.pegawai![6][4] = EKO;
      },
      [
        'Pegawai!E3: NIP Atasan 197001012000031009 tidak ada di sheet Pegawai [Galat]',
        'Pegawai!E4: NIP Atasan sama dengan NIP pegawai sendiri [Galat]',
        'Pegawai!E7: Atasan 196512311990031001 (Eko Prasetyo) tidak aktif [Peringatan]',
      ],
    ],
    [
      'supervisor loop A -> B -> A, reported once at the first member',
      raw => {
        raw.tables.pegawai![2][4] = BUDI;
        raw.tables.pegawai![3][4] = SITI;
      },
      [`Pegawai!E3: Atasan melingkar: ${SITI} → ${BUDI} → ${SITI} [Galat]`],
    ],
    [
      'email missing (warning) and invalid (error); none needed for an inactive employee',
      raw => {
        raw.tables.pegawai![2][5] = '';
        raw.tables.pegawai![3][5] = 'budi@contoh';
      },
      [
        'Pegawai!F3: Email kosong: penilaian tetap dihitung, tetapi umpan balik tidak bisa dikirim [Peringatan]',
        'Pegawai!F4: Email "budi@contoh" tidak valid [Galat]',
      ],
    ],
    [
      'invalid Status, Aktif, Capaian Organisasi, Arah, Jenis, Agregasi',
      raw => {
        raw.tables.pegawai![2][6] = 'Honorer';
        raw.tables.pegawai![3][7] = 'mungkin';
        raw.tables.unit![2][4] = 'Cukup';
        raw.tables.indikator![1][5] = 'Naikk';
        raw.tables.indikator![2][6] = 'Pokok';
        raw.tables.indikator![3][7] = 'Median';
      },
      [
        'Unit!E3: Capaian Organisasi harus salah satu dari: Istimewa, Baik, Butuh Perbaikan, Kurang, Sangat Kurang (tertulis "Cukup") [Galat]',
        'Pegawai!G3: Status harus salah satu dari: PNS, PPPK (tertulis "Honorer") [Galat]',
        'Pegawai!H4: Aktif harus salah satu dari: Ya, Tidak (tertulis "mungkin") [Galat]',
        'Indikator!F2: Arah harus salah satu dari: Naik, Turun (tertulis "Naikk") [Galat]',
        'Indikator!G3: Jenis harus salah satu dari: Utama, Tambahan (tertulis "Pokok") [Galat]',
        'Indikator!H4: Agregasi harus salah satu dari: Jumlah, Rata-rata, Terakhir (tertulis "Median") [Galat]',
      ],
    ],
    [
      'targets: non-numeric, zero, negative, and blank where the active period needs one',
      raw => {
        raw.tables.indikator![1][9] = 'abc';
        raw.tables.indikator![2][9] = 0;
        raw.tables.indikator![3][12] = -5;
        raw.tables.indikator![5][9] = '';
      },
      [
        'Indikator!J2: Target TW1 bukan angka: "abc" (contoh: 87,5 atau 1.250) [Galat]',
        'Indikator!J3: Target TW1 harus lebih dari 0 (tertulis 0) [Galat]',
        'Indikator!M4: Target TW4 harus lebih dari 0 (tertulis -5) [Galat]',
        'Indikator!J6: Target TW1 kosong, padahal dibutuhkan untuk periode 2026-TW1 (indikator IKU-B1) [Galat]',
      ],
    ],
    [
      'a blank TW3 target is not needed by the periods in use',
      raw => (raw.tables.indikator![1][11] = ''),
      [],
    ],
    [
      'Utama weights not totalling 100: at the first weight cell, in Indikator or in SKP',
      raw => {
        raw.tables.indikator![1][13] = 50;
        raw.tables.skp![2][3] = 40;
      },
      [
        'Indikator!N2: Bobot indikator Utama unit KOMINFO berjumlah 110, harus 100 (atau kosong semua) [Galat]',
        'SKP!D2: Bobot indikator Utama pegawai 199205102021212003 berjumlah 90, harus 100 (atau kosong semua) [Galat]',
      ],
    ],
    [
      'duplicate indicator, unit, aspect and SKP rows; unknown SKP NIP and indicator; unknown training code',
      raw => {
        raw.tables.indikator!.push([
          'IKU-B1',
          'BKPSDM',
          '',
          'Salinan',
          '',
          'Naik',
          'Tambahan',
          'Jumlah',
          1,
          1,
          1,
          1,
          1,
          '',
        ]);
        raw.tables.unit!.push(['KOMINFO', 'Diskominfo (lama)', '', '', '']);
        raw.tables.skp!.push(
          ['198001012005011001', 'IKU-01', '', ''],
          [CITRA, 'IKU-99', '', ''],
          [CITRA, 'IKU-01', '', ''],
        );
        raw.tables.perilaku!.push(['ko', 'Kompeten (lagi)', '']);
        raw.tables.pelatihan!.push(['XX-1', 'Pelatihan Lain', '']);
      },
      [
        'Unit!A4: Kode Unit KOMINFO ganda: sudah dipakai di baris 2 [Galat]',
        'Indikator!A8: Kode indikator IKU-B1 ganda: sudah dipakai di baris 6 [Galat]',
        'SKP!A4: NIP 198001012005011001 tidak ada di sheet Pegawai [Galat]',
        'SKP!B5: Kode indikator "IKU-99" tidak ada di sheet Indikator [Galat]',
        'SKP!B6: Indikator IKU-01 sudah diberikan ke NIP 199205102021212003 di baris 2 [Peringatan]',
        'Perilaku!A9: Kode aspek ko ganda: sudah dipakai di baris 4 [Galat]',
        'Pelatihan!A7: Kode "XX-1" bukan kode indikator atau aspek perilaku [Peringatan]',
      ],
    ],
    [
      'appraisal tabs: realisasi and rating text, unknown NIP/period/Jenis/code, duplicate rows',
      raw => {
        const t = raw.tabs[0].values;
        t[3][8] = 'abc'; // Siti IKU-03 (row 4)
        t[14][8] = '12,3,4'; // Budi IKU-01 (row 15)
        t[5][9] = 'Bagus'; // Siti BO (row 6)
        t[6][9] = ' diatas '; // accepted: Di Atas Ekspektasi
        t.push(hk('2026-TW1', '198001012005011001', 'IKU-01', 10, 5)); // row 39
        t.push(hk('2026-TW5', SITI, 'IKU-01', 10, 5)); // row 40
        t.push([
          '2026-TW1',
          SITI,
          '',
          'Catatan',
          'IKU-01',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
        ]); // row 41
        t.push(hk('2026-TW1', SITI, 'IKU-77', 10, 5)); // row 42
        t.push(hk('2026-TW1', SITI, 'IKU-01', 10, 11)); // row 43
        raw.tabs.push({
          name: 'Penilaian 2026-TWX 1',
          values: [
            t[0],
            [
              '',
              SITI,
              '',
              'Hasil Kerja',
              'IKU-01',
              '',
              '',
              10,
              1,
              '',
              '',
              '',
              '',
            ],
          ],
        });
      },
      [
        'Penilaian 2026-TW1 197001012000031001!I4: Realisasi bukan angka: "abc" (contoh: 87,5 atau 1.250) [Galat]',
        'Penilaian 2026-TW1 197001012000031001!J6: Rating "Bagus" tidak dikenali: pilih Di Atas Ekspektasi, Sesuai Ekspektasi atau Di Bawah Ekspektasi [Galat]',
        'Penilaian 2026-TW1 197001012000031001!I15: Realisasi bukan angka: "12,3,4" (contoh: 87,5 atau 1.250) [Galat]',
        'Penilaian 2026-TW1 197001012000031001!B39: NIP 198001012005011001 tidak ada di sheet Pegawai [Galat]',
        'Penilaian 2026-TW1 197001012000031001!A40: Periode "2026-TW5" tidak dikenali (contoh: 2026-03, 2026-TW1, 2026-S1, 2026) [Galat]',
        'Penilaian 2026-TW1 197001012000031001!D41: Jenis harus salah satu dari: Hasil Kerja, Perilaku, Ringkasan (tertulis "Catatan") [Galat]',
        'Penilaian 2026-TW1 197001012000031001!E42: Kode "IKU-77" tidak dikenali untuk Hasil Kerja: baris ini diabaikan [Peringatan]',
        'Penilaian 2026-TW1 197001012000031001!E43: Baris ganda untuk NIP 198503152010012002 kode IKU-01: yang dipakai adalah Penilaian 2026-TW1 197001012000031001!E2 [Peringatan]',
        'Penilaian 2026-TWX 1!: Periode "2026-TWX" tidak dikenali (contoh: 2026-03, 2026-TW1, 2026-S1, 2026) [Galat]',
      ],
    ],
    [
      'an override that differs from the suggestion without Alasan, at the Alasan cell; an equal one is fine',
      raw => {
        const t = raw.tabs[0].values;
        t[25][9] = 'Sesuai Ekspektasi'; // Budi HK (row 26), suggestion Di Atas
        t[13][9] = 'sesuai'; // Siti PK (row 14), suggestion Sesuai: no reason needed
      },
      [
        'Penilaian 2026-TW1 197001012000031001!M26: Rating diubah menjadi Sesuai Ekspektasi (saran: Di Atas Ekspektasi) tanpa Alasan: saran yang dipakai sampai Alasan diisi [Galat]',
      ],
    ],
    [
      'the same override with an Alasan is accepted',
      raw => {
        raw.tabs[0].values[25][9] = 'Sesuai Ekspektasi';
        raw.tabs[0].values[25][12] = 'Target IKU-03 terlalu rendah';
      },
      [],
    ],
    [
      'model NUMERIK: behaviour scores 0-120, inovasi Ya/Tidak',
      raw => {
        raw.tables.pengaturan![4][1] = 'numerik';
        raw.tabs = [raw.tabs[1]];
        // Dewi's tab: rows 4-10 aspects BO..KL (BO blank), 11 HK, 12 PK.
        const t = raw.tabs[0].values;
        [130, 'baik', '95,5', 100, 100, 100].forEach(
          (v, i) => (t[i + 4][9] = v),
        ); // rows 5-10
        t[11][9] = 'Ya'; // row 12: PK still takes a rating
        t.push(ringkasan('2026-TW1', DEWI, 'IN', 'mungkin')); // row 13
      },
      [
        'Penilaian 2026-TW1 197507072001121001!J5: Nilai perilaku harus angka 0 sampai 120 (tertulis "130") [Galat]',
        'Penilaian 2026-TW1 197507072001121001!J6: Nilai perilaku harus angka 0 sampai 120 (tertulis "baik") [Galat]',
        'Penilaian 2026-TW1 197507072001121001!J12: Rating "Ya" tidak dikenali: pilih Di Atas Ekspektasi, Sesuai Ekspektasi atau Di Bawah Ekspektasi [Galat]',
        'Penilaian 2026-TW1 197507072001121001!J13: Inovasi harus Ya atau Tidak (tertulis "mungkin") [Galat]',
      ],
    ],
  ])('%s', (_name, edit, expected) => {
    expect(without(validate(edit))).toEqual(expected);
  });
});

describe('validation list: each message with its cell', () => {
  it.each<[string, (raw: RawWorkbook) => void, string[]]>([
    [
      // SKP row 2 = Citra IKU-01 (personal target 8), row 3 = Citra IKU-03.
      'SKP target zero, negative and non-numeric',
      raw => {
        raw.tables.skp![1][2] = 0;
        raw.tables.skp![2][2] = 'delapan';
        // Siti's own SKP row (weight 100, so her weights stay valid).
        raw.tables.skp!.push([SITI, 'IKU-01', -4, 100]);
      },
      [
        'SKP!C2: Target harus lebih dari 0 (tertulis 0) [Galat]',
        'SKP!C3: Target bukan angka: "delapan" (contoh: 87,5 atau 1.250) [Galat]',
        'SKP!C4: Target harus lebih dari 0 (tertulis -4) [Galat]',
      ],
    ],
    [
      // A Bobot is a percent: 0-100. 150 in Indikator (IKU-01, row 2); -5 in SKP (row 3).
      'Bobot outside 0-100 (the totals are then wrong too)',
      raw => {
        raw.tables.indikator![1][13] = 150;
        raw.tables.skp![2][3] = -5;
      },
      [
        'Indikator!N2: Bobot harus antara 0 dan 100 (tertulis 150) [Galat]',
        'Indikator!N2: Bobot indikator Utama unit KOMINFO berjumlah 210, harus 100 (atau kosong semua) [Galat]',
        'SKP!D2: Bobot indikator Utama pegawai 199205102021212003 berjumlah 45, harus 100 (atau kosong semua) [Galat]',
        'SKP!D3: Bobot harus antara 0 dan 100 (tertulis -5) [Galat]',
      ],
    ],
    [
      'a Bobot on a Tambahan indicator (row 5, IKT-01) carries no weight: a warning',
      raw => (raw.tables.indikator![4][13] = 10),
      [
        'Indikator!N5: Bobot indikator Tambahan diabaikan (hanya indikator Utama berbobot) [Peringatan]',
      ],
    ],
    [
      'model NUMERIK: a behaviour score of exactly 0 and 120 is fine, 120,5 and -1 are not',
      raw => {
        raw.tables.pengaturan![4][1] = 'NUMERIK';
        raw.tabs = [raw.tabs[1]];
        // Dewi's tab: rows 4-10 are the aspects BO..KL.
        const t = raw.tabs[0].values;
        [0, 120, '120', '120,5', -1, 100, 100].forEach(
          (v, i) => (t[i + 3][9] = v),
        );
        t[10][9] = '';
        t[11][9] = '';
      },
      [
        'Penilaian 2026-TW1 197507072001121001!J7: Nilai perilaku harus angka 0 sampai 120 (tertulis "120,5") [Galat]',
        'Penilaian 2026-TW1 197507072001121001!J8: Nilai perilaku harus angka 0 sampai 120 (tertulis "-1") [Galat]',
      ],
    ],
    [
      'ratings typed loosely are accepted: case, spacing, Diatas / Dibawah',
      raw => {
        const t = raw.tabs[0].values; // Siti's aspects, rows 6-12
        [
          'DIATAS',
          '  di   bawah ',
          'Dibawah',
          'diatas ekspektasi',
          'SESUAI',
        ].forEach((v, i) => (t[i + 5][9] = v));
      },
      [],
    ],
    [
      'the same NIP typed with display spaces is a duplicate (PPPK too)',
      raw =>
        raw.tables.pegawai!.push([
          '19920510 202121 2 003', // Citra, PPPK
          'Citra (lagi)',
          '',
          'KOMINFO',
          SITI,
          'citra2@contoh.go.id',
          'PPPK',
          'Ya',
        ]),
      [
        'Pegawai!A9: NIP 199205102021212003 ganda: sudah dipakai di baris 5 [Galat]',
      ],
    ],
    [
      // Batas Capaian below 100 would cap an on-target indicator below 100 %.
      'Batas Capaian below 100 is refused and 120 used',
      raw => (raw.tables.pengaturan![7][1] = 90),
      [
        'Pengaturan!B8: Batas Capaian tidak dikenali ("90"): dipakai nilai bawaan "120" [Galat]',
      ],
    ],
  ])('%s', (_name, edit, expected) => {
    expect(without(validate(edit))).toEqual(expected);
  });
});
