import {createEmulator} from '../../src/local/emulator';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

// Not a timed test: proves a benchmark-sized block (100,000 rows x 13 columns, the appraisal tabs of
// 10,000 employees x 8 indicators) goes through setValues/getValues intact and in one call each.
test('setValues/getValues of 100,000 x 13 cells', () => {
  const emu = createEmulator();
  const g = emu.globals as Any;
  const sheet = g.SpreadsheetApp.getActive().insertSheet(
    'Penilaian 2026-TW1 X',
  );
  sheet.insertRowsAfter(1000, 99_000);
  sheet.getRange('B:B').setNumberFormat('@');
  const rows = Array.from({length: 100_000}, (_, i) => [
    '2026-TW1',
    String(196608011988031001n + BigInt(i)),
    `Pegawai ${i}`,
    'Hasil Kerja',
    `IK${i % 8}`,
    `Uraian indikator ${i}`,
    '%',
    100,
    i % 121,
    '',
    '',
    '',
    '',
  ]);
  emu.calls.reset();
  sheet.getRange(1, 1, 100_000, 13).setValues(rows);
  const back = sheet.getRange(1, 1, 100_000, 13).getValues();
  expect(back[99_999][1]).toBe('196608011988131000');
  expect(back[99_999].slice(7, 10)).toEqual([100, 99_999 % 121, '']);
  expect(sheet.getLastRow()).toBe(100_000);
  expect(emu.calls.total()).toBe(5); // 2 getRange, setValues, getValues, getLastRow
});
