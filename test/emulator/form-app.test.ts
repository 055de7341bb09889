import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {createEmulator} from '../../src/local/emulator';
import {loadBundle} from '../../src/local/loader';
import {readWorkbook, writeWorkbook} from '../../src/local/xlsx';
import {type Any, FIXTURE, setup} from './setup';

function surveyForm(g: Any, ss: Any) {
  const form = g.FormApp.create('Survei').setDescription('SKM');
  form.setCollectEmail(true);
  form
    .addListItem()
    .setTitle('Kode Unit')
    .setChoiceValues(['U01', 'U02'])
    .setRequired(true);
  form.addTextItem().setTitle('NIP');
  form
    .addScaleItem()
    .setTitle('U1 Persyaratan')
    .setBounds(1, 4)
    .setRequired(true);
  form.setDestination(g.FormApp.DestinationType.SPREADSHEET, ss.getId());
  return form;
}

describe('FormApp', () => {
  test('a linked form gets "Form Responses 1" first, with Timestamp, Email Address, then the titles', () => {
    const {g, ss} = setup();
    const form = surveyForm(g, ss);
    expect(form.getTitle()).toBe('Survei');
    expect(form.getDescription()).toBe('SKM');
    expect(form.getDestinationId()).toBe(ss.getId());
    expect(form.getPublishedUrl()).toMatch(
      /^https:\/\/docs\.google\.com\/forms\/d\/e\/1FAIpQL[\w-]+\/viewform$/,
    );
    expect(form.getEditUrl()).toBe(
      `https://docs.google.com/forms/d/${form.getId()}/edit`,
    );
    const sheet = ss.getSheets()[0];
    expect(sheet.getName()).toBe('Form Responses 1');
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getRange(1, 1, 1, 5).getValues()[0]).toEqual([
      'Timestamp',
      'Email Address',
      'Kode Unit',
      'NIP',
      'U1 Persyaratan',
    ]);
    // An item added later adds its column at the end; a second form gets sheet 2.
    form.addTextItem().setTitle('Saran');
    expect(sheet.getRange('F1').getValue()).toBe('Saran');
    const other = g.FormApp.create('Lain');
    other.addTextItem().setTitle('X');
    other.setDestination(g.FormApp.DestinationType.SPREADSHEET, ss.getId());
    expect(ss.getSheets()[0].getName()).toBe('Form Responses 2');
    expect(
      g.FormApp.openById(form.getId())
        .getItems()
        .map((i: Any) => i.getType()),
    ).toEqual(['LIST', 'TEXT', 'SCALE', 'TEXT']);
  });

  test('refuses what Google refuses: scale bounds, another spreadsheet, no scope, no destination', () => {
    const {g} = setup();
    const form = g.FormApp.create('F');
    expect(() => form.addScaleItem().setBounds(2, 4)).toThrow(
      'Invalid data updating form.',
    );
    expect(() => form.addScaleItem().setBounds(1, 11)).toThrow(
      'Invalid data updating form.',
    );
    expect(() => form.addListItem().setChoiceValues([])).toThrow(
      'Invalid data updating form.',
    );
    expect(() => form.getDestinationId()).toThrow('response destination');
    expect(() =>
      form.setDestination(
        g.FormApp.DestinationType.SPREADSHEET,
        'someone-else',
      ),
    ).toThrow('No item with the given ID could be found');
    const scoped = createEmulator({
      oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'],
    });
    expect(() => (scoped.globals as Any).FormApp.create('F')).toThrow(
      'Required permissions: https://www.googleapis.com/auth/forms',
    );
  });

  test('a submit appends the row and fires the form-submit trigger with range, values, namedValues', () => {
    const emu = createEmulator({now: () => new Date('2026-03-05T03:04:05Z')});
    const ctx = loadBundle(emu, FIXTURE);
    const ss = ctx.SpreadsheetApp.getActive();
    const form = surveyForm(ctx, ss);
    const events: Any[] = [];
    ctx.onSubmit = (e: Any) => events.push(e);
    ctx.ScriptApp.newTrigger('onSubmit')
      .forSpreadsheet(ss)
      .onFormSubmit()
      .create();
    const row = emu.submitForm(ctx, form.getId(), {
      email: 'warga@example.com',
      answers: {
        'Kode Unit': 'U01',
        NIP: '196608011988031001',
        'U1 Persyaratan': '3',
      },
    });
    expect(row).toBe(2);
    expect(events).toHaveLength(1);
    const e = events[0];
    expect(e.authMode).toBe('FULL');
    expect(e.range.getA1Notation()).toBe('A2:E2');
    // 03:04:05 UTC is 10:04:05 in Jakarta.
    expect([...e.values]).toEqual([
      '3/5/2026 10:04:05',
      'warga@example.com',
      'U01',
      '196608011988031001',
      '3',
    ]);
    expect([...e.namedValues['U1 Persyaratan']]).toEqual(['3']);
    const cells = ss
      .getSheetByName('Form Responses 1')
      .getRange('A2:E2')
      .getValues()[0];
    expect(cells[0]).toBeInstanceOf(ctx.Date);
    // Typed text becomes a number in the sheet, as Sheets does (18 digits lose precision).
    expect(cells.slice(2)).toEqual(['U01', 196608011988031000, 3]);
    // Required questions, choices and bounds are checked as the form page does.
    expect(() =>
      emu.submitForm(ctx, 'Survei', {
        email: 'a@b.co',
        answers: {'Kode Unit': 'U09', 'U1 Persyaratan': '3'},
      }),
    ).toThrow('not one of the choices');
    expect(() =>
      emu.submitForm(ctx, 'Survei', {
        email: 'a@b.co',
        answers: {'Kode Unit': 'U01', 'U1 Persyaratan': '5'},
      }),
    ).toThrow('not on the scale 1-4');
    expect(() =>
      emu.submitForm(ctx, 'Survei', {
        email: 'a@b.co',
        answers: {'Kode Unit': 'U01'},
      }),
    ).toThrow('required question');
    expect(() =>
      emu.submitForm(ctx, 'Survei', {
        answers: {'Kode Unit': 'U01', 'U1 Persyaratan': '3'},
      }),
    ).toThrow('Email Address');
    expect(events).toHaveLength(1);
  });

  test('forms survive an xlsx round trip and stay linked to their sheet', async () => {
    const {emu, g, ss} = setup();
    const form = surveyForm(g, ss);
    const file = path.join(
      fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-form-')),
      'b.xlsx',
    );
    await writeWorkbook(emu.workbook, file);
    const again = createEmulator({workbook: await readWorkbook(file)});
    const back = (again.globals as Any).FormApp.openById(form.getId());
    expect(back.getItems().map((i: Any) => i.getTitle())).toEqual([
      'Kode Unit',
      'NIP',
      'U1 Persyaratan',
    ]);
    const ctx = loadBundle(again, FIXTURE);
    expect(
      again.submitForm(ctx, 'Survei', {
        email: 'a@b.co',
        answers: {'Kode Unit': 'U02', 'U1 Persyaratan': '4'},
      }),
    ).toBe(2);
  });
});
