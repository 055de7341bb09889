// Audit of the validation list and DOMAIN §3-§8 through the pipeline (parseWorkbook ->
// validateInput / appraisePeriod): cases the pipeline tests left open. Each case failed a
// deliberate mutation of the source that the other tests let pass.

import {parseWorkbook, type RawWorkbook} from '../../src/sheets/read';
import {validateInput} from '../../src/sheets/validate';
import {
  issuesOf as issuesOfFindings,
  mergeIssues,
} from '../../src/sheets/issues';
import {appraisePeriod} from '../../src/core/appraise/period';
import {followUpOf} from '../../src/core/appraise/employee';
import type {
  EmployeeResult,
  FollowUp,
  Issue,
  Predikat,
} from '../../src/core/types';
import {
  BUDI,
  CITRA,
  DEWI,
  KEPALA_BKPSDM,
  SITI,
  TODAY,
  cloneRaw,
  fixture,
  ringkasan,
} from './fixture';

const line = (i: Issue) => `${i.sheet}!${i.cell}: ${i.message.id} [${i.level}]`;
/** The untouched fixture's issues: the two heads of unit have no supervisor. */
const BASELINE = new Set([
  'Pegawai!E2: NIP Atasan kosong: pegawai ini tidak punya penilai [Peringatan]',
  'Pegawai!E6: NIP Atasan kosong: pegawai ini tidak punya penilai [Peringatan]',
]);

function edited(edit: (raw: RawWorkbook) => void): RawWorkbook {
  const raw = cloneRaw(fixture());
  edit(raw);
  return raw;
}
function issuesOf(edit: (raw: RawWorkbook) => void): string[] {
  const {input, issues} = parseWorkbook(edited(edit), TODAY);
  return mergeIssues(issues, validateInput(input))
    .map(line)
    .filter(l => !BASELINE.has(l));
}
/** appraisePeriod with its findings as the Issues the workbook shows. */
function appraise(raw: RawWorkbook, period: string) {
  const {input} = parseWorkbook(raw, TODAY);
  const {results, findings} = appraisePeriod(input, period);
  return {results, issues: issuesOfFindings(findings, input.columns)};
}
const byNip = (results: EmployeeResult[], nip: string) =>
  results.find(r => r.nip === nip)!;

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
    expect(issuesOf(edit)).toEqual(expected);
  });
});

describe('follow-up and ranking (DOMAIN §8)', () => {
  it.each<[Predikat | null, FollowUp]>([
    ['Sangat Baik', 'Penghargaan'],
    ['Baik', null],
    ['Butuh Perbaikan', 'Pembinaan'],
    ['Kurang/Misconduct', 'Pembinaan'],
    ['Kurang', 'Pembinaan'],
    ['Sangat Kurang', 'Pembinaan'],
    [null, null],
  ])('predikat %s -> %s', (predikat, expected) => {
    expect(followUpOf(predikat)).toBe(expected);
  });

  it('ranks by Nilai Akhir within each unit, not across the organisation', () => {
    // Dewi's BO rating completes her result: 102.5, the only complete one in BKPSDM -> rank 1.
    // KOMINFO keeps its own ranks: Budi 114 -> 1, Siti and Citra 100 -> 2 and 2.
    const raw = edited(r => (r.tabs[1].values[3][9] = 'Sesuai Ekspektasi'));
    const {results} = appraise(raw, '2026-TW1');
    const ranks = [DEWI, KEPALA_BKPSDM, BUDI, SITI, CITRA].map(nip => [
      nip,
      byNip(results, nip).nilaiAkhir,
      byNip(results, nip).peringkatUnit,
    ]);
    expect(ranks).toEqual([
      [DEWI, 102.5, 1],
      [KEPALA_BKPSDM, null, null],
      [BUDI, 114, 1],
      [SITI, 100, 2],
      [CITRA, 100, 2],
    ]);
  });

  it('model NUMERIK: an aspect score of exactly 90 (top of Butuh Perbaikan) is below expectation', () => {
    // Siti scores KO 90 and KL 90; KO has a training in Pelatihan, KL none. Her IKU-03 (40 of 50 =
    // 80 %) is Di Bawah too. A score of 91 would not count.
    const raw = edited(r => {
      r.tables.pengaturan![4][1] = 'NUMERIK';
      const scores = [100, 110, 90, 100, 100, 110, 90];
      for (const row of r.tabs[0].values) {
        if (row[1] === SITI && row[3] === 'Perilaku') row[9] = scores.shift();
      }
      r.tabs[0].values.push(ringkasan('2026-TW1', SITI, 'IN', 'Tidak'));
    });
    const siti = byNip(appraise(raw, '2026-TW1').results, SITI);
    expect(siti.trainings.map(t => t.pelatihan)).toEqual([
      'Pelatihan Manajemen Jaringan',
      'Diklat Teknis Kompetensi',
    ]);
    const raw91 = edited(r => {
      r.tables.pengaturan![4][1] = 'NUMERIK';
      const scores = [100, 110, 91, 100, 100, 110, 91];
      for (const row of r.tabs[0].values) {
        if (row[1] === SITI && row[3] === 'Perilaku') row[9] = scores.shift();
      }
    });
    expect(
      byNip(appraise(raw91, '2026-TW1').results, SITI).trainings.map(
        t => t.pelatihan,
      ),
    ).toEqual(['Pelatihan Manajemen Jaringan']);
  });
});
