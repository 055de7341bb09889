// A whole quarter in the local workbench, in a real Chromium, as a new user does it: the tabs
// made from the sidebar; a supervisor types Realisasi and Rating into their own appraisal tab in
// the viewer (protections hold for the others' tabs); edits made meanwhile in another spreadsheet
// program are read in, never overwritten; Hitung in the sidebar turns what was typed into Hasil;
// Kirim semua sends each complete employee one email, and a second run sends none.

import fs from 'fs';
import os from 'os';
import path from 'path';
import type {Browser, FrameLocator, Page} from 'playwright-core';
import {createEmulator} from '../../src/local/emulator';
import type {Workbook} from '../../src/local/emulator/model';
import {loadBundle} from '../../src/local/loader';
import {writeDemoTables} from '../../src/local/demo-tables';
import {RunningWorkbench, startServer} from '../../src/local/workbench/backend';
import {readWorkbook, writeWorkbook} from '../../src/local/xlsx';
import {demoWorkbook} from '../../src/demo/workbook';
import {HEADERS, SHEET} from '../../src/sheets/schema';
import {tabIdentityOfModel, tabModelsOfPeriod} from '../../src/local/tabs';
import {describeBrowser, launchChromium} from './browser';

jest.setTimeout(120_000);
const PERIOD = '2026-TW1';
const NOW = () => new Date('2026-04-02T03:00:00Z');
const COLUMN = (header: string) =>
  String.fromCharCode(65 + HEADERS.penilaian.indexOf(header as never));

/** The first row (1-based) of `jenis` in a tab, and that row's NIP. */
function firstRow(workbook: Workbook, tab: string, jenis: string) {
  const sheet = workbook.sheetByName(tab)!;
  const jenisCol = HEADERS.penilaian.indexOf('Jenis') + 1;
  for (let row = 2; row <= sheet.lastRow(); row++) {
    if (sheet.get('value', row, jenisCol) === jenis) {
      return {
        row,
        nip: String(
          sheet.get('value', row, HEADERS.penilaian.indexOf('NIP') + 1),
        ),
      };
    }
  }
  throw new Error(`no ${jenis} row in ${tab}`);
}

describeBrowser('workbench: filling in appraisal tabs (Chromium)', () => {
  let browser: Browser;
  let server: RunningWorkbench;
  let page: Page;
  let dir: string;
  let file: string;
  let tabs: string[];
  /** Supervisor email of each tab (Per Atasan: the tab's key is the supervisor's NIP). */
  const emailOfTab = new Map<string, string>();
  let emailOfNip: (nip: string) => string | undefined;
  const sidebar = (): FrameLocator => page.frameLocator('#sidebar');
  const openSidebarCard = async (id: string) => {
    await page.goto(server.url);
    await sidebar().locator('#card-summary').waitFor();
    const toggle = sidebar().locator(`#toggle-${id}`);
    if ((await toggle.getAttribute('aria-expanded')) !== 'true')
      await toggle.click();
  };
  const outbox = () =>
    fs.existsSync(path.join(dir, 'outbox'))
      ? fs.readdirSync(path.join(dir, 'outbox')).filter(f => f.endsWith('.eml'))
      : [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-edit-'));
    file = path.join(dir, 'kinerja.xlsx');
    const demo = demoWorkbook({employeeCount: 14, period: PERIOD, seed: 5});
    const emulator = createEmulator({now: NOW});
    // An Indonesian office's spreadsheet: 84,5 typed in a cell is the number 84.5.
    emulator.workbook.locale = 'id_ID';
    const ctx = loadBundle(emulator);
    ctx.apiSetupSheets();
    writeDemoTables(emulator, demo);
    // Periode Aktif is the quarter the sidebar opens on.
    const pengaturan = emulator.workbook.sheetByName(SHEET.pengaturan)!;
    for (let r = 2; r <= pengaturan.lastRow(); r++) {
      if (pengaturan.get('value', r, 1) === 'Periode Aktif')
        pengaturan.set('value', r, 2, PERIOD);
    }
    emailOfNip = nip => demo.employees.find(x => x.nip === nip)?.email;
    await writeWorkbook(emulator.workbook, file);
    browser = await launchChromium();
    // Read from the file, as npm start does.
    server = await startServer({
      file,
      port: 0,
      outbox: path.join(dir, 'outbox'),
      emulator: {now: NOW},
    });
    page = await browser.newPage({viewport: {width: 1200, height: 900}});
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    fs.rmSync(dir, {recursive: true, force: true});
  });

  const openTab = async (tab: string) => {
    await page.goto(`${server.url}sheets?name=${encodeURIComponent(tab)}`);
    await page.locator('#edit-bar').waitFor();
  };
  const cell = (ref: string) => page.locator(`td[title="${ref}"]`);

  it('creates the appraisal tabs from the sidebar (Penilaian, Buat tab)', async () => {
    await openSidebarCard('tabs');
    await sidebar().locator('#tabs-run').click();
    await sidebar().locator('#body-tabs .result').waitFor();
    // Found by the identity stored with each tab (their names are for people).
    const models = tabModelsOfPeriod(server.emulator.workbook, PERIOD);
    tabs = models.map(s => s.name);
    expect(tabs.length).toBeGreaterThan(1);
    for (const model of models) {
      const email = emailOfNip(tabIdentityOfModel(model)!.key);
      if (email) emailOfTab.set(model.name, email);
    }
    await expect(
      sidebar().locator('#body-tabs .tab-list li').allTextContents(),
    ).resolves.toEqual(expect.arrayContaining(tabs));
    // The viewer lists them as sheet tabs, and they are in the file.
    await page.goto(`${server.url}sheets`);
    await page.locator('nav a', {hasText: tabs[0]}).waitFor();
    expect((await readWorkbook(file)).sheetByName(tabs[0])?.name).toBe(tabs[0]);
  });

  it('HR types a Realisasi in Indonesian notation: stored as a number, saved to the file, Enter moves down', async () => {
    const tab = tabs[0];
    await openTab(tab);
    const {row} = firstRow(server.emulator.workbook, tab, 'Hasil Kerja');
    const ref = `${COLUMN('Realisasi')}${row}`;
    await cell(ref).click();
    await page.locator('#edit-ref[value], #edit-ref').first().waitFor();
    await expectValue('#edit-ref', ref);
    await page.locator('#edit-value').fill('84,5');
    await page.locator('#edit-value').press('Enter');
    await saved();
    await expect(cell(ref).textContent()).resolves.toBe('84,5');
    // Like Enter in a spreadsheet: the cell below is selected next.
    await expectValue('#edit-ref', `${COLUMN('Realisasi')}${row + 1}`);
    const sheet = server.emulator.workbook.sheetByName(tab)!;
    expect(
      sheet.get('value', row, HEADERS.penilaian.indexOf('Realisasi') + 1),
    ).toBe(84.5);
    const onDisk = await readWorkbook(file);
    expect(
      onDisk
        .sheetByName(tab)!
        .get('value', row, HEADERS.penilaian.indexOf('Realisasi') + 1),
    ).toBe(84.5);
  });

  it('offers the rating list and marks a rating that is not in it, naming the cell', async () => {
    const tab = tabs[0];
    await openTab(tab);
    const {row} = firstRow(server.emulator.workbook, tab, 'Perilaku');
    const ref = `${COLUMN('Rating')}${row}`;
    await cell(ref).click();
    await expectValue('#edit-ref', ref);
    // The list comes from /cell, asked once the selection rests.
    await page
      .locator('#edit-options option')
      .first()
      .waitFor({state: 'attached'});
    const options = await page
      .locator('#edit-options option')
      .evaluateAll(os => os.map(o => (o as HTMLOptionElement).value));
    expect(options).toContain('Di Atas Ekspektasi');
    await page.locator('#edit-value').fill('Bagus sekali');
    await page.locator('#edit-save').click();
    // Saved (warn-only list: spellings like "sesuai" are read), marked by the onEdit trigger.
    await page.locator('#edit-message.refused').waitFor();
    await expect(
      page.locator('#edit-message').textContent(),
    ).resolves.toContain(ref);
    await expect(
      page.locator('#edit-message').textContent(),
    ).resolves.toContain('Rating "Bagus sekali" tidak dikenali');
    expect(
      server.emulator.workbook.sheetByName(tab)!.get('note', row, 10),
    ).toMatch(/^⚠ Rating "Bagus sekali" tidak dikenali/);
    // The text stays in the cell, marked, with the reason beside it.
    await expect(cell(ref).textContent()).resolves.toBe('Bagus sekali');
    await expect(
      page.locator(`.cell-error[data-ref="${ref}"]`).textContent(),
    ).resolves.toContain(ref);
    // Simpan moved on, like Enter; back to the cell to correct it.
    await cell(ref).click();
    await expectValue('#edit-value', 'Bagus sekali');
    await page.locator('#edit-value').fill('Di Atas Ekspektasi');
    await page.locator('#edit-save').click();
    await saved();
    await expect(cell(ref).textContent()).resolves.toBe('Di Atas Ekspektasi');
    expect(
      server.emulator.workbook.sheetByName(tab)!.get('note', row, 10),
    ).toBeUndefined();
  });

  it("a supervisor may type in their own tab only: another supervisor's cells are refused", async () => {
    const [own, other] = tabs.filter(t => emailOfTab.has(t));
    expect(emailOfTab.get(other)).not.toBe(emailOfTab.get(own));
    expect(emailOfTab.get(other)).toMatch(/@/);
    await openTab(own);
    await actAs(emailOfTab.get(own)!);
    await page.locator('#edit-bar').waitFor();
    await expectValue('#edit-as', emailOfTab.get(own)!);
    const mine = firstRow(server.emulator.workbook, own, 'Hasil Kerja');
    await cell(`${COLUMN('Realisasi')}${mine.row}`).click();
    await page.waitForFunction(
      () =>
        !(document.getElementById('edit-value') as HTMLInputElement).disabled,
    );
    await page.locator('#edit-value').fill('7');
    await page.locator('#edit-value').press('Enter');
    await saved();
    // The Target column of the own tab is computed, not an input: protected.
    await cell(`${COLUMN('Target')}${mine.row}`).click();
    await page.locator('#edit-message.refused').waitFor();

    await openTab(other);
    const theirs = firstRow(server.emulator.workbook, other, 'Hasil Kerja');
    await cell(`${COLUMN('Realisasi')}${theirs.row}`).click();
    await page.locator('#edit-message.refused').waitFor();
    expect(await page.locator('#edit-value').isDisabled()).toBe(true);
    await expect(
      page.locator('#edit-message').textContent(),
    ).resolves.toContain(emailOfTab.get(own)!);
    // Back to HR for the rest.
    await actAs(server.emulator.workbook.owner);
  });

  it('reads in what another program saved to the file instead of overwriting it, then Hitung uses it', async () => {
    const tab = tabs[0];
    const {row, nip} = firstRow(server.emulator.workbook, tab, 'Hasil Kerja');
    // Someone fills in the whole first block in LibreOffice and saves the file.
    const outside = await readWorkbook(file);
    const sheet = outside.sheetByName(tab)!;
    const realisasi = HEADERS.penilaian.indexOf('Realisasi') + 1;
    const rating = HEADERS.penilaian.indexOf('Rating') + 1;
    const jenis = HEADERS.penilaian.indexOf('Jenis') + 1;
    const nipCol = HEADERS.penilaian.indexOf('NIP') + 1;
    for (let r = 2; r <= sheet.lastRow(); r++) {
      if (sheet.get('value', r, nipCol) !== nip) continue;
      if (sheet.get('value', r, jenis) === 'Hasil Kerja')
        sheet.set('value', r, realisasi, r === row ? 123 : 100);
      if (sheet.get('value', r, jenis) === 'Perilaku')
        sheet.set('value', r, rating, 'Sesuai Ekspektasi');
    }
    // A later modification time than our own save, whatever the clock's resolution.
    await new Promise(resolve => setTimeout(resolve, 20));
    await writeWorkbook(outside, file);

    await page.goto(server.url);
    const sidebar: FrameLocator = page.frameLocator('#sidebar');
    await sidebar.locator('#card-summary').waitFor();
    await sidebar.locator('#toggle-compute').click();
    await sidebar.locator('#compute-run').click();
    await sidebar.locator('#body-compute .result').waitFor();

    const saved = await readWorkbook(file);
    expect(saved.sheetByName(tab)!.get('value', row, realisasi)).toBe(123);
    const hasil = saved.sheetByName(SHEET.hasil)!;
    const header = HEADERS.hasil;
    let status = '';
    for (let r = 2; r <= hasil.lastRow(); r++) {
      if (hasil.get('value', r, header.indexOf('NIP') + 1) === nip)
        status = String(hasil.get('value', r, header.indexOf('Status') + 1));
    }
    expect(status).toBe('Lengkap');
  });

  it('a supervisor fills in a whole block by typing and Enter; Hitung makes it complete; Kirim semua sends once', async () => {
    const tab = tabs.find(t => t !== tabs[0] && emailOfTab.has(t))!;
    await openTab(tab);
    await actAs(emailOfTab.get(tab)!);
    await page.locator('#edit-bar').waitFor();
    const wb = server.emulator.workbook;
    const {row: first, nip} = firstRow(wb, tab, 'Hasil Kerja');
    const sheet = wb.sheetByName(tab)!;
    const col = (h: string) => HEADERS.penilaian.indexOf(h as never) + 1;
    const rowsOf = (jenis: string) => {
      const rows: number[] = [];
      for (let r = 2; r <= sheet.lastRow(); r++) {
        if (
          sheet.get('value', r, col('NIP')) === nip &&
          sheet.get('value', r, col('Jenis')) === jenis
        )
          rows.push(r);
      }
      return rows;
    };
    const type = async (column: string, rows: number[], value: string) => {
      await cell(`${COLUMN(column)}${rows[0]}`).click();
      for (const r of rows) {
        // Enter moved the selection here (or the click did, for the first row).
        await expectValue('#edit-ref', `${COLUMN(column)}${r}`);
        await page.waitForFunction(
          () =>
            !(document.getElementById('edit-value') as HTMLInputElement)
              .disabled,
        );
        await page.locator('#edit-value').fill(value);
        await page.locator('#edit-value').press('Enter');
        await savedAt(`${COLUMN(column)}${r}`);
      }
    };
    const hasilKerja = rowsOf('Hasil Kerja');
    expect(hasilKerja[0]).toBe(first);
    await type('Realisasi', hasilKerja, '95');
    await type('Rating', rowsOf('Perilaku'), 'Sesuai Ekspektasi');
    for (const r of hasilKerja)
      expect(sheet.get('value', r, col('Realisasi'))).toBe(95);

    await actAs(server.emulator.workbook.owner);
    await openSidebarCard('compute');
    await sidebar().locator('#compute-run').click();
    await sidebar().locator('#body-compute .result').waitFor();
    const hasil = server.emulator.workbook.sheetByName(SHEET.hasil)!;
    const complete: string[] = [];
    for (let r = 2; r <= hasil.lastRow(); r++) {
      if (
        hasil.get('value', r, HEADERS.hasil.indexOf('Status') + 1) === 'Lengkap'
      )
        complete.push(
          String(hasil.get('value', r, HEADERS.hasil.indexOf('NIP') + 1)),
        );
    }
    expect(complete).toContain(nip);

    await openSidebarCard('feedback');
    await sidebar().locator('#send-all').click();
    await sidebar().locator('#send-confirm').click();
    await sidebar().locator('#send-done').waitFor({timeout: 60_000});
    const sent = outbox();
    const counted = Number(
      await sidebar().locator('#send-counts dd[data-kind=sent]').textContent(),
    );
    expect(counted).toBeGreaterThanOrEqual(1);
    expect(counted).toBeLessThanOrEqual(complete.length);
    expect(sent).toHaveLength(counted);
    expect(sent.some(f => f.includes(emailOfNip(nip)!))).toBe(true);
    // Again: everyone was sent already. The plan says so before anything is sent: nothing to
    // confirm, nobody gets a second email.
    await openSidebarCard('feedback');
    await sidebar().locator('#send-all').click();
    const confirm = sidebar().locator('#send-confirm');
    await expect(confirm.textContent()).resolves.toBe('Kirim 0 email');
    await expect(confirm.isDisabled()).resolves.toBe(true);
    expect(outbox()).toHaveLength(sent.length);
  });

  /** Picks `email` in Sebagai; the page reloads as that user. */
  async function actAs(email: string) {
    await Promise.all([
      page.waitForEvent('load'),
      page.locator('#edit-as').selectOption(email),
    ]);
    await page.locator('#edit-bar').waitFor();
  }

  /** Waits until the edit bar says that `ref` was saved (not an earlier cell). */
  async function savedAt(ref: string) {
    try {
      await page.waitForFunction(
        r =>
          document.getElementById('edit-message')?.textContent ===
          `${r} tersimpan.`,
        ref,
        {timeout: 10_000},
      );
    } catch {
      const said = await page.locator('#edit-message').textContent();
      throw new Error(`${ref} not saved; the edit bar says: ${said}`);
    }
  }

  /** Waits for the edit bar to say "saved"; otherwise fails with what it says instead. */
  async function saved() {
    try {
      await page.locator('#edit-message.saved').waitFor({timeout: 10_000});
    } catch {
      const said = await page.locator('#edit-message').textContent();
      throw new Error(`not saved; the edit bar says: ${said}`);
    }
  }

  async function expectValue(selector: string, value: string) {
    await page.waitForFunction(
      ([s, v]) => (document.querySelector(s) as HTMLInputElement)?.value === v,
      [selector, value] as const,
    );
  }
});
