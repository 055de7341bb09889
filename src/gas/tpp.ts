// TPP of a month (DOMAIN §9) and the import of a month's attendance: read every table needed in one
// batch, compute in core, write each output with one setValues. Hasil TPP keeps every other month;
// Validasi keeps every problem not about the TPP sheets; Rekap keeps its table and gets the TPP
// block below it; Daftar TPP is the printable list of the month.
import type {Issue, Lang} from '../core/types';
import {parseMonth, type SiklusEvaluasi} from '../core/tpp';
import {validatePresensi} from '../core/tpp-presensi';
import {tppMsg} from '../core/tpp-i18n';
import {t} from '../core/i18n';
import {formatNumberId} from '../core/numbers';
import {cellText} from '../core/cell-text';
import {normalizeNip} from '../core/nip';
import {readSettings} from '../sheets/pengaturan';
import {HEADERS, SHEET, normalizeHeader} from '../sheets/schema';
import {headerColumns} from '../sheets/table';
import {issuesOf} from '../sheets/issues';
import {validasiRows} from '../sheets/write';
import {readKelasJabatan, readTppSheet} from '../sheets/kelas-jabatan';
import {
  importPresensi,
  presensiOfMonth,
  readPresensi,
} from '../sheets/presensi';
import {
  HASIL_TPP_KETERANGAN,
  computeTppRows,
  hasilTppIssues,
  hasilTppRows,
  tppPeople,
} from '../sheets/hasil-tpp';
import {replaceMonthRows} from '../sheets/month-rows';
import {daftarTppRows, rekapTppRows, withRekapTpp} from '../sheets/daftar-tpp';
import {OutputGrids, replaceTable, sheetOrCreate} from './output-sheets';
import {cacheTppMonth} from './tpp-cache';
import {interfaceLang} from './settings';
import {
  readWorkbook,
  withDocumentLock,
  writeBlock,
  writeTable,
} from './workbook';

export type {TppRunResult} from '../core/api-tpp';
import type {TppRunResult} from '../core/api-tpp';

/** Sheets whose problems a TPP run owns in Validasi (replaced on each run). */
const TPP_SHEETS = new Set<string>([
  SHEET.tpp,
  SHEET.kelasJabatan,
  SHEET.presensi,
  SHEET.hasilTpp,
]);

const render = (issues: Issue[], lang: Lang) =>
  issues.map(
    i => `${i.sheet}${i.cell ? '!' + i.cell : ''}: ${i.message[lang]}`,
  );

function failed(message: string): TppRunResult {
  return {ok: false, message, issues: [], errors: 0};
}

function monthOrNull(text: string) {
  return parseMonth(text)?.code ?? null;
}

/** `Siklus Evaluasi` of Pengaturan, read as every reader reads it (default Triwulanan). */
function cycleOf(pengaturan: unknown[][] | undefined): SiklusEvaluasi {
  return readSettings(pengaturan).settings.siklusEvaluasi;
}

/** Parses pasted text or a CSV file's text with Utilities.parseCsv (`;` when the header uses it). */
export function parseExportText(text: string): string[][] {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter =
    (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0)
      ? ';'
      : (first.match(/\t/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0)
        ? '\t'
        : ',';
  return Utilities.parseCsv(text.replace(/^\ufeff/, ''), delimiter);
}

/**
 * Imports a month of attendance from an export (text as CSV, or cells with row 1 = headers). An
 * export with any Galat writes nothing; otherwise the month's Presensi rows are replaced.
 */
export function importPresensiMonth(
  monthText: string,
  source: string | unknown[][],
  exportName: string,
): TppRunResult {
  const lang = interfaceLang();
  const month = monthOrNull(monthText);
  if (!month)
    return failed(tppMsg('tpp.month.invalid', {value: monthText})[lang]);
  const cells = typeof source === 'string' ? parseExportText(source) : source;
  const outcome = withDocumentLock(() => {
    const read = readWorkbook({tables: ['pegawai', 'presensi']});
    const known = new Set(tppPeopleNips(read.raw.tables.pegawai));
    const result = importPresensi(
      read.raw.tables.presensi,
      cells,
      exportName,
      month,
      known,
    );
    const errors = result.issues.filter(i => i.level === 'Galat').length;
    if (!result.table) {
      return {
        ok: false,
        message: tppMsg('tpp.import.refused', {periode: month, errors})[lang],
        issues: render(result.issues, lang),
        errors,
      };
    }
    const {sheet} = sheetOrCreate(read.ss, read.sheets, SHEET.presensi);
    const previous = read.raw.tables.presensi?.length ?? 0;
    // Periode and NIP as text: 2026-03 would become a date, an 18-digit NIP would lose digits.
    writeBlock(sheet, result.table, previous, 1, [1, 2]);
    return {
      ok: true,
      message: tppMsg('tpp.import.done', {
        periode: month,
        rows: result.imported,
        warnings: result.issues.length,
      })[lang],
      issues: render(result.issues, lang),
      errors: 0,
    };
  });
  return outcome.ok ? outcome.value : failed(t(lang, 'workflow.busy'));
}

function tppPeopleNips(pegawai: unknown[][] | undefined): string[] {
  const column = headerColumns(pegawai?.[0])['nip'];
  return column
    ? (pegawai ?? [])
        .slice(1)
        .map(r => normalizeNip(r[column - 1]))
        .filter(Boolean)
    : [];
}

/** Computes and writes Hasil TPP (the month's rows only), Validasi, Rekap and Daftar TPP. */
export function computeTpp(monthText: string): TppRunResult {
  const fallback = interfaceLang();
  const month = monthOrNull(monthText);
  if (!month)
    return failed(tppMsg('tpp.month.invalid', {value: monthText})[fallback]);
  const outcome = withDocumentLock(() => computeTppLocked(month));
  return outcome.ok ? outcome.value : failed(t(fallback, 'workflow.busy'));
}

function computeTppLocked(month: string): TppRunResult {
  const read = readWorkbook({
    tables: [
      'pengaturan',
      'unit',
      'pegawai',
      'kelasJabatan',
      'tpp',
      'presensi',
      'hasil',
      'hasilTpp',
      'validasi',
      'rekap',
    ],
  });
  const tables = read.raw.tables;
  const {settings: pengaturan} = readSettings(tables.pengaturan);
  const lang = pengaturan.bahasa;
  const people = tppPeople(tables.pegawai);
  const kelas = readKelasJabatan(tables.kelasJabatan);
  const tpp = readTppSheet(tables.tpp);
  const presensi = readPresensi(tables.presensi);
  const monthRows = presensi.rows.filter(
    r => parseMonth(r.periode)?.code === month,
  );
  const monthSheetRows = new Set(monthRows.map(r => r.src?.row));
  const findings = [
    ...tpp.findings,
    ...kelas.findings,
    ...presensi.findings.filter(
      f => 'src' in f.at && monthSheetRows.has(f.at.src.row),
    ),
    ...validatePresensi(monthRows, new Set(people.map(p => p.nip))),
  ];
  const computed = computeTppRows({
    month,
    cycle: cycleOf(tables.pengaturan),
    people,
    kelas: kelas.kelas,
    settings: tpp.settings,
    presensi: presensiOfMonth(monthRows, month),
    hasil: tables.hasil,
  });
  const props = PropertiesService.getDocumentProperties();
  const grids = new OutputGrids(props);

  // Hasil TPP: the month's rows replaced, Periode and NIP written as text.
  const table = replaceMonthRows(
    tables.hasilTpp ?? [],
    HEADERS.hasilTpp,
    month,
    hasilTppRows(month, computed, lang),
  );
  const {sheet, created} = sheetOrCreate(read.ss, read.sheets, SHEET.hasilTpp);
  const width = table[0].length;
  const {size, certain} = grids.fit(
    sheet,
    SHEET.hasilTpp,
    table.length,
    width,
    created,
  );
  const columns = headerColumns(table[0]);
  writeTable(sheet, table, {
    known: certain ? size : undefined,
    textColumns: [columns['periode'], columns['nip']],
  });
  const rowOf = new Map<string, number>();
  table.forEach((row, i) => {
    if (i > 0 && cellText(row[columns['periode'] - 1]) === month)
      rowOf.set(normalizeNip(row[columns['nip'] - 1]), i + 1);
  });

  // Validasi: the TPP sheets' problems replaced, every other kept.
  const issues = [
    ...issuesOf(findings),
    ...hasilTppIssues(
      computed,
      nip => rowOf.get(nip) ?? 0,
      columns[normalizeHeader(HEADERS.hasilTpp[HASIL_TPP_KETERANGAN])],
    ),
  ];
  const kept = (tables.validasi ?? [])
    .slice(1)
    .filter(r => cellText(r[0]) !== '' && !TPP_SHEETS.has(cellText(r[0])));
  replaceTable(
    read.ss,
    read.sheets,
    SHEET.validasi,
    [[...HEADERS.validasi], ...kept, ...validasiRows(issues, lang)],
    grids,
  );

  // Rekap and Daftar TPP.
  const unitNames = new Map<string, string>();
  const unitCols = headerColumns(tables.unit?.[0]);
  for (const row of tables.unit?.slice(1) ?? []) {
    const kode = cellText(row[(unitCols['kode unit'] ?? 0) - 1]);
    if (kode && !unitNames.has(kode))
      unitNames.set(kode, cellText(row[(unitCols['nama unit'] ?? 0) - 1]));
  }
  replaceTable(
    read.ss,
    read.sheets,
    SHEET.rekap,
    withRekapTpp(
      tables.rekap ?? [],
      rekapTppRows(month, computed, unitNames, lang),
    ),
    grids,
    2,
  );
  replaceTable(
    read.ss,
    read.sheets,
    SHEET.daftarTpp,
    daftarTppRows(month, computed, unitNames, pengaturan.namaInstansi, lang),
    grids,
  );
  grids.save();
  cacheTppMonth(
    month,
    new Map(computed.map(c => [c.person.nip, c.tpp.jumlahTpp ?? ''] as const)),
  );

  const paid = computed.filter(c => c.tpp.jumlahTpp !== null);
  const total = paid.reduce((s, c) => s + (c.tpp.jumlahTpp ?? 0), 0);
  const errors = issues.filter(i => i.level === 'Galat').length;
  return {
    ok: true,
    message: tppMsg('tpp.done', {
      periode: month,
      employees: computed.length,
      paid: paid.length,
      total: formatNumberId(total, 0),
      blank: computed.length - paid.length,
    })[lang],
    issues: render(issues, lang),
    errors,
  };
}

/** The latest month of the Presensi sheet (the menu computes it), else the current month. */
export function latestPresensiMonth(): string {
  const read = readWorkbook({tables: ['presensi', 'pengaturan']});
  const months = readPresensi(read.raw.tables.presensi)
    .rows.map(r => parseMonth(r.periode)?.code)
    .filter((m): m is string => !!m)
    .sort();
  return (
    months[months.length - 1] ??
    Utilities.formatDate(
      new Date(),
      read.ss.getSpreadsheetTimeZone(),
      'yyyy-MM',
    )
  );
}
