// "Periksa Data": validates the input sheets and the appraisal tabs of the selected period (the
// sidebar's period, the CLI's --periode; Periode Aktif from the menu) and rewrites Validasi.
// Each typed Realisasi and Rating is judged as the onEdit trigger judges it (edit-rules.ts), with
// one getFormulas per tab for those two columns.

import type {ValidationDto} from '../core/api';
import {t} from '../core/i18n';
import type {Issue, Lang} from '../core/types';
import {evaluatePeriod} from '../sheets/pipeline';
import {HEADERS, SHEET} from '../sheets/schema';
import {validasiRows} from '../sheets/write';
import {tabInputIssues} from '../sheets/edit-rules';
import {checkInputCells} from './cell-checks';
import {OutputGrids, issueCounts, replaceTable} from './output-sheets';
import {INPUT_TABLES, readWorkbook, withDocumentLock} from './workbook';

/** Issues of the whole workbook (input and the active period's tabs), in the interface language. */
export function validationDto(issues: Issue[], lang: Lang): ValidationDto {
  const {errors, warnings} = issueCounts(issues);
  return {
    issues: issues.map(issue => ({
      sheet: issue.sheet,
      cell: issue.cell,
      message: {id: issue.message.id, en: issue.message.en},
      level: issue.level,
      text: `${issue.sheet}${issue.cell ? '!' + issue.cell : ''}: ${issue.message[lang]}`,
    })),
    errors,
    warnings,
  };
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The formulas of a tab's Realisasi and Rating columns (one call), for tabInputIssues. */
function inputFormulas(sheet: Sheet | undefined, values: unknown[][]) {
  const header = values[0] ?? [];
  const columns = ['realisasi', 'rating']
    .map(h => header.findIndex(x => String(x).trim().toLowerCase() === h) + 1)
    .filter(c => c > 0);
  if (!sheet || !columns.length || values.length < 2) return undefined;
  const first = Math.min(...columns);
  const width = Math.max(...columns) - first + 1;
  const rows = sheet.getRange(2, first, values.length - 1, width).getFormulas();
  return {rows, column: first};
}

/** "Periksa Data": validates inputs and the tabs of `period` (else Periode Aktif), rewrites Validasi. */
export function validateWorkbook(
  fallbackLang: Lang,
  selected?: string,
): ValidationDto & {message: string; ok: boolean} {
  const outcome = withDocumentLock(() => {
    // The period's tabs (and those feeding it) are inputs as well.
    const read = readWorkbook({
      tables: INPUT_TABLES,
      period: selected || 'active',
    });
    const period = read.period ?? '';
    const cells = checkInputCells(read.sheets, read.raw, true);
    const {input, issues} = evaluatePeriod(read.raw, period, new Date());
    issues.push(...cells);
    const seen = new Set(issues.map(i => `${i.sheet}!${i.cell}`));
    for (const tab of read.raw.tabs) {
      // Rows of a closed period (Arsip Penilaian) are no longer typed.
      if ((tab.firstRow ?? 2) !== 2) continue;
      const formulas = inputFormulas(read.sheets.get(tab.name), tab.values);
      for (const issue of tabInputIssues(tab, formulas)) {
        const key = `${issue.sheet}!${issue.cell}`;
        if (seen.has(key)) continue;
        seen.add(key);
        issues.push(issue);
      }
    }
    const lang = input.settings.bahasa;
    const grids = new OutputGrids(PropertiesService.getDocumentProperties());
    replaceTable(
      read.ss,
      read.sheets,
      SHEET.validasi,
      [[...HEADERS.validasi], ...validasiRows(issues, lang)],
      grids,
    );
    grids.save();
    const dto = validationDto(issues, lang);
    return {
      ...dto,
      ok: dto.errors === 0,
      message: t(lang, 'workflow.validate.done', {
        errors: dto.errors,
        warnings: dto.warnings,
      }),
    };
  });
  if (!outcome.ok) {
    return {
      issues: [],
      errors: 0,
      warnings: 0,
      ok: false,
      message: t(fallbackLang, 'workflow.busy'),
    };
  }
  return outcome.value;
}
