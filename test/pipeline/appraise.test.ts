import {parseWorkbook, type RawWorkbook} from '../../src/sheets/read';
import {appraisePeriod} from '../../src/core/appraise/period';
import {assignedIndicators} from '../../src/core/appraise/targets';
import {validateInput} from '../../src/sheets/validate';
import {issuesOf} from '../../src/sheets/issues';
import {followUpOf} from '../../src/core/appraise/employee';
import type {EmployeeResult, FollowUp, Predikat} from '../../src/core/types';
import {
  BUDI,
  CITRA,
  DEWI,
  KEPALA_BKPSDM,
  KEPALA_KOMINFO,
  SITI,
  TODAY,
  cloneRaw,
  fixture,
} from './fixture';
import {hk, perilakuBlock, ringkasan} from '../support/workbook';

/** appraisePeriod with its findings as the Issues the workbook shows. */
function appraise(raw: RawWorkbook, period: string) {
  const {input} = parseWorkbook(raw, TODAY);
  const {results, findings} = appraisePeriod(input, period);
  return {results, issues: issuesOf(findings, input.columns)};
}
function edited(edit: (raw: RawWorkbook) => void): RawWorkbook {
  const raw = cloneRaw(fixture());
  edit(raw);
  return raw;
}
const byNip = (results: EmployeeResult[], nip: string) =>
  results.find(r => r.nip === nip)!;
const summary = (r: EmployeeResult) => [
  r.nip,
  r.capaianHasilKerja,
  r.ratingHasilKerja,
  r.ratingPerilaku,
  r.nilaiAkhir,
  r.predikat,
  r.peringkatUnit,
  r.status,
  r.followUp,
];
const rowOf = (raw: RawWorkbook, tab: number, nip: string, kode: string) =>
  raw.tabs[tab].values.findIndex(r => r[1] === nip && r[4] === kode);

describe('appraisePeriod, model KUADRAN, 2026-TW1', () => {
  const {results, issues} = appraise(fixture(), '2026-TW1');

  it('appraises every active employee, sorted by unit then NIP (Eko is inactive)', () => {
    expect(results.map(r => [r.kodeUnit, r.nip])).toEqual([
      ['BKPSDM', KEPALA_BKPSDM],
      ['BKPSDM', DEWI],
      ['KOMINFO', KEPALA_KOMINFO],
      ['KOMINFO', SITI],
      ['KOMINFO', BUDI],
      ['KOMINFO', CITRA],
    ]);
    // KOMINFO's organisation result is Baik: Baik 1 <= floor(70% x 3) = 2 and one
    // Kurang/Misconduct (Citra) is there, so the curve gives no warning.
    expect(issues).toEqual([]);
  });

  it('matches the worked numbers', () => {
    expect(results.map(summary)).toEqual([
      [
        KEPALA_BKPSDM,
        null,
        null,
        null,
        null,
        null,
        null,
        'Belum lengkap',
        null,
      ],
      // IKU-B1 84/80 = 105, IKU-B2 5/5 = 100, equal weights -> 102.5; BO not rated -> incomplete.
      [
        DEWI,
        102.5,
        'Sesuai Ekspektasi',
        null,
        null,
        null,
        null,
        'Belum lengkap',
        null,
      ],
      [
        KEPALA_KOMINFO,
        null,
        null,
        null,
        null,
        null,
        null,
        'Belum lengkap',
        null,
      ],
      // 40/30/30 of 10/10 = 100, Turun 1 vs 2 = 150 -> capped 120, 40/50 = 80:
      // 0.4x100 + 0.3x120 + 0.3x80 = 40 + 36 + 24 = 100. Shares: Di Atas 30 %, Di Bawah 30 % -> Sesuai.
      // Perilaku all Sesuai -> Sesuai. Kuadran Sesuai/Sesuai = Baik. Ties with Citra at 100.
      [
        SITI,
        100,
        'Sesuai Ekspektasi',
        'Sesuai Ekspektasi',
        100,
        'Baik',
        2,
        'Lengkap',
        null,
      ],
      // 12/10 = 120, 2 vs 2 = 100, 66/50 = 132 -> 120: 48 + 30 + 36 = 114. Di Atas share 70 %, no
      // Di Bawah -> Di Atas; perilaku 5 of 7 Di Atas -> Di Atas: Sangat Baik.
      [
        BUDI,
        114,
        'Di Atas Ekspektasi',
        'Di Atas Ekspektasi',
        114,
        'Sangat Baik',
        1,
        'Lengkap',
        'Penghargaan',
      ],
      // SKP: IKU-01 personal target 8 (8/8 = 100), IKU-03 Indikator target 50 (50/50 = 100),
      // weights 50/50 from SKP -> 100 Sesuai; perilaku 4 of 7 Di Bawah -> Di Bawah: Kurang/Misconduct.
      [
        CITRA,
        100,
        'Sesuai Ekspektasi',
        'Di Bawah Ekspektasi',
        100,
        'Kurang/Misconduct',
        2,
        'Lengkap',
        'Pembinaan',
      ],
    ]);
  });

  it('keeps full precision per indicator and suggests each rating', () => {
    const siti = byNip(results, SITI);
    expect(
      siti.indicators.map(i => [
        i.kode,
        i.jenis,
        i.bobot,
        i.target,
        i.realisasi,
        i.capaian,
        i.suggested,
      ]),
    ).toEqual([
      ['IKT-01', 'Tambahan', null, 20, 15, 75, 'Di Bawah Ekspektasi'],
      ['IKU-01', 'Utama', 40, 10, 10, 100, 'Sesuai Ekspektasi'],
      ['IKU-02', 'Utama', 30, 2, 1, 120, 'Di Atas Ekspektasi'],
      ['IKU-03', 'Utama', 30, 50, 40, 80, 'Di Bawah Ekspektasi'],
    ]);
    expect(siti.aspects.map(a => a.kode)).toEqual([
      'BO',
      'AK',
      'KO',
      'HA',
      'LO',
      'AD',
      'KL',
    ]);
    expect(siti).toMatchObject({
      namaUnit: 'Dinas Komunikasi dan Informatika',
      namaAtasan: 'Ir. Ahmad Fauzi',
      emailAtasan: 'ahmad@contoh.go.id',
      umpanBalik: 'Pertahankan kinerja layanan.',
      missing: [],
    });
  });

  it('advises trainings for indicators and aspects below expectation, each training once', () => {
    expect(byNip(results, SITI).trainings.map(t => t.pelatihan)).toEqual([
      'Pelatihan Manajemen Jaringan', // IKU-03 (IKT-01 has no training mapped)
    ]);
    // BO, AK, KO, HA Di Bawah; BO and HA share 'Pelatihan Pelayanan Prima'.
    expect(byNip(results, CITRA).trainings.map(t => t.pelatihan)).toEqual([
      'Pelatihan Pelayanan Prima',
      'Pelatihan Integritas',
      'Diklat Teknis Kompetensi',
    ]);
    expect(byNip(results, BUDI).trainings).toEqual([]);
  });

  it('says why a result is incomplete', () => {
    expect(byNip(results, DEWI).missing).toEqual([
      {
        id: 'rating perilaku BO belum diisi',
        en: 'behaviour rating BO not filled in',
      },
    ]);
    expect(byNip(results, KEPALA_KOMINFO).missing.map(m => m.id)).toEqual([
      'belum ada penilaian untuk periode 2026-TW1',
    ]);
  });
});

describe('appraisePeriod, incomplete and invalid inputs', () => {
  it('an Utama realisasi that is blank or not a number leaves the result incomplete', () => {
    const raw = edited(r => {
      r.tabs[0].values[rowOf(r, 0, SITI, 'IKU-01')][8] = '';
      r.tabs[0].values[rowOf(r, 0, SITI, 'IKU-02')][8] = 'abc';
    });
    const siti = byNip(appraise(raw, '2026-TW1').results, SITI);
    expect(summary(siti)).toEqual([
      SITI,
      null,
      null,
      'Sesuai Ekspektasi',
      null,
      null,
      null,
      'Belum lengkap',
      null,
    ]);
    expect(siti.missing.map(m => m.id)).toEqual([
      'realisasi IKU-01 belum diisi',
      'realisasi IKU-02 bukan angka',
    ]);
  });

  it('a missing Tambahan realisasi does not block the result', () => {
    const raw = edited(
      r => (r.tabs[0].values[rowOf(r, 0, SITI, 'IKT-01')][8] = ''),
    );
    expect(byNip(appraise(raw, '2026-TW1').results, SITI).status).toBe(
      'Lengkap',
    );
  });

  it('weights that do not total 100 leave the result incomplete instead of scoring wrongly', () => {
    const raw = edited(r => (r.tables.skp![2][3] = 40));
    const citra = byNip(appraise(raw, '2026-TW1').results, CITRA);
    expect(citra.status).toBe('Belum lengkap');
    expect(citra.missing.map(m => m.id)).toEqual([
      'bobot indikator Utama tidak berjumlah 100',
    ]);
    // No score either: 50/40 of 100/100 would otherwise give a plausible-looking 100.
    expect([
      citra.capaianHasilKerja,
      citra.suggestedHasilKerja,
      citra.nilaiAkhir,
      citra.predikat,
    ]).toEqual([null, null, null, null]);
  });

  it('an unknown period gives no results and one issue', () => {
    const {results, issues} = appraise(fixture(), '2026-TW7');
    expect(results).toEqual([]);
    expect(issues.map(i => i.message.id)).toEqual([
      'Periode "2026-TW7" tidak dikenali (contoh: 2026-03, 2026-TW1, 2026-S1, 2026)',
    ]);
  });
});

describe('supervisor overrides (Ringkasan HK / PK)', () => {
  const hkRow = (raw: RawWorkbook) => rowOf(raw, 0, BUDI, 'HK');

  it('with an Alasan, a differing override wins and the suggestion is kept for the record', () => {
    const raw = edited(r => {
      r.tabs[0].values[hkRow(r)][9] = 'sesuai';
      r.tabs[0].values[hkRow(r)][12] = 'Sebagian target terlalu rendah';
    });
    const budi = byNip(appraise(raw, '2026-TW1').results, BUDI);
    // Sesuai / Di Atas -> Baik (instead of Sangat Baik).
    expect([
      budi.suggestedHasilKerja,
      budi.ratingHasilKerja,
      budi.predikat,
      budi.followUp,
    ]).toEqual(['Di Atas Ekspektasi', 'Sesuai Ekspektasi', 'Baik', null]);
  });

  it('without an Alasan, the suggestion is used and a Galat names the Alasan cell', () => {
    const raw = edited(
      r => (r.tabs[0].values[hkRow(r)][9] = 'Sesuai Ekspektasi'),
    );
    const {results, issues} = appraise(raw, '2026-TW1');
    expect(byNip(results, BUDI).predikat).toBe('Sangat Baik');
    expect(issues.map(i => [i.sheet, i.cell, i.level])).toEqual([
      [raw.tabs[0].name, 'M26', 'Galat'],
    ]);
  });

  it('an override of perilaku applies too (PK)', () => {
    const raw = edited(r => {
      const row = rowOf(r, 0, CITRA, 'PK');
      r.tabs[0].values[row][9] = 'Sesuai Ekspektasi';
      r.tabs[0].values[row][12] = 'Aspek perilaku membaik di akhir triwulan';
    });
    const citra = byNip(appraise(raw, '2026-TW1').results, CITRA);
    expect([
      citra.suggestedPerilaku,
      citra.ratingPerilaku,
      citra.predikat,
    ]).toEqual(['Di Bawah Ekspektasi', 'Sesuai Ekspektasi', 'Baik']);
  });
});

describe('semester and year: realisasi combined from the quarters by Agregasi', () => {
  it('2026-S1 for Siti: Jumlah, Rata-rata, Terakhir', () => {
    const siti = byNip(appraise(fixture(), '2026-S1').results, SITI);
    expect(
      siti.indicators.map(i => [i.kode, i.target, i.realisasi, i.capaian]),
    ).toEqual([
      ['IKT-01', 40, 35, 87.5], // Jumlah: 15 + 20 of 20 + 20
      ['IKU-01', 20, 24, 120], // Jumlah: 10 + 14 of 10 + 10
      ['IKU-02', 2, 2, 100], // Rata-rata: (1 + 3) / 2 = 2 of (2 + 2) / 2 = 2, Turun -> 100
      ['IKU-03', 60, 60, 100], // Terakhir: TW2 60 of the TW2 target 60
    ]);
    // 0.4x120 + 0.3x100 + 0.3x100 = 108; Di Atas share 40 % and IKT-01 Di Bawah -> Sesuai;
    // perilaku from the latest quarter tab (TW2): all Di Atas. Sesuai / Di Atas = Baik.
    expect(summary(siti)).toEqual([
      SITI,
      108,
      'Sesuai Ekspektasi',
      'Di Atas Ekspektasi',
      108,
      'Baik',
      1,
      'Lengkap',
      null,
    ]);
    expect(siti.umpanBalik).toBe('Semester yang baik.');
  });

  it('a quarter without realisasi leaves the semester incomplete, naming the quarter', () => {
    const budi = byNip(appraise(fixture(), '2026-S1').results, BUDI);
    expect(budi.missing.map(m => m.id)).toEqual([
      'realisasi IKU-01 periode 2026-TW2 belum diisi',
      'realisasi IKU-02 periode 2026-TW2 belum diisi',
      'realisasi IKU-03 periode 2026-TW2 belum diisi',
    ]);
  });

  it("a value typed in the semester's own tab wins, and so do its Perilaku and Ringkasan", () => {
    const raw = edited(r => {
      const values = [
        r.tabs[0].values[0],
        hk('2026-S1', SITI, 'IKU-01', 20, 18),
        ringkasan('2026-S1', SITI, 'HK', '', 'Catatan semester'),
      ];
      r.tabs.push({name: `Penilaian 2026-S1 ${KEPALA_KOMINFO}`, values});
    });
    const siti = byNip(appraise(raw, '2026-S1').results, SITI);
    expect(siti.indicators.find(i => i.kode === 'IKU-01')).toMatchObject({
      realisasi: 18,
      capaian: 90,
    });
    // The S1 tab has a Ringkasan row but no Perilaku rows: aspects are missing there.
    expect(siti.umpanBalik).toBe('Catatan semester');
    expect(siti.status).toBe('Belum lengkap');
  });

  it('the year uses Target Tahunan and needs all four quarters', () => {
    const siti = byNip(appraise(fixture(), '2026').results, SITI);
    expect(siti.indicators.map(i => [i.kode, i.target])).toEqual([
      ['IKT-01', 80],
      ['IKU-01', 40],
      ['IKU-02', 2],
      ['IKU-03', 80],
    ]);
    expect(siti.missing[0].id).toBe(
      'realisasi IKU-01 periode 2026-TW3 belum diisi',
    );
  });

  it('the year compares with Target Tahunan even when it differs from the quarter targets', () => {
    const raw = edited(r => {
      // Target Tahunan (column I): IKU-01 40 -> 50 (quarters 10 x 4 = 40), IKU-03 80 -> 100
      // (Terakhir: the TW4 target is 80). IKU-02 and IKT-01 keep Tahunan = combined quarters.
      r.tables.indikator![1][8] = 50;
      r.tables.indikator![3][8] = 100;
      const header = r.tabs[0].values[0];
      const quarter = (tw: string, real: number[]) => ({
        name: `Penilaian ${tw} ${KEPALA_KOMINFO}`,
        values: [
          header,
          hk(tw, SITI, 'IKU-01', 10, real[0]),
          hk(tw, SITI, 'IKU-02', 2, real[1]),
          hk(tw, SITI, 'IKU-03', 70, real[2]),
          hk(tw, SITI, 'IKT-01', 20, real[3]),
          ...perilakuBlock(tw, SITI, Array(7).fill('Sesuai Ekspektasi')),
        ],
      });
      r.tabs.push(quarter('2026-TW3', [12, 2, 70, 20]));
      r.tabs.push(quarter('2026-TW4', [9, 2, 80, 25]));
    });
    const siti = byNip(appraise(raw, '2026').results, SITI);
    expect(
      siti.indicators.map(i => [i.kode, i.target, i.realisasi, i.capaian]),
    ).toEqual([
      ['IKT-01', 80, 80, 100], // Jumlah 15 + 20 + 20 + 25 = 80 of 80
      // Jumlah 10 + 14 + 12 + 9 = 45 of Tahunan 50 -> 90 (of the quarters' 40 it would be 112.5)
      ['IKU-01', 50, 45, expect.closeTo(90, 9)],
      ['IKU-02', 2, 2, 100], // Rata-rata (1 + 3 + 2 + 2) / 4 = 2 of 2, Turun -> 100
      ['IKU-03', 100, 80, expect.closeTo(80, 9)], // Terakhir: TW4 80 of Tahunan 100 (not TW4's 80)
    ]);
    // 0.4 x 90 + 0.3 x 100 + 0.3 x 80 = 36 + 30 + 24 = 90 (with quarter targets: 105).
    expect(siti.status).toBe('Lengkap');
    expect(siti.nilaiAkhir).toBeCloseTo(90, 9);
  });
});

describe('model NUMERIK (PP 30/2019)', () => {
  function numerik(inovasiBudi: string) {
    return edited(r => {
      r.tables.pengaturan![4][1] = 'NUMERIK';
      const t = r.tabs[0].values;
      const scores: Record<string, unknown[]> = {
        [SITI]: [100, 110, 90, 100, 100, 110, 90],
        [BUDI]: [120, 120, 120, 120, 120, 120, '120'],
        [CITRA]: [60, 60, 60, 60, 100, 100, 100],
      };
      for (const row of t) {
        if (row[3] === 'Perilaku') row[9] = scores[row[1] as string].shift();
      }
      if (inovasiBudi) t.push(ringkasan('2026-TW1', BUDI, 'IN', inovasiBudi));
    });
  }

  it('Nilai Akhir = 70 % Nilai SKP + 30 % Nilai Perilaku; Sangat Baik needs an innovation', () => {
    const {results} = appraise(numerik('Ya'), '2026-TW1');
    const show = (nip: string) => {
      const r = byNip(results, nip);
      return [
        r.capaianHasilKerja,
        r.nilaiPerilaku,
        r.nilaiAkhir,
        r.predikat,
        r.followUp,
      ];
    };
    // Siti: SKP 100, perilaku mean 700/7 = 100 -> 70 + 30 = 100: Baik.
    expect(show(SITI)).toEqual([100, 100, 100, 'Baik', null]);
    // Budi: SKP 114, perilaku 120 -> 79.8 + 36 = 115.8 with an innovation: Sangat Baik.
    expect(show(BUDI)[3]).toBe('Sangat Baik');
    expect(show(BUDI)[2]).toBeCloseTo(115.8, 10);
    // Citra: SKP 100, perilaku 540/7 = 77.142857… -> 70 + 23.142857… = 93.142857…: Baik.
    expect(show(CITRA)[2]).toBeCloseTo(93.142857142857, 9);
    expect(show(CITRA)[3]).toBe('Baik');
    // Scores <= 90 (BO, AK, KO, HA) are below expectation: the same trainings as in KUADRAN.
    expect(byNip(results, CITRA).trainings).toHaveLength(3);
    expect(byNip(results, SITI).ratingPerilaku).toBeNull();
  });

  it('without the innovation (blank or Tidak) 115.8 is Baik', () => {
    expect(
      byNip(appraise(numerik(''), '2026-TW1').results, BUDI).predikat,
    ).toBe('Baik');
    expect(
      byNip(appraise(numerik('Tidak'), '2026-TW1').results, BUDI).predikat,
    ).toBe('Baik');
  });

  it.each<[string, unknown, number | null]>([
    // Siti's other six scores total 110 + 90 + 100 + 100 + 110 + 90 = 600.
    ['120 is the top of the scale', 120, 720 / 7],
    ['0 is the bottom of the scale', 0, 600 / 7],
    ['130 is above the scale', 130, null],
    ['-5 is below the scale', -5, null],
    ['"130" typed as text is above the scale', '130', null],
  ])(
    'a perilaku score outside 0-120 leaves the result incomplete: %s',
    (_name, score, nilaiPerilaku) => {
      const raw = numerik('');
      const boRow = rowOf(raw, 0, SITI, 'BO'); // index 5: sheet row 6
      raw.tabs[0].values[boRow][9] = score;
      const siti = byNip(appraise(raw, '2026-TW1').results, SITI);
      expect(siti.capaianHasilKerja).toBe(100);
      if (nilaiPerilaku === null) {
        expect([
          siti.status,
          siti.nilaiPerilaku,
          siti.nilaiAkhir,
          siti.predikat,
        ]).toEqual(['Belum lengkap', null, null, null]);
        expect(siti.missing.map(m => m.id)).toEqual([
          'rating perilaku BO tidak valid',
        ]);
        // Validation names the cell (column J = Rating).
        const input = parseWorkbook(raw, TODAY).input;
        expect(
          validateInput(input)
            .filter(i => i.sheet === raw.tabs[0].name && i.cell === 'J6')
            .map(i => [i.message.id, i.level]),
        ).toEqual([
          [
            `Nilai perilaku harus angka 0 sampai 120 (tertulis "${score}")`,
            'Galat',
          ],
        ]);
      } else {
        // 70 % x 100 + 30 % x Nilai Perilaku.
        expect(siti.status).toBe('Lengkap');
        expect(siti.nilaiPerilaku).toBeCloseTo(nilaiPerilaku, 9);
        expect(siti.nilaiAkhir).toBeCloseTo(70 + 0.3 * nilaiPerilaku, 9);
      }
    },
  );

  it('uses Bobot Hasil Kerja / Bobot Perilaku from Pengaturan (60/40)', () => {
    const raw = numerik('Ya');
    raw.tables.pengaturan![5][1] = 60;
    raw.tables.pengaturan![6][1] = 40;
    // Budi: 0.6 x 114 + 0.4 x 120 = 68.4 + 48 = 116.4.
    expect(
      byNip(appraise(raw, '2026-TW1').results, BUDI).nilaiAkhir,
    ).toBeCloseTo(116.4, 10);
  });
});

describe('Tambahan indicators carry no weight (DOMAIN §2)', () => {
  // Dewi (BKPSDM, Bobot blank -> equal weights): IKU-B1 84/80 = 105, IKU-B2 5/5 = 100 -> 102.5.
  // A Tambahan IKT-B1 (target 10) is added for her unit; its capaian must not enter Nilai Akhir.
  function withTambahan(model: string, realisasi: number): RawWorkbook {
    return edited(r => {
      r.tables.pengaturan![4][1] = model;
      r.tables.indikator!.push([
        'IKT-B1',
        'BKPSDM',
        'Layanan kepegawaian',
        'Jumlah inovasi layanan kepegawaian',
        'inovasi',
        'Naik',
        'Tambahan',
        'Jumlah',
        40,
        10,
        10,
        10,
        10,
        '',
      ]);
      const t = r.tabs[1].values;
      t.splice(3, 0, hk('2026-TW1', DEWI, 'IKT-B1', 10, realisasi));
      const rating = model === 'NUMERIK' ? 100 : 'Sesuai Ekspektasi';
      for (const row of t) if (row[3] === 'Perilaku') row[9] = rating;
    });
  }

  it.each<[string, number, number, string, number, string]>([
    // [model, IKT-B1 realisasi, its capaian, rating hasil kerja, Nilai Akhir, predikat]
    // KUADRAN: Nilai Akhir = 102.5; counting IKT-B1 would give (105 + 100 + 50) / 3 = 85.
    ['KUADRAN', 5, 50, 'Sesuai Ekspektasi', 102.5, 'Baik'],
    // IKT-B1 120 does not raise the score ((105 + 100 + 120) / 3 = 108.33 if counted), but every
    // Utama is at least Sesuai and a Tambahan is too: hasil kerja Di Atas; Di Atas / Sesuai = Baik.
    ['KUADRAN', 12, 120, 'Di Atas Ekspektasi', 102.5, 'Baik'],
    // NUMERIK, perilaku all 100: 0.7 x 102.5 + 0.3 x 100 = 71.75 + 30 = 101.75
    // (counting IKT-B1: 0.7 x 85 + 30 = 89.5, or 0.7 x 108.33 + 30 = 105.83).
    ['NUMERIK', 5, 50, '', 101.75, 'Baik'],
    ['NUMERIK', 12, 120, '', 101.75, 'Baik'],
  ])(
    '%s, Tambahan realisasi %p (capaian %p): the score uses the Utama only',
    (model, realisasi, capaianTambahan, rating, nilaiAkhir, predikat) => {
      const dewi = byNip(
        appraise(withTambahan(model, realisasi), '2026-TW1').results,
        DEWI,
      );
      expect(dewi.indicators.map(i => [i.kode, i.jenis, i.capaian])).toEqual([
        ['IKT-B1', 'Tambahan', capaianTambahan],
        ['IKU-B1', 'Utama', 105],
        ['IKU-B2', 'Utama', 100],
      ]);
      expect(dewi.status).toBe('Lengkap');
      expect(dewi.capaianHasilKerja).toBeCloseTo(102.5, 9);
      expect(dewi.nilaiAkhir).toBeCloseTo(nilaiAkhir, 9);
      expect(dewi.predikat).toBe(predikat);
      if (rating) expect(dewi.ratingHasilKerja).toBe(rating);
    },
  );
});

describe('ranking, distribution curve, determinism', () => {
  it('ranks within the unit among complete results; ties share a rank', () => {
    const {results} = appraise(fixture(), '2026-TW1');
    expect(
      results
        .filter(r => r.kodeUnit === 'KOMINFO')
        .map(r => [r.nama, r.peringkatUnit]),
    ).toEqual([
      ['Ir. Ahmad Fauzi', null],
      ['Siti Rahmawati', 2],
      ['Budi Santoso', 1],
      ['Citra Lestari', 2],
    ]);
  });

  it('warns (Peringatan) at the Capaian Organisasi cell when the spread breaks the curve', () => {
    // Sangat Kurang: at least 60 % Sangat Kurang, at least 10 % Kurang or Butuh Perbaikan, no Sangat Baik.
    const raw = edited(r => (r.tables.unit![1][4] = 'Sangat Kurang'));
    const {issues} = appraise(raw, '2026-TW1');
    expect(issues.length).toBeGreaterThanOrEqual(2);
    for (const issue of issues) {
      expect([issue.sheet, issue.cell, issue.level]).toEqual([
        'Unit',
        'E2',
        'Peringatan',
      ]);
      expect(issue.message.id).toMatch(
        /^Unit KOMINFO: Kurva distribusi \(capaian organisasi /,
      );
    }
  });

  it('gives identical results for shuffled rows and tabs, and when computed twice', () => {
    const shuffle = <T>(list: T[], seed: number): T[] => {
      const out = [...list];
      let s = seed;
      for (let i = out.length - 1; i > 0; i--) {
        s = (s * 16807) % 2147483647;
        const j = s % (i + 1);
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    };
    const body = (rows: unknown[][] | undefined, seed: number) => [
      rows![0],
      ...shuffle(rows!.slice(1), seed),
    ];
    const raw = fixture();
    const shuffled = cloneRaw(raw);
    for (const key of [
      'unit',
      'pegawai',
      'indikator',
      'skp',
      'perilaku',
      'pelatihan',
    ] as const) {
      shuffled.tables[key] = body(shuffled.tables[key], key.length * 7919);
    }
    shuffled.tabs = shuffle(shuffled.tabs, 17).map((t, i) => ({
      name: t.name,
      values: body(t.values, 31 + i),
    }));
    const strip = (results: EmployeeResult[]) =>
      JSON.parse(JSON.stringify(results));
    const first = appraise(raw, '2026-TW1');
    expect(strip(appraise(shuffled, '2026-TW1').results)).toEqual(
      strip(first.results),
    );
    expect(strip(appraise(shuffled, '2026-S1').results)).toEqual(
      strip(appraise(raw, '2026-S1').results),
    );
    const input = parseWorkbook(raw, TODAY).input;
    expect(appraisePeriod(input, '2026-TW1')).toEqual(
      appraisePeriod(input, '2026-TW1'),
    );
  });
});

describe('assignedIndicators', () => {
  const input = parseWorkbook(fixture(), TODAY).input;
  it('gives SKP rows with personal targets and weights, else the unit indicators', () => {
    expect(
      assignedIndicators(input, CITRA, '2026-TW2').map(a => [
        a.indicator.kode,
        a.target,
        a.bobot,
      ]),
    ).toEqual([
      ['IKU-01', 8, 50],
      ['IKU-03', 60, 50],
    ]);
    expect(
      assignedIndicators(input, SITI, '2026-S2').map(a => [
        a.indicator.kode,
        a.target,
        a.bobot,
      ]),
    ).toEqual([
      ['IKT-01', 40, null],
      ['IKU-01', 20, 40],
      ['IKU-02', 2, 30],
      ['IKU-03', 80, 30], // Terakhir: the TW4 target
    ]);
    expect(assignedIndicators(input, '000', '2026-TW1')).toEqual([]);
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
