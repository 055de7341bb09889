// Issue 11: what an .xlsx holds beyond values, read as Sheets reads it. A merge: only its top-left
// cell holds a value, the covered cells read blank, and the merge survives a save. A formula whose
// cached result is an error (=1/0 saved by Excel or Sheets) reads as the error, not as blank.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {Workbook} from '../../src/local/emulator/model';
import {mergesOf} from '../../src/local/emulator/range-merges';
import {readWorkbook, writeWorkbook} from '../../src/local/xlsx';

let dir = '';
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-merges-'));
});
afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));

describe('.xlsx merges and cached errors', () => {
  it('an Excel file with I2:I6 merged: covered cells blank, the merge kept through a save', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('Penilaian 2026-TW1 X');
    ws.getCell('I1').value = 'Realisasi';
    for (let r = 2; r <= 6; r++) ws.getCell(`I${r}`).value = 80 + r;
    ws.mergeCells('I2:I6');
    ws.getCell('J2').value = {
      formula: '1/0',
      result: {error: '#DIV/0!'},
    } as ExcelJS.CellValue;
    const file = path.join(dir, 'excel.xlsx');
    await book.xlsx.writeFile(file);

    const wb = await readWorkbook(file);
    const sheet = wb.sheets.find(s => s.name === 'Penilaian 2026-TW1 X')!;
    expect([2, 3, 4, 5, 6].map(r => sheet.get('value', r, 9))).toEqual([
      82,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(mergesOf(sheet)).toEqual([{row: 2, col: 9, numRows: 5, numCols: 1}]);
    expect([sheet.get('formula', 2, 10), sheet.get('value', 2, 10)]).toEqual([
      '=1/0',
      '#DIV/0!',
    ]);

    const saved = path.join(dir, 'saved.xlsx');
    await writeWorkbook(wb, saved);
    const again = await readWorkbook(saved);
    const copy = again.sheets.find(s => s.name === 'Penilaian 2026-TW1 X')!;
    expect(mergesOf(copy)).toEqual([{row: 2, col: 9, numRows: 5, numCols: 1}]);
    expect(copy.get('value', 2, 9)).toBe(82);
    expect(copy.get('value', 3, 9)).toBeUndefined();
  });

  it('a workbook without merges stays without', async () => {
    const wb = new Workbook();
    wb.sheets[0].set('value', 1, 1, 'x');
    const file = path.join(dir, 'plain.xlsx');
    await writeWorkbook(wb, file);
    const again = await readWorkbook(file);
    expect(mergesOf(again.sheets[0])).toEqual([]);
  });
});
