// Realistic sample data for a fictional city government: the input tables of the workbook contract
// (SHEETS.md) and the decisions its supervisors will type once appraisal tabs exist.
// Pure and deterministic: the same options give the same workbook (a seeded PRNG, no Math.random).
// Used by `kinerja-asn demo`, the local workbench and the benchmark (10,000 employees).
import {demoKelas, demoKelasRows, demoPresensiRows} from './tpp';
import {BERAKHLAK} from '../core/berakhlak';
import {
  HEADERS,
  PEGAWAI_SETUP_HEADERS,
  PENGATURAN_DEFAULTS,
} from '../sheets/schema';
import {planAppraisals} from './appraisals';
import {
  NipFactory,
  academicTitle,
  emailLocal,
  nthTitle,
  pad,
  pangkatOf,
  PPPK_JABATAN,
  unitSizes,
} from './people';
import {Dice, seededRandom} from './random';
import {
  FEMALE_FIRST,
  FEMALE_LAST,
  MALE_FIRST,
  MALE_LAST,
  SHARED_LAST,
} from './names';
import {
  ASPECT_TRAININGS,
  EXTRA_TAMBAHAN,
  EXTRA_UTAMA,
  IndicatorSpec,
  UNITS,
  UnitSpec,
} from './units';
import {
  DEMO_HR_EMAIL,
  DEMO_AGENCY,
  DEMO_DOMAIN,
  DEMO_MIN_EMPLOYEES,
  DemoEmployee,
  DemoIndicator,
  DemoOptions,
  DemoTableKey,
  DemoWorkbook,
} from './types';
import type {EmployeeStatus} from '../core/types';
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

function parseQuarter(period: string): {year: number; quarter: number} | null {
  const m = /^(\d{4})-TW([1-4])$/i.exec(period.trim());
  return m ? {year: Number(m[1]), quarter: Number(m[2])} : null;
}

/** The demo city's input tables and the decisions its supervisors will type. */
export function demoWorkbook(options: DemoOptions = {}): DemoWorkbook {
  const employeeCount = Math.max(
    DEMO_MIN_EMPLOYEES,
    Math.floor(options.employeeCount ?? 60),
  );
  const seed = Math.floor(options.seed ?? 1);
  const fromPeriod = options.period ? parseQuarter(options.period) : null;
  const year = options.year ?? fromPeriod?.year ?? 2026;
  const period = fromPeriod
    ? `${fromPeriod.year}-TW${fromPeriod.quarter}`
    : `${year}-TW1`;
  const perUnit = Math.min(
    8,
    Math.max(2, Math.floor(options.indicatorsPerUnit ?? 5)),
  );
  const dice = new Dice(seededRandom(seed));
  const nips = new NipFactory(dice, year);
  const usedEmails = new Map<string, number>();

  const employees: DemoEmployee[] = [];
  const heads = new Map<string, DemoEmployee>();
  const sizes = unitSizes(employeeCount);
  let sekda: DemoEmployee | null = null;

  const person = (
    unit: UnitSpec,
    jabatan: string,
    level: number,
    supervisorNip: string,
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
      nipAtasan: supervisorNip,
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
    const divisionCount = leads > 5 ? Math.ceil(Math.sqrt(leads)) : leads;
    const sectionCount = leads > 5 ? leads - divisionCount : 0;
    const divisions = Array.from({length: divisionCount}, (_, i) =>
      person(unit, nthTitle(unit.divisions, i), 1, head.nip),
    );
    const sections = Array.from({length: sectionCount}, (_, i) =>
      person(
        unit,
        nthTitle(unit.sections, i),
        2,
        divisions[i % divisionCount].nip,
      ),
    );
    const lowest = sections.length
      ? sections
      : divisions.length
        ? divisions
        : [head];
    const staffCount = others - divisionCount - sectionCount;
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
      if (spec.training) trainingRows.push([kode, ...spec.training]);
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
        9 + (fromPeriod ? fromPeriod.quarter - 1 : 0)
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
      'Nama Instansi': DEMO_AGENCY,
      Tahun: year,
      'Periode Aktif': period,
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
      // Pangkat/Golongan (documents) and Kelas Jabatan (TPP): optional columns (SHEETS.md).
      [...PEGAWAI_SETUP_HEADERS, 'Kelas Jabatan'],
      ...employees.map(e => [
        e.nip,
        e.nama,
        e.jabatan,
        e.kodeUnit,
        e.nipAtasan,
        e.email,
        e.status,
        e.aktif ? 'Ya' : 'Tidak',
        pangkatOf(e.level, e.status, e.nip),
        demoKelas(e),
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
      ...demoTemplate('Subjek', 'Isi', {
        subject: 'Umpan Balik Kinerja {{Periode}}: {{Nama}}',
        greeting: 'Yth. {{Nama}},',
        intro:
          'Berikut hasil penilaian kinerja Saudara/i untuk periode {{Periode}} di lingkungan Pemerintah Kota Harapan Jaya: rating hasil kerja {{Rating Hasil Kerja}}, rating perilaku {{Rating Perilaku}}.',
        closing: 'Salam hormat,',
      }),
      // The English template, used when Bahasa is en (SHEETS.md, Template Email).
      ...demoTemplate('Subjek (en)', 'Isi (en)', {
        subject: 'Performance Feedback {{Periode}}: {{Nama}}',
        greeting: 'Dear {{Nama}},',
        intro:
          'Here are the results of your performance appraisal for the period {{Periode}} at the Harapan Jaya City Government: work result rating {{Rating Hasil Kerja}}, work behaviour rating {{Rating Perilaku}}.',
        closing: 'Kind regards,',
      }),
    ],
    kelasJabatan: demoKelasRows(),
    presensi: demoPresensiRows(employees, period, seed),
  };
  return {
    period,
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

/**
 * One language's Template Email rows of the demo: both languages share the layout (the blocks
 * bring their own headings: Umpan Balik Atasan, Tindak Lanjut), only the words differ.
 */
function demoTemplate(
  subjectKey: string,
  bodyKey: string,
  words: {subject: string; greeting: string; intro: string; closing: string},
): [string, string][] {
  const body = [
    words.greeting,
    '',
    words.intro,
    '',
    '{{Tabel Indikator}}',
    '',
    '{{Umpan Balik}}',
    '',
    '{{Rekomendasi}}',
    '',
    words.closing,
    'BKPSDM Kota Harapan Jaya',
  ];
  return [
    [subjectKey, words.subject],
    [bodyKey, body.join('\n')],
  ];
}
