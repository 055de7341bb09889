// What the sidebar shows: progress of the appraisal per supervisor or unit, the predikat
// distribution from Hasil, curve warnings, freshness; the employee list; the sidebar's state.
// Pure computations take table values; the gas wrappers read each table once.

import type {EmployeeListItem, SidebarState, SummaryDto} from '../core/api';
import {checkDistribution} from '../core/distribution';
import {completion} from '../core/progress';
import {
  comparePeriods,
  normalizePeriod,
  periodsOfYear,
  type SiklusEvaluasi,
} from '../core/period';
import {parsePredikat} from '../core/rating';
import type {Lang, Predikat} from '../core/types';
import {type WorkbookInput, parseWorkbook} from '../sheets/read';
import {cellText} from '../core/cell-text';
import {hasilOfPeriod, periodsInHasil} from '../sheets/hasil';
import {latestEmailStatus} from '../sheets/log-email';
import {PROP_STALE, lastComputedKey} from './audit';
import {nipsOfUser, roleOf} from '../core/roles';
import {ownerEmail} from './identity';
import {settingsDto} from './settings';
import {sheetsReady} from './setup';
import {readWorkbook} from './workbook';
import {readHasilColumns, readProgressTabs} from './feedback/person-rows';
import {SHEET} from '../sheets/schema';

const PREDIKAT_LABELS: readonly (Predikat | 'Belum lengkap')[] = [
  'Sangat Baik',
  'Baik',
  'Butuh Perbaikan',
  'Kurang/Misconduct',
  'Kurang',
  'Sangat Kurang',
  'Belum lengkap',
];

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

/**
 * The keys of the progress rows that are `nips`' own (their NIP, or the units they head in Per
 * Unit), and the tabs of `period` holding their employees' rows.
 */
function ownPart(
  input: WorkbookInput,
  nips: string[],
  period: string,
): {keys: Set<string>; tabs: string[]} {
  const mine = new Set(nips);
  const perUnit = input.settings.tabPenilaian === 'Per Unit';
  const keys = new Set(
    perUnit
      ? input.units.filter(u => mine.has(u.nipKepala)).map(u => u.kode)
      : nips,
  );
  const theirs = new Set(
    input.employees
      .filter(e => keys.has(perUnit ? e.kodeUnit : e.nipAtasan))
      .map(e => e.nip),
  );
  const tabs = new Set<string>();
  for (const row of input.appraisals) {
    if (row.periode === period && theirs.has(row.nip)) tabs.add(row.src.sheet);
  }
  return {keys, tabs: [...tabs].filter(n => n !== SHEET.arsipPenilaian)};
}

export function getSummary(
  periodText: string,
  fallbackLang: Lang,
  user = '',
): SummaryDto {
  const period = normalizePeriod(periodText) ?? periodText;
  const read = readWorkbook({
    tables: ['pengaturan', 'unit', 'pegawai', 'perilaku', 'hasil'],
  });
  // The period's own tabs and, for a semester or year, those of its quarters: only the columns
  // the progress needs (one call per tab).
  read.raw.tabs = readProgressTabs(read.sheets, period);
  const {input} = parseWorkbook(read.raw, new Date());
  const lang = read.raw.tables.pengaturan
    ? input.settings.bahasa
    : fallbackLang;
  const hasil = hasilOfPeriod(read.raw.tables.hasil, period);
  const props = PropertiesService.getDocumentProperties();
  const {distribution: dist, curveWarnings} = distribution(input, hasil, lang);
  const role = roleOf(
    user,
    ownerEmail(),
    input.settings.emailHr,
    input.employees,
  );
  let rows = completion(input, period, lang);
  let myTabs = [
    ...new Set(
      input.appraisals.filter(r => r.periode === period).map(r => r.src.sheet),
    ),
  ].filter(n => n !== SHEET.arsipPenilaian);
  if (role !== 'hr') {
    // A supervisor sees their own progress and tabs, nothing of the instansi's results.
    const own = ownPart(input, nipsOfUser(user, input.employees), period);
    rows = rows.filter(r => own.keys.has(r.key));
    myTabs = own.tabs;
    return {
      period,
      completion: rows,
      distribution: [],
      curveWarnings: [],
      lastComputed: null,
      stale: false,
      employees: rows.reduce((n, r) => n + r.total, 0),
      role,
      myTabs,
    };
  }
  return {
    period,
    completion: rows,
    distribution: dist,
    curveWarnings,
    lastComputed: props.getProperty(lastComputedKey(period)),
    stale: props.getProperty(PROP_STALE) === '1',
    employees: input.employees.filter(e => e.aktif && e.nip).length,
    role,
    myTabs,
  };
}

export function listEmployees(periodText: string): EmployeeListItem[] {
  const period = normalizePeriod(periodText) ?? periodText;
  const read = readWorkbook({
    tables: ['pengaturan', 'pegawai', 'hasil', 'logEmail'],
  });
  const {input} = parseWorkbook(read.raw, new Date());
  const hasil = new Map(
    hasilOfPeriod(read.raw.tables.hasil, period).map(r => [
      cellText(r['nip']),
      r,
    ]),
  );
  const emailStatus = latestEmailStatus(read.raw.tables.logEmail, period);
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

/**
 * Periods offered in the picker: the active year's (with its months under Bulanan), plus those
 * found in tabs and Hasil.
 */
export function periodChoices(
  tahun: number,
  activePeriod: string,
  tabPeriods: string[],
  hasil: unknown[][] | undefined,
  cycle: SiklusEvaluasi = 'Triwulanan',
): string[] {
  const found = new Set<string>([...periodsOfYear(tahun, cycle), activePeriod]);
  for (const text of tabPeriods) {
    const p = normalizePeriod(text);
    if (p) found.add(p);
  }
  for (const p of periodsInHasil(hasil)) found.add(p);
  return [...found].sort(comparePeriods);
}

export function sidebarState(userEmail: string): SidebarState {
  const read = readWorkbook({tables: ['pengaturan']});
  const {input} = parseWorkbook(read.raw, new Date());
  // Only Hasil's Periode column: the periods it names (years of results add up fast).
  const hasilPeriods = readHasilColumns(read.sheets.get(SHEET.hasil), [
    'Periode',
  ]);
  const s = input.settings;
  return {
    lang: s.bahasa,
    namaInstansi: s.namaInstansi,
    userEmail,
    activePeriod: s.periodeAktif,
    periods: periodChoices(
      s.tahun,
      s.periodeAktif,
      read.tabs.map(tab => tab.identity.period),
      hasilPeriods,
      s.siklusEvaluasi,
    ),
    settings: settingsDto(s),
    ready: sheetsReady(read.sheets.keys()),
  };
}
