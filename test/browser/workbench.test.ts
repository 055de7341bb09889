// The whole chain in a real Chromium: built dist/Sidebar.html + dist/Code.js in the emulator,
// served by startServer on a demo workbook, driven like HR would through the workbench page.

import fs from 'fs';
import os from 'os';
import path from 'path';
import type {Browser, FrameLocator, Page} from 'playwright-core';
import {createEmulator, type Emulator} from '../../src/local/emulator';
import {loadBundle} from '../../src/local/loader';
import {fillDemoTabs, writeDemoTables} from '../../src/local/demo-tables';
import {RunningWorkbench, startServer} from '../../src/local/workbench/backend';
import type {DemoWorkbook} from '../../src/demo/types';
import {demoWorkbook} from '../../src/demo/workbook';
import {describeBrowser, launchChromium} from './browser';

jest.setTimeout(120_000);
const ROOT = path.resolve(__dirname, '../..');
const ARTIFACTS = path.join(ROOT, 'test/artifacts');
const PERIOD = '2026-TW1';
const EVIL = 'Ani <script>parent.__pwned = 1</script>';

/** Demo inputs and empty appraisal tabs: supervisors have typed nothing yet. */
function demoSetup(): {emulator: Emulator; demo: DemoWorkbook} {
  const demo = demoWorkbook({employeeCount: 14, period: PERIOD, seed: 3});
  const nama = demo.tables.pegawai[0].indexOf('Nama');
  demo.tables.pegawai[2][nama] = EVIL;
  const emulator = createEmulator({
    now: () => new Date('2026-04-02T03:00:00Z'),
  });
  const ctx = loadBundle(emulator);
  ctx.apiSetupSheets();
  writeDemoTables(emulator, demo);
  ctx.apiCreateTabs(PERIOD);
  return {emulator, demo};
}

describeBrowser('local workbench (real bundle, Chromium)', () => {
  let browser: Browser;
  let server: RunningWorkbench;
  let page: Page;
  let sidebar: FrameLocator;
  let demo: DemoWorkbook;
  let dir: string;
  const errors: string[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-'));
    const setup = demoSetup();
    demo = setup.demo;
    browser = await launchChromium();
    server = await startServer({
      file: path.join(dir, 'kinerja.xlsx'),
      workbook: setup.emulator.workbook,
      port: 0,
      outbox: path.join(dir, 'outbox'),
      emulator: {mailQuota: 1000, now: () => new Date('2026-04-02T03:00:00Z')},
    });
    page = await browser.newPage({viewport: {width: 1100, height: 900}});
    page.on('pageerror', e => errors.push(String(e)));
    await page.goto(server.url);
    sidebar = page.frameLocator('#sidebar');
    await sidebar.locator('#card-summary').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const viewer = () => page.frameLocator('#viewer');
  const chartCounts = async () =>
    Object.fromEntries(
      await sidebar
        .locator('#distribution-chart g')
        .evaluateAll(gs =>
          gs.map(g => [
            g.getAttribute('data-label'),
            Number(g.getAttribute('data-count')),
          ]),
        ),
    ) as Record<string, number>;
  const openCard = async (id: string) => {
    const toggle = sidebar.locator(`#toggle-${id}`);
    if ((await toggle.getAttribute('aria-expanded')) !== 'true')
      await toggle.click();
  };

  it('shows the summary of the demo workbook, not yet computed', async () => {
    await sidebar.locator('#not-computed').waitFor();
    const text = await sidebar.locator('#body-summary').textContent();
    expect(text).toContain(
      `${demo.employees.filter(e => e.aktif).length} pegawai`,
    );
    expect(await sidebar.locator('#period').inputValue()).toBe(PERIOD);
  });

  it('recomputes; the chart counts change after supervisors fill their tabs', async () => {
    await openCard('compute');
    await sidebar.locator('#compute-run').click();
    await sidebar.locator('#body-compute .result').waitFor();
    await sidebar.locator('#distribution-chart').waitFor();
    const before = await chartCounts();
    expect(before['Belum lengkap']).toBeGreaterThan(0);

    const tabs = fillDemoTabs(server.emulator, demo, PERIOD);
    expect(tabs).toBeGreaterThan(0);
    await sidebar.locator('#compute-run').click();
    await sidebar
      .locator('#distribution-chart g[data-label="Belum lengkap"]')
      .and(sidebar.locator(`[data-count="${before['Belum lengkap']}"]`))
      .waitFor({state: 'detached'});
    const after = await chartCounts();
    expect(after['Belum lengkap'] ?? 0).toBeLessThan(before['Belum lengkap']);
    const total = (counts: Record<string, number>) =>
      Object.values(counts).reduce((a, b) => a + b, 0);
    expect(total(after)).toBe(total(before));
    // The viewer shows Hasil, written by the recompute.
    await page.goto(`${server.url}`);
    sidebar = page.frameLocator('#sidebar');
    await sidebar.locator('#card-summary').waitFor();
    await viewer()
      .locator('nav a', {hasText: /^Hasil$/})
      .click();
    await viewer()
      .locator('td', {hasText: demo.employees[0].nip})
      .first()
      .waitFor();
  });

  it('clicking a validation problem selects its cell in the viewer', async () => {
    await openCard('check');
    await sidebar.locator('#check-run').click();
    await sidebar.locator('#issues, #body-check .result.ok').first().waitFor();
    const issue = sidebar.locator('#issue-0');
    expect(await issue.count()).toBe(1);
    const ref = (await issue.locator('.issue-ref').textContent()) ?? '';
    await issue.click();
    await viewer().locator('#selection').waitFor();
    const [sheet, cell] = ref.split('!');
    await expect(
      viewer().locator('#selection').textContent(),
    ).resolves.toContain(`${sheet}!${cell || 'A1'}`);
    await viewer().locator('#active-cell').waitFor();
    // ...and is ready to be corrected in the edit bar.
    await page
      .frame({name: 'viewer'})!
      .waitForFunction(
        ref =>
          (document.getElementById('edit-ref') as HTMLInputElement)?.value ===
          ref,
        cell || 'A1',
      );
  });

  it('previews an email: the name shows, the script in it does not run', async () => {
    await openCard('feedback');
    await sidebar.locator('#fb-search').fill('Ani <script');
    await sidebar.locator('#fb-employee option').first().waitFor();
    const nip = await sidebar
      .locator('#fb-employee option')
      .first()
      .getAttribute('value');
    await sidebar.locator('#fb-employee').selectOption(nip!);
    const preview = sidebar.frameLocator('#fb-preview');
    await preview.locator('body', {hasText: 'Ani <script>'}).waitFor();
    expect(
      await page.evaluate(() => (window as {__pwned?: number}).__pwned),
    ).toBeUndefined();
    const sidebarFrame = page.frames().find(f => f.url().endsWith('/sidebar'))!;
    expect(
      await sidebarFrame.evaluate(() => (window as {__pwned?: number}).__pwned),
    ).toBeUndefined();
    expect(await sidebar.locator('#fb-subject').textContent()).not.toBe('');
    await sidebar.locator('#fb-search').fill('');
  });

  it('sends all in chunks; the outbox holds one .eml per sent email', async () => {
    await sidebar.locator('#send-all').click();
    await sidebar.locator('#send-confirm').click();
    await sidebar
      .locator('#send-done, #send-quota')
      .first()
      .waitFor({timeout: 60_000});
    const sent = Number(
      await sidebar.locator('#send-counts dd[data-kind=sent]').textContent(),
    );
    expect(sent).toBeGreaterThan(0);
    const files = fs
      .readdirSync(path.join(dir, 'outbox'))
      .filter(f => f.endsWith('.eml'));
    expect(files).toHaveLength(sent);
    const saved = fs.statSync(path.join(dir, 'kinerja.xlsx'));
    expect(saved.size).toBeGreaterThan(0);
  });

  it('is keyboard usable: Tab from the period picker reaches the section buttons', async () => {
    await sidebar.locator('#period').focus();
    const ids: string[] = [];
    const frame = page.frames().find(f => f.url().endsWith('/sidebar'))!;
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      ids.push(await frame.evaluate(() => document.activeElement?.id ?? ''));
    }
    expect(ids[0]).toBe('toggle-summary');
    expect(ids).toContain('summary-reload');
  });

  it('looks right at 300 px (screenshots in test/artifacts)', async () => {
    fs.mkdirSync(ARTIFACTS, {recursive: true});
    await openCard('summary');
    await page.screenshot({path: path.join(ARTIFACTS, 'workbench.png')});
    const single = await browser.newPage({
      viewport: {width: 300, height: 1000},
    });
    await single.goto(`${server.url}sidebar`);
    await single.locator('#distribution-chart').waitFor();
    expect(
      await single.evaluate(() => document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(300);
    await single.screenshot({
      path: path.join(ARTIFACTS, 'sidebar.png'),
      fullPage: true,
    });
    await single.close();
  });

  it('switches to English and shows English labels', async () => {
    await openCard('settings');
    await sidebar.locator('#set-bahasa').selectOption('en');
    await sidebar.locator('#settings-save').click();
    await sidebar
      .locator('#toggle-summary span', {hasText: 'Summary'})
      .waitFor();
    const titles = await sidebar.locator('.card-toggle span').allTextContents();
    expect(titles).toEqual([
      'Summary',
      'Check',
      'Appraisal tabs',
      'Compute',
      'TPP',
      'Feedback',
      'Settings',
    ]);
    expect(errors).toEqual([]);
  });
});
