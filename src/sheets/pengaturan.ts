// The Pengaturan sheet (`Kunci | Nilai`): its settings, each with a default and an issue when
// unreadable.

import type {Issue, Lang, Model, Settings} from '../core/types';
import type {SiklusEvaluasi} from '../core/period';
import {parseNumberStrict} from '../core/numbers';
import {parseIkmBobotStrict} from '../core/ikm';
import {
  currentMonth,
  currentQuarter,
  normalizePeriod,
  parsePeriod,
} from '../core/period';
import {
  HEADERS,
  PENGATURAN_DEFAULTS,
  SHEET,
  a1,
  normalizeHeader,
} from './schema';
import {type ColumnMaps, choiceKey, makeIssue} from './table';
import {cellText} from '../core/cell-text';
import {parseLang} from '../core/i18n';
import {REQUIRED_HEADERS, openTable} from './table-reader';
import {hrEmails} from '../core/roles';
import {YA_TIDAK, isEmailList} from './values';

// ---------------------------------------------------------------------------------------------
// Pengaturan

export interface SettingsRead {
  settings: Settings;
  issues: Issue[];
  /** 1-based row of each key found (by its contract spelling), for callers that write settings. */
  rows: Record<string, number>;
  /** A1 of each key's Nilai cell (keys found only), for messages naming the cell. */
  cells: Record<string, string>;
}

const DEFAULTS = new Map(PENGATURAN_DEFAULTS.map(([k, v]) => [k, v]));

function defaultNumber(key: string): number {
  return Number(DEFAULTS.get(key));
}

const LANGS: Record<string, Lang> = {
  id: 'id',
  indonesia: 'id',
  'bahasa indonesia': 'id',
  en: 'en',
  english: 'en',
  inggris: 'en',
  'bahasa inggris': 'en',
};

/** Year of a date in Asia/Jakarta (UTC+7, no daylight saving), as the default `Tahun`. */
function jakartaYear(date: Date): number {
  return new Date(date.getTime() + 7 * 3600 * 1000).getUTCFullYear();
}

/**
 * Reads Pengaturan (`Kunci | Nilai`). Unknown keys are ignored (users keep notes there); an
 * unreadable value is reported at its Nilai cell and the default is used.
 */
export function readSettings(
  values: unknown[][] | undefined,
  today: Date = new Date(),
): SettingsRead {
  const issues: Issue[] = [];
  const columns: ColumnMaps = {};
  const table = openTable(
    SHEET.pengaturan,
    values,
    HEADERS.pengaturan,
    REQUIRED_HEADERS.pengaturan,
    issues,
    columns,
  );
  const keyColumn = table.index('Kunci');
  const valueColumn = table.index('Nilai');
  const byKey = new Map<string, {row: number; value: unknown}>();
  const known = new Map(
    PENGATURAN_DEFAULTS.map(([k]) => [normalizeHeader(k), k] as const),
  );
  for (const {row, cells} of table.rows) {
    const key = known.get(normalizeHeader(cells[keyColumn]));
    if (key && !byKey.has(key))
      byKey.set(key, {row, value: cells[valueColumn]});
  }
  const rows: Record<string, number> = {};
  const cells: Record<string, string> = {};
  byKey.forEach((v, k) => {
    rows[k] = v.row;
    cells[k] = a1(v.row, valueColumn + 1);
  });
  const cellOfKey = (key: string) =>
    byKey.has(key) ? a1(byKey.get(key)!.row, valueColumn + 1) : '';
  const raw = (key: string) => byKey.get(key)?.value ?? '';
  const problem = (key: string, fallback: string | number) =>
    issues.push(
      makeIssue(
        SHEET.pengaturan,
        cellOfKey(key),
        'validation.setting.invalid',
        {
          key,
          value: cellText(raw(key)),
          fallback: String(fallback),
        },
      ),
    );
  const number = (key: string, ok: (n: number) => boolean) => {
    const fallback = defaultNumber(key);
    const parsed = parseNumberStrict(raw(key));
    if (parsed.kind === 'blank') return fallback;
    if (parsed.kind === 'number' && ok(parsed.value)) return parsed.value;
    problem(key, fallback);
    return fallback;
  };
  const choice = <T>(key: string, map: Record<string, T>, fallback: T): T => {
    const value = raw(key);
    const k = typeof value === 'boolean' ? String(value) : choiceKey(value);
    if (k === '') return fallback;
    if (k in map) return map[k];
    problem(key, String(DEFAULTS.get(key)));
    return fallback;
  };

  const siklusEvaluasi = choice<SiklusEvaluasi>(
    'Siklus Evaluasi',
    {
      triwulanan: 'Triwulanan',
      triwulan: 'Triwulanan',
      bulanan: 'Bulanan',
      bulan: 'Bulanan',
    },
    'Triwulanan',
  );
  const defaultPeriod =
    siklusEvaluasi === 'Bulanan' ? currentMonth(today) : currentQuarter(today);
  let periodeAktif = defaultPeriod;
  if (cellText(raw('Periode Aktif')) !== '') {
    const canonical = normalizePeriod(cellText(raw('Periode Aktif')));
    if (canonical) periodeAktif = canonical;
    else problem('Periode Aktif', defaultPeriod);
  }

  let tahun = jakartaYear(today);
  const tahunText = cellText(raw('Tahun'));
  if (tahunText !== '') {
    const n = parseNumberStrict(raw('Tahun'));
    if (
      n.kind === 'number' &&
      Number.isInteger(n.value) &&
      n.value >= 1900 &&
      n.value <= 2200
    ) {
      tahun = n.value;
    } else {
      problem('Tahun', tahun);
    }
  }

  if (
    periodeAktifMismatch(periodeAktif, tahun) &&
    cellText(raw('Periode Aktif')) !== ''
  ) {
    issues.push(
      makeIssue(
        SHEET.pengaturan,
        cellOfKey('Periode Aktif'),
        'period.outsideYear',
        {
          periode: periodeAktif,
          tahun,
        },
      ),
    );
  }
  const model = choice<Model>(
    'Model Penilaian',
    {kuadran: 'KUADRAN', numerik: 'NUMERIK'},
    'KUADRAN',
  );
  let bobotHasilKerja = number('Bobot Hasil Kerja', n => n >= 0 && n <= 100);
  let bobotPerilaku = number('Bobot Perilaku', n => n >= 0 && n <= 100);
  if (Math.abs(bobotHasilKerja + bobotPerilaku - 100) > 0.01) {
    issues.push(
      makeIssue(
        SHEET.pengaturan,
        cellOfKey('Bobot Perilaku') || cellOfKey('Bobot Hasil Kerja'),
        'validation.setting.bobotSum',
        {
          hasilKerja: bobotHasilKerja,
          perilaku: bobotPerilaku,
          total: Math.round((bobotHasilKerja + bobotPerilaku) * 100) / 100,
        },
      ),
    );
    bobotHasilKerja = defaultNumber('Bobot Hasil Kerja');
    bobotPerilaku = defaultNumber('Bobot Perilaku');
  }
  const batasCapaian = number('Batas Capaian', n => n >= 100);
  let ambangDiAtas = number('Ambang Di Atas', n => n > 0);
  let ambangSesuai = number('Ambang Sesuai', n => n > 0);
  if (ambangSesuai > ambangDiAtas) {
    issues.push(
      makeIssue(
        SHEET.pengaturan,
        cellOfKey('Ambang Sesuai') || cellOfKey('Ambang Di Atas'),
        'validation.setting.ambangOrder',
        {diAtas: ambangDiAtas, sesuai: ambangSesuai},
      ),
    );
    ambangDiAtas = defaultNumber('Ambang Di Atas');
    ambangSesuai = defaultNumber('Ambang Sesuai');
  }
  let bobotIkm = 1 / 9;
  if (cellText(raw('Bobot IKM')) !== '') {
    // The same reading as ASN_IKM's (1/9, 0,111, 11,1%), so Validasi never flags a weight that
    // the formula then uses.
    const parsed = parseIkmBobotStrict(raw('Bobot IKM'));
    if (parsed !== null) bobotIkm = parsed;
    else problem('Bobot IKM', '1/9');
  }
  const tabPenilaian = choice<Settings['tabPenilaian']>(
    'Tab Penilaian',
    {
      'per atasan': 'Per Atasan',
      atasan: 'Per Atasan',
      'per unit': 'Per Unit',
      unit: 'Per Unit',
    },
    'Per Atasan',
  );
  const tembusanAtasan = choice('Tembusan Atasan', YA_TIDAK, true);
  const jedaPengingat = number(
    'Jeda Pengingat (hari)',
    n => Number.isInteger(n) && n >= 1 && n <= 365,
  );
  const bahasa = choice<Lang>('Bahasa', LANGS, 'id');
  // Several HR addresses may be typed (SHEETS.md, Roles): kept as one list, `a@x, b@y`.
  let emailHr = hrEmails(cellText(raw('Email HR'))).join(', ');
  if (emailHr !== '' && !isEmailList(emailHr)) {
    problem('Email HR', '');
    emailHr = '';
  }
  return {
    settings: {
      namaInstansi: cellText(raw('Nama Instansi')),
      tahun,
      periodeAktif,
      model,
      bobotHasilKerja,
      bobotPerilaku,
      batasCapaian,
      ambangDiAtas,
      ambangSesuai,
      bobotIkm,
      tabPenilaian,
      tembusanAtasan,
      jedaPengingat,
      bahasa,
      emailHr,
      siklusEvaluasi,
    },
    issues,
    rows,
    cells,
  };
}

/** A month in Periode Aktif of another year than `Tahun` (its months are the year's). */
function periodeAktifMismatch(periodeAktif: string, tahun: number): boolean {
  const period = parsePeriod(periodeAktif);
  return period?.kind === 'M' && period.year !== tahun;
}

/** Pengaturan's `Periode Aktif` and `Bahasa` from its raw values (Kunci | Nilai). */
export function readPengaturanBasics(values: unknown[][] | null): {
  periodeAktif: string | null;
  lang: Lang;
  values: Record<string, unknown>;
} {
  const byKey: Record<string, unknown> = {};
  if (values && values.length > 0) {
    const header = values[0].map(normalizeHeader);
    let keyCol = header.indexOf('kunci');
    let valueCol = header.indexOf('nilai');
    if (keyCol < 0 || valueCol < 0) {
      keyCol = 0;
      valueCol = 1;
    }
    for (const row of values.slice(1)) {
      const key = normalizeHeader(row[keyCol]);
      if (key && !(key in byKey)) byKey[key] = row[valueCol];
    }
  }
  return {
    periodeAktif: normalizePeriod(byKey['periode aktif']),
    lang: parseLang(byKey['bahasa']),
    values: byKey,
  };
}
