// The viewer used like a spreadsheet, in a real Chromium on the real bundle, served from an .xlsx
// file as `npm start` does (typing ahead of the saves: workbench-typing.test.ts): arrow keys, Tab, Enter and Escape move and edit as in Sheets; frozen rows and columns
// stay; the tab list is searchable and remembers the last tab; numbers and percentages in the
// Indonesian format; Rekap's chart drawn as SVG; an outbox email rendered, not base64.
// Screenshots at 1440 and 300 px go to test/artifacts.

import fs from 'fs';
import os from 'os';
import path from 'path';
import type {Browser, Page} from 'playwright-core';
import {createEmulator} from '../../src/local/emulator';
import {buildEml} from '../../src/local/emulator/mail';
import {loadBundle} from '../../src/local/loader';
import {fillDemoTabs, writeDemoTables} from '../../src/local/demo-tables';
import {RunningWorkbench, startServer} from '../../src/local/workbench/backend';
import {isAppraisalTab} from '../../src/local/workbench/viewer-tabs';
import {writeWorkbook} from '../../src/local/xlsx';
import {demoWorkbook} from '../../src/demo/workbook';
import {HEADERS, SHEET} from '../../src/sheets/schema';
import {describeBrowser, launchChromium} from './browser';

jest.setTimeout(180_000);
const ARTIFACTS = path.resolve(__dirname, '../../test/artifacts');
const PERIOD = '2026-TW1';
const NOW = () => new Date('2026-04-02T03:00:00Z');
const COL = (header: string) => HEADERS.penilaian.indexOf(header as never) + 1;
const LETTER = (header: string) => String.fromCharCode(64 + COL(header));
const NUMBERS = 'Uji Angka';

describeBrowser(
  'workbench viewer: typing, keys, tabs, numbers, chart, mail (Chromium)',
  () => {
    let browser: Browser;
    let server: RunningWorkbench;
    let page: Page;
    let dir: string;
    let file: string;
    /** The appraisal tab with the most rows. */
    let tab: string;

    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-viewer-'));
      file = path.join(dir, 'kinerja.xlsx');
      const demo = demoWorkbook({employeeCount: 20, period: PERIOD, seed: 7});
      const emulator = createEmulator({now: NOW});
      emulator.workbook.locale = 'id_ID';
      const ctx = loadBundle(emulator);
      ctx.apiSetupSheets();
      writeDemoTables(emulator, demo);
      ctx.apiCreateTabs(PERIOD);
      fillDemoTabs(emulator, demo, PERIOD);
      ctx.apiRecompute(PERIOD);
      const wb = emulator.workbook;
      const tabs = wb.sheets.filter(isAppraisalTab);
      tabs.sort((a, b) => b.lastRow() - a.lastRow());
      tab = tabs[0].name;
      tabs[0].frozenRows = 1;
      tabs[0].frozenCols = 3;
      // A sheet of formatted numbers, as Sheets would show them in Indonesian.
      const numbers = wb.addSheet(NUMBERS);
      numbers.set('value', 1, 1, 'Angka');
      numbers.set('value', 2, 1, 101.24);
      numbers.set('value', 3, 1, 0.6);
      numbers.set('numberFormat', 3, 1, '0%');
      numbers.set('value', 4, 1, 0.6);
      numbers.set('numberFormat', 4, 1, '0.00%');
      numbers.set('value', 5, 1, 1234567.5);
      numbers.set('numberFormat', 5, 1, '#,##0.00');
      numbers.set('value', 6, 1, new Date('2026-03-31T00:00:00+07:00'));
      numbers.set('numberFormat', 6, 1, 'dd/mm/yyyy');
      await writeWorkbook(wb, file);
      const outbox = path.join(dir, 'outbox');
      fs.mkdirSync(outbox, {recursive: true});
      const mail = {
        to: 'ani@example.go.id',
        cc: '',
        bcc: '',
        replyTo: '',
        name: 'Kinerja ASN',
        from: 'hr@example.go.id',
        subject: 'Hasil penilaian 2026-TW1 — Ani',
        body: 'Yth. Ani',
        htmlBody:
          '<p>Yth. <b>Ani</b>, nilai akhir 101,24.</p><script>parent.parent.__pwned = 1</script>',
      };
      fs.writeFileSync(
        path.join(outbox, '20260402T030000-0001-ani@example.go.id.eml'),
        buildEml(mail, NOW(), 'x@kinerja-asn.local'),
      );
      // Quoted-printable and an attachment, as other programs write them.
      fs.writeFileSync(
        path.join(outbox, '20260402T030001-0002-budi@example.go.id.eml'),
        [
          'From: hr@example.go.id',
          'To: budi@example.go.id',
          'Subject: =?UTF-8?Q?Rekap_triwulan?=',
          'MIME-Version: 1.0',
          'Content-Type: multipart/mixed; boundary="b1"',
          '',
          '--b1',
          'Content-Type: text/html; charset=UTF-8',
          'Content-Transfer-Encoding: quoted-printable',
          '',
          '<p>Capaian =E2=80=94 85,5 persen, sangat=',
          ' baik</p>',
          '--b1',
          'Content-Type: application/pdf; name="rekap.pdf"',
          'Content-Disposition: attachment; filename="rekap.pdf"',
          'Content-Transfer-Encoding: base64',
          '',
          Buffer.from('%PDF-1.4 demo').toString('base64'),
          '--b1--',
          '',
        ].join('\r\n'),
      );
      browser = await launchChromium();
      server = await startServer({file, port: 0, outbox, emulator: {now: NOW}});
      page = await browser.newPage({viewport: {width: 1440, height: 900}});
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
      fs.rmSync(dir, {recursive: true, force: true});
    });

    const openTab = async (name: string) => {
      await page.goto(`${server.url}sheets?name=${encodeURIComponent(name)}`);
      await page.locator('#edit-bar').waitFor();
    };
    const cell = (ref: string) => page.locator(`td[title="${ref}"]`);
    const refIs = (ref: string) =>
      page.waitForFunction(
        r =>
          (document.getElementById('edit-ref') as HTMLInputElement).value === r,
        ref,
      );

    it('moves like a spreadsheet: arrows, Tab, Shift+Tab, Enter, Escape, typing starts editing', async () => {
      await openTab(tab);
      const u = LETTER('Umpan Balik');
      const next = String.fromCharCode(u.charCodeAt(0) + 1);
      await cell(`${u}3`).click();
      await refIs(`${u}3`);
      await page.keyboard.press('ArrowDown');
      await refIs(`${u}4`);
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      await refIs(`${u}2`);
      await page.keyboard.press('ArrowRight');
      await refIs(`${next}2`);
      await page.keyboard.press('ArrowLeft');
      await refIs(`${u}2`);
      // Escape: what was typed is dropped, the cell keeps its value, nothing is saved.
      const sheet = server.emulator.workbook.sheetByName(tab)!;
      const before = sheet.get('value', 2, COL('Umpan Balik'));
      const shown = await cell(`${u}2`).textContent();
      await page.keyboard.type('salah');
      await expect(cell(`${u}2`).textContent()).resolves.toBe('salah');
      await page.keyboard.press('Escape');
      await expect(cell(`${u}2`).textContent()).resolves.toBe(shown);
      await page.keyboard.press('ArrowDown');
      await refIs(`${u}3`);
      // Typing on a selected cell replaces it; Tab commits and moves right, Shift+Tab back.
      await page.keyboard.type('baru');
      await page.keyboard.press('Tab');
      await refIs(`${next}3`);
      await page.keyboard.press('Shift+Tab');
      await refIs(`${u}3`);
      await page.waitForFunction(
        r => document.querySelector(`td[title="${r}"]`)?.textContent === 'baru',
        `${u}3`,
      );
      // Enter on a selected cell edits what it holds (arrows then move the caret, not the cell).
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowLeft');
      await refIs(`${u}3`);
      await page.keyboard.type('!');
      await page.keyboard.press('Enter');
      await refIs(`${u}4`);
      await page.waitForFunction(
        () => document.querySelectorAll('td.saving').length === 0,
      );
      expect(sheet.get('value', 2, COL('Umpan Balik'))).toBe(before);
      expect(sheet.get('value', 3, COL('Umpan Balik'))).toBe('bar!u');
    });

    it('keeps the header row and the first columns in view as the sheet freezes them', async () => {
      await openTab(tab);
      await page.evaluate(() => {
        const grid = document.getElementById('grid')!;
        grid.scrollTop = 600;
        grid.scrollLeft = 400;
      });
      const box = (ref: string) => cell(ref).boundingBox();
      const grid = (await page.locator('#grid').boundingBox())!;
      const header = (await box('B1'))!;
      // Row 1 sits under the column letters, column C right of the row numbers, despite scrolling.
      expect(header.y).toBeGreaterThan(grid.y);
      expect(header.y).toBeLessThan(grid.y + 40);
      const name = (await box('C30'))!;
      expect(name.x).toBeLessThan(grid.x + 400);
    });

    it('finds a tab by typing part of its name, and opens the last tab next time', async () => {
      await page.goto(
        `${server.url}sheets?name=${encodeURIComponent(SHEET.pegawai)}`,
      );
      const words = tab.split(' ');
      await page.locator('#tab-filter').fill(words[words.length - 1]);
      const shown = await page
        .locator('#tab-list a:not([hidden])')
        .allTextContents();
      expect(shown).toContain(tab);
      expect(shown).not.toContain(SHEET.pegawai);
      await Promise.all([
        page.waitForURL(/name=/),
        page.locator('#tab-filter').press('Enter'),
      ]);
      // Appraisal tabs are grouped, found by their header whatever they are called.
      await expect(
        page.locator('#tab-list .group').textContent(),
      ).resolves.toMatch(/^Tab penilaian \(\d+\)$/);
      const opened = await page.title();
      await page.goto(`${server.url}sheets`);
      await page.waitForFunction(t => document.title === t, opened);
      // A new visitor gets the first sheet that holds something, never an empty Sheet1.
      const fresh = await browser.newPage();
      await fresh.goto(`${server.url}sheets`);
      const first = await fresh.title();
      await fresh.close();
      expect(
        server.emulator.workbook.sheetByName(first)!.lastRow(),
      ).toBeGreaterThan(0);
    });

    it('shows numbers, percentages and dates as the cell format says, in Indonesian', async () => {
      await openTab(NUMBERS);
      const texts = await Promise.all(
        ['A2', 'A3', 'A4', 'A5', 'A6'].map(r => cell(r).textContent()),
      );
      expect(texts).toEqual([
        '101,24',
        '60%',
        '60,00%',
        '1.234.567,50',
        '31/03/2026',
      ]);
      // The edit bar offers the number as an Indonesian spreadsheet reads it back.
      await cell('A2').click();
      await page.waitForFunction(
        () =>
          (document.getElementById('edit-value') as HTMLInputElement).value ===
          '101,24',
      );
    });

    it("draws Rekap's chart from its definition as SVG bars, numbers in Indonesian", async () => {
      await openTab(SHEET.rekap);
      const bars = page.locator('figure.chart svg rect.bar');
      expect(await bars.count()).toBeGreaterThan(0);
      await expect(
        page.locator('figure.chart figcaption').textContent(),
      ).resolves.toContain('Predikat per Unit');
      const values = await bars.evaluateAll(rs =>
        rs.map(r => Number(r.getAttribute('data-value'))),
      );
      expect(values.every(v => v > 0)).toBe(true);
    });

    it('opens an outbox email rendered in a sandboxed frame, with its attachments', async () => {
      await page.goto(`${server.url}outbox`);
      await page
        .locator('a', {hasText: 'Hasil penilaian 2026-TW1 — Ani'})
        .click();
      await page.locator('#mail-html').waitFor();
      expect(await page.locator('#mail-html').getAttribute('sandbox')).toBe('');
      const frame = page.frameLocator('#mail-html');
      await expect(frame.locator('b').textContent()).resolves.toBe('Ani');
      expect(
        await page.evaluate(() => (window as {__pwned?: number}).__pwned),
      ).toBeUndefined();
      await expect(page.locator('body').textContent()).resolves.not.toMatch(
        /base64|PGI+/,
      );
      await page.goto(`${server.url}outbox`);
      await page.locator('a', {hasText: 'Rekap triwulan'}).click();
      await expect(
        page.frameLocator('#mail-html').locator('p').textContent(),
      ).resolves.toBe('Capaian — 85,5 persen, sangat baik');
      await expect(
        page.locator('#mail-attachments').textContent(),
      ).resolves.toContain('rekap.pdf');
    });

    it('looks right at 1440 and 300 px (screenshots in test/artifacts)', async () => {
      fs.mkdirSync(ARTIFACTS, {recursive: true});
      for (const width of [1440, 300]) {
        const shot = await browser.newPage({viewport: {width, height: 800}});
        await shot.goto(`${server.url}sheets?name=${encodeURIComponent(tab)}`);
        await shot.locator(`td[title="${LETTER('Realisasi')}3"]`).click();
        await shot.screenshot({
          path: path.join(ARTIFACTS, `viewer-tab-${width}.png`),
        });
        await shot.goto(
          `${server.url}sheets?name=${encodeURIComponent(SHEET.rekap)}`,
        );
        await shot.screenshot({
          path: path.join(ARTIFACTS, `viewer-rekap-${width}.png`),
        });
        await shot.goto(`${server.url}sidebar`);
        await shot.locator('#card-summary').waitFor();
        await shot.screenshot({
          path: path.join(ARTIFACTS, `sidebar-${width}.png`),
        });
        await shot.goto(`${server.url}outbox`);
        await shot.screenshot({
          path: path.join(ARTIFACTS, `outbox-${width}.png`),
        });
        await shot.locator('a', {hasText: 'Ani'}).click();
        await shot.locator('#mail-html').waitFor();
        await shot.screenshot({
          path: path.join(ARTIFACTS, `mail-${width}.png`),
        });
        await shot.goto(server.url);
        await shot.frameLocator('#sidebar').locator('#card-summary').waitFor();
        await shot.screenshot({
          path: path.join(ARTIFACTS, `workbench-${width}.png`),
        });
        // Nothing runs off the side at 300 px but the grid, which scrolls.
        const overflow = await shot.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await shot.close();
      }
    });
  },
);
