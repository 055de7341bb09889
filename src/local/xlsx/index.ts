// Saves and loads the emulator's Workbook as .xlsx with ExcelJS (streaming writer).
// What a spreadsheet file can hold goes into the file itself so other readers see it (values with
// types, formulas, sheet order, frozen panes, column widths, number formats, bold/colour, fills,
// alignment, wrap, notes, data validation, hidden sheets, tab colours). What it cannot hold
// (protections with editors, properties, triggers, named ranges, time zone, mail quota usage,
// exact pixel widths and sheet sizes, validation rules in Apps Script terms) goes as JSON into the
// very hidden sheet `_kinerja_meta`, which the emulator never lists as a sheet.
export {META_SHEET} from './meta';
export {readWorkbook} from './read';
export type {ReadProblem} from './read';
export {writeWorkbook} from './write';
