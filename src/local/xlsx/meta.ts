// What a spreadsheet file cannot hold goes as JSON into the very hidden sheet `_kinerja_meta`:
// protections with editors, properties, triggers, named ranges, time zone, mail quota usage,
// exact pixel widths and sheet sizes, validation rules in Apps Script terms.
import ExcelJS from 'exceljs';
import {
  DeveloperMetadataModel,
  NamedRangeModel,
  ProtectionModel,
  TriggerModel,
  ValidationModel,
  Workbook,
} from '../emulator/model';

export const META_SHEET = '_kinerja_meta';
/** Excel's limit is 32,767 characters per cell; stay well below it. */
const META_CHUNK = 30000;
const META_VERSION = 1;

export interface SheetMeta {
  name: string;
  /** The worksheet's name in the file: Excel allows 31 characters, Sheets 100. */
  excelName?: string;
  id: number;
  maxRows: number;
  maxCols: number;
  columnWidths: Record<number, number>;
  conditionalFormats: unknown[];
  /** Developer metadata (Sheets keeps it with the sheet; a file has nowhere else for it). */
  developerMetadata?: DeveloperMetadataModel[];
  validations: {
    rules: ValidationModel[];
    runs: [number, number, number, number][];
  }; // [rule, row, col, numRows]
}

export interface WorkbookMeta {
  version: number;
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  owner: string;
  editors: string[];
  activeSheetId: number | null;
  nextSheetId: number;
  nextId: number;
  namedRanges: NamedRangeModel[];
  protections: ProtectionModel[];
  documentProperties: Record<string, string>;
  scriptProperties: Record<string, string>;
  userProperties: Record<string, Record<string, string>>;
  triggers: TriggerModel[];
  mailUsage: Record<string, {day: string; used: number}>;
  meta: Record<string, unknown>;
  sheets: SheetMeta[];
}

export function writeMetaSheet(
  out: ExcelJS.stream.xlsx.WorkbookWriter,
  workbook: Workbook,
  sheetsMeta: SheetMeta[],
): void {
  const meta: WorkbookMeta = {
    version: META_VERSION,
    id: workbook.id,
    name: workbook.name,
    timeZone: workbook.timeZone,
    locale: workbook.locale,
    owner: workbook.owner,
    editors: workbook.editors,
    activeSheetId: workbook.activeSheetId,
    nextSheetId: workbook.nextSheetId,
    nextId: workbook.nextId,
    namedRanges: workbook.namedRanges,
    protections: workbook.protections,
    documentProperties: workbook.documentProperties,
    scriptProperties: workbook.scriptProperties,
    userProperties: workbook.userProperties,
    triggers: workbook.triggers,
    mailUsage: workbook.mailUsage,
    meta: workbook.meta,
    sheets: sheetsMeta,
  };
  const json = JSON.stringify(meta);
  const metaSheet = out.addWorksheet(META_SHEET, {
    state: 'veryHidden',
  } as Partial<ExcelJS.AddWorksheetOptions>);
  for (
    let i = 0, row = 1;
    i < json.length || row === 1;
    i += META_CHUNK, row++
  ) {
    const r = metaSheet.getRow(row);
    r.getCell(1).value = json.slice(i, i + META_CHUNK);
    r.commit();
  }
  metaSheet.commit();
}

/** The meta sheet could not be read back (cut, edited by hand): the reader rebuilds without it. */
export class DamagedMeta extends Error {}

export function readMeta(
  ws: ExcelJS.Worksheet | undefined,
): WorkbookMeta | null {
  if (!ws) return null;
  let json = '';
  ws.eachRow(row => {
    json += String(row.getCell(1).value ?? '');
  });
  if (!json) return null;
  let meta: WorkbookMeta;
  try {
    meta = JSON.parse(json) as WorkbookMeta;
  } catch (e) {
    throw new DamagedMeta((e as Error).message);
  }
  const ok =
    meta !== null &&
    typeof meta === 'object' &&
    Array.isArray(meta.sheets) &&
    Array.isArray(meta.protections) &&
    typeof meta.documentProperties === 'object' &&
    meta.sheets.every(s => s && typeof s.name === 'string');
  if (!ok) throw new DamagedMeta('unexpected shape');
  return meta;
}

/** The workbook-wide settings read back from the meta sheet (its sheets' part is read per sheet). */
export function applyMeta(wb: Workbook, meta: WorkbookMeta): void {
  wb.timeZone = meta.timeZone;
  wb.locale = meta.locale;
  wb.owner = meta.owner;
  wb.editors = meta.editors;
  wb.namedRanges = meta.namedRanges;
  wb.protections = meta.protections;
  wb.documentProperties = meta.documentProperties;
  wb.scriptProperties = meta.scriptProperties;
  wb.userProperties = meta.userProperties;
  wb.triggers = meta.triggers;
  wb.mailUsage = meta.mailUsage;
  wb.meta = meta.meta;
  wb.nextId = meta.nextId;
}
