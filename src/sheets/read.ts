// Raw table values (row 1 = headers, as getValues returns them) -> typed records + issues.
// Headers are found by text (any order, extra columns ignored). A cell that cannot be read as its
// column's type leaves a default in the record and an InvalidCell marker on `src.invalid`, which
// validateInput turns into an Issue at that cell. parseWorkbook itself reports only what concerns
// whole sheets (missing sheet or header) and the Pengaturan values (a default is used instead).

import {BERAKHLAK} from '../core/berakhlak';
import type {
  Agregasi,
  AppraisalInput,
  AppraisalKind,
  AppraisalRow,
  Arah,
  Aspect,
  CapaianOrganisasi,
  EmailTemplate,
  Employee,
  EmployeeStatus,
  Indicator,
  InvalidCell,
  Issue,
  Jenis,
  Lang,
  Model,
  Settings,
  SkpAssignment,
  SourceRef,
  Training,
  Unit,
} from '../core/types';
import {parseNumberStrict} from '../core/numbers';
import {parseIkmBobotStrict} from '../core/ikm';
import {currentQuarter, normalizePeriod} from '../core/period';
import {normalizeNip} from '../core/nip';
import {
  HEADERS,
  PENGATURAN_DEFAULTS,
  PENILAIAN_PREFIX,
  SHEET,
  a1,
  normalizeHeader,
} from './schema';
import {
  type ColumnMap,
  type ColumnMaps,
  cellOf,
  choiceKey,
  headerColumns,
  isBlankRow,
  makeIssue,
} from './table';
import {cellText} from '../core/cell-text';

export interface RawWorkbook {
  tables: Partial<Record<keyof typeof SHEET, unknown[][]>>;
  tabs: {name: string; values: unknown[][]}[];
}

/** The records plus where their columns were found. */
export interface WorkbookInput extends AppraisalInput {
  /**
   * Column of each header per sheet/tab as read (sheet name -> normalised header -> 1-based
   * column), so problems name the right cell when users reorder columns. Absent: contract order.
   */
  columns?: ColumnMaps;
}

/** Headers without which a sheet's rows cannot be read at all. Other contract headers are optional. */
const REQUIRED_HEADERS: Record<string, readonly string[]> = {
  pengaturan: ['Kunci', 'Nilai'],
  templateEmail: ['Kunci', 'Nilai'],
  unit: ['Kode Unit', 'Nama Unit'],
  pegawai: ['NIP', 'Nama', 'Kode Unit', 'NIP Atasan'],
  indikator: ['Kode', 'Kode Unit', 'Indikator'],
  skp: ['NIP', 'Kode Indikator'],
  perilaku: ['Kode', 'Aspek'],
  pelatihan: ['Kode', 'Pelatihan'],
  penilaian: ['NIP', 'Jenis', 'Kode', 'Realisasi', 'Rating'],
};

/** Sheets the appraisal cannot do without: their absence is an error, not a default. */
const ESSENTIAL_SHEETS: readonly (keyof typeof SHEET)[] = [
  'unit',
  'pegawai',
  'indikator',
];

/** One readable table: its column map and, per data row, its 1-based row and cells. */
interface Table {
  sheet: string;
  columns: ColumnMap;
  rows: {row: number; cells: readonly unknown[]}[];
  /** 0-based index of a header's column, -1 when absent. */
  index(header: string): number;
}

function openTable(
  sheet: string,
  values: unknown[][] | undefined,
  contract: readonly string[],
  required: readonly string[],
  issues: Issue[],
  columnsOut: ColumnMaps,
): Table {
  const columns = headerColumns(values?.[0]);
  const indexCache = new Map<string, number>();
  const index = (header: string) => {
    let i = indexCache.get(header);
    if (i === undefined) {
      i = (columns[normalizeHeader(header)] ?? 0) - 1;
      indexCache.set(header, i);
    }
    return i;
  };
  const empty: Table = {sheet, columns, rows: [], index};
  if (!values) return empty;
  columnsOut[sheet] = columns;
  const missingRequired = required.filter(h => index(h) < 0);
  for (const header of missingRequired) {
    issues.push(
      makeIssue(sheet, '', 'validation.sheet.headerMissing', {header}),
    );
  }
  if (missingRequired.length) return empty;
  for (const header of contract) {
    if (index(header) < 0 && !required.includes(header)) {
      issues.push(
        makeIssue(
          sheet,
          '',
          'validation.sheet.headerOptionalMissing',
          {header},
          'Peringatan',
        ),
      );
    }
  }
  const rows: Table['rows'] = [];
  for (let r = 1; r < values.length; r++) {
    const cells = values[r];
    if (!isBlankRow(cells)) rows.push({row: r + 1, cells});
  }
  return {sheet, columns, rows, index};
}

/** A reader of one row: typed getters that record unreadable cells on `src.invalid`. */
class RowReader {
  readonly src: SourceRef;
  constructor(
    private readonly table: Table,
    private readonly cells: readonly unknown[],
    row: number,
  ) {
    this.src = {sheet: table.sheet, row};
  }

  raw(header: string): unknown {
    const i = this.table.index(header);
    return i < 0 ? '' : (this.cells[i] ?? '');
  }

  text(header: string): string {
    return cellText(this.raw(header));
  }

  private mark(header: string, text: string, problem: InvalidCell['problem']) {
    (this.src.invalid ??= []).push({header, text, problem});
  }

  /** Blank -> null; unreadable -> null and marked. */
  number(header: string): number | null {
    const parsed = parseNumberStrict(this.raw(header));
    if (parsed.kind === 'number') return parsed.value;
    if (parsed.kind === 'invalid') this.mark(header, parsed.text, 'invalid');
    return null;
  }

  /** A NIP as text, spaces and dots removed; a number cell is marked (its last digits may be lost). */
  nip(header: string): string {
    const value = this.raw(header);
    const text = normalizeNip(value);
    if (typeof value === 'number') this.mark(header, text, 'storedAsNumber');
    return text;
  }

  /** One of `choices` (case, spacing and dashes ignored); blank -> fallback; else fallback, marked. */
  choice<T, F>(header: string, choices: Record<string, T>, fallback: F): T | F {
    const value = this.raw(header);
    const key = typeof value === 'boolean' ? String(value) : choiceKey(value);
    if (key === '') return fallback;
    const found = choices[key];
    if (found !== undefined) return found;
    this.mark(header, cellText(value), 'invalid');
    return fallback;
  }
}

// Accepted spellings, keyed by choiceKey(): lower case, spaces/dashes/underscores collapsed.
const ARAH: Record<string, Arah> = {naik: 'Naik', turun: 'Turun'};
const JENIS: Record<string, Jenis> = {utama: 'Utama', tambahan: 'Tambahan'};
const AGREGASI: Record<string, Agregasi> = {
  jumlah: 'Jumlah',
  'rata rata': 'Rata-rata',
  ratarata: 'Rata-rata',
  terakhir: 'Terakhir',
};
const STATUS: Record<string, EmployeeStatus> = {pns: 'PNS', pppk: 'PPPK'};
export const YA_TIDAK: Record<string, boolean> = {
  ya: true,
  y: true,
  yes: true,
  true: true,
  aktif: true,
  tidak: false,
  t: false,
  no: false,
  false: false,
  'tidak aktif': false,
  nonaktif: false,
};
const CAPAIAN_ORGANISASI: Record<string, CapaianOrganisasi> = {
  istimewa: 'Istimewa',
  baik: 'Baik',
  'butuh perbaikan': 'Butuh Perbaikan',
  kurang: 'Kurang',
  'sangat kurang': 'Sangat Kurang',
};
const APPRAISAL_KIND: Record<string, AppraisalKind> = {
  'hasil kerja': 'Hasil Kerja',
  perilaku: 'Perilaku',
  'perilaku kerja': 'Perilaku',
  ringkasan: 'Ringkasan',
};

/** Accepted spellings of each column with a fixed list of values (for messages). */
export const CHOICES: Record<string, readonly string[]> = {
  Arah: ['Naik', 'Turun'],
  Jenis: ['Utama', 'Tambahan'],
  Agregasi: ['Jumlah', 'Rata-rata', 'Terakhir'],
  Status: ['PNS', 'PPPK'],
  Aktif: ['Ya', 'Tidak'],
  'Capaian Organisasi': Object.values(CAPAIAN_ORGANISASI),
  'Jenis Penilaian': ['Hasil Kerja', 'Perilaku', 'Ringkasan'],
};

// ---------------------------------------------------------------------------------------------
// Pengaturan

export interface SettingsRead {
  settings: Settings;
  issues: Issue[];
  /** 1-based row of each key found (by its contract spelling), for callers that write settings. */
  rows: Record<string, number>;
}

const DEFAULTS = new Map(PENGATURAN_DEFAULTS.map(([k, v]) => [k, v]));

function defaultNumber(key: string): number {
  return Number(DEFAULTS.get(key));
}

const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;
export function isEmail(text: string): boolean {
  return EMAIL.test(text);
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
  byKey.forEach((v, k) => (rows[k] = v.row));
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

  const defaultPeriod = currentQuarter(today);
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
  const bahasa = choice<Lang>('Bahasa', LANGS, 'id');
  let emailHr = cellText(raw('Email HR'));
  if (emailHr !== '' && !isEmail(emailHr)) {
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
      bahasa,
      emailHr,
    },
    issues,
    rows,
  };
}

// ---------------------------------------------------------------------------------------------
// Whole workbook

function readKeyValue(table: Table): Map<string, string> {
  const result = new Map<string, string>();
  const k = table.index('Kunci');
  const v = table.index('Nilai');
  for (const {cells} of table.rows) {
    const key = normalizeHeader(cells[k]);
    if (key && !result.has(key)) result.set(key, cellText(cells[v]));
  }
  return result;
}

/** The period part of a tab name `Penilaian <Periode> <key>`. */
export function periodOfTabName(name: string): string {
  return name.slice(PENILAIAN_PREFIX.length).trim().split(/\s+/)[0] ?? '';
}

export function parseWorkbook(
  raw: RawWorkbook,
  today: Date = new Date(),
): {input: WorkbookInput; issues: Issue[]} {
  const {settings, issues} = readSettings(raw.tables.pengaturan, today);
  const columns: ColumnMaps = {};
  if (raw.tables.pengaturan) {
    columns[SHEET.pengaturan] = headerColumns(raw.tables.pengaturan[0]);
  }
  for (const key of ESSENTIAL_SHEETS) {
    if (!raw.tables[key]) {
      issues.push(
        makeIssue(SHEET[key], '', 'validation.sheet.missing', {
          sheet: SHEET[key],
        }),
      );
    }
  }
  const open = (key: Exclude<keyof typeof HEADERS, 'penilaian'>) =>
    openTable(
      SHEET[key as keyof typeof SHEET],
      raw.tables[key as keyof typeof SHEET],
      HEADERS[key],
      REQUIRED_HEADERS[key] ?? [],
      issues,
      columns,
    );

  const units: Unit[] = [];
  const unitTable = open('unit');
  for (const {row, cells} of unitTable.rows) {
    const r = new RowReader(unitTable, cells, row);
    units.push({
      kode: r.text('Kode Unit'),
      nama: r.text('Nama Unit'),
      induk: r.text('Induk'),
      nipKepala: r.nip('NIP Kepala'),
      capaianOrganisasi: r.choice(
        'Capaian Organisasi',
        CAPAIAN_ORGANISASI,
        null,
      ),
      src: r.src,
    });
  }

  const employees: Employee[] = [];
  const pegawaiTable = open('pegawai');
  for (const {row, cells} of pegawaiTable.rows) {
    const r = new RowReader(pegawaiTable, cells, row);
    employees.push({
      nip: r.nip('NIP'),
      nama: r.text('Nama'),
      jabatan: r.text('Jabatan'),
      kodeUnit: r.text('Kode Unit'),
      nipAtasan: r.nip('NIP Atasan'),
      email: r.text('Email'),
      status: r.choice('Status', STATUS, 'PNS'),
      aktif: r.choice('Aktif', YA_TIDAK, true),
      src: r.src,
    });
  }

  const indicators: Indicator[] = [];
  const indikatorTable = open('indikator');
  for (const {row, cells} of indikatorTable.rows) {
    const r = new RowReader(indikatorTable, cells, row);
    indicators.push({
      kode: r.text('Kode'),
      kodeUnit: r.text('Kode Unit'),
      rencanaHasilKerja: r.text('Rencana Hasil Kerja'),
      indikator: r.text('Indikator'),
      satuan: r.text('Satuan'),
      arah: r.choice('Arah', ARAH, 'Naik'),
      jenis: r.choice('Jenis', JENIS, 'Utama'),
      agregasi: r.choice('Agregasi', AGREGASI, 'Jumlah'),
      targetTahunan: r.number('Target Tahunan'),
      targetTriwulan: [
        r.number('Target TW1'),
        r.number('Target TW2'),
        r.number('Target TW3'),
        r.number('Target TW4'),
      ],
      bobot: r.number('Bobot'),
      src: r.src,
    });
  }

  const skp: SkpAssignment[] = [];
  const skpTable = open('skp');
  for (const {row, cells} of skpTable.rows) {
    const r = new RowReader(skpTable, cells, row);
    skp.push({
      nip: r.nip('NIP'),
      kodeIndikator: r.text('Kode Indikator'),
      target: r.number('Target'),
      bobot: r.number('Bobot'),
      src: r.src,
    });
  }

  let aspects: Aspect[] = [];
  const perilakuTable = open('perilaku');
  for (const {row, cells} of perilakuTable.rows) {
    const r = new RowReader(perilakuTable, cells, row);
    aspects.push({
      kode: r.text('Kode'),
      aspek: r.text('Aspek'),
      panduan: r.text('Panduan'),
      src: r.src,
    });
  }
  // No Perilaku sheet (or an empty one): the 7 BerAKHLAK core values, the contract's default.
  if (aspects.length === 0 && !perilakuTable.rows.length) {
    const sheetBroken = raw.tables.perilaku && perilakuTable.index('Kode') < 0;
    if (!sheetBroken) {
      aspects = BERAKHLAK.map(([kode, aspek, panduan]) => ({
        kode,
        aspek,
        panduan,
      }));
    }
  }

  const trainings: Training[] = [];
  const pelatihanTable = open('pelatihan');
  for (const {row, cells} of pelatihanTable.rows) {
    const r = new RowReader(pelatihanTable, cells, row);
    trainings.push({
      kode: r.text('Kode'),
      pelatihan: r.text('Pelatihan'),
      keterangan: r.text('Keterangan'),
      src: r.src,
    });
  }

  const templateValues = readKeyValue(open('templateEmail'));
  const template: EmailTemplate = {
    subjek: templateValues.get('subjek') ?? '',
    isi: templateValues.get('isi') ?? '',
  };

  const appraisals: AppraisalRow[] = [];
  // Every row of a tab repeats the same period text: parse each distinct text once.
  const periodCache = new Map<string, string | null>();
  const periodOf = (text: string) => {
    let code = periodCache.get(text);
    if (code === undefined)
      periodCache.set(text, (code = normalizePeriod(text)));
    return code;
  };
  for (const tab of raw.tabs) {
    if (!tab.name.startsWith(PENILAIAN_PREFIX)) continue;
    const table = openTable(
      tab.name,
      tab.values,
      HEADERS.penilaian,
      REQUIRED_HEADERS.penilaian,
      issues,
      columns,
    );
    const tabPeriod = periodOfTabName(tab.name);
    for (const {row, cells} of table.rows) {
      const r = new RowReader(table, cells, row);
      const typedPeriod = r.text('Periode');
      const periodText = typedPeriod || tabPeriod;
      const periode = periodOf(periodText);
      if (!periode) {
        (r.src.invalid ??= []).push({
          header: typedPeriod ? 'Periode' : 'Nama Tab',
          text: periodText,
          problem: 'invalid',
        });
      }
      const jenis = r.choice('Jenis', APPRAISAL_KIND, null);
      if (jenis === null && r.text('Jenis') === '') {
        (r.src.invalid ??= []).push({
          header: 'Jenis',
          text: '',
          problem: 'invalid',
        });
      }
      const target = parseNumberStrict(r.raw('Target'));
      appraisals.push({
        periode: periode ?? periodText,
        nip: r.nip('NIP'),
        nama: r.text('Nama'),
        // An unreadable Jenis is marked invalid: such a row is reported and never used.
        jenis: jenis ?? 'Hasil Kerja',
        kode: r.text('Kode'),
        uraian: r.text('Uraian'),
        satuan: r.text('Satuan'),
        target: target.kind === 'number' ? target.value : null,
        realisasi: r.raw('Realisasi'),
        rating: r.raw('Rating'),
        buktiDukung: r.text('Bukti Dukung'),
        umpanBalik: r.text('Umpan Balik'),
        alasan: r.text('Alasan'),
        src: r.src,
      });
    }
  }

  // A NIP typed as a number is reported here as well as by validateInput (mergeIssues keeps one):
  // its digits are already lost, whatever the caller does next.
  for (const group of [units, employees, skp, appraisals]) {
    for (const record of group) {
      for (const bad of record.src.invalid ?? []) {
        if (bad.problem !== 'storedAsNumber') continue;
        issues.push(
          makeIssue(
            record.src.sheet,
            cellOf(columns, record.src, bad.header),
            'validation.nip.storedAsNumber',
            {text: bad.text},
          ),
        );
      }
    }
  }

  return {
    input: {
      settings,
      units,
      employees,
      indicators,
      skp,
      aspects,
      trainings,
      template,
      appraisals,
      columns,
    },
    issues,
  };
}

/** Whether a record's cell under `header` was unreadable (the record holds a default there). */
export function isInvalid(src: SourceRef, header: string): boolean {
  return !!src.invalid?.some(c => c.header === header);
}
