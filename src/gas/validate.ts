// "Periksa Data": validates inputs and the active period's tabs and rewrites Validasi.

import type {ValidationDto} from '../core/api';
import {t} from '../core/i18n';
import type {Issue, Lang} from '../core/types';
import {evaluatePeriod} from '../sheets/pipeline';
import {HEADERS, SHEET} from '../sheets/schema';
import {validasiRows} from '../sheets/write';
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

/** "Periksa Data": validates inputs and the active period's tabs, and rewrites Validasi. */
export function validateWorkbook(
  fallbackLang: Lang,
): ValidationDto & {message: string; ok: boolean} {
  const outcome = withDocumentLock(() => {
    // The active period's tabs (and those feeding it) are inputs as well.
    const read = readWorkbook({tables: INPUT_TABLES, period: 'active'});
    const period = read.period ?? '';
    const cells = checkInputCells(read.sheets, read.raw, true);
    const {input, issues} = evaluatePeriod(read.raw, period, new Date());
    issues.push(...cells);
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
