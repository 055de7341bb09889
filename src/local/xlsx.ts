// Saves and loads the emulator's Workbook as .xlsx with ExcelJS (streaming writer).
// What a spreadsheet file can hold goes into the file itself so other readers see it (values with
// types, formulas, sheet order, frozen panes, column widths, number formats, bold/colour, fills,
// alignment, wrap, notes, data validation, hidden sheets, tab colours). What it cannot hold
// (protections with editors, properties, triggers, named ranges, time zone, mail quota usage,
// exact pixel widths and sheet sizes, validation rules in Apps Script terms) goes as JSON into the
// very hidden sheet `_kinerja_meta`, which the emulator never lists as a sheet.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import {columnToLetters} from './emulator/a1';
import {isDate, zonedParts, zonedToDate} from './emulator/format';
import {
  CellValue,
  LayerName,
  NamedRangeModel,
  ProtectionModel,
  SheetModel,
  TriggerModel,
  ValidationModel,
  Workbook,
} from './emulator/model';

export const META_SHEET = '_kinerja_meta';
/** Excel's limit is 32,767 characters per cell; stay well below it. */
const META_CHUNK = 30000;
const META_VERSION = 1;

interface SheetMeta {
  name: string;
  /** The worksheet's name in the file: Excel allows 31 characters, Sheets 100. */
  excelName?: string;
  id: number;
  maxRows: number;
  maxCols: number;
  columnWidths: Record<number, number>;
  conditionalFormats: unknown[];
  validations: {
    rules: ValidationModel[];
    runs: [number, number, number, number][];
  }; // [rule, row, col, numRows]
}

interface WorkbookMeta {
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

const toArgb = (color: string) =>
  'FF' + color.replace('#', '').toUpperCase().padStart(6, '0').slice(-6);
const fromArgb = (argb: string | undefined) =>
  argb && argb.length >= 6 ? '#' + argb.slice(-6).toLowerCase() : undefined;

/** A Date instant -> the same wall clock in the spreadsheet zone, as UTC (Excel has no zones). */
function toWallClock(date: Date, tz: string): Date {
  const p = zonedParts(date, tz);
  return new Date(
    Date.UTC(
      p.year,
      p.month - 1,
      p.day,
      p.hour,
      p.minute,
      p.second,
      p.millisecond,
    ),
  );
}

function fromWallClock(date: Date, tz: string): Date {
  const d = zonedToDate(
    tz,
    date.getUTCFullYear(),
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
  );
  return new Date(d.getTime() + date.getUTCMilliseconds());
}

function validationRuns(sheet: SheetModel): SheetMeta['validations'] {
  const rules: ValidationModel[] = [];
  const index = new Map<ValidationModel, number>();
  const runs: [number, number, number, number][] = [];
  const grid = sheet.layers.validation;
  // Per column, consecutive rows holding the same rule object become one run.
  const open = new Map<number, [number, number, number, number]>();
  for (let r = 0; r < grid.length; r++) {
    const cells = grid[r];
    for (const [c, run] of open) {
      if (!cells || cells[c] === undefined || index.get(cells[c]!) !== run[0]) {
        runs.push(run);
        open.delete(c);
      }
    }
    if (!cells) continue;
    for (let c = 0; c < cells.length; c++) {
      const rule = cells[c];
      if (!rule) continue;
      let i = index.get(rule);
      if (i === undefined) {
        i = rules.length;
        rules.push(rule);
        index.set(rule, i);
      }
      const run = open.get(c);
      if (run && run[0] === i && run[1] + run[3] === r + 1) run[3]++;
      else open.set(c, [i, r + 1, c + 1, 1]);
    }
  }
  runs.push(...open.values());
  return {rules, runs};
}

function excelValidation(rule: ValidationModel): ExcelJS.DataValidation | null {
  const common = {
    allowBlank: true,
    showErrorMessage: !rule.allowInvalid,
    errorStyle: rule.allowInvalid ? 'warning' : 'stop',
    showInputMessage: Boolean(rule.helpText),
    prompt: rule.helpText || undefined,
  } as const;
  const [a, b] = rule.args as number[];
  switch (rule.criteria) {
    case 'VALUE_IN_LIST': {
      const list = (rule.args[0] as string[])
        .map(v => v.replace(/"/g, '""'))
        .join(',');
      return {...common, type: 'list', formulae: [`"${list}"`]};
    }
    case 'VALUE_IN_RANGE':
      return {...common, type: 'list', formulae: [String(rule.args[0])]};
    case 'NUMBER_BETWEEN':
      return {
        ...common,
        type: 'decimal',
        operator: 'between',
        formulae: [a, b],
      };
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return {
        ...common,
        type: 'decimal',
        operator: 'greaterThanOrEqual',
        formulae: [a],
      };
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return {
        ...common,
        type: 'decimal',
        operator: 'lessThanOrEqual',
        formulae: [a],
      };
    case 'NUMBER_GREATER_THAN':
      return {
        ...common,
        type: 'decimal',
        operator: 'greaterThan',
        formulae: [a],
      };
    default:
      return null;
  }
}

const styleCache = new Map<string, unknown>();
function shared<T>(key: string, make: () => T): T {
  let v = styleCache.get(key) as T | undefined;
  if (v === undefined) {
    v = make();
    styleCache.set(key, v);
  }
  return v;
}

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

export async function writeWorkbook(
  workbook: Workbook,
  file: string,
): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}`;
  try {
    await writeTo(workbook, tmp);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, {force: true});
    throw e;
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
  await out.commit();
}

function writeCells(
  sheet: SheetModel,
  ws: ExcelJS.Worksheet,
  tz: string,
): void {
  const L = sheet.layers;
  const rowCount = Math.max(
    ...(
      [
        'value',
        'formula',
        'numberFormat',
        'note',
        'fontWeight',
        'fontColor',
        'background',
        'horizontalAlignment',
        'wrap',
      ] as LayerName[]
    ).map(l => L[l].length),
  );
  for (let r = 0; r < rowCount; r++) {
    const values = L.value[r];
    const formulas = L.formula[r];
    const formats = L.numberFormat[r];
    const notes = L.note[r];
    const weights = L.fontWeight[r];
    const colors = L.fontColor[r];
    const fills = L.background[r];
    const aligns = L.horizontalAlignment[r];
    const wraps = L.wrap[r];
    if (
      !values &&
      !formulas &&
      !formats &&
      !notes &&
      !weights &&
      !colors &&
      !fills &&
      !aligns &&
      !wraps
    ) {
      continue;
    }
    const width = Math.max(
      values?.length ?? 0,
      formulas?.length ?? 0,
      formats?.length ?? 0,
      notes?.length ?? 0,
      weights?.length ?? 0,
      colors?.length ?? 0,
      fills?.length ?? 0,
      aligns?.length ?? 0,
      wraps?.length ?? 0,
    );
    const row = ws.getRow(r + 1);
    for (let c = 0; c < width; c++) {
      const v: CellValue | undefined = values?.[c];
      const f = formulas?.[c];
      const fmt = formats?.[c];
      const note = notes?.[c];
      const bold = weights?.[c];
      const color = colors?.[c];
      const fill = fills?.[c];
      const align = aligns?.[c];
      const wrap = wraps?.[c];
      if (
        v === undefined &&
        !f &&
        !fmt &&
        !note &&
        !bold &&
        !color &&
        !fill &&
        !align &&
        !wrap
      )
        continue;
      const cell = row.getCell(c + 1);
      const excelValue =
        v === undefined ? null : isDate(v) ? toWallClock(v, tz) : v;
      if (f)
        cell.value = {
          formula: f.slice(1),
          result: excelValue ?? undefined,
        } as ExcelJS.CellFormulaValue;
      else if (excelValue !== null) cell.value = excelValue;
      if (fmt) cell.numFmt = fmt;
      else if (isDate(v)) cell.numFmt = 'yyyy-mm-dd hh:mm:ss';
      if (bold || color) {
        cell.font = shared(`font:${bold}:${color}`, () => ({
          bold: bold === 'bold' || undefined,
          color: color ? {argb: toArgb(color)} : undefined,
        }));
      }
      if (fill) {
        cell.fill = shared(`fill:${fill}`, () => ({
          type: 'pattern',
          pattern: 'solid',
          fgColor: {argb: toArgb(fill)},
        }));
      }
      if (align || wrap) {
        cell.alignment = shared(`align:${align}:${wrap}`, () => ({
          horizontal: align as ExcelJS.Alignment['horizontal'],
          wrapText: wrap || undefined,
        }));
      }
      if (note) cell.note = note;
    }
    row.commit();
  }
}

// ---------------------------------------------------------------------------------------------

function readMeta(ws: ExcelJS.Worksheet | undefined): WorkbookMeta | null {
  if (!ws) return null;
  let json = '';
  ws.eachRow(row => {
    json += String(row.getCell(1).value ?? '');
  });
  return json ? (JSON.parse(json) as WorkbookMeta) : null;
}

function excelCellValue(
  cell: ExcelJS.Cell,
  tz: string,
): {value?: CellValue; formula?: string} {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return {};
  if (isDate(v)) return {value: fromWallClock(v, tz)};
  if (typeof v !== 'object') return v === '' ? {} : {value: v as CellValue};
  const o = v as Record<string, unknown>;
  if ('formula' in o || 'sharedFormula' in o) {
    const formula = '=' + String(cell.formula ?? o.formula);
    const result = o.result;
    if (result === undefined || result === null || typeof result === 'object') {
      return isDate(result)
        ? {formula, value: fromWallClock(result, tz)}
        : {formula};
    }
    return {formula, value: result as CellValue};
  }
  if ('richText' in o)
    return {value: (o.richText as {text: string}[]).map(t => t.text).join('')};
  if ('text' in o) return {value: String(o.text)};
  if ('error' in o) return {value: String(o.error)};
  return {value: String(v)};
}

function validationFromExcel(
  dv: ExcelJS.DataValidation,
): ValidationModel | null {
  const base = {allowInvalid: !dv.showErrorMessage, helpText: dv.prompt ?? ''};
  const f = dv.formulae ?? [];
  if (dv.type === 'list' && typeof f[0] === 'string' && f[0].startsWith('"')) {
    const items = f[0]
      .slice(1, -1)
      .split(',')
      .map(s => s.replace(/""/g, '"'));
    return {...base, criteria: 'VALUE_IN_LIST', args: [items, true]};
  }
  if (dv.type === 'list')
    return {...base, criteria: 'VALUE_IN_RANGE', args: [String(f[0]), true]};
  if (dv.type === 'decimal' || dv.type === 'whole') {
    const nums = f.map(Number);
    const byOperator: Record<string, string> = {
      between: 'NUMBER_BETWEEN',
      greaterThanOrEqual: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      lessThanOrEqual: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
      greaterThan: 'NUMBER_GREATER_THAN',
    };
    const criteria = byOperator[dv.operator ?? 'between'];
    return criteria ? {...base, criteria, args: nums} : null;
  }
  return null;
}

export async function readWorkbook(file: string): Promise<Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const meta = readMeta(book.getWorksheet(META_SHEET));
  const wb = new Workbook({empty: true, id: meta?.id, name: meta?.name});
  if (meta) {
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
    } else {
      ws.columns?.forEach((col, i) => {
        if (col.width !== undefined)
          sheet.columnWidths[i + 1] = Math.round(col.width * 7 + 5);
      });
    }
    const excelValidations: [number, number, ExcelJS.DataValidation][] = [];
    ws.eachRow({includeEmpty: false}, (row, r) => {
      row.eachCell({includeEmpty: false}, (cell, c) => {
        const {value, formula} = excelCellValue(cell, tz);
        if (value !== undefined) sheet.set('value', r, c, value);
        if (formula !== undefined) sheet.set('formula', r, c, formula);
        if (cell.numFmt && cell.numFmt !== 'General') {
          // Dates we wrote without a format got a default one; that is what Sheets does too.
          sheet.set('numberFormat', r, c, cell.numFmt);
        }
        const font = cell.font;
        if (font?.bold) sheet.set('fontWeight', r, c, 'bold');
        const color = fromArgb(font?.color?.argb);
        if (color) sheet.set('fontColor', r, c, color);
        const fill = cell.fill as ExcelJS.FillPattern | undefined;
        const bg =
          fill?.type === 'pattern' ? fromArgb(fill.fgColor?.argb) : undefined;
        if (bg) sheet.set('background', r, c, bg);
        if (cell.alignment?.horizontal)
          sheet.set('horizontalAlignment', r, c, cell.alignment.horizontal);
        if (cell.alignment?.wrapText) sheet.set('wrap', r, c, true);
        const note = cell.note as
          string | {texts?: {text: string}[]} | undefined;
        if (note) {
          sheet.set(
            'note',
            r,
            c,
            typeof note === 'string'
              ? note
              : (note.texts ?? []).map(t => t.text).join(''),
          );
        }
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
