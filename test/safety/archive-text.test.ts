// The archive copies values into a new spreadsheet: a text typed in a past tab that setValues
// would parse (a formula-looking Alasan) arrives as that text, not as a formula (issue 11).
import * as fs from 'fs';
import * as path from 'path';
import {createdWorkbooks} from '../../src/local/emulator/created-files';
import {CODE_FILE, fillFixture, findRow, harness} from '../workflow/helpers';
import {sheet, values} from '../support/workbook';

const PAST = '2025-TW4 Budi Santoso'; // <Periode> <the supervisor's short name>
const NIP = '199002022015012002';
const TYPED = '=Tidak sesuai target utama';

it('an archived tab keeps a typed text that starts with "=" as text', () => {
  const h = harness();
  fillFixture(h);
  h.ctx.apiCreateTabs('2025-TW4');
  h.ctx.apiCreateTabs('2026-TW1');
  const tab = sheet(h.emulator, PAST);
  const row = findRow(values(h.emulator, PAST), NIP, 'Hasil Kerja', 'I1');
  tab.getRange(row, 13).setNumberFormat('0.###');
  tab.getRange(row, 13).setValue(`'${TYPED}`);
  expect(tab.getRange(row, 13).getValue()).toBe(TYPED);
  h.ctx.apiRecompute('2025-TW4');
  const manifest = JSON.parse(
    fs.readFileSync(
      path.join(path.dirname(CODE_FILE), 'appsscript.json'),
      'utf8',
    ),
  ) as {oauthScopes: string[]};
  h.emulator.setOauthScopes([
    ...manifest.oauthScopes,
    'https://www.googleapis.com/auth/spreadsheets',
  ]);
  let status = h.ctx.apiArchive();
  for (let i = 0; status.state === 'running' && i < 10; i++)
    status = h.ctx.apiArchive();
  expect(status).toMatchObject({ok: true, state: 'done'});
  const [archive] = createdWorkbooks(h.emulator.workbook);
  const copy = h.ctx.SpreadsheetApp.openById(archive.id).getSheetByName(PAST);
  expect(copy.getRange(row, 13).getFormula()).toBe('');
  expect(copy.getRange(row, 13).getValue()).toBe(TYPED);
});
