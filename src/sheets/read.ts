// Raw table values (row 1 = headers, as getValues returns them) -> typed records + issues.
// Headers are found by text (any order, extra columns ignored). A cell that cannot be read as its
// column's type leaves a default in the record and an InvalidCell marker on `src.invalid`, which
// validateInput turns into an Issue at that cell. parseWorkbook itself reports only what concerns
// whole sheets (missing sheet or header) and the Pengaturan values (a default is used instead).

import {ikmByUnit} from './ikm';
import {BERAKHLAK} from '../core/berakhlak';
import type {
  AppraisalInput,
  AppraisalRow,
  Aspect,
  Employee,
  Indicator,
  Issue,
  SkpAssignment,
  SourceRef,
  Training,
  Unit,
} from '../core/types';
import {parseNumberStrict} from '../core/numbers';
import {normalizePeriod} from '../core/period';
import {
  HEADERS,
  PENILAIAN_PREFIX,
  SHEET,
  TEMPLATE_KEYS,
  normalizeHeader,
} from './schema';
import {type ColumnMaps, cellOf, headerColumns, makeIssue} from './table';
import {
  ESSENTIAL_SHEETS,
  REQUIRED_HEADERS,
  RowReader,
  openTable,
  keySources,
  readKeyValue,
} from './table-reader';
import type {PlacedTemplate} from '../core/validate/template';
import {
  AGREGASI,
  APPRAISAL_KIND,
  ARAH,
  CAPAIAN_ORGANISASI,
  JENIS,
  STATUS,
  YA_TIDAK,
} from './values';
import {readSettings} from './pengaturan';

export interface RawWorkbook {
  tables: Partial<Record<keyof typeof SHEET, unknown[][]>>;
  /**
   * Appraisal tabs, and runs of Arsip Penilaian rows (a closed period's tabs): `firstRow` is the
   * sheet row of values[1] when that is not row 2.
   */
  tabs: {
    name: string;
    /** The tab's period (its identity); else read from an old `Penilaian <Periode> ...` name. */
    period?: string;
    values: unknown[][];
    firstRow?: number;
    /** Which data rows count (values[i + 1] when keep[i]); all when absent. */
    keep?: boolean[];
  }[];
}

/** The records plus where their columns were found. */
export interface WorkbookInput extends AppraisalInput {
  /**
   * Column of each header per sheet/tab as read (sheet name -> normalised header -> 1-based
   * column), so problems name the right cell when users reorder columns. Absent: contract order.
   */
  columns?: ColumnMaps;
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
  const employeeTable = open('pegawai');
  for (const {row, cells} of employeeTable.rows) {
    const r = new RowReader(employeeTable, cells, row);
    employees.push({
      nip: r.nip('NIP'),
      nama: r.text('Nama'),
      jabatan: r.text('Jabatan'),
      kodeUnit: r.text('Kode Unit'),
      nipAtasan: r.nip('NIP Atasan'),
      email: r.text('Email'),
      status: r.choice('Status', STATUS, 'PNS'),
      aktif: r.choice('Aktif', YA_TIDAK, true),
      pangkat: r.text('Pangkat/Golongan'),
      src: r.src,
    });
  }

  const indicators: Indicator[] = [];
  const indicatorTable = open('indikator');
  for (const {row, cells} of indicatorTable.rows) {
    const r = new RowReader(indicatorTable, cells, row);
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
      targetBulanan: r.number('Target Bulanan'),
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

  const templateTable = open('templateEmail');
  const templateValues = readKeyValue(templateTable);
  const templateSrc = keySources(templateTable);
  // Only the template of the workbook's language (issue 12: one language at a time).
  const keys = TEMPLATE_KEYS[settings.bahasa];
  const subjekKey = normalizeHeader(keys.subjek);
  const isiKey = normalizeHeader(keys.isi);
  const template: PlacedTemplate = {
    subjek: templateValues.get(subjekKey) ?? '',
    isi: templateValues.get(isiKey) ?? '',
    // Where Subjek and Isi are, for messages naming their cell (issue 11).
    src: {subjek: templateSrc.get(subjekKey), isi: templateSrc.get(isiKey)},
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
    const archived = tab.name === SHEET.arsipPenilaian;
    if (
      !archived &&
      tab.period === undefined &&
      !tab.name.startsWith(PENILAIAN_PREFIX)
    )
      continue;
    const table = openTable(
      tab.name,
      tab.values,
      archived ? HEADERS.arsipPenilaian : HEADERS.penilaian,
      REQUIRED_HEADERS.penilaian,
      issues,
      columns,
    );
    const tabPeriod = archived ? '' : (tab.period ?? periodOfTabName(tab.name));
    const offset = (tab.firstRow ?? 2) - 2;
    for (const {row, cells} of table.rows) {
      if (tab.keep && !tab.keep[row - 2]) continue;
      const r = new RowReader(table, cells, row + offset);
      const typedPeriod = r.text('Periode');
      const periodText = typedPeriod || tabPeriod;
      const period = periodOf(periodText);
      if (!period) {
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
        periode: period ?? periodText,
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
      ikm: ikmByUnit(raw.tables.ikm),
      columns,
    },
    issues,
  };
}

/** Whether a record's cell under `header` was unreadable (the record holds a default there). */
export function isInvalid(src: SourceRef, header: string): boolean {
  return !!src.invalid?.some(c => c.header === header);
}
