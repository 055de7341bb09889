// The Template Email that "Siapkan Lembar" writes: the catalogue's default of each language under
// its own keys (Subjek / Isi, Subjek (en) / Isi (en)), each language's email taking only its own
// keys, and composing an email in which every section heading appears exactly once.
import {t} from '../../src/core/i18n';
import type {Lang} from '../../src/core/types';
import {effectiveTemplate} from '../../src/core/feedback';
import {defaultTemplateRows} from '../../src/sheets/setup-plan';
import {PERIODE, fillWorkbook, newHarness, nipOf, sheetValues} from './harness';
import {setSetting} from '../support/workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function occurrences(text: string, needle: string): number {
  return text.toLowerCase().split(needle.toLowerCase()).length - 1;
}

describe('the default Template Email', () => {
  it('is the catalogue text of each language under its own keys, with no headings around the blocks', () => {
    const rows = defaultTemplateRows();
    expect(rows).toEqual([
      ['Subjek', t('id', 'email.template.subject')],
      ['Isi', t('id', 'email.template.body')],
      ['Subjek (en)', t('en', 'email.template.subject')],
      ['Isi (en)', t('en', 'email.template.body')],
    ]);
    for (const body of [rows[1][1], rows[3][1]]) {
      // The blocks bring their own headings: the template must not add a second one.
      expect(body).toMatch(
        /\n\n\{\{Umpan Balik\}\}\n\n\{\{Rekomendasi\}\}\n\n/,
      );
    }
  });

  it.each([
    [
      'id',
      'Umpan Balik Atasan',
      'Tindak Lanjut',
      'Umpan Balik Kinerja 2026-TW1: Dedi Kurniawan',
    ],
    [
      'en',
      "Supervisor's Feedback",
      'Follow-up',
      'Performance Feedback 2026-TW1: Dedi Kurniawan',
    ],
  ])(
    'setup writes both languages; the email of the workbook language (%s) has each heading once',
    (lang, feedbackHeading, followUpHeading, subject) => {
      const h = newHarness();
      fillWorkbook(h, {count: 2});
      const ss = (
        h.emulator.globals
          .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
      ).getActiveSpreadsheet() as Spreadsheet;
      // The workbook's language is set first; setup then creates the missing Template Email.
      const pengaturan = ss.getSheetByName('Pengaturan')!;
      const keys = pengaturan.getDataRange().getValues();
      const row = keys.findIndex(r => r[0] === 'Bahasa') + 1;
      pengaturan.getRange(row, 2, 1, 1).setValues([[lang]]);
      ss.deleteSheet(ss.getSheetByName('Template Email')!);
      h.ctx.apiSetupSheets();

      const template = sheetValues(h.emulator, 'Template Email');
      expect(template.slice(1).map(r => [r[0], r[1]])).toEqual(
        defaultTemplateRows(),
      );

      const preview = h.ctx.apiPreviewEmail(PERIODE, nipOf(2));
      expect(preview.skipReason).toBe('');
      expect(preview.subject).toBe(subject);
      for (const heading of [feedbackHeading, followUpHeading]) {
        expect([
          occurrences(preview.text, heading),
          occurrences(preview.html, heading.replace("'", '&#39;')),
        ]).toEqual([1, 1]);
      }
      // No text of the other language leaks into the email.
      const other = lang === 'id' ? 'Dear ' : 'Yth. ';
      expect(preview.text).not.toContain(other);
    },
  );
});

describe('one template per language', () => {
  const setTemplate = (h: ReturnType<typeof newHarness>, rows: string[][]) => {
    const s = (
      h.emulator.globals
        .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
    )
      .getActiveSpreadsheet()
      .getSheetByName('Template Email')!;
    s.getRange(2, 1, s.getMaxRows() - 1, 2).clearContent();
    s.getRange(2, 1, rows.length, 2).setValues(rows);
  };
  const setLang = (h: ReturnType<typeof newHarness>, lang: Lang) =>
    setSetting(h.emulator, 'Bahasa', lang);

  it('sends each language its own keys; a template typed in one never goes out in the other', () => {
    const h = newHarness();
    fillWorkbook(h, {count: 2});
    setTemplate(h, [
      ['Subjek', 'Nilai Anda {{Periode}}'],
      ['Isi', 'Halo {{Nama}}, predikat Anda {{Predikat}}.'],
    ]);
    setLang(h, 'id');
    const id = h.ctx.apiPreviewEmail(PERIODE, nipOf(2));
    expect(id.subject).toBe('Nilai Anda 2026-TW1');
    expect(id.text).toContain('Halo Dedi Kurniawan, predikat Anda');
    // English: the Indonesian text stays out; the English default is used until HR types one.
    setLang(h, 'en');
    const en = h.ctx.apiPreviewEmail(PERIODE, nipOf(2));
    expect(en.subject).toBe('Performance Feedback 2026-TW1: Dedi Kurniawan');
    expect(en.text).toContain('Dear Dedi Kurniawan');
    expect(en.text).not.toContain('Halo');
    setTemplate(h, [
      ['Subjek', 'Nilai Anda {{Periode}}'],
      ['Isi', 'Halo {{Nama}}.'],
      ['Subjek (en)', 'Your score {{Periode}}'],
      ['Isi (en)', 'Hello {{Nama}}, work results {{Rating Hasil Kerja}}.'],
    ]);
    const custom = h.ctx.apiPreviewEmail(PERIODE, nipOf(2));
    expect(custom.subject).toBe('Your score 2026-TW1');
    expect(custom.text).toContain(
      'Hello Dedi Kurniawan, work results Meets expectations.',
    );
    setLang(h, 'id');
    expect(h.ctx.apiPreviewEmail(PERIODE, nipOf(2)).text).not.toContain(
      'Hello',
    );
  });

  it('names the cell of the language in use when its template has an unknown placeholder', () => {
    const h = newHarness();
    fillWorkbook(h, {count: 2});
    setTemplate(h, [
      ['Subjek', 'Nilai {{Bonus}}'],
      ['Isi', 'Halo'],
      ['Subjek (en)', 'Score {{Gaji}}'],
      ['Isi (en)', 'Hello'],
    ]);
    setLang(h, 'en');
    const status = h.ctx.apiStartSend(PERIODE, false);
    expect(status.message).toContain('Template Email!B4');
    expect(status.message).toContain('{{Gaji}}');
    expect(status.message).not.toContain('{{Bonus}}');
  });

  it("takes the other language's unchanged default for blank (a workbook switched after set-up)", () => {
    for (const [lang, other] of [
      ['en', 'id'],
      ['id', 'en'],
    ] as const) {
      const typed = {
        subjek: t(other, 'email.template.subject'),
        isi: t(other, 'email.template.body').replace(/\n/g, '\r\n') + '\n',
      };
      expect(effectiveTemplate(typed, lang)).toEqual({
        subjek: t(lang, 'email.template.subject'),
        isi: t(lang, 'email.template.body'),
      });
      const own = {subjek: ' Mine ', isi: 'Body {{Nama}}'};
      expect(effectiveTemplate(own, lang)).toEqual({
        subjek: 'Mine',
        isi: 'Body {{Nama}}',
      });
    }
  });
});
