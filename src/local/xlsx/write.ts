// Writes the emulator's Workbook as .xlsx with ExcelJS's streaming writer, atomically (a temporary
// file renamed into place), each sheet's cells and Excel validations, then the meta sheet.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import {columnToLetters} from '../emulator/a1';
import type {Workbook} from '../emulator/model';
import {toArgb, writeCells} from './cells';
import {mergesOf} from '../emulator/range-merges';
import {META_SHEET, SheetMeta, writeMetaSheet} from './meta';
import {realFile, tempFileOf, trackTemp} from '../workbook-file';
import {excelValidation, validationRuns} from './validations';

/**
 * Excel refuses names over 31 characters or with []:*?/\ ; Sheets allows 100 characters (e.g.
 * 'Penilaian 2026-TW1 198001012005011001' is 37). The file gets a short unique name and the meta
 * sheet keeps the real one.
 */
function excelSheetName(name: string, used: Set<string>): string {
  let candidate = name
    .replace(/[[\]:*?/\\]/g, '_')
    .replace(/^'|'$/g, '_')
    .slice(0, 31);
  for (let n = 2; used.has(candidate.toLowerCase()); n++) {
    const suffix = `~${n}`;
    candidate = candidate.slice(0, 31 - suffix.length) + suffix;
  }
  used.add(candidate.toLowerCase());
  return candidate;
}

/**
 * Saves atomically: a temporary file beside the real file (through any symlink), synced, given the
 * old file's mode and owner, then renamed over it. A kill leaves the old file whole; the temporary
 * file is removed on error and on exit (workbook-file.ts), and by the next run if killed.
 */
export async function writeWorkbook(
  workbook: Workbook,
  file: string,
): Promise<void> {
  const target = realFile(file);
  const tmp = tempFileOf(target);
  trackTemp(tmp, true);
  try {
    await writeTo(workbook, tmp);
    const fd = fs.openSync(tmp, 'r+');
    try {
      const old = fs.existsSync(target) ? fs.statSync(target) : null;
      if (old) {
        fs.fchmodSync(fd, old.mode & 0o7777);
        try {
          fs.fchownSync(fd, old.uid, old.gid);
        } catch {
          // Only root may give a file away; our own file keeps its owner anyway.
        }
      }
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, {force: true});
    throw e;
  } finally {
    trackTemp(tmp, false);
  }
}

async function writeTo(workbook: Workbook, file: string): Promise<void> {
  const tz = workbook.timeZone;
  const out = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: true,
  });
  out.creator = 'Kinerja ASN';
  const sheetsMeta: SheetMeta[] = [];
  const usedNames = new Set<string>([META_SHEET.toLowerCase()]);
  for (const sheet of workbook.sheets) {
    const validations = validationRuns(sheet);
    const excelName = excelSheetName(sheet.name, usedNames);
    sheetsMeta.push({
      name: sheet.name,
      excelName,
      id: sheet.id,
      maxRows: sheet.maxRows,
      maxCols: sheet.maxCols,
      columnWidths: sheet.columnWidths,
      conditionalFormats: sheet.conditionalFormats,
      ...(sheet.developerMetadata.length
        ? {developerMetadata: sheet.developerMetadata}
        : {}),
      validations,
    });
    const ws = out.addWorksheet(excelName, {
      state: sheet.hidden ? 'hidden' : 'visible',
      properties: sheet.tabColor
        ? {tabColor: {argb: toArgb(sheet.tabColor)}}
        : {},
      views:
        sheet.frozenRows || sheet.frozenCols
          ? [
              {
                state: 'frozen',
                xSplit: sheet.frozenCols,
                ySplit: sheet.frozenRows,
              },
            ]
          : [],
    } as Partial<ExcelJS.AddWorksheetOptions>);
    const widths = Object.entries(sheet.columnWidths);
    if (widths.length) {
      const maxCol = Math.max(...widths.map(([c]) => Number(c)));
      ws.columns = Array.from({length: maxCol}, (_, i) => {
        const px = sheet.columnWidths[i + 1];
        return px === undefined
          ? {}
          : {width: Math.max(0, (px - 5) / 7), hidden: px === 0};
      });
    }
    // Merges first: the streaming writer can merge only rows it has not committed yet.
    for (const m of mergesOf(sheet))
      ws.mergeCells(m.row, m.col, m.row + m.numRows - 1, m.col + m.numCols - 1);
    writeCells(sheet, ws, tz);
    for (const [ruleIndex, row, col, numRows] of validations.runs) {
      const dv = excelValidation(validations.rules[ruleIndex]);
      if (!dv) continue;
      const letters = columnToLetters(col);
      const address =
        numRows === 1
          ? `${letters}${row}`
          : `${letters}${row}:${letters}${row + numRows - 1}`;
      (
        ws as unknown as {dataValidations: {add(a: string, v: unknown): void}}
      ).dataValidations.add(address, dv);
    }
    ws.commit();
  }
  writeMetaSheet(out, workbook, sheetsMeta);
  await out.commit();
}
