// Appraisal tabs people can use (issue 12): frozen header and name columns, inputs shaded apart
// from locked cells, a line under each employee's block, Uraian wrapped, narrow columns, and
// warn-only validations with help text in the workbook's language.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {readWorkbook, writeWorkbook} from '../../src/local/xlsx';
import {KEPALA, fillFixture, harness} from './helpers';
import {setSetting, sheet, tabName} from '../support/workbook';

function built(lang?: string) {
  const h = harness();
  fillFixture(h);
  if (lang) setSetting(h.emulator, 'Bahasa', lang);
  const result = h.ctx.apiCreateTabs('2026-TW1');
  expect(result.ok).toBe(true);
  // Budi's tab: Ani (rows 2-12), Dedi (13-23), Rina (24-34).
  const name = tabName(h.emulator, '2026-TW1', KEPALA.nip);
  return {
    h,
    name,
    s: sheet(h.emulator, name),
    model: h.emulator.workbook.sheetByName(name)!,
  };
}

describe('appraisal tab formats', () => {
  it('freezes the header row and the columns through Nama', () => {
    const {s} = built();
    expect(s.getFrozenRows()).toBe(1);
    expect(s.getFrozenColumns()).toBe(3);
  });

  it('shades inputs (I:M) apart from locked cells (A:H) and wraps Uraian', () => {
    const {s} = built();
    for (const cell of ['A2', 'F20', 'H34'])
      expect(s.getRange(cell).getBackground()).toBe('#ffffff');
    for (const cell of ['I2', 'J13', 'K20', 'L34', 'M34'])
      expect(s.getRange(cell).getBackground()).toBe('#fff8dc');
    expect(s.getRange('F2').getWrap()).toBe(true);
    expect(s.getRange('G2').getWrap()).toBe(false);
  });

  it('keeps Realisasi and Rating on screen at 1440 px (narrow columns, Uraian 280 px)', () => {
    const {s} = built();
    expect(s.getColumnWidth(6)).toBe(280);
    let upToRating = 0;
    for (let c = 1; c <= 10; c++) upToRating += s.getColumnWidth(c);
    // 1440 px less the 300 px sidebar and ~46 px of row numbers.
    expect(upToRating).toBeLessThanOrEqual(1440 - 300 - 46);
  });

  it('draws a line under each employee block only', () => {
    const {model} = built();
    const line = {bottom: 'SOLID_MEDIUM #8c8c8c'};
    for (const row of [12, 23, 34]) {
      expect(model.get('border', row, 1)).toEqual(line);
      expect(model.get('border', row, 13)).toEqual(line);
    }
    for (const row of [2, 11, 13, 33])
      expect(model.get('border', row, 1)).toBeUndefined();
  });

  it('validates Realisasi (a number ≥ 0) and Rating (the list) as warnings with Indonesian help', () => {
    const {s} = built();
    const realisasi = s.getRange('I2').getDataValidation()!;
    expect(String(realisasi.getCriteriaType())).toBe(
      'NUMBER_GREATER_THAN_OR_EQUAL_TO',
    );
    expect(realisasi.getCriteriaValues()).toEqual([0]);
    expect(realisasi.getAllowInvalid()).toBe(true);
    expect(realisasi.getHelpText()).toBe(
      'Isi angka realisasi 0 atau lebih (contoh 87,5), bukan rumus.',
    );
    const rating = s.getRange('J4').getDataValidation()!;
    expect(rating.getCriteriaValues()[0]).toEqual([
      'Di Atas Ekspektasi',
      'Sesuai Ekspektasi',
      'Di Bawah Ekspektasi',
    ]);
    expect(rating.getAllowInvalid()).toBe(true);
    expect(rating.getHelpText()).toMatch(
      /^Pilih Di Atas, Sesuai atau Di Bawah Ekspektasi/,
    );
  });

  it('writes the help text in English when Bahasa = English', () => {
    const {s} = built('English');
    expect(s.getRange('I2').getDataValidation()!.getHelpText()).toBe(
      'Enter the achieved number, 0 or more (e.g. 87,5), not a formula.',
    );
    expect(s.getRange('J4').getDataValidation()!.getHelpText()).toMatch(
      /^Pick Di Atas/,
    );
  });

  it('keeps the formats in the .xlsx file (frozen panes, shades, lines, wrap, rules)', async () => {
    const {h, name} = built();
    const file = path.join(
      fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-tabfmt-')),
      'tabs.xlsx',
    );
    await writeWorkbook(h.emulator.workbook, file);
    const back = (await readWorkbook(file)).sheetByName(name)!;
    expect([back.frozenRows, back.frozenCols]).toEqual([1, 3]);
    expect(back.get('background', 2, 9)).toBe('#fff8dc');
    expect(back.get('background', 2, 8) ?? null).toBeNull();
    expect(back.get('border', 12, 5)).toEqual({bottom: 'SOLID_MEDIUM #8c8c8c'});
    expect(back.get('wrap', 2, 6)).toBe(true);
    expect(back.columnWidths[6]).toBe(280);
    expect(back.get('validation', 4, 10)).toMatchObject({
      criteria: 'VALUE_IN_LIST',
      allowInvalid: true,
    });
    expect(back.get('validation', 2, 9)?.helpText).toMatch(
      /^Isi angka realisasi/,
    );
  });
});
