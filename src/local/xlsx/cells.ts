// One cell between the emulator and Excel: its value (dates as the spreadsheet zone's wall clock,
// Excel has no zones), formula, fonts, fill, alignment, wrap and note.
import ExcelJS from 'exceljs';
import {isDate, zonedParts, zonedToDate} from '../emulator/dates';
import {
  type BorderModel,
  CellValue,
  LAYERS,
  SheetModel,
} from '../emulator/model';

export const toArgb = (color: string) =>
  'FF' + color.replace('#', '').toUpperCase().padStart(6, '0').slice(-6);
export const fromArgb = (argb: string | undefined) =>
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

/** Apps Script BorderStyle <-> Excel's border styles (the nearest line of each). */
const EXCEL_BORDER: Record<string, ExcelJS.BorderStyle> = {
  DOTTED: 'dotted',
  DASHED: 'dashed',
  SOLID: 'thin',
  SOLID_MEDIUM: 'medium',
  SOLID_THICK: 'thick',
  DOUBLE: 'double',
};
const SIDES = ['top', 'left', 'bottom', 'right'] as const;

function excelBorder(border: BorderModel): Partial<ExcelJS.Borders> {
  const out: Partial<ExcelJS.Borders> = {};
  for (const side of SIDES) {
    const line = border[side];
    if (!line) continue;
    const [style, color] = line.split(' ');
    out[side] = {
      style: EXCEL_BORDER[style] ?? 'thin',
      color: {argb: toArgb(color ?? '#000000')},
    };
  }
  return out;
}

function borderFromExcel(
  borders: Partial<ExcelJS.Borders> | undefined,
): BorderModel | undefined {
  if (!borders) return undefined;
  const out: BorderModel = {};
  for (const side of SIDES) {
    const b = borders[side];
    if (!b?.style) continue;
    const style =
      Object.keys(EXCEL_BORDER).find(k => EXCEL_BORDER[k] === b.style) ??
      'SOLID';
    out[side] = `${style} ${fromArgb(b.color?.argb) ?? '#000000'}`;
  }
  return Object.keys(out).length ? out : undefined;
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

export function writeCells(
  sheet: SheetModel,
  ws: ExcelJS.Worksheet,
  tz: string,
): void {
  const L = sheet.layers;
  // Validations are written per run of cells, not per cell.
  const rowCount = Math.max(
    ...LAYERS.filter(l => l !== 'validation').map(l => L[l].length),
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
    const borders = L.border[r];
    if (
      !values &&
      !formulas &&
      !formats &&
      !notes &&
      !weights &&
      !colors &&
      !fills &&
      !aligns &&
      !wraps &&
      !borders
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
      borders?.length ?? 0,
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
      const border = borders?.[c];
      if (
        v === undefined &&
        !f &&
        !fmt &&
        !note &&
        !bold &&
        !color &&
        !fill &&
        !align &&
        !wrap &&
        !border
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
      if (border)
        cell.border = shared(`border:${JSON.stringify(border)}`, () =>
          excelBorder(border),
        );
      if (note) cell.note = note;
    }
    row.commit();
  }
}

export function excelCellValue(
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
    // A cached error (=1/0 saved by Excel or Sheets) reads as the error, as Sheets shows it.
    if (result && typeof result === 'object' && 'error' in result)
      return {formula, value: String((result as {error: unknown}).error)};
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

/** Fonts, fill, alignment, wrap and note of a cell read from Excel into the sheet's layers. */
export function readCellStyle(
  sheet: SheetModel,
  r: number,
  c: number,
  cell: ExcelJS.Cell,
): void {
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
  const border = borderFromExcel(cell.border);
  if (border) sheet.set('border', r, c, border);
  const note = cell.note as string | {texts?: {text: string}[]} | undefined;
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
}
