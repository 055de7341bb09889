// Appraising one period: records in, one EmployeeResult per active employee out (DOMAIN §2-§5, §8).
//
// Choices where the spec is silent (documented here and in the tests):
// - Target of a period: an SKP row's personal Target, when filled, is the person's target for
//   every period. Otherwise TW k -> `Target TWk`; a semester -> its two quarter targets combined
//   by the indicator's Agregasi (Jumlah: sum, Rata-rata: mean, Terakhir: the later one), the same
//   rule that combines the quarters' realisasi, so a semester compares like with like; a year ->
//   `Target Tahunan`, or when blank the four quarter targets combined the same way.
// - Realisasi of a semester/year: a value typed in that period's own tab wins; otherwise the
//   quarters' realisasi combined by Agregasi, and every quarter must have one.
// - Weights: when any of a person's SKP rows has a Bobot, the SKP Bobot column is their weights;
//   otherwise the Indikator Bobot column. All blank = equal weights; a mix of blank and filled, or
//   a total other than 100, leaves the result incomplete (validation reports the Galat) rather
//   than scoring with wrong weights.
// - Perilaku and Ringkasan come from the period's own tab when it has rows for the person, else
//   from the latest quarter of the period that has.
// - Model NUMERIK: Ringkasan row `IN` holds the innovation (Ya/Tidak, blank = Tidak); an aspect
//   scored in the Butuh Perbaikan band or lower (<= 90) counts as below expectation for training
//   advice. Ratings of HK/PK overrides do not change a NUMERIK predikat.
// - Only complete results get Nilai Akhir, predikat and a rank; ranks are within the unit, by
//   Nilai Akhir at full precision (rankWithTies treats values equal to 1e-9 as a tie).

import type {
  AppraisalRow,
  Aspect,
  AspectResult,
  EmployeeResult,
  Employee,
  FollowUp,
  Indicator,
  IndicatorResult,
  Issue,
  Predikat,
  Rating,
  SkpAssignment,
  SourceRef,
  Training,
  Unit,
} from './types';
import type {WorkbookInput} from '../sheets/read';
import {msg, type Message} from './i18n';
import {parseNumberStrict} from './numbers';
import {parsePeriod, quartersOf, type Period} from './period';
import {aggregate, capaian, weightedMean, weightsValid} from './capaian';
import {
  kuadranPredikat,
  parseRating,
  suggestHasilKerja,
  suggestIndicatorRating,
  suggestPerilaku,
} from './rating';
import {
  nilaiAkhirNumerik,
  nilaiPerilakuNumerik,
  nilaiSkp,
  predikatNumerik,
} from './numerik';
import {angkaKreditOf} from './angka-kredit';
import {checkDistribution} from './distribution';
import {rankWithTies} from './rank';
import {BERAKHLAK, SHEET} from '../sheets/schema';
import {cellOf, makeIssue} from '../sheets/table';

// ---------------------------------------------------------------------------------------------
// Index: every lookup by NIP or code is a Map, built once per input (no quadratic scans).

/** Rows of one person in one period, by Jenis then upper-cased Kode (the first row wins). */
export interface PersonRows {
  hasilKerja: Map<string, AppraisalRow>;
  perilaku: Map<string, AppraisalRow>;
  ringkasan: Map<string, AppraisalRow>;
}

export interface AppraisalIndex {
  input: WorkbookInput;
  /** The behaviour aspects in a fixed order (BerAKHLAK order, then by code). */
  aspects: Aspect[];
  employees: Map<string, Employee>;
  units: Map<string, Unit>;
  indicators: Map<string, Indicator>;
  indicatorsByUnit: Map<string, Indicator[]>;
  skpByNip: Map<string, SkpAssignment[]>;
  trainingsByCode: Map<string, Training[]>;
  /** Canonical period -> NIP -> rows. Rows with an unreadable Jenis or period are left out. */
  rows: Map<string, Map<string, PersonRows>>;
  /** Each duplicate appraisal row with the first row it repeats. */
  duplicateRows: {row: AppraisalRow; first: AppraisalRow}[];
}

const isDigit = (code: number) => code >= 48 && code <= 57;
const upper = (code: number) => (code >= 97 && code <= 122 ? code - 32 : code);

/**
 * Natural order of codes, case ignored: 'IKU-2' before 'IKU-10'. Walks the strings without
 * allocating (sorting 80,000 assignments with localeCompare took seconds).
 */
export function compareCodes(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (isDigit(ca) && isDigit(cb)) {
      let ei = i;
      while (ei < a.length && isDigit(a.charCodeAt(ei))) ei++;
      let ej = j;
      while (ej < b.length && isDigit(b.charCodeAt(ej))) ej++;
      let si = i;
      while (si < ei - 1 && a.charCodeAt(si) === 48) si++;
      let sj = j;
      while (sj < ej - 1 && b.charCodeAt(sj) === 48) sj++;
      if (ei - si !== ej - sj) return ei - si - (ej - sj);
      for (let k = 0; k < ei - si; k++) {
        const d = a.charCodeAt(si + k) - b.charCodeAt(sj + k);
        if (d) return d;
      }
      i = ei;
      j = ej;
      continue;
    }
    const d = upper(ca) - upper(cb);
    if (d) return d;
    i++;
    j++;
  }
  const rest = a.length - i - (b.length - j);
  return rest || (a < b ? -1 : a > b ? 1 : 0);
}

const setFirst = <K, V>(map: Map<K, V>, key: K, value: V) => {
  if (!map.has(key)) map.set(key, value);
};

const pushTo = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

function isUnreadable(src: SourceRef, header: string): boolean {
  return !!src.invalid?.some(c => c.header === header);
}

export function buildIndex(input: WorkbookInput): AppraisalIndex {
  const employees = new Map<string, Employee>();
  for (const e of input.employees) if (e.nip) setFirst(employees, e.nip, e);
  const units = new Map<string, Unit>();
  for (const u of input.units) if (u.kode) setFirst(units, u.kode, u);
  const indicators = new Map<string, Indicator>();
  for (const i of input.indicators) if (i.kode) setFirst(indicators, i.kode, i);
  const indicatorsByUnit = new Map<string, Indicator[]>();
  indicators.forEach(i => pushTo(indicatorsByUnit, i.kodeUnit, i));
  const skpByNip = new Map<string, SkpAssignment[]>();
  for (const s of input.skp) if (s.nip) pushTo(skpByNip, s.nip, s);
  // Results carry trainings without their source row, sorted by name within a code, so the
  // order of the Pelatihan sheet does not change results.
  const trainingsByCode = new Map<string, Training[]>();
  for (const t of input.trainings) {
    if (t.kode) {
      pushTo(trainingsByCode, t.kode, {
        kode: t.kode,
        pelatihan: t.pelatihan,
        keterangan: t.keterangan,
      });
    }
  }
  trainingsByCode.forEach(list =>
    list.sort((a, b) => compareCodes(a.pelatihan, b.pelatihan)),
  );
  // Aspects in BerAKHLAK order first (the contract's default), then any others by code: the
  // same order whatever the row order of the Perilaku sheet.
  const canonical = new Map(BERAKHLAK.map(([kode], i) => [kode, i] as const));
  const aspects = [...input.aspects].sort(
    (a, b) =>
      (canonical.get(a.kode.toUpperCase()) ?? 99) -
        (canonical.get(b.kode.toUpperCase()) ?? 99) ||
      compareCodes(a.kode, b.kode),
  );

  const rows = new Map<string, Map<string, PersonRows>>();
  const duplicateRows: AppraisalIndex['duplicateRows'] = [];
  for (const row of input.appraisals) {
    if (!row.nip || !row.kode || isUnreadable(row.src, 'Jenis')) continue;
    if (isUnreadable(row.src, 'Periode') || isUnreadable(row.src, 'Nama Tab'))
      continue;
    let byNip = rows.get(row.periode);
    if (!byNip) rows.set(row.periode, (byNip = new Map()));
    let person = byNip.get(row.nip);
    if (!person) {
      person = {
        hasilKerja: new Map(),
        perilaku: new Map(),
        ringkasan: new Map(),
      };
      byNip.set(row.nip, person);
    }
    const map =
      row.jenis === 'Hasil Kerja'
        ? person.hasilKerja
        : row.jenis === 'Perilaku'
          ? person.perilaku
          : person.ringkasan;
    const key = row.kode.toUpperCase();
    const first = map.get(key);
    if (first) duplicateRows.push({row, first});
    else map.set(key, row);
  }
  return {
    input,
    aspects,
    employees,
    units,
    indicators,
    indicatorsByUnit,
    skpByNip,
    trainingsByCode,
    rows,
    duplicateRows,
  };
}

// ---------------------------------------------------------------------------------------------
// Assignment, weights and targets

export interface Assignment {
  indicator: Indicator;
  /** The SKP row that assigns it, when the person has SKP rows. */
  skp: SkpAssignment | null;
  /** Effective weight (percent) of an Utama indicator; null = equal weights / Tambahan. */
  bobot: number | null;
}

export interface PersonAssignments {
  items: Assignment[];
  /** Where the weights come from: the SKP Bobot column or the Indikator Bobot column. */
  weightSource: 'SKP' | 'Indikator';
}

/** A person's indicators: their SKP rows if any (unknown codes skipped), else their unit's. Sorted by code. */
export function assignmentsOf(
  index: AppraisalIndex,
  employee: Employee,
): PersonAssignments {
  const skpRows = index.skpByNip.get(employee.nip);
  const items: Assignment[] = [];
  let weightSource: PersonAssignments['weightSource'] = 'Indikator';
  if (skpRows && skpRows.length) {
    if (skpRows.some(s => s.bobot !== null)) weightSource = 'SKP';
    const seen = new Set<string>();
    for (const s of skpRows) {
      const indicator = index.indicators.get(s.kodeIndikator);
      if (!indicator || seen.has(indicator.kode)) continue;
      seen.add(indicator.kode);
      items.push({indicator, skp: s, bobot: null});
    }
  } else {
    for (const indicator of index.indicatorsByUnit.get(employee.kodeUnit) ??
      []) {
      items.push({indicator, skp: null, bobot: null});
    }
  }
  for (const item of items) {
    if (item.indicator.jenis !== 'Utama') continue;
    item.bobot =
      weightSource === 'SKP' ? (item.skp?.bobot ?? null) : item.indicator.bobot;
  }
  items.sort((a, b) => compareCodes(a.indicator.kode, b.indicator.kode));
  return {items, weightSource};
}

/** The cell holding a person's first Utama weight (where a wrong total is reported). */
export function firstWeightCell(
  input: WorkbookInput,
  assignments: PersonAssignments,
): {sheet: string; cell: string} {
  const sources = assignments.items
    .filter(i => i.indicator.jenis === 'Utama')
    .map(i =>
      assignments.weightSource === 'SKP' && i.skp ? i.skp.src : i.indicator.src,
    )
    .sort((a, b) => a.row - b.row);
  const src = sources[0];
  return src
    ? {sheet: src.sheet, cell: cellOf(input.columns, src, 'Bobot')}
    : {sheet: '', cell: ''};
}

export interface PeriodTarget {
  value: number | null;
  /** When value is null: the cell that should hold the missing target. */
  missing: {src: SourceRef; header: string} | null;
}

/** Target of an assignment for a period (see the choices at the top of this file). */
export function periodTarget(
  assignment: Assignment,
  period: Period,
): PeriodTarget {
  const {indicator, skp} = assignment;
  if (skp && skp.target !== null) return {value: skp.target, missing: null};
  const quarterTargets = (quarters: number[]): PeriodTarget => {
    const values: number[] = [];
    for (const q of quarters) {
      const value = indicator.targetTriwulan[q - 1];
      if (value === null) {
        return {
          value: null,
          missing: {src: indicator.src, header: `Target TW${q}`},
        };
      }
      values.push(value);
    }
    return {value: aggregate(values, indicator.agregasi), missing: null};
  };
  if (period.kind === 'Y') {
    if (indicator.targetTahunan !== null)
      return {value: indicator.targetTahunan, missing: null};
    const fromQuarters = quarterTargets([1, 2, 3, 4]);
    return fromQuarters.value !== null
      ? fromQuarters
      : {value: null, missing: {src: indicator.src, header: 'Target Tahunan'}};
  }
  return quarterTargets(quartersOf(period));
}

/**
 * The indicators of a person for a period with their target and effective weight. The index is
 * built once per input object and reused (treat the input as immutable after parsing).
 */
export function assignedIndicators(
  input: WorkbookInput,
  nip: string,
  periode: string,
): {indicator: Indicator; target: number | null; bobot: number | null}[] {
  const index = cachedIndex(input);
  const employee = index.employees.get(nip);
  const period = parsePeriod(periode);
  if (!employee || !period) return [];
  return assignmentsOf(index, employee).items.map(a => ({
    indicator: a.indicator,
    target: periodTarget(a, period).value,
    bobot: a.bobot,
  }));
}

const INDEX_CACHE = new WeakMap<WorkbookInput, AppraisalIndex>();
function cachedIndex(input: WorkbookInput): AppraisalIndex {
  let index = INDEX_CACHE.get(input);
  if (!index) INDEX_CACHE.set(input, (index = buildIndex(input)));
  return index;
}

// ---------------------------------------------------------------------------------------------
// One employee

const QUARTER_CODE = (year: number, q: number) => `${year}-TW${q}`;

/** An override typed in Ringkasan that differs from the suggestion and has no Alasan. */
export interface OverrideProblem {
  row: AppraisalRow;
  rating: Rating;
  suggested: Rating;
}

interface EmployeeAppraisal {
  result: EmployeeResult;
  overrideProblems: OverrideProblem[];
}

const COACHING: ReadonlySet<Predikat> = new Set<Predikat>([
  'Butuh Perbaikan',
  'Kurang/Misconduct',
  'Kurang',
  'Sangat Kurang',
]);

export function followUpOf(predikat: Predikat | null): FollowUp {
  if (predikat === 'Sangat Baik') return 'Penghargaan';
  return predikat && COACHING.has(predikat) ? 'Pembinaan' : null;
}

/** Upper limit of the NUMERIK Butuh Perbaikan band: a score at or below it is below expectation. */
const NUMERIK_BELOW_EXPECTATION = 90;

function appraiseEmployee(
  index: AppraisalIndex,
  employee: Employee,
  period: Period,
): EmployeeAppraisal {
  const {settings} = index.input;
  const numerik = settings.model === 'NUMERIK';
  const missing: Message[] = [];
  const quarters = period.kind === 'TW' ? [] : quartersOf(period);
  const quarterRows = quarters.map(q =>
    index.rows.get(QUARTER_CODE(period.year, q))?.get(employee.nip),
  );
  const ownRows = index.rows.get(period.code)?.get(employee.nip);
  const anyRows = !!ownRows || quarterRows.some(r => !!r);

  // Hasil kerja
  const assignments = assignmentsOf(index, employee);
  const weightsOk = weightsValid(
    assignments.items
      .filter(a => a.indicator.jenis === 'Utama')
      .map(a => a.bobot),
  );
  const indicatorResults: IndicatorResult[] = [];
  let utamaCount = 0;
  let utamaComplete = true;
  for (const assignment of assignments.items) {
    const {indicator} = assignment;
    const utama = indicator.jenis === 'Utama';
    if (utama) utamaCount++;
    const target = periodTarget(assignment, period);
    const own = ownRows?.hasilKerja.get(indicator.kode.toUpperCase());
    let realisasi: number | null = null;
    let problem: Message | null = null;
    let buktiDukung = own?.buktiDukung ?? '';
    let umpanBalik = own?.umpanBalik ?? '';
    const ownValue = own
      ? parseNumberStrict(own.realisasi)
      : {kind: 'blank' as const};
    if (ownValue.kind === 'number') {
      realisasi = ownValue.value;
    } else if (ownValue.kind === 'invalid') {
      problem = msg('validation.missing.realisasiInvalid', {
        kode: indicator.kode,
      });
    } else if (period.kind === 'TW') {
      problem = msg('validation.missing.realisasi', {kode: indicator.kode});
    } else {
      const values: number[] = [];
      quarters.forEach((q, i) => {
        const row = quarterRows[i]?.hasilKerja.get(
          indicator.kode.toUpperCase(),
        );
        const value = row
          ? parseNumberStrict(row.realisasi)
          : {kind: 'blank' as const};
        if (row) {
          buktiDukung = row.buktiDukung || buktiDukung;
          umpanBalik = row.umpanBalik || umpanBalik;
        }
        if (value.kind === 'number') values.push(value.value);
        else if (!problem) {
          problem =
            value.kind === 'invalid'
              ? msg('validation.missing.realisasiInvalid', {
                  kode: indicator.kode,
                })
              : msg('validation.missing.realisasiQuarter', {
                  kode: indicator.kode,
                  periode: QUARTER_CODE(period.year, q),
                });
        }
      });
      if (!problem) realisasi = aggregate(values, indicator.agregasi);
    }
    if (target.value === null && !problem) {
      problem = msg('validation.missing.target', {
        kode: indicator.kode,
        periode: period.code,
      });
    }
    const value =
      realisasi !== null && target.value !== null
        ? capaian(
            realisasi,
            target.value,
            indicator.arah,
            settings.batasCapaian,
          )
        : null;
    if (value === null && !problem) {
      // A target of zero or below: validation names the cell.
      problem = msg('validation.missing.target', {
        kode: indicator.kode,
        periode: period.code,
      });
    }
    if (utama && value === null) {
      utamaComplete = false;
      if (problem) missing.push(problem);
    }
    indicatorResults.push({
      kode: indicator.kode,
      uraian: indicator.indikator,
      satuan: indicator.satuan,
      jenis: indicator.jenis,
      arah: indicator.arah,
      bobot: utama ? assignment.bobot : null,
      target: target.value,
      realisasi,
      capaian: value,
      suggested:
        value === null
          ? null
          : suggestIndicatorRating(value, {
              ambangDiAtas: settings.ambangDiAtas,
              ambangSesuai: settings.ambangSesuai,
            }),
      buktiDukung,
      umpanBalik,
    });
  }
  if (utamaCount === 0) {
    utamaComplete = false;
    missing.push(msg('validation.missing.noUtama'));
  }
  if (!weightsOk) missing.push(msg('validation.missing.bobot'));
  const utamaResults = indicatorResults.filter(r => r.jenis === 'Utama');
  const capaianHasilKerja =
    utamaComplete && weightsOk
      ? numerik
        ? nilaiSkp(
            utamaResults.map(r => ({
              capaian: r.capaian as number,
              bobot: r.bobot,
            })),
            settings.batasCapaian,
          )
        : weightedMean(
            utamaResults.map(r => ({
              value: r.capaian as number,
              weight: r.bobot,
            })),
          )
      : null;
  const suggestedHasilKerja =
    utamaComplete && weightsOk
      ? suggestHasilKerja(
          indicatorResults
            .filter(r => r.suggested !== null)
            .map(r => ({
              jenis: r.jenis,
              rating: r.suggested as Rating,
              bobot: r.bobot,
            })),
        )
      : null;

  // Perilaku and Ringkasan: own tab, else the latest quarter with rows for this person.
  let behaviourRows =
    ownRows && (ownRows.perilaku.size || ownRows.ringkasan.size)
      ? ownRows
      : undefined;
  for (let i = quarterRows.length - 1; !behaviourRows && i >= 0; i--) {
    const rows = quarterRows[i];
    if (rows && (rows.perilaku.size || rows.ringkasan.size))
      behaviourRows = rows;
  }
  const aspects: AspectResult[] = [];
  let aspectsComplete = index.aspects.length > 0;
  if (!aspectsComplete) missing.push(msg('validation.missing.noAspects'));
  for (const aspect of index.aspects) {
    const row = behaviourRows?.perilaku.get(aspect.kode.toUpperCase());
    let rating: Rating | null = null;
    let score: number | null = null;
    if (numerik) {
      const parsed = row
        ? parseNumberStrict(row.rating)
        : {kind: 'blank' as const};
      if (
        parsed.kind === 'number' &&
        parsed.value >= 0 &&
        parsed.value <= 120
      ) {
        score = parsed.value;
      } else {
        aspectsComplete = false;
        missing.push(
          msg(
            parsed.kind === 'blank'
              ? 'validation.missing.rating'
              : 'validation.missing.ratingInvalid',
            {
              kode: aspect.kode,
            },
          ),
        );
      }
    } else {
      const parsed = row ? parseRating(row.rating) : null;
      if (parsed === null || parsed === 'invalid') {
        aspectsComplete = false;
        missing.push(
          msg(
            parsed === null
              ? 'validation.missing.rating'
              : 'validation.missing.ratingInvalid',
            {
              kode: aspect.kode,
            },
          ),
        );
      } else {
        rating = parsed;
      }
    }
    aspects.push({
      kode: aspect.kode,
      aspek: aspect.aspek,
      rating,
      score,
      umpanBalik: row?.umpanBalik ?? '',
    });
  }
  const suggestedPerilaku =
    !numerik && aspectsComplete
      ? suggestPerilaku(aspects.map(a => a.rating as Rating))
      : null;
  const nilaiPerilaku =
    numerik && aspectsComplete
      ? nilaiPerilakuNumerik(aspects.map(a => a.score as number))
      : null;

  // Supervisor overrides (Ringkasan HK / PK): a differing one needs an Alasan.
  const overrideProblems: OverrideProblem[] = [];
  const effective = (
    code: 'HK' | 'PK',
    suggested: Rating | null,
  ): Rating | null => {
    const row = behaviourRows?.ringkasan.get(code);
    const typed = row ? parseRating(row.rating) : null;
    if (!row || typed === null || typed === 'invalid') return suggested;
    if (suggested === null || typed === suggested) return typed;
    if (row.alasan.trim() === '') {
      overrideProblems.push({row, rating: typed, suggested});
      return suggested;
    }
    return typed;
  };
  const ratingHasilKerja = effective('HK', suggestedHasilKerja);
  const ratingPerilaku = numerik ? null : effective('PK', suggestedPerilaku);

  const complete = utamaComplete && weightsOk && aspectsComplete;
  let nilaiAkhir: number | null = null;
  let predikat: Predikat | null = null;
  if (complete) {
    if (numerik) {
      nilaiAkhir = nilaiAkhirNumerik(
        capaianHasilKerja as number,
        nilaiPerilaku as number,
        settings.bobotHasilKerja,
        settings.bobotPerilaku,
      );
      const inovasi = behaviourRows?.ringkasan.get('IN');
      const adaInovasi = /^\s*(ya|yes|y|true)\s*$/i.test(
        String(inovasi?.rating ?? ''),
      );
      predikat = predikatNumerik(nilaiAkhir, adaInovasi);
    } else {
      nilaiAkhir = capaianHasilKerja;
      predikat = kuadranPredikat(
        ratingHasilKerja as Rating,
        ratingPerilaku as Rating,
      );
    }
  }

  // Training advice: indicators suggested Di Bawah, then aspects below expectation; no repeats.
  const weakCodes = indicatorResults
    .filter(r => r.suggested === 'Di Bawah Ekspektasi')
    .map(r => r.kode);
  for (const a of aspects) {
    const below = numerik
      ? a.score !== null && a.score <= NUMERIK_BELOW_EXPECTATION
      : a.rating === 'Di Bawah Ekspektasi';
    if (below) weakCodes.push(a.kode);
  }
  const trainings: Training[] = [];
  const seenTrainings = new Set<string>();
  for (const code of weakCodes) {
    for (const t of index.trainingsByCode.get(code) ?? []) {
      const key = t.pelatihan.trim().toLowerCase();
      if (seenTrainings.has(key)) continue;
      seenTrainings.add(key);
      trainings.push(t);
    }
  }

  const atasan = index.employees.get(employee.nipAtasan);
  const unit = index.units.get(employee.kodeUnit);
  const feedback = ['HK', 'PK']
    .map(code => behaviourRows?.ringkasan.get(code)?.umpanBalik.trim() ?? '')
    .filter(text => text !== '');
  return {
    overrideProblems,
    result: {
      periode: period.code,
      nip: employee.nip,
      nama: employee.nama,
      jabatan: employee.jabatan,
      email: employee.email,
      kodeUnit: employee.kodeUnit,
      namaUnit: unit?.nama ?? '',
      nipAtasan: employee.nipAtasan,
      namaAtasan: atasan?.nama ?? '',
      emailAtasan: atasan?.email ?? '',
      capaianHasilKerja,
      suggestedHasilKerja,
      ratingHasilKerja,
      suggestedPerilaku,
      ratingPerilaku,
      nilaiPerilaku,
      nilaiAkhir,
      predikat,
      peringkatUnit: null,
      status: complete ? 'Lengkap' : 'Belum lengkap',
      missing: complete
        ? []
        : anyRows
          ? dedupeMessages(missing)
          : [msg('validation.missing.noAppraisal', {periode: period.code})],
      followUp: followUpOf(predikat),
      indicators: indicatorResults,
      aspects,
      umpanBalik: [...new Set(feedback)].join('\n'),
      trainings,
      angkaKredit: complete
        ? angkaKreditOf(employee.jabatan, predikat, period)
        : null,
    },
  };
}

function dedupeMessages(messages: Message[]): Message[] {
  const seen = new Set<string>();
  return messages.filter(m =>
    seen.has(m.id) ? false : (seen.add(m.id), true),
  );
}

// ---------------------------------------------------------------------------------------------
// A period

/** Issue for an override without Alasan, at the Alasan cell of the Ringkasan row. */
export function overrideIssue(
  input: WorkbookInput,
  problem: OverrideProblem,
): Issue {
  return makeIssue(
    problem.row.src.sheet,
    cellOf(input.columns, problem.row.src, 'Alasan'),
    'validation.override.noReason',
    {rating: problem.rating, suggested: problem.suggested},
  );
}

/** Appraises every active employee (with a NIP; the first row of a duplicated NIP) for a period. */
export function appraiseWithIndex(
  index: AppraisalIndex,
  period: Period,
): {results: EmployeeResult[]; overrideProblems: OverrideProblem[]} {
  const results: EmployeeResult[] = [];
  const overrideProblems: OverrideProblem[] = [];
  index.employees.forEach(employee => {
    if (!employee.aktif) return;
    const appraisal = appraiseEmployee(index, employee, period);
    results.push(appraisal.result);
    overrideProblems.push(...appraisal.overrideProblems);
  });
  results.sort(
    (a, b) =>
      compareCodes(a.kodeUnit, b.kodeUnit) ||
      (a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : 0),
  );
  // Ranks within each unit among complete results (results are sorted by unit).
  let start = 0;
  while (start < results.length) {
    let end = start;
    while (
      end < results.length &&
      results[end].kodeUnit === results[start].kodeUnit
    )
      end++;
    const ranked = results.slice(start, end).filter(r => r.nilaiAkhir !== null);
    const ranks = rankWithTies(ranked, r => r.nilaiAkhir);
    ranked.forEach(r => (r.peringkatUnit = ranks.get(r) ?? null));
    start = end;
  }
  return {results, overrideProblems};
}

export function appraisePeriod(
  input: WorkbookInput,
  periode: string,
): {results: EmployeeResult[]; issues: Issue[]} {
  const period = parsePeriod(periode);
  if (!period) {
    return {
      results: [],
      issues: [
        makeIssue(SHEET.pengaturan, '', 'validation.period.unknown', {
          value: periode,
        }),
      ],
    };
  }
  const index = buildIndex(input);
  const {results, overrideProblems} = appraiseWithIndex(index, period);
  const issues = overrideProblems.map(p => overrideIssue(input, p));
  issues.push(...distributionIssues(input, index, results));
  return {results, issues};
}

/** Distribution-curve warnings for each unit with a Capaian Organisasi, at that cell. */
function distributionIssues(
  input: WorkbookInput,
  index: AppraisalIndex,
  results: EmployeeResult[],
): Issue[] {
  const predikatsByUnit = new Map<string, Predikat[]>();
  for (const r of results)
    if (r.predikat) pushTo(predikatsByUnit, r.kodeUnit, r.predikat);
  const issues: Issue[] = [];
  [...index.units.values()]
    .sort((a, b) => compareCodes(a.kode, b.kode))
    .forEach(unit => {
      const predikats = predikatsByUnit.get(unit.kode);
      if (!unit.capaianOrganisasi || !predikats) return;
      for (const {message: warning} of checkDistribution(
        unit.capaianOrganisasi,
        predikats,
      )) {
        issues.push({
          sheet: unit.src.sheet,
          cell: cellOf(input.columns, unit.src, 'Capaian Organisasi'),
          message: {
            id: msg('validation.distribution', {
              unit: unit.kode,
              warning: warning.id,
            }).id,
            en: msg('validation.distribution', {
              unit: unit.kode,
              warning: warning.en,
            }).en,
          },
          level: 'Peringatan',
        });
      }
    });
  return issues;
}
