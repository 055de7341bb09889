// Reads an .xlsx into the emulator's Workbook: the meta sheet's settings when the file has one
// (written by us), else what Excel itself holds (another program's file).
import ExcelJS from 'exceljs';
import {SheetModel, ValidationModel, Workbook} from '../emulator/model';
import {excelCellValue, fromArgb, readCellStyle} from './cells';
import {DamagedMeta, META_SHEET, applyMeta, readMeta} from './meta';
import {validationFromExcel} from './validations';
import {setMerges} from '../emulator/range-merges';
import {parseA1} from '../emulator/a1';

/** Something the reader had to work around, said to the person (a local catalogue key). */
export type ReadProblem = (key: string, params: Record<string, string>) => void;

/** Reads an .xlsx; a damaged meta sheet is reported through `onProblem` and rebuilt from the sheets. */
export async function readWorkbook(
  file: string,
  onProblem?: ReadProblem,
): Promise<Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  let meta = null;
  try {
    meta = readMeta(book.getWorksheet(META_SHEET));
  } catch (e) {
    if (!(e instanceof DamagedMeta)) throw e;
    onProblem?.('cli.file.metaDamaged', {file, sheet: META_SHEET});
  }
  const wb = new Workbook({empty: true, id: meta?.id, name: meta?.name});
  if (meta) applyMeta(wb, meta);
  const tz = wb.timeZone;
  const sheetMeta = new Map(
    (meta?.sheets ?? []).map(s => [s.excelName ?? s.name, s]),
  );
  let nextSheetId = meta?.nextSheetId ?? 0;
  for (const ws of book.worksheets) {
    if (ws.name === META_SHEET) continue;
    const sm = sheetMeta.get(ws.name);
    const id = sm?.id ?? nextSheetId++;
    const sheet = new SheetModel(
      id,
      sm?.name ?? ws.name,
      sm?.maxRows ?? Math.max(1000, ws.rowCount),
      sm?.maxCols ?? Math.max(26, ws.columnCount),
    );
    wb.sheets.push(sheet);
    sheet.hidden = ws.state !== 'visible';
    sheet.tabColor =
      fromArgb((ws.properties.tabColor as {argb?: string} | undefined)?.argb) ??
      null;
    const view = ws.views?.[0] as
      {state?: string; xSplit?: number; ySplit?: number} | undefined;
    if (view?.state === 'frozen') {
      sheet.frozenRows = view.ySplit ?? 0;
      sheet.frozenCols = view.xSplit ?? 0;
    }
    if (sm) {
      sheet.columnWidths = sm.columnWidths;
      sheet.conditionalFormats = sm.conditionalFormats;
      sheet.developerMetadata = sm.developerMetadata ?? [];
    } else {
      ws.columns?.forEach((col, i) => {
        if (col.width !== undefined)
          sheet.columnWidths[i + 1] = Math.round(col.width * 7 + 5);
      });
    }
    const excelValidations: [number, number, ExcelJS.DataValidation][] = [];
    // A merge: Sheets reads every cell but its top-left one as blank (src/local/emulator/
    // range-merges.ts); ExcelJS gives the covered cells the top-left value, so they are skipped.
    setMerges(
      sheet,
      (ws.model.merges ?? [])
        .map(range => parseA1(range, sheet.maxRows, sheet.maxCols))
        .filter((r): r is NonNullable<typeof r> => r !== null),
    );
    ws.eachRow({includeEmpty: false}, (row, r) => {
      // Empty cells too: a blank cell may still hold a fill, a border or a note.
      row.eachCell({includeEmpty: true}, (cell, c) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const {value, formula} = excelCellValue(cell, tz);
        if (value !== undefined) sheet.set('value', r, c, value);
        if (formula !== undefined) sheet.set('formula', r, c, formula);
        if (cell.numFmt && cell.numFmt !== 'General') {
          // Dates we wrote without a format got a default one; that is what Sheets does too.
          sheet.set('numberFormat', r, c, cell.numFmt);
        }
        readCellStyle(sheet, r, c, cell);
        if (!sm && cell.dataValidation)
          excelValidations.push([r, c, cell.dataValidation]);
      });
    });
    if (sm) {
      const rules = sm.validations.rules;
      for (const [ruleIndex, row, col, numRows] of sm.validations.runs) {
        for (let r = row; r < row + numRows; r++)
          sheet.set('validation', r, col, rules[ruleIndex]);
      }
    } else {
      const byKey = new Map<string, ValidationModel | null>();
      for (const [r, c, dv] of excelValidations) {
        const key = JSON.stringify(dv);
        if (!byKey.has(key)) byKey.set(key, validationFromExcel(dv));
        const rule = byKey.get(key);
        if (rule) sheet.set('validation', r, c, rule);
      }
    }
  }
  if (wb.sheets.length === 0) wb.addSheet('Sheet1');
  wb.nextSheetId = Math.max(nextSheetId, ...wb.sheets.map(s => s.id + 1));
  wb.activeSheetId =
    meta?.activeSheetId !== undefined && wb.sheetById(meta.activeSheetId ?? -1)
      ? meta.activeSheetId
      : wb.sheets[0].id;
  return wb;
}
