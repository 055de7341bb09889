import {capaian} from '../../src/core/capaian';
import {parseNip} from '../../src/core/nip';
import type {Rating} from '../../src/core/types';
import {demoRealisasi, plannedPredikatCounts} from '../../src/demo/appraisals';
import {fillDemoTab} from '../../src/demo/fill-tab';
import {seededRandom} from '../../src/demo/random';
import {DEMO_DOMAIN, type DemoWorkbook} from '../../src/demo/types';
import {demoWeights, demoWorkbook} from '../../src/demo/workbook';
import {HEADERS, PEGAWAI_SETUP_HEADERS} from '../../src/sheets/schema';

const col = (table: unknown[][], header: string) =>
  (table[0] as string[]).indexOf(header);
const rows = (table: unknown[][]) => table.slice(1);

function ratingOf(c: number): Rating {
  return c >= 110
    ? 'Di Atas Ekspektasi'
    : c >= 100
      ? 'Sesuai Ekspektasi'
      : 'Di Bawah Ekspektasi';
}

describe('demoWorkbook', () => {
  const demo = demoWorkbook({employeeCount: 60, seed: 7, period: '2026-TW1'});
  const pegawai = demo.tables.pegawai;

  it('is deterministic for a seed and differs for another seed', () => {
    const again = demoWorkbook({
      employeeCount: 60,
      seed: 7,
      period: '2026-TW1',
    });
    expect(JSON.stringify(again.tables)).toBe(JSON.stringify(demo.tables));
    expect([...again.plans.entries()]).toEqual([...demo.plans.entries()]);
    const other = demoWorkbook({
      employeeCount: 60,
      seed: 8,
      period: '2026-TW1',
    });
    expect(JSON.stringify(other.tables.pegawai)).not.toBe(
      JSON.stringify(pegawai),
    );
  });

  it('writes every table under its contract headers', () => {
    // Pangkat/Golongan (documents) and Kelas Jabatan (TPP): optional columns.
    expect(pegawai[0]).toEqual([...PEGAWAI_SETUP_HEADERS, 'Kelas Jabatan']);
    expect(demo.tables.kelasJabatan.length).toBe(1 + 17);
    expect(demo.tables.presensi[0]).toEqual([...HEADERS.presensi]);
    expect(demo.tables.unit[0]).toEqual(HEADERS.unit);
    expect(demo.tables.indikator[0]).toEqual(HEADERS.indikator);
    expect(demo.tables.skp[0]).toEqual(HEADERS.skp);
    expect(rows(demo.tables.perilaku).map(r => r[0])).toEqual([
      'BO',
      'AK',
      'KO',
      'HA',
      'LO',
      'AD',
      'KL',
    ]);
    const settings = Object.fromEntries(rows(demo.tables.pengaturan));
    expect(settings['Periode Aktif']).toBe('2026-TW1');
    expect(settings['Tahun']).toBe(2026);
    expect(settings['Nama Instansi']).toBe('Pemerintah Kota Harapan Jaya');
  });

  it('has the requested number of employees, six units and five indicators each', () => {
    expect(rows(pegawai)).toHaveLength(60);
    expect(rows(demo.tables.unit).map(r => r[0])).toEqual([
      'SETDA',
      'BKPSDM',
      'DISDIK',
      'DINKES',
      'DPMPTSP',
      'KEC-SKM',
    ]);
    expect(rows(demo.tables.indikator)).toHaveLength(30);
  });

  it('gives every employee a valid, unique NIP stored as text', () => {
    const nip = col(pegawai, 'NIP');
    const status = col(pegawai, 'Status');
    const today = new Date(Date.UTC(2026, 0, 15));
    const seen = new Set<string>();
    for (const row of rows(pegawai)) {
      expect(typeof row[nip]).toBe('string');
      const result = parseNip(row[nip], row[status] as 'PNS' | 'PPPK', today);
      expect(result).toMatchObject({ok: true});
      seen.add(row[nip] as string);
    }
    expect(seen.size).toBe(60);
    const statuses = rows(pegawai).map(r => r[status]);
    expect(statuses).toContain('PPPK');
    expect(statuses.filter(s => s === 'PNS').length).toBeGreaterThan(40);
  });

  it('appoints PNS after age 18 and encodes the gender digit', () => {
    for (const e of demo.employees.filter(x => x.status === 'PNS')) {
      const birth = Number(e.nip.slice(0, 4));
      const tmt = Number(e.nip.slice(8, 12));
      expect(tmt - birth).toBeGreaterThanOrEqual(19);
      expect(tmt).toBeLessThanOrEqual(2024);
    }
    expect(new Set(demo.employees.map(e => e.nip[14]))).toEqual(
      new Set(['1', '2']),
    );
  });

  it('builds an acyclic supervisor tree with one root, the Sekda', () => {
    const byNip = new Map(demo.employees.map(e => [e.nip, e]));
    const roots = demo.employees.filter(e => e.nipAtasan === '');
    expect(roots.map(e => e.jabatan)).toEqual(['Sekretaris Daerah']);
    for (const e of demo.employees) {
      const visited = new Set<string>();
      for (let cur = e; cur.nipAtasan; cur = byNip.get(cur.nipAtasan)!) {
        expect(visited.has(cur.nip)).toBe(false);
        visited.add(cur.nip);
        const boss = byNip.get(cur.nipAtasan);
        expect(boss?.nip).toBe(cur.nipAtasan);
        expect(boss!.aktif).toBe(true);
      }
    }
    // Unit heads are the Kepala of their unit and report to the Sekda.
    const units = rows(demo.tables.unit);
    for (const [kode, , induk, kepala] of units) {
      const head = byNip.get(kepala as string)!;
      expect(head.kodeUnit).toBe(kode);
      if (induk) expect(head.nipAtasan).toBe(roots[0].nip);
    }
  });

  it('uses nama.belakang emails, two left blank, and one inactive employee', () => {
    const emails = demo.employees.map(e => e.email).filter(Boolean);
    expect(emails).toHaveLength(58);
    expect(new Set(emails).size).toBe(58);
    for (const email of emails) {
      expect(email).toMatch(new RegExp(`^[a-z]+\\.[a-z]+\\d*@${DEMO_DOMAIN}$`));
    }
    expect(demo.employees.filter(e => !e.aktif)).toHaveLength(1);
  });

  it("weighs each unit's Utama indicators and each personal SKP to 100, Tambahan unweighted", () => {
    const ind = demo.tables.indikator;
    const [unit, jenis, bobot] = ['Kode Unit', 'Jenis', 'Bobot'].map(h =>
      col(ind, h),
    );
    const sums = new Map<string, number>();
    for (const row of rows(ind)) {
      if (row[jenis] === 'Tambahan') {
        expect(row[bobot]).toBe('');
        continue;
      }
      if (row[bobot] === '') continue;
      sums.set(
        row[unit] as string,
        (sums.get(row[unit] as string) ?? 0) + (row[bobot] as number),
      );
    }
    expect(sums.size).toBe(5); // KEC-SKM leaves Bobot blank: equal weights
    for (const sum of sums.values()) expect(sum).toBe(100);
    const skp = rows(demo.tables.skp);
    expect(skp.length).toBeGreaterThan(0);
    const perNip = new Map<string, number>();
    for (const [nip, , , w] of skp) {
      perNip.set(
        nip as string,
        (perNip.get(nip as string) ?? 0) + (w as number),
      );
    }
    for (const sum of perNip.values()) expect(sum).toBe(100);
    expect(skp.some(r => r[2] !== '')).toBe(true);
  });

  it('splits Jumlah targets over the quarters and repeats the others', () => {
    const ind = demo.tables.indikator;
    const i = (h: string) => col(ind, h);
    for (const row of rows(ind)) {
      const quarters = [1, 2, 3, 4].map(q => row[i(`Target TW${q}`)] as number);
      const annual = row[i('Target Tahunan')] as number;
      if (row[i('Agregasi')] === 'Jumlah') {
        expect(quarters.reduce((a, b) => a + b, 0)).toBe(annual);
      } else {
        expect(quarters).toEqual([annual, annual, annual, annual]);
      }
    }
  });

  it('maps trainings to existing indicator and aspect codes', () => {
    const codes = new Set([
      ...rows(demo.tables.indikator).map(r => r[0]),
      ...rows(demo.tables.perilaku).map(r => r[0]),
    ]);
    const trainings = rows(demo.tables.pelatihan);
    for (const [kode] of trainings) expect(codes.has(kode)).toBe(true);
    expect(trainings.map(r => r[1])).toEqual(
      expect.arrayContaining([
        'Pelatihan Pelayanan Prima',
        'Diklat Manajemen Kinerja',
        'Bimtek Perizinan Berusaha Berbasis Risiko (OSS RBA)',
      ]),
    );
  });

  it('plans about 70 % complete appraisals covering every predikat, with an override', () => {
    const plans = [...demo.plans.values()];
    const complete = plans.filter(p => p.fill === 'complete').length;
    expect(complete / plans.length).toBeCloseTo(0.7, 1);
    expect(Object.keys(plannedPredikatCounts(demo)).sort()).toEqual([
      'Baik',
      'Butuh Perbaikan',
      'Kurang/Misconduct',
      'Sangat Baik',
      'Sangat Kurang',
    ]);
    expect(plans.some(p => p.override)).toBe(true);
  });

  it('scales to 10,000 employees with 8 indicators per unit', () => {
    const started = process.hrtime.bigint();
    const big = demoWorkbook({
      employeeCount: 10000,
      seed: 3,
      indicatorsPerUnit: 8,
    });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    console.log(
      `demoWorkbook 10,000 employees × 8 indicators: ${ms.toFixed(0)} ms`,
    );
    expect(big.employees).toHaveLength(10000);
    expect(new Set(big.employees.map(e => e.nip)).size).toBe(10000);
    expect(big.indicators).toHaveLength(48);
    // About ten people per supervisor.
    const spans = new Map<string, number>();
    for (const e of big.employees) {
      if (e.nipAtasan)
        spans.set(e.nipAtasan, (spans.get(e.nipAtasan) ?? 0) + 1);
    }
    expect(Math.max(...spans.values())).toBeLessThanOrEqual(25);
  });

  it('refuses fewer than 12 employees by using 12', () => {
    expect(demoWorkbook({employeeCount: 3}).employees).toHaveLength(12);
  });
});

describe('demoWeights', () => {
  it.each([
    [4, [30, 30, 20, 20]],
    [6, [20, 20, 15, 15, 15, 15]],
    [3, [34, 33, 33]],
    [7, [15, 15, 14, 14, 14, 14, 14]],
  ])('%i Utama indicators -> %j', (n, weights) => {
    expect(demoWeights(n)).toEqual(weights);
  });
});

describe('demoRealisasi', () => {
  const cases: [string, number, 'Naik' | 'Turun', boolean, string][] = [
    ['percent, Naik', 85, 'Naik', false, '%'],
    ['percent near the 100 ceiling', 88, 'Naik', false, '%'],
    ['days, Turun', 5, 'Turun', false, 'hari'],
    ['stunting %, Turun', 14, 'Turun', false, '%'],
    ['two documents a quarter', 2, 'Naik', true, 'dokumen'],
    ['three documents a quarter', 3, 'Naik', true, 'dokumen'],
    ['300 permits', 300, 'Naik', true, 'izin'],
  ];
  const ratings: Rating[] = [
    'Di Atas Ekspektasi',
    'Sesuai Ekspektasi',
    'Di Bawah Ekspektasi',
  ];
  it.each(cases)(
    '%s: each rating is reached',
    (_, target, arah, whole, satuan) => {
      const random = seededRandom(11);
      for (const rating of ratings) {
        for (let i = 0; i < 20; i++) {
          const r = demoRealisasi(
            target,
            {arah, whole, satuan},
            rating,
            random,
          );
          if (whole) expect(Number.isInteger(r)).toBe(true);
          if (satuan === '%' && arah === 'Naik')
            expect(r).toBeLessThanOrEqual(100);
          expect(ratingOf(capaian(r, target, arah, 1000)!)).toBe(rating);
        }
      }
    },
  );
  it('worked example: 5 days target, Turun, Di Atas needs at most 4.5 days', () => {
    const r = demoRealisasi(
      5,
      {arah: 'Turun', whole: false, satuan: 'hari'},
      'Di Atas Ekspektasi',
      () => 0,
    );
    // aim 111 % -> 5 × (2 − 1.11) = 4.449999… in floating point -> typed as 4.4 -> capaian 112.
    expect(r).toBe(4.4);
    expect(capaian(r, 5, 'Turun')).toBeCloseTo(112, 9);
  });
});

describe('fillDemoTab', () => {
  const demo = demoWorkbook({employeeCount: 20, seed: 5, period: '2026-TW2'});
  const header = [...HEADERS.penilaian];
  function tabFor(d: DemoWorkbook, nips: string[]): unknown[][] {
    const values: unknown[][] = [header];
    for (const nip of nips) {
      const e = d.employees.find(x => x.nip === nip)!;
      for (const ind of d.indicators.filter(i => i.kodeUnit === e.kodeUnit)) {
        values.push([
          '2026-TW2',
          nip,
          e.nama,
          'Hasil Kerja',
          ind.kode,
          '',
          ind.satuan,
          10,
          '',
          '',
          '',
          '',
          '',
        ]);
      }
      for (const kode of ['BO', 'AK', 'KO', 'HA', 'LO', 'AD', 'KL']) {
        values.push([
          '2026-TW2',
          nip,
          e.nama,
          'Perilaku',
          kode,
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
        ]);
      }
      for (const kode of ['HK', 'PK']) {
        values.push([
          '2026-TW2',
          nip,
          e.nama,
          'Ringkasan',
          kode,
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
        ]);
      }
    }
    return values;
  }
  const byFill = (fill: string) =>
    [...demo.plans.entries()]
      .filter(([, p]) => p.fill === fill)
      .map(([nip]) => nip);

  it('fills complete appraisals fully, partial ones with some realisasi, empty ones not at all', () => {
    const [complete] = byFill('complete');
    const [partial] = byFill('partial');
    const [empty] = byFill('empty');
    const tab = tabFor(demo, [complete, partial, empty]);
    const {values} = fillDemoTab(tab, demo);
    const rowsOf = (nip: string) => values.slice(1).filter(r => r[1] === nip);
    const realisasi = header.indexOf('Realisasi');
    const rating = header.indexOf('Rating');
    const c = rowsOf(complete);
    expect(
      c
        .filter(r => r[3] === 'Hasil Kerja')
        .every(r => typeof r[realisasi] === 'number'),
    ).toBe(true);
    expect(
      c.filter(r => r[3] === 'Perilaku').every(r => r[rating] !== ''),
    ).toBe(true);
    const p = rowsOf(partial);
    const pFilled = p.filter(r => r[realisasi] !== '').length;
    expect(pFilled).toBeGreaterThan(0);
    expect(
      p.filter(r => r[3] === 'Perilaku').every(r => r[rating] === ''),
    ).toBe(true);
    expect(
      rowsOf(empty).every(r => r[realisasi] === '' && r[rating] === ''),
    ).toBe(true);
  });

  it('never overwrites a value already typed and fills the same values again', () => {
    const [complete] = byFill('complete');
    const tab = tabFor(demo, [complete]);
    tab[1][8] = 'diketik atasan';
    const first = fillDemoTab(tab, demo);
    expect(first.values[1][8]).toBe('diketik atasan');
    const second = fillDemoTab(first.values, demo);
    expect(second.filled).toBe(0);
    expect(fillDemoTab(tab, demo).values).toEqual(first.values);
  });

  it('writes the planned perilaku majority', () => {
    for (const [nip, plan] of demo.plans) {
      if (plan.fill !== 'complete') continue;
      const {values} = fillDemoTab(tabFor(demo, [nip]), demo);
      const ratings = values
        .slice(1)
        .filter(r => r[3] === 'Perilaku')
        .map(r => r[9]);
      const share =
        ratings.filter(r => r === plan.perilaku).length / ratings.length;
      expect(share).toBeGreaterThan(0.5);
    }
  });
});
