// The Template Email that "Siapkan Lembar" writes: in the workbook's language, the catalogue's
// default, and composing an email in which every section heading appears exactly once.
import {t} from '../../src/core/i18n';
import type {Lang} from '../../src/core/types';
import {defaultTemplateRows} from '../../src/sheets/setup-plan';
import {PERIODE, fillWorkbook, newHarness, nipOf, sheetValues} from './harness';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function occurrences(text: string, needle: string): number {
  return text.toLowerCase().split(needle.toLowerCase()).length - 1;
}

describe('the default Template Email', () => {
  it('is the catalogue text of the language, with no headings around the blocks', () => {
    for (const lang of ['id', 'en'] as Lang[]) {
      const rows = defaultTemplateRows(lang);
      expect(rows).toEqual([
        ['Subjek', t(lang, 'email.template.subject')],
        ['Isi', t(lang, 'email.template.body')],
      ]);
      // The blocks bring their own headings: the template must not add a second one.
      expect(rows[1][1]).toMatch(
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
    'setup writes it in the workbook language (%s); the composed email has each heading once',
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
      expect(template.slice(1).map(r => [r[0], r[1]])).toEqual([
        ['Subjek', t(lang as Lang, 'email.template.subject')],
        ['Isi', t(lang as Lang, 'email.template.body')],
      ]);

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
