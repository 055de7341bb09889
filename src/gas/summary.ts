// What the sidebar shows: progress of the appraisal per supervisor or unit, the predikat
// distribution from Hasil, curve warnings, freshness; the employee list; the sidebar's state.
// Pure computations take table values; the gas wrappers read each table once.

import type {
  EmployeeListItem,
  ProgressRow,
  SidebarState,
  SummaryDto,
} from '../core/api';
import {checkDistribution} from '../core/distribution';
import {t} from '../core/i18n';
import {
  comparePeriods,
  normalizePeriod,
  parsePeriod,
  periodsOfYear,
  quartersOf,
} from '../core/period';
import {parsePredikat} from '../core/rating';
import type {Lang, Predikat} from '../core/types';
import {
  type WorkbookInput,
  parseWorkbook,
  periodOfTabName,
} from '../sheets/read';
import {normalizeHeader} from '../sheets/schema';
import {cellText, headerColumns} from '../sheets/table';
import {PROP_STALE, lastComputedKey} from './audit';
import {settingsDto} from './settings';
import {sheetsReady} from './setup';
import {readWorkbook} from './workbook';

const PREDIKAT_LABELS: readonly (Predikat | 'Belum lengkap')[] = [
  'Sangat Baik',
  'Baik',
  'Butuh Perbaikan',
  'Kurang/Misconduct',
  'Kurang',
  'Sangat Kurang',
  'Belum lengkap',
];

/** Rows of a table as objects keyed by normalised header. */
function records(values: unknown[][] | undefined): Record<string, unknown>[] {
  if (!values || values.length < 2) return [];
  const columns = headerColumns(values[0]);
  return values.slice(1).map(row => {
    const record: Record<string, unknown> = {};
    for (const [key, column] of Object.entries(columns))
      record[key] = row[column - 1];
    return record;
  });
}

/** Hasil rows of one period. */
export function hasilOfPeriod(
  values: unknown[][] | undefined,
  periode: string,
) {
  return records(values).filter(
    r => normalizePeriod(cellText(r['periode'])) === periode,
  );
}

/** What one person's rows of one period say about completeness. */
interface PersonRows {
  /** Hasil Kerja rows by Kode: whether Realisasi is filled. */
  hasil: Map<string, boolean>;
  /** Perilaku rows: whether Rating is filled. */
  perilaku: boolean[];
  /** Whether the period has Perilaku or Ringkasan rows for this person. */
  behaviour: boolean;
}

/** Appraisal rows grouped by period code, then by NIP. */
function rowsByPeriod(
  input: WorkbookInput,
): Map<string, Map<string, PersonRows>> {
  const byPeriod = new Map<string, Map<string, PersonRows>>();
  for (const row of input.appraisals) {
    let people = byPeriod.get(row.periode);
    if (!people) byPeriod.set(row.periode, (people = new Map()));
    let person = people.get(row.nip);
    if (!person) {
      person = {hasil: new Map(), perilaku: [], behaviour: false};
      people.set(row.nip, person);
    }
    if (row.jenis === 'Hasil Kerja') {
      const kode = row.kode.toUpperCase();
      const filled = cellText(row.realisasi) !== '';
      person.hasil.set(kode, filled || !!person.hasil.get(kode));
    } else if (row.jenis === 'Perilaku') {
      person.perilaku.push(cellText(row.rating) !== '');
      person.behaviour = true;
    } else if (row.jenis === 'Ringkasan') {
      person.behaviour = true;
    }
  }
  return byPeriod;
}

/**
 * Whether a person's inputs for a period are complete, read the way appraisePeriod reads them
 * (src/core/appraise.ts): a Realisasi of the period's own tab, else one in every quarter of the
 * period (an S1 aggregates TW1 and TW2); Perilaku from the own tab, else the latest quarter with
 * rows. A quarter has no quarters of its own to fall back on.
 */
function personComplete(
  own: PersonRows | undefined,
  quarters: (PersonRows | undefined)[],
): boolean {
  const sources = [own, ...quarters].filter((p): p is PersonRows => !!p);
  if (sources.length === 0) return false;
  const codes = new Set(sources.flatMap(p => [...p.hasil.keys()]));
  for (const kode of codes) {
    if (own?.hasil.get(kode)) continue;
    if (quarters.length === 0 || !quarters.every(q => q?.hasil.get(kode)))
      return false;
  }
  let behaviour = own?.behaviour ? own : undefined;
  for (let i = quarters.length - 1; !behaviour && i >= 0; i--) {
    if (quarters[i]?.behaviour) behaviour = quarters[i];
  }
  return !behaviour || behaviour.perilaku.every(rated => rated);
}

/**
 * Share of each appraiser's employees whose inputs are complete for the period: every Hasil Kerja
 * row has a Realisasi and every Perilaku row a Rating, in the period's own tabs or, for a semester
 * or year, in the tabs of its quarters (see personComplete).
 */
export function completion(
  input: WorkbookInput,
  periode: string,
  lang: Lang,
): ProgressRow[] {
  const perUnit = input.settings.tabPenilaian === 'Per Unit';
  const byPeriod = rowsByPeriod(input);
  const period = parsePeriod(periode);
  const quarterCodes =
    period && period.kind !== 'TW'
      ? quartersOf(period).map(q => `${period.year}-TW${q}`)
      : [];
  const names = new Map(input.employees.map(e => [e.nip, e.nama]));
  const units = new Map(input.units.map(u => [u.kode, u.nama]));
  const groups = new Map<string, ProgressRow>();
  for (const e of input.employees) {
    if (!e.aktif || !e.nip) continue;
    const key = perUnit ? e.kodeUnit : e.nipAtasan;
    const label = perUnit
      ? units.get(key) || key
      : names.get(key) || key || t(lang, 'workflow.summary.noHr');
    const row = groups.get(key) ?? {key, label, done: 0, total: 0};
    row.total++;
    const own = byPeriod.get(periode)?.get(e.nip);
    const quarters = quarterCodes.map(code => byPeriod.get(code)?.get(e.nip));
    if (personComplete(own, quarters)) row.done++;
    groups.set(key, row);
  }
  return [...groups.values()].sort((a, b) =>
    a.label.localeCompare(b.label, 'id'),
  );
}

/** Count per predikat in Hasil, plus curve warnings per unit with a Capaian Organisasi. */
export function distribution(
  input: WorkbookInput,
  hasil: Record<string, unknown>[],
  lang: Lang,
) {
  const count = new Map<string, number>();
  const byUnit = new Map<string, Predikat[]>();
  for (const row of hasil) {
    const predikat = parsePredikat(row['predikat']);
    const label = predikat ?? 'Belum lengkap';
    count.set(label, (count.get(label) ?? 0) + 1);
    if (predikat) {
      const unit = cellText(row['kode unit']);
      byUnit.set(unit, [...(byUnit.get(unit) ?? []), predikat]);
    }
  }
  const curveWarnings: string[] = [];
  for (const unit of input.units) {
    const list = byUnit.get(unit.kode);
    if (!unit.capaianOrganisasi || !list) continue;
    for (const w of checkDistribution(unit.capaianOrganisasi, list)) {
      curveWarnings.push(`${unit.kode}: ${w.message[lang]}`);
    }
  }
  return {
    distribution: PREDIKAT_LABELS.filter(l => count.has(l)).map(label => ({
      label,
      count: count.get(label) ?? 0,
    })),
    curveWarnings,
  };
}

export function getSummary(
  periodeText: string,
  fallbackLang: Lang,
): SummaryDto {
  const periode = normalizePeriod(periodeText) ?? periodeText;
  const read = readWorkbook({
    tables: ['pengaturan', 'unit', 'pegawai', 'perilaku', 'hasil'],
    // The period's own tabs and, for a semester or year, those of its quarters.
    periode,
  });
  const {input} = parseWorkbook(read.raw, new Date());
  const lang = read.raw.tables.pengaturan
    ? input.settings.bahasa
    : fallbackLang;
  const hasil = hasilOfPeriod(read.raw.tables.hasil, periode);
  const props = PropertiesService.getDocumentProperties();
  const {distribution: dist, curveWarnings} = distribution(input, hasil, lang);
  return {
    periode,
    completion: completion(input, periode, lang),
    distribution: dist,
    curveWarnings,
    lastComputed: props.getProperty(lastComputedKey(periode)),
    stale: props.getProperty(PROP_STALE) === '1',
    employees: input.employees.filter(e => e.aktif && e.nip).length,
  };
}

export function listEmployees(periodeText: string): EmployeeListItem[] {
  const periode = normalizePeriod(periodeText) ?? periodeText;
  const read = readWorkbook({
    tables: ['pengaturan', 'pegawai', 'hasil', 'logEmail'],
  });
  const {input} = parseWorkbook(read.raw, new Date());
  const hasil = new Map(
    hasilOfPeriod(read.raw.tables.hasil, periode).map(r => [
      cellText(r['nip']),
      r,
    ]),
  );
  // The latest Log Email row of this period per NIP (rows are appended in time order).
  const emailStatus = new Map<string, string>();
  for (const r of records(read.raw.tables.logEmail)) {
    if (normalizePeriod(cellText(r['periode'])) !== periode) continue;
    emailStatus.set(cellText(r['nip']), cellText(r['status']));
  }
  return input.employees
    .filter(e => e.aktif && e.nip)
    .sort((a, b) => a.nama.localeCompare(b.nama, 'id'))
    .map(e => {
      const h = hasil.get(e.nip);
      return {
        nip: e.nip,
        nama: e.nama,
        kodeUnit: e.kodeUnit,
        predikat: h ? parsePredikat(h['predikat']) : null,
        status: h ? cellText(h['status']) : '',
        email: e.email,
        emailStatus: emailStatus.get(e.nip) ?? '',
      };
    });
}

/** Periods offered in the picker: the active year's, plus those found in tabs and Hasil. */
export function periodChoices(
  tahun: number,
  activePeriod: string,
  tabNames: string[],
  hasil: unknown[][] | undefined,
): string[] {
  const found = new Set<string>([...periodsOfYear(tahun), activePeriod]);
  for (const name of tabNames) {
    const p = normalizePeriod(periodOfTabName(name));
    if (p) found.add(p);
  }
  const column = headerColumns(hasil?.[0])[normalizeHeader('Periode')];
  if (column && hasil) {
    for (let r = 1; r < hasil.length; r++) {
      const p = normalizePeriod(cellText(hasil[r][column - 1]));
      if (p) found.add(p);
    }
  }
  return [...found].sort(comparePeriods);
}

export function sidebarState(userEmail: string): SidebarState {
  const read = readWorkbook({tables: ['pengaturan', 'hasil']});
  const {input} = parseWorkbook(read.raw, new Date());
  const s = input.settings;
  return {
    lang: s.bahasa,
    namaInstansi: s.namaInstansi,
    userEmail,
    activePeriod: s.periodeAktif,
    periods: periodChoices(
      s.tahun,
      s.periodeAktif,
      read.tabNames,
      read.raw.tables.hasil,
    ),
    settings: settingsDto(s),
    ready: sheetsReady(read.sheets.keys()),
  };
}
