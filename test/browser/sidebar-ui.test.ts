// The sidebar UI in a real Chromium against a canned API (MockApi) served through the real
// workbench HTTP layer and google.script.run shim: loading, empty, error states and every section.
import fs from 'fs';
import path from 'path';
import type {Browser, Frame, Page} from 'playwright-core';
import {RunningServer, startWorkbench} from '../../src/local/server';
import {describeBrowser, launchChromium} from './browser';
import {MALICIOUS_NAME, MockApi} from './mock-api';
import {buildSidebarHtml} from './sidebar-html';

jest.setTimeout(30_000);
const ARTIFACTS = path.join(__dirname, '../artifacts');

describeBrowser('sidebar UI (mock API, Chromium)', () => {
  let browser: Browser;
  let html: string;
  let api: MockApi;
  let server: RunningServer;
  let page: Page;

  beforeAll(async () => {
    [browser, html] = await Promise.all([launchChromium(), buildSidebarHtml()]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(setup?: (api: MockApi) => void, wait = true) {
    api = new MockApi();
    setup?.(api);
    server = await startWorkbench(
      api.backend(() => html),
      0,
    );
    page = await browser.newPage({viewport: {width: 300, height: 900}});
    const errors: string[] = [];
    page.on('pageerror', e => errors.push(String(e)));
    await page.goto(`${server.url}sidebar`);
    if (wait) await page.locator('#card-summary').waitFor();
    return errors;
  }
  afterEach(async () => {
    await page?.close();
    await server?.close();
  });

  const calls = (fn: string) => api.calls.filter(c => c.fn === fn);
  const openCard = async (id: string) => {
    await page.click(`#toggle-${id}`);
    await page.locator(`#body-${id}`).waitFor({state: 'visible'});
  };

  it('shows a loading state, then the summary with completion bars and the chart', async () => {
    let release!: () => void;
    const errors = await open(api => {
      api.computed = true;
      api.holds.apiGetState = new Promise(r => (release = r));
    }, false);
    await expect(
      page.locator('.loading').first().textContent(),
    ).resolves.toContain('Memuat');
    release();
    await page.locator('#distribution-chart').waitFor();
    const counts = await page.$$eval('#distribution-chart g', gs =>
      gs.map(g => [g.getAttribute('data-label'), g.getAttribute('data-count')]),
    );
    expect(counts).toEqual([
      ['Sangat Baik', '1'],
      ['Baik', '4'],
      ['Butuh Perbaikan', '0'],
      ['Kurang/Misconduct', '0'],
      ['Sangat Kurang', '0'],
      ['Belum lengkap', '1'],
    ]);
    expect(
      await page.locator('.progress-list [role=progressbar]').count(),
    ).toBe(2);
    expect(
      await page
        .locator('.progress-list [role=progressbar]')
        .nth(1)
        .getAttribute('aria-valuenow'),
    ).toBe('1');
    await expect(
      page.locator('#curve-warnings').textContent(),
    ).resolves.toContain('melebihi kurva');
    await expect(
      page.locator('#last-computed').textContent(),
    ).resolves.toContain('Terakhir dihitung');
    expect(errors).toEqual([]);
  });

  it('names the signed-in user only when Apps Script tells the address', async () => {
    await open();
    await expect(page.locator('footer.user').textContent()).resolves.toBe(
      'Masuk sebagai hr@example.go.id',
    );
    await page.close();
    await server.close();
    await open(a => (a.userEmail = ''));
    expect(await page.locator('footer.user').count()).toBe(0);
  });

  it('offers "Siapkan Lembar" when the sheets do not exist, then shows the panel', async () => {
    await open(api => (api.ready = false), false);
    const button = page.locator('#setup-sheets');
    await expect(button.textContent()).resolves.toBe('Siapkan Lembar');
    await button.click();
    await page.locator('#card-summary').waitFor();
    expect(calls('apiSetupSheets')).toHaveLength(1);
    await expect(page.locator('#status').textContent()).resolves.toBe(
      'Lembar disiapkan.',
    );
  });

  it('shows a server error readably with a retry that works', async () => {
    await open(api => (api.failures.apiGetState = 1), false);
    const alert = page.locator('[role=alert]');
    await expect(alert.locator('p').textContent()).resolves.toBe(
      'Terjadi galat: Simulated failure in apiGetState',
    );
    await alert.locator('button').click();
    await page.locator('#card-summary').waitFor();
    expect(calls('apiGetState')).toHaveLength(2);
  });

  it('shows the empty states: no employees, nothing computed yet', async () => {
    await open(api => (api.employeesCount = 0));
    await expect(
      page.locator('#no-employees').textContent(),
    ).resolves.toContain('Belum ada pegawai');
    await page.close();
    await server.close();
    await open();
    await expect(
      page.locator('#not-computed').textContent(),
    ).resolves.toContain('Belum dihitung');
  });

  it('recomputes, shows the result and the changed distribution; stale hint goes away', async () => {
    await open(api => {
      api.computed = true;
      api.stale = true;
    });
    await page.locator('#stale-hint').waitFor();
    await openCard('compute');
    await page.click('#compute-run');
    await expect(
      page.locator('#body-compute .result').textContent(),
    ).resolves.toBe('6 pegawai dihitung, 5 lengkap.');
    await page.locator('#stale-hint').waitFor({state: 'detached'});
    expect(calls('apiRecompute')[0].args).toEqual(['2026-TW1']);
  });

  it('imports a CSV chosen in the browser, then computes the month of the picked quarter', async () => {
    await open();
    await openCard('tpp');
    await expect(page.inputValue('#tpp-month')).resolves.toBe('2026-01');
    await page.setInputFiles('#tpp-file', {
      name: 'absen-januari.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('NIP;TK\n198001012005011001;1\n'),
    });
    await page.locator('#tpp-import:not([disabled])').waitFor();
    await page.click('#tpp-import');
    await page.locator('#body-tpp .result', {hasText: 'diimpor'}).waitFor();
    expect(calls('apiImportPresensi')[0].args).toEqual([
      '2026-01',
      'NIP;TK\n198001012005011001;1\n',
      'absen-januari.csv',
    ]);
    await page.click('#tpp-compute');
    await page.locator('#body-tpp .tpp-issues li').waitFor();
    expect(calls('apiComputeTpp')[0].args).toEqual(['2026-01']);
    await expect(
      page.locator('#body-tpp .tpp-issues li').textContent(),
    ).resolves.toContain('Hasil TPP!M2');
  });

  it('uses the picked period for actions', async () => {
    await open();
    await page.selectOption('#period', '2026-S1');
    await openCard('tabs');
    await page.click('#tabs-run');
    // The job runs two chunks; the last one's message stays.
    await page.locator('#body-tabs .result', {hasText: 'dibuat'}).waitFor();
    await expect(
      page.locator('#body-tabs .result').textContent(),
    ).resolves.toBe('2 tab dibuat untuk 2026-S1.');
    expect(calls('apiGetSummary').map(c => c.args[0])).toContain('2026-S1');
  });

  it('drives the tab job chunk after chunk with a progress bar (screenshot in test/artifacts)', async () => {
    let release!: () => void;
    await open(api => {
      api.tabsTotal = 4;
      api.holds.apiContinueTabs = new Promise(r => (release = r));
    });
    await openCard('tabs');
    await page.click('#tabs-run');
    // First chunk done, the second held: the bar shows 1 of 4 with the chunk's estimate.
    await expect(
      page.locator('#tabs-progress-text').textContent(),
    ).resolves.toBe('1 dari 4 tab selesai · perkiraan 42 detik per bagian');
    await expect(
      page.locator('#tabs-progress').getAttribute('aria-valuenow'),
    ).resolves.toBe('1');
    fs.mkdirSync(ARTIFACTS, {recursive: true});
    await page.locator('#card-tabs').screenshot({
      path: path.join(ARTIFACTS, 'sidebar-tabs-job.png'),
    });
    release();
    await page.locator('#body-tabs .result', {hasText: 'dibuat'}).waitFor();
    await expect(
      page.locator('#body-tabs .result').textContent(),
    ).resolves.toBe('4 tab dibuat untuk 2026-TW1.');
    expect(calls('apiContinueTabs')).toHaveLength(3);
    await expect(page.locator('#body-tabs .tab-list li').count()).resolves.toBe(
      4,
    );
  });

  it('archives past years from the Penilaian panel, chunk after chunk', async () => {
    await open();
    await openCard('tabs');
    await page.click('#archive-run');
    await page.locator('#archive-message', {hasText: 'selesai'}).waitFor();
    expect(calls('apiArchive')).toHaveLength(2);
    await page.locator('#card-tabs').screenshot({
      path: path.join(ARTIFACTS, 'sidebar-archive.png'),
    });
  });

  it('closes the period from the Penilaian panel only after asking', async () => {
    await open();
    await openCard('tabs');
    await page.click('#close-run');
    await page.locator('#close-confirm').waitFor();
    await page.locator('#card-tabs').screenshot({
      path: path.join(ARTIFACTS, 'sidebar-close-confirm.png'),
    });
    expect(calls('apiClosePeriod')).toHaveLength(0);
    await page.click('#close-no');
    await page.locator('#close-run').waitFor();
    expect(calls('apiClosePeriod')).toHaveLength(0);
    await page.click('#close-run');
    await page.click('#close-yes');
    await page.locator('#close-message', {hasText: 'ditutup'}).waitFor();
    expect(calls('apiClosePeriod').map(c => c.args)).toEqual([['2026-TW1']]);
    await page.locator('#card-tabs').screenshot({
      path: path.join(ARTIFACTS, 'sidebar-close.png'),
    });
  });

  it('lists validation problems with level badges; clicking one selects its cell', async () => {
    await open();
    await openCard('check');
    await page.click('#check-run');
    await page.locator('#issues').waitFor();
    const badges = await page.$$eval('#issues .badge', b =>
      b.map(x => x.textContent),
    );
    expect(badges).toEqual(['Galat', 'Peringatan']);
    await page.click('#issue-0');
    await page.waitForFunction(
      () =>
        document.getElementById('status')?.textContent ===
        'Pegawai!A7 dipilih.',
    );
    expect(calls('apiSelectCell')[0].args).toEqual(['Pegawai', 'A7']);
  });

  it('previews an email in a sandboxed iframe where scripts do not run', async () => {
    await open();
    await openCard('feedback');
    await page.locator('#fb-employee').waitFor();
    await page.fill('#fb-search', 'eko');
    expect(await page.locator('#fb-employee option').count()).toBe(1);
    await page.selectOption('#fb-employee', '199003032015031003');
    const frame = page.locator('#fb-preview');
    await frame.waitFor();
    expect(await frame.getAttribute('sandbox')).toBe('');
    const inner = page
      .frames()
      .find(f => f.parentFrame() === page.mainFrame()) as Frame;
    await inner.waitForLoadState();
    await expect(inner.locator('p').textContent()).resolves.toBe(
      'Yth. Eko <img src=x onerror="parent.__pwned=1">',
    );
    await expect(page.locator('#fb-skip').textContent()).resolves.toContain(
      'Penilaian belum lengkap',
    );
    await expect(page.locator('#fb-subject').textContent()).resolves.toBe(
      'Umpan balik kinerja 2026-TW1',
    );
    await page.waitForTimeout(100);
    expect(
      await page.evaluate(() => (window as {__pwned?: number}).__pwned),
    ).toBeUndefined();
    await page.fill('#fb-search', 'zzz');
    expect(await page.locator('#fb-nomatch').isVisible()).toBe(true);
  });

  it('sends all in chunks with a progress bar, pauses and resumes', async () => {
    let release!: () => void;
    await open();
    await openCard('feedback');
    await page.locator('#send-all').click();
    await page.locator('#send-confirm').click();
    await page.locator('#send-done').waitFor();
    const counts = await page.$$eval('#send-counts dd', d =>
      d.map(x => [x.getAttribute('data-kind'), x.textContent]),
    );
    expect(counts).toEqual([
      ['sent', '2'],
      ['skipped', '1'],
      ['failed', '0'],
      ['uncertain', '0'],
    ]);
    expect(
      await page.locator('#send-progress').getAttribute('aria-valuenow'),
    ).toBe('3');
    expect(calls('apiContinueSend')).toHaveLength(3);

    // Pause: hold the second chunk, press Jeda, let it finish: the loop stops.
    api.apiStartSend('2026-TW1');
    api.calls = [];
    await page.reload();
    await page.locator('#card-summary').waitFor();
    api.holds.apiContinueSend = new Promise(r => (release = r));
    await openCard('feedback');
    await page.locator('#send-resume').click();
    await page.locator('#send-pause').click();
    release();
    await page.locator('#send-resume').waitFor();
    expect(calls('apiContinueSend')).toHaveLength(1);
    delete api.holds.apiContinueSend;
    await page.locator('#send-resume').click();
    await page.locator('#send-done').waitFor();
    expect(calls('apiContinueSend')).toHaveLength(3);
  });

  it('confirms with the plan: "Kirim 2 email", the rest grouped by reason (screenshot at 300 px)', async () => {
    await open(api => {
      api.plan = {
        ...api.plan,
        changed: 1,
        changedNips: ['198502022010012002'],
        changedNames: ['Budi Santoso'],
        reasons: [
          ...api.plan.reasons,
          {
            reason: 'invalidEmail',
            label: 'Alamat email tidak valid',
            count: 4,
            names: ['Ahmad Wibowo, S.T., M.T.', 'Rudi Hakim, S.IP.', 'Sri'],
          },
        ],
      };
    });
    await openCard('feedback');
    await page.locator('#send-all').click();
    await page.locator('#send-plan').waitFor();
    await expect(page.locator('#send-confirm').textContent()).resolves.toBe(
      'Kirim 2 email',
    );
    await expect(
      page.locator('#send-plan-summary').textContent(),
    ).resolves.toBe('2 dari 3 pegawai akan dikirimi email.');
    const reasons = await page.$$eval('#send-plan-reasons li', li =>
      li.map(x => x.textContent),
    );
    expect(reasons).toEqual([
      `Penilaian belum lengkap1${MALICIOUS_NAME}`,
      'Alamat email tidak valid4Ahmad Wibowo, S.T., M.T.; Rudi Hakim, S.IP.; Sri; …',
    ]);
    await expect(page.locator('#send-changed').textContent()).resolves.toBe(
      '1 hasil berubah sejak emailnya terkirim: Budi Santoso',
    );
    // The list flags the changed result.
    const labels = await page.$$eval('#fb-employee option', o =>
      o.map(x => x.textContent),
    );
    expect(labels[1]).toBe('Budi Santoso · Baik · ⚠ berubah');
    const width = await page.evaluate(
      () => document.documentElement.scrollWidth,
    );
    expect(width).toBeLessThanOrEqual(300);
    fs.mkdirSync(ARTIFACTS, {recursive: true});
    await page.locator('#card-feedback').screenshot({
      path: path.join(ARTIFACTS, 'send-dialog.png'),
    });
    await page.locator('#send-changed-only').click();
    await page.locator('#send-done').waitFor();
    expect(calls('apiResendChanged')).toHaveLength(1);
    expect(calls('apiStartSend')).toHaveLength(0);
  });

  it('resends to one employee from the preview, and sends reminders after showing them', async () => {
    await open();
    await openCard('feedback');
    await page.selectOption('#fb-employee', '198001012005011001');
    await page.locator('#fb-resend-one').click();
    await page.locator('#send-done').waitFor();
    expect(calls('apiResendOne')[0].args).toEqual([
      '2026-TW1',
      '198001012005011001',
    ]);
    await page.locator('#remind-plan').click();
    await page.locator('#remind-plan-view').waitFor();
    await expect(page.locator('#remind-send').textContent()).resolves.toBe(
      'Kirim 1 pengingat',
    );
    await page.locator('#card-feedback').screenshot({
      path: path.join(ARTIFACTS, 'send-reminders.png'),
    });
    await page.locator('#remind-send').click();
    await page.locator('#remind-block .result.ok').waitFor();
    expect(calls('apiSendReminders')).toHaveLength(1);
  });

  it('stops the loop on an error, shows it, and goes on from there on retry', async () => {
    await open(
      api =>
        (api.failNextContinue =
          'Pengiriman berhenti karena kesalahan: Service error'),
    );
    await openCard('feedback');
    await page.locator('#send-all').click();
    await page.locator('#send-confirm').click();
    await page.locator('#send-error').waitFor();
    await expect(page.locator('#send-error').textContent()).resolves.toContain(
      'Service error',
    );
    expect(calls('apiContinueSend')).toHaveLength(1);
    await page.locator('#send-error button').click();
    await page.locator('#send-done').waitFor();
    expect(await page.locator('#send-error').count()).toBe(0);
  });

  it('explains a paused-quota job', async () => {
    await open(api => (api.quota = 1));
    await openCard('feedback');
    await page.locator('#send-all').click();
    await page.locator('#send-confirm').click();
    await page.locator('#send-quota').waitFor();
    await expect(page.locator('#send-quota').textContent()).resolves.toContain(
      'Kuota email harian habis',
    );
    expect(await page.locator('#send-resume').isVisible()).toBe(true);
  });

  it('validates settings before saving, saves, and switches the language', async () => {
    await open();
    await openCard('settings');
    await page.fill('#set-bobotHasilKerja', '60');
    await page.click('#settings-save');
    await expect(
      page.locator('#set-bobotPerilaku-error').textContent(),
    ).resolves.toContain('harus 100 (sekarang 90)');
    expect(calls('apiSaveSettings')).toHaveLength(0);
    await page.fill('#set-bobotHasilKerja', '70');
    await page.fill('#set-emailHr', 'bukan-email');
    await page.click('#settings-save');
    await page.locator('#set-emailHr-error').waitFor();
    await page.fill('#set-emailHr', 'sdm@example.go.id');
    await page.selectOption('#set-bahasa', 'en');
    await page.click('#settings-save');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(calls('apiSaveSettings')[0].args[0]).toMatchObject({
      bahasa: 'en',
      emailHr: 'sdm@example.go.id',
      bobotHasilKerja: 70,
    });
    const titles = await page.$$eval('.card-toggle span', s =>
      s.map(x => x.textContent),
    );
    expect(titles).toEqual([
      'Summary',
      'Check',
      'Appraisal tabs',
      'Compute',
      'TPP',
      'Feedback',
      'Documents',
      'Settings',
    ]);
    await expect(page.locator('label[for=period]').textContent()).resolves.toBe(
      'Period',
    );
  });

  it("downloads one employee's PDF and the SIASN CSV from the Dokumen panel", async () => {
    const errors = await open();
    await openCard('dokumen');
    await page
      .locator('#dok-nip option:nth-child(2)')
      .waitFor({state: 'attached'});
    const nip = await page
      .locator('#dok-nip option:nth-child(2)')
      .getAttribute('value');
    await page.selectOption('#dok-nip', nip!);
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#dok-pdf'),
    ]);
    expect(pdf.suggestedFilename()).toBe(`Evaluasi 2026-TW1 ${nip}.pdf`);
    expect(calls('apiDokumenPegawai')[0].args).toEqual([
      '2026-TW1',
      nip,
      'evaluasi',
    ]);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#dok-siasn'),
    ]);
    expect(csv.suggestedFilename()).toBe('SIASN 2026-TW1.csv');
    const text = fs.readFileSync((await csv.path())!, 'utf8');
    expect(text).toBe('\ufeffnip,nama\r\n199002022015012002,Ani Lestari\r\n');
    expect(errors).toEqual([]);
  });

  it('fits 300 px without horizontal scrolling (screenshot in test/artifacts)', async () => {
    await open(api => (api.computed = true));
    await page.locator('#distribution-chart').waitFor();
    await openCard('check');
    await page.click('#check-run');
    await page.locator('#issues').waitFor();
    await openCard('feedback');
    await page.selectOption('#fb-employee', '198001012005011001');
    await page.locator('#fb-preview').waitFor();
    await openCard('settings');
    const width = await page.evaluate(
      () => document.documentElement.scrollWidth,
    );
    expect(width).toBeLessThanOrEqual(300);
    fs.mkdirSync(ARTIFACTS, {recursive: true});
    await page.screenshot({
      path: path.join(ARTIFACTS, 'sidebar-mock.png'),
      fullPage: true,
    });
  });

  it('is keyboard usable: Tab reaches the controls, Enter opens a card, Space presses a button', async () => {
    await open();
    const focusOrder: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      focusOrder.push(
        await page.evaluate(() => document.activeElement?.id ?? ''),
      );
    }
    expect(focusOrder).toEqual([
      'period',
      'toggle-summary',
      'summary-reload',
      'toggle-check',
    ]);
    await page.keyboard.press('Enter');
    expect(
      await page.locator('#toggle-check').getAttribute('aria-expanded'),
    ).toBe('true');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      'check-run',
    );
    await page.keyboard.press('Space');
    await page.locator('#issues').waitFor();
    // Every control has an accessible name.
    const unlabelled = await page.$$eval('button, select, input, iframe', els =>
      els
        .filter(el => {
          const id = el.id;
          const label = id && document.querySelector(`label[for="${id}"]`);
          const wrapped = el.closest('label');
          return !(
            el.getAttribute('aria-label') ||
            el.getAttribute('title') ||
            label ||
            wrapped ||
            (el.textContent ?? '').trim()
          );
        })
        .map(el => el.outerHTML.slice(0, 80)),
    );
    expect(unlabelled).toEqual([]);
  });
  it('a supervisor gets Tab saya (opening their tab) and their progress, no HR card', async () => {
    const errors = await open(api => (api.role = 'supervisor'));
    await page.locator('#card-myTabs').waitFor();
    for (const id of ['check', 'tabs', 'compute', 'feedback', 'settings'])
      expect(await page.locator(`#card-${id}`).count()).toBe(0);
    await page.click('#body-myTabs button');
    await page.locator('#body-myTabs [role=status]').waitFor();
    expect(calls('apiSelectCell').map(c => c.args)).toEqual([
      ['2026-TW1 Kepala Dinas', 'A1'],
    ]);
    expect(errors).toEqual([]);
  });
});
