// The Kelas Jabatan sheet (`Kelas | Besaran TPP`) and the TPP sheet (`Kunci | Nilai`): read into
// the job classes and the TPP settings of DOMAIN §9, each problem at its cell.
import type {Finding, SourceRef} from '../core/types';
import {parseNumberStrict} from '../core/numbers';
import {
  readTppSettings,
  type KelasJabatan,
  type TppSettings,
} from '../core/tpp-settings';
import {tppMsg} from '../core/tpp-i18n';
import {cellText} from '../core/cell-text';
import {SHEET, normalizeHeader} from './schema';
import {headerColumns, isBlankRow} from './table';

const src = (sheet: string, row: number): SourceRef => ({sheet, row});

/** Columns (0-based) of some headers in a table's row 1; -1 when absent. */
export function columnsOf(
  values: readonly (readonly unknown[])[] | undefined,
  headers: readonly string[],
): number[] {
  const columns = headerColumns(values?.[0]);
  return headers.map(h => (columns[normalizeHeader(h)] ?? 0) - 1);
}

/** Kelas -> Besaran TPP; a class or amount that is not a whole number 1-17 / 0 or more is a Galat. */
export function readKelasJabatan(values: unknown[][] | undefined): {
  kelas: KelasJabatan;
  findings: Finding[];
} {
  const kelas = new Map<number, number>();
  const findings: Finding[] = [];
  const [k, b] = columnsOf(values, ['Kelas', 'Besaran TPP']);
  if (!values || k < 0 || b < 0) return {kelas, findings};
  values.slice(1).forEach((row, i) => {
    if (isBlankRow(row)) return;
    const at = src(SHEET.kelasJabatan, i + 2);
    const cls = parseNumberStrict(row[k]);
    const amount = parseNumberStrict(row[b]);
    if (
      cls.kind !== 'number' ||
      !Number.isInteger(cls.value) ||
      cls.value < 1
    ) {
      findings.push({
        at: {src: at, header: 'Kelas'},
        message: tppMsg('tpp.kelas.invalid', {value: cellText(row[k])}),
        level: 'Galat',
      });
      return;
    }
    if (amount.kind !== 'number' || amount.value < 0) {
      findings.push({
        at: {src: at, header: 'Besaran TPP'},
        message: tppMsg('tpp.kelas.amount', {value: cellText(row[b])}),
        level: 'Galat',
      });
      return;
    }
    if (kelas.has(cls.value)) {
      findings.push({
        at: {src: at, header: 'Kelas'},
        message: tppMsg('tpp.kelas.duplicate', {kelas: cls.value}),
        level: 'Galat',
      });
      return;
    }
    kelas.set(cls.value, amount.value);
  });
  return {kelas, findings};
}

/** The TPP sheet's settings (defaults for what is blank or missing). */
export function readTppSheet(values: unknown[][] | undefined): {
  settings: TppSettings;
  findings: Finding[];
} {
  const [k, v] = columnsOf(values, ['Kunci', 'Nilai']);
  if (!values || k < 0 || v < 0) return readTppSettings([]);
  return readTppSettings(
    values.slice(1).map((row, i) => ({
      key: row[k],
      value: row[v],
      src: src(SHEET.tpp, i + 2),
    })),
  );
}
