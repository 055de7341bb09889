// Done-when of issue 12 item 7: a supervisor types ahead of the saves. 50 values, 20 ms apart,
// down a column of an appraisal tab with Enter, into `kinerja-asn serve` running in its own
// process (as npm start does: the server's work does not slow the typing down); every value
// lands in its own cell, in the file, and the screen showed *menyimpan…* until each was saved.

import {spawn, type ChildProcess} from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import type {Browser} from 'playwright-core';
import {createEmulator} from '../../src/local/emulator';
import {loadBundle} from '../../src/local/loader';
import {writeDemoTables} from '../../src/local/demo-tables';
import {isAppraisalTab} from '../../src/local/workbench/viewer-tabs';
import {readWorkbook, writeWorkbook} from '../../src/local/xlsx';
import {demoWorkbook} from '../../src/demo/workbook';
import {HEADERS} from '../../src/sheets/schema';
import {describeBrowser, launchChromium} from './browser';

jest.setTimeout(180_000);
const ROOT = path.resolve(__dirname, '../..');
const PERIOD = '2026-TW1';
const COLUMN = HEADERS.penilaian.indexOf('Umpan Balik') + 1;
const LETTER = String.fromCharCode(64 + COLUMN);

describeBrowser(
  'workbench: typing ahead of the saves (Chromium, serve in its own process)',
  () => {
    let browser: Browser;
    let child: ChildProcess;
    let dir: string;
    let file: string;
    let tab: string;
    let url: string;

    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-typing-'));
      file = path.join(dir, 'kinerja.xlsx');
      const demo = demoWorkbook({employeeCount: 20, period: PERIOD, seed: 7});
      const emulator = createEmulator({
        now: () => new Date('2026-04-02T03:00:00Z'),
      });
      emulator.workbook.locale = 'id_ID';
      const ctx = loadBundle(emulator);
      ctx.apiSetupSheets();
      writeDemoTables(emulator, demo);
      ctx.apiCreateTabs(PERIOD);
      const tabs = emulator.workbook.sheets.filter(isAppraisalTab);
      tabs.sort((a, b) => b.lastRow() - a.lastRow());
      expect(tabs[0].lastRow()).toBeGreaterThan(51);
      tab = tabs[0].name;
      await writeWorkbook(emulator.workbook, file);
      child = spawn(
        process.execPath,
        [
          path.join(ROOT, 'scripts', 'kinerja-asn.js'),
          'serve',
          file,
          '--port',
          '0',
        ],
        {cwd: dir, stdio: ['ignore', 'pipe', 'pipe']},
      );
      url = await new Promise<string>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(out)), 60_000);
        const read = (chunk: Buffer) => {
          out += chunk.toString();
          const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
          if (found) {
            clearTimeout(timer);
            resolve(found[0]);
          }
        };
        child.stdout!.on('data', read);
        child.stderr!.on('data', read);
        child.once('exit', code =>
          reject(new Error(`serve exited ${code}: ${out}`)),
        );
      });
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      if (child && child.exitCode === null) {
        const exited = new Promise(resolve => child.once('exit', resolve));
        child.kill('SIGINT');
        await exited;
      }
      fs.rmSync(dir, {recursive: true, force: true});
    });

    it('50 values typed 20 ms apart down a column, each with Enter, all land in their own cells', async () => {
      const page = await browser.newPage({
        viewport: {width: 1440, height: 900},
      });
      await page.goto(`${url}sheets?name=${encodeURIComponent(tab)}`);
      await page.locator('#edit-bar').waitFor();
      // Whole numbers, Indonesian decimals and text, like 90, 85,5, 85, 2, 4 of the report.
      const typed = Array.from({length: 50}, (_, i) =>
        i % 3 === 0 ? `${80 + i},5` : i % 3 === 1 ? `${i}` : `catatan ${i}`,
      );
      await page.locator(`td[title="${LETTER}2"]`).click();
      const started = Date.now();
      let sawSaving = false;
      for (const value of typed) {
        await page.keyboard.type(value);
        await page.keyboard.press('Enter');
        await page.waitForTimeout(20);
        sawSaving =
          sawSaving ||
          (await page.locator('td.saving', {hasText: 'menyimpan…'}).count()) >
            0;
      }
      const typing = Date.now() - started;
      await page.waitForFunction(
        r =>
          (document.getElementById('edit-ref') as HTMLInputElement).value === r,
        `${LETTER}52`,
      );
      await page.waitForFunction(
        () => document.querySelectorAll('td.saving').length === 0,
        undefined,
        {timeout: 120_000},
      );
      console.log(
        `50 values typed in ${typing} ms; all saved ${Date.now() - started} ms after the first`,
      );
      expect(sawSaving).toBe(true);
      expect(await page.locator('td.failed').count()).toBe(0);
      // What the grid shows: each value in its own row, in the Indonesian format.
      const shown = await page
        .locator(`td[title^="${LETTER}"]`)
        .evaluateAll(
          (tds, n) => tds.slice(1, 1 + (n as number)).map(td => td.textContent),
          50,
        );
      expect(shown).toEqual(typed);
      await page.close();
      // And in the file the server saved.
      const asTyped = (v: unknown) =>
        typeof v === 'number' ? String(v).replace('.', ',') : String(v ?? '');
      const onDisk = (await readWorkbook(file)).sheetByName(tab)!;
      expect(
        typed.map((_, i) => asTyped(onDisk.get('value', i + 2, COLUMN))),
      ).toEqual(typed);
    });
  },
);
