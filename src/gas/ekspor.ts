// The SIASN export: Hasil's rows (one per employee and period) with the penilai from Pegawai and
// the codes of `Kode SIASN`. Returned as a table; the CLI writes it as .xlsx, the sidebar as CSV.
import type {SiasnExport} from '../core/api';
import {type HasilLine, codeLookup, siasnRows} from '../core/dokumen/siasn';
import {t} from '../core/i18n';
import {normalizeNip} from '../core/nip';
import {parsePeriod} from '../core/period';
import {parseWorkbook} from '../sheets/read';
import {normalizeHeader} from '../sheets/schema';
import {cellText} from '../core/cell-text';
import {readWorkbook} from './workbook';

/** Every Hasil row of `period` ('' = every period) as SIASN rows, header first. */
export function siasnExport(periodText: string): SiasnExport {
  const read = readWorkbook({
    tables: ['pengaturan', 'unit', 'pegawai', 'hasil', 'kodeSiasn'],
  });
  const {input} = parseWorkbook(read.raw, new Date());
  const lang = input.settings.bahasa;
  const wanted = periodText ? parsePeriod(periodText) : null;
  if (periodText && !wanted)
    return {
      ok: false,
      message: t(lang, 'dokumen.badPeriod', {period: periodText}),
      rows: [],
    };
  const [head = [], ...body] = read.raw.tables.hasil ?? [];
  const col = (h: string) =>
    head.findIndex(x => normalizeHeader(x) === normalizeHeader(h));
  const [cP, cN, cNama, cA, cH, cR, cPr] = [
    'Periode',
    'NIP',
    'Nama',
    'NIP Atasan',
    'Rating Hasil Kerja',
    'Rating Perilaku',
    'Predikat',
  ].map(col);
  const lines: HasilLine[] = [];
  for (const row of body) {
    const period = parsePeriod(row[cP]);
    const nip = normalizeNip(cellText(row[cN]));
    if (!period || !nip || (wanted && period.code !== wanted.code)) continue;
    lines.push({
      period,
      nip,
      nama: cellText(row[cNama]),
      nipAtasan: normalizeNip(cellText(row[cA])),
      ratingHasilKerja: cellText(row[cH]),
      ratingPerilaku: cellText(row[cR]),
      predikat: cellText(row[cPr]),
    });
  }
  const label = wanted?.code ?? t(lang, 'dokumen.ekspor.allPeriods');
  if (!lines.length)
    return {
      ok: false,
      message: t(lang, 'dokumen.ekspor.noHasil', {period: label}),
      rows: [],
    };
  const employees = new Map(input.employees.map(e => [e.nip, e]));
  const units = new Map(input.units.map(u => [u.kode, u]));
  const codes = codeLookup((read.raw.tables.kodeSiasn ?? []).slice(1));
  const rows = siasnRows(lines, employees, units, codes);
  return {
    ok: true,
    message: t(lang, 'dokumen.ekspor.done', {
      rows: rows.length - 1,
      period: label,
    }),
    rows,
  };
}
