// Pengaturan: reading the settings (and the interface language) and saving the sidebar's form.

import type {SettingsDto} from '../core/api';
import {t} from '../core/i18n';
import type {Lang, Settings} from '../core/types';
import {hrEmails} from '../core/roles';
import {isEmailList} from '../sheets/values';
import {readPengaturanBasics, readSettings} from '../sheets/pengaturan';
import {
  HEADERS,
  PENGATURAN_DEFAULTS,
  SHEET,
  normalizeHeader,
} from '../sheets/schema';
import {headerColumns} from '../sheets/table';
import {invalidateHasilCache, saveSettingsProperty} from './hasil-cache';
import {syncHrEditors} from './hr-protection';
import {safeCellText} from '../sheets/write';
import {activeSpreadsheet, contractSheet, readValues} from './workbook';

/** Settings from the Pengaturan sheet (defaults when it is missing). */
export function currentSettings(): Settings {
  const sheet = contractSheet(activeSpreadsheet(), SHEET.pengaturan);
  return readSettings(sheet ? readValues(sheet) : undefined, new Date())
    .settings;
}

/** The interface language; Bahasa Indonesia when the sheet cannot be read. */
export function interfaceLang(): Lang {
  try {
    return currentSettings().bahasa;
  } catch {
    return 'id';
  }
}

/** HR's address: `Email HR`, else the user running the add-on. */
export function hrEmail(settings: Settings): string {
  if (settings.emailHr) return settings.emailHr;
  try {
    return Session.getEffectiveUser().getEmail();
  } catch {
    return '';
  }
}

export function settingsDto(settings: Settings): SettingsDto {
  return {
    model: settings.model,
    ambangDiAtas: settings.ambangDiAtas,
    ambangSesuai: settings.ambangSesuai,
    batasCapaian: settings.batasCapaian,
    bobotHasilKerja: settings.bobotHasilKerja,
    bobotPerilaku: settings.bobotPerilaku,
    bahasa: settings.bahasa,
    tembusanAtasan: settings.tembusanAtasan,
    tabPenilaian: settings.tabPenilaian,
    emailHr: settings.emailHr,
  };
}

/** The problem with a settings form, in `lang`, or '' when it may be saved. */
export function settingsProblem(dto: SettingsDto, lang: Lang): string {
  const inRange = (key: string, value: unknown, min: number, max: number) =>
    typeof value === 'number' && isFinite(value) && value >= min && value <= max
      ? ''
      : t(lang, 'workflow.settings.range', {key, min, max});
  const problems = [
    dto.model === 'KUADRAN' || dto.model === 'NUMERIK'
      ? ''
      : t(lang, 'workflow.settings.range', {
          key: 'Model Penilaian',
          min: 'KUADRAN',
          max: 'NUMERIK',
        }),
    inRange('Ambang Di Atas', dto.ambangDiAtas, 1, 1000),
    inRange('Ambang Sesuai', dto.ambangSesuai, 1, 1000),
    inRange('Batas Capaian', dto.batasCapaian, 100, 1000),
    inRange('Bobot Hasil Kerja', dto.bobotHasilKerja, 0, 100),
    inRange('Bobot Perilaku', dto.bobotPerilaku, 0, 100),
  ].filter(Boolean);
  if (problems.length) return problems[0];
  if (Math.abs(dto.bobotHasilKerja + dto.bobotPerilaku - 100) > 0.01) {
    return t(lang, 'workflow.settings.bobotSum');
  }
  if (dto.ambangSesuai > dto.ambangDiAtas) {
    return t(lang, 'workflow.settings.ambang');
  }
  if (dto.emailHr.trim() && !isEmailList(dto.emailHr)) {
    return t(lang, 'workflow.settings.email', {email: dto.emailHr});
  }
  return '';
}

/** The Pengaturan values a settings form stands for, by key. */
export function settingValues(
  dto: SettingsDto,
): Record<string, string | number> {
  return {
    'Model Penilaian': dto.model,
    'Ambang Di Atas': dto.ambangDiAtas,
    'Ambang Sesuai': dto.ambangSesuai,
    'Batas Capaian': dto.batasCapaian,
    'Bobot Hasil Kerja': dto.bobotHasilKerja,
    'Bobot Perilaku': dto.bobotPerilaku,
    Bahasa: dto.bahasa === 'en' ? 'en' : 'id',
    'Tembusan Atasan': dto.tembusanAtasan ? 'Ya' : 'Tidak',
    'Tab Penilaian':
      dto.tabPenilaian === 'Per Unit' ? 'Per Unit' : 'Per Atasan',
    'Email HR': safeCellText(hrEmails(dto.emailHr).join(', ')),
  };
}

/**
 * The Nilai column block to write so that `updates` hold and nothing else changes: from the first
 * updated key's row down to the last, keys missing from the sheet appended below. Cells of other
 * keys in between are written back as they are (formulas as formulas: setValues treats text that
 * starts with '=' as a formula). Returns the block's first row, or null when there is no table.
 */
export function settingsBlock(
  values: unknown[][],
  formulas: string[][],
  updates: Record<string, string | number>,
): {
  startRow: number;
  keyColumn: number;
  valueColumn: number;
  rows: unknown[][];
} | null {
  const columns = headerColumns(values[0]);
  const keyColumn = columns[normalizeHeader('Kunci')];
  const valueColumn = columns[normalizeHeader('Nilai')];
  if (!keyColumn || !valueColumn) return null;
  const rowOf = new Map<string, number>();
  for (let r = 1; r < values.length; r++) {
    const key = normalizeHeader(values[r][keyColumn - 1]);
    if (key && !rowOf.has(key)) rowOf.set(key, r + 1);
  }
  let lastRow = values.length;
  const appended: [string, unknown][] = [];
  const rowsToWrite = new Map<number, unknown>();
  // Missing keys go below the table, in the contract's order.
  const ordered = PENGATURAN_DEFAULTS.map(([k]) => k).filter(k => k in updates);
  for (const key of ordered) {
    const row = rowOf.get(normalizeHeader(key));
    if (row) rowsToWrite.set(row, updates[key]);
    else appended.push([key, updates[key]]);
  }
  const touched = [...rowsToWrite.keys()];
  const startRow = touched.length ? Math.min(...touched) : lastRow + 1;
  const rows: unknown[][] = [];
  for (let row = startRow; row <= lastRow; row++) {
    if (rowsToWrite.has(row)) {
      rows.push([rowsToWrite.get(row)]);
    } else {
      const formula = formulas[row - 1]?.[valueColumn - 1] ?? '';
      rows.push([formula || (values[row - 1]?.[valueColumn - 1] ?? '')]);
    }
  }
  // Appended keys need their Kunci too: the block then spans both columns.
  if (appended.length === 0) {
    return {startRow, keyColumn, valueColumn, rows};
  }
  const twoColumns = (row: number, value: unknown) => {
    const out: unknown[] = [];
    const first = Math.min(keyColumn, valueColumn);
    const last = Math.max(keyColumn, valueColumn);
    for (let c = first; c <= last; c++) {
      if (c === valueColumn) out.push(value);
      else if (c === keyColumn) out.push(values[row - 1]?.[c - 1] ?? '');
      else {
        out.push(
          formulas[row - 1]?.[c - 1] || (values[row - 1]?.[c - 1] ?? ''),
        );
      }
    }
    return out;
  };
  const wide: unknown[][] = rows.map((r, i) => twoColumns(startRow + i, r[0]));
  for (const [key, value] of appended) {
    lastRow++;
    const row = twoColumns(lastRow, value);
    row[keyColumn - Math.min(keyColumn, valueColumn)] = key;
    wide.push(row);
  }
  return {startRow, keyColumn, valueColumn, rows: wide};
}

/** Saves the sidebar's settings form: only the Nilai cells of those keys, one setValues. */
export function saveSettings(
  dto: SettingsDto,
  lang: Lang,
): {ok: boolean; message: string} {
  const problem = settingsProblem(dto, lang);
  if (problem) {
    return {
      ok: false,
      message: t(lang, 'workflow.settings.invalid', {reason: problem}),
    };
  }
  const sheet = contractSheet(activeSpreadsheet(), SHEET.pengaturan);
  if (!sheet) {
    return {
      ok: false,
      message: t(lang, 'workflow.notReady', {sheet: SHEET.pengaturan}),
    };
  }
  const range = sheet.getDataRange();
  const values = range.getValues() as unknown[][];
  const formulas = range.getFormulas();
  const block = settingsBlock(values, formulas, settingValues(dto));
  if (!block) {
    return {
      ok: false,
      message: t(lang, 'workflow.notReady', {
        sheet: `${SHEET.pengaturan} (${HEADERS.pengaturan.join(', ')})`,
      }),
    };
  }
  const width = block.rows[0]?.length ?? 1;
  const column =
    width === 1
      ? block.valueColumn
      : Math.min(block.keyColumn, block.valueColumn);
  if (block.rows.length) {
    sheet
      .getRange(block.startRow, column, block.rows.length, width)
      .setValues(block.rows);
  }
  // The custom functions take Periode Aktif and Bahasa from a property and cache what they show.
  const bahasa = dto.bahasa === 'en' ? 'en' : 'id';
  const basics = readPengaturanBasics(values);
  saveSettingsProperty(basics.periodeAktif, bahasa);
  // A new Email HR: the HR-only sheets and the tabs' protections follow (SHEETS.md, Roles).
  const before = basics.values['email hr'];
  if (hrEmails(before).join() !== hrEmails(dto.emailHr).join())
    syncHrEditors(before, dto.emailHr, bahasa);
  invalidateHasilCache();
  return {
    ok: true,
    message: t(dto.bahasa === 'en' ? 'en' : 'id', 'workflow.settings.saved'),
  };
}
