import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {createEmulator} from '../../src/local/emulator';
import {META_SHEET, readWorkbook, writeWorkbook} from '../../src/local/xlsx';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const NIP = '196608011988031001';

function hasPython(): boolean {
  try {
    execFileSync('python3', ['--version']);
    return true;
  } catch {
    return false;
  }
}

async function roundTrip() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-xlsx-'));
  const file = path.join(dir, 'book.xlsx');
  const emu = createEmulator({timeZone: 'Asia/Jayapura'});
  const g = emu.globals as Any;
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  const employeeSheet = ss.getSheets()[0].setName('Pegawai');
  employeeSheet.getRange('A:A').setNumberFormat('@');
  employeeSheet.getRange('A1:E2').setValues([
    ['NIP', 'Nama', 'Nilai', 'Aktif', 'Tanggal'],
    [NIP, 'Siti Aminah', 87.5, true, new Date('2026-03-31T15:00:00Z')],
  ]);
  employeeSheet.getRange('F2').setFormula('=ASN_SCORE(A2)');
  employeeSheet
    .getRange('A1:E1')
    .setFontWeight('bold')
    .setBackground('#d9ead3')
    .setFontColor('#1f4e79');
  employeeSheet
    .getRange('C2')
    .setNumberFormat('0.00')
    .setHorizontalAlignment('right')
    .setWrap(true);
  employeeSheet.getRange('B2').setNote('Catatan HR');
  employeeSheet.setFrozenRows(1);
  employeeSheet.setColumnWidth(2, 220);
  employeeSheet.setTabColor('#00ff00');
  const list = g.SpreadsheetApp.newDataValidation()
    .requireValueInList(['Ya', 'Tidak'], true)
    .setAllowInvalid(false)
    .build();
  employeeSheet.getRange('D2:D50').setDataValidation(list);
  // Longer than Excel's 31 characters and equal in their first 31.
  ss.insertSheet('Penilaian 2026-TW1 198001012005011001')
    .getRange('A1')
    .setValue('satu');
  ss.insertSheet('Penilaian 2026-TW1 198001012005011002')
    .getRange('A1')
    .setValue('dua');
  const hidden = ss.insertSheet('Arsip');
  hidden.getRange('A1').setValue('lama');
  hidden.hideSheet();
  const protection = employeeSheet
    .getRange('A1:E1')
    .protect()
    .setDescription('Header');
  protection.removeEditors(protection.getEditors());
  protection.addEditor('atasan@example.go.id');
  g.PropertiesService.getDocumentProperties().setProperty('kinerja.stale', '1');
  g.PropertiesService.getUserProperties().setProperty('lang', 'en');
  g.ScriptApp.newTrigger('continueSend').timeBased().everyHours(1).create();
  ss.setNamedRange('Header', employeeSheet.getRange('A1:E1'));
  const big = 'x'.repeat(70000); // forces the meta JSON over several cells
  g.PropertiesService.getScriptProperties().setProperty(
    'big',
    big.slice(0, 9000),
  );
  emu.workbook.meta.note = big;
  await writeWorkbook(emu.workbook, file);
  return {file, dir, original: emu.workbook};
}

describe('xlsx persistence', () => {
  let file: string;
  let dir: string;
  beforeAll(async () => {
    ({file, dir} = await roundTrip());
  });
  afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));

  test('values keep their types: NIP text, numbers, booleans, dates, formulas', async () => {
    const wb = await readWorkbook(file);
    const emu = createEmulator({workbook: wb});
    const sheet = (
      emu.globals as Any
    ).SpreadsheetApp.getActive().getSheetByName('Pegawai');
    const values = sheet.getRange('A2:E2').getValues();
    expect(values[0][0]).toBe(NIP);
    expect(values[0].slice(1, 4)).toEqual(['Siti Aminah', 87.5, true]);
    expect(values[0][4]).toBeInstanceOf(Date);
    expect(values[0][4].toISOString()).toBe('2026-03-31T15:00:00.000Z');
    expect(sheet.getRange('F2').getFormula()).toBe('=ASN_SCORE(A2)');
    expect(sheet.getRange('A2').getNumberFormat()).toBe('@');
    expect(sheet.getRange('C2').getDisplayValue()).toBe('87.50');
  });

  test('formatting, notes, validation, frozen rows, widths, hidden sheets and tab colour survive', async () => {
    const wb = await readWorkbook(file);
    const g = createEmulator({workbook: wb}).globals as Any;
    const ss = g.SpreadsheetApp.getActive();
    const sheet = ss.getSheetByName('Pegawai');
    expect(sheet.getRange('A1').getFontWeight()).toBe('bold');
    expect(sheet.getRange('A1').getBackground()).toBe('#d9ead3');
    expect(sheet.getRange('A1').getFontColor()).toBe('#1f4e79');
    expect(sheet.getRange('C2').getHorizontalAlignment()).toBe('right');
    expect(sheet.getRange('C2').getWrap()).toBe(true);
    expect(sheet.getRange('B2').getNote()).toBe('Catatan HR');
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getColumnWidth(2)).toBe(220);
    expect(sheet.getTabColor()).toBe('#00ff00');
    const rule = sheet.getRange('D50').getDataValidation();
    expect(rule.getCriteriaValues()).toEqual([['Ya', 'Tidak'], true]);
    expect(rule.getAllowInvalid()).toBe(false);
    expect(sheet.getRange('D51').getDataValidation()).toBeNull();
    expect(ss.getSheetByName('Arsip').isSheetHidden()).toBe(true);
  });

  test('protections, properties, triggers, named ranges, time zone survive; meta sheet is not listed', async () => {
    const wb = await readWorkbook(file);
    const emu = createEmulator({workbook: wb});
    const g = emu.globals as Any;
    const ss = g.SpreadsheetApp.getActive();
    expect(ss.getSheets().map((s: Any) => s.getName())).toEqual([
      'Pegawai',
      'Penilaian 2026-TW1 198001012005011001',
      'Penilaian 2026-TW1 198001012005011002',
      'Arsip',
    ]);
    const second = ss.getSheetByName('Penilaian 2026-TW1 198001012005011002');
    expect(second.getRange('A1').getValue()).toBe('dua');
    expect(ss.getSheetByName(META_SHEET)).toBeNull();
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Jayapura');
    const [p] = ss.getProtections('RANGE');
    expect(p.getDescription()).toBe('Header');
    expect(p.getEditors().map((u: Any) => u.getEmail())).toEqual([
      'hr@example.go.id',
      'atasan@example.go.id',
    ]);
    expect(p.getRange().getA1Notation()).toBe('A1:E1');
    expect(
      g.PropertiesService.getDocumentProperties().getProperty('kinerja.stale'),
    ).toBe('1');
    expect(g.PropertiesService.getUserProperties().getProperty('lang')).toBe(
      'en',
    );
    expect(
      g.PropertiesService.getScriptProperties().getProperty('big'),
    ).toHaveLength(9000);
    expect(wb.meta.note).toHaveLength(70000);
    const triggers = g.ScriptApp.getProjectTriggers();
    expect(
      triggers.map((t: Any) => [t.getHandlerFunction(), t.getEventType()]),
    ).toEqual([['continueSend', 'CLOCK']]);
    expect(ss.getRangeByName('Header').getA1Notation()).toBe('A1:E1');
  });

  test('writing is atomic: no temporary file is left behind', () => {
    expect(fs.readdirSync(dir)).toEqual(['book.xlsx']);
  });

  const pythonTest = hasPython() ? test : test.skip;
  if (!hasPython())
    console.warn('python3 missing: the second-reader xlsx check is skipped');
  pythonTest(
    'another reader (python zipfile + xml) sees the NIP as a shared string and the sheets',
    () => {
      const script = `
import sys, zipfile, json, xml.etree.ElementTree as ET
ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
z = zipfile.ZipFile(sys.argv[1])
wbx = ET.fromstring(z.read('xl/workbook.xml'))
sheets = [(s.get('name'), s.get('state') or 'visible') for s in wbx.find('m:sheets', ns)]
strings = [''.join(t.text or '' for t in si.iter('{%s}t' % ns['m'])) for si in ET.fromstring(z.read('xl/sharedStrings.xml'))]
ws = ET.fromstring(z.read('xl/worksheets/sheet1.xml'))
cells = {}
for c in ws.iter('{%s}c' % ns['m']):
    v = c.find('m:v', ns)
    f = c.find('m:f', ns)
    val = v.text if v is not None else None
    if c.get('t') == 's': val = strings[int(val)]
    cells[c.get('r')] = {'t': c.get('t'), 'v': val, 'f': f.text if f is not None else None}
print(json.dumps({'sheets': sheets, 'A2': cells['A2'], 'C2': cells['C2'], 'D2': cells['D2'], 'F2': cells['F2']}))
`;
      const out = JSON.parse(
        execFileSync('python3', ['-c', script, file]).toString(),
      );
      expect(out.sheets).toEqual([
        ['Pegawai', 'visible'],
        // Excel allows 31 characters per sheet name: the file holds unique short names.
        ['Penilaian 2026-TW1 198001012005', 'visible'],
        ['Penilaian 2026-TW1 1980010120~2', 'visible'],
        ['Arsip', 'hidden'],
        [META_SHEET, 'veryHidden'],
      ]);
      expect(out.A2).toEqual({t: 's', v: NIP, f: null});
      expect(out.C2).toEqual({t: null, v: '87.5', f: null});
      expect(out.D2).toEqual({t: 'b', v: '1', f: null});
      expect(out.F2.f).toBe('ASN_SCORE(A2)');
    },
  );
});
