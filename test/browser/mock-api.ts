// A canned SidebarApi for UI tests: deterministic data, switchable failures and held calls, and a
// record of every call. Served through the real workbench HTTP layer (startWorkbench) and shim.
import type {
  EmployeeListItem,
  ReminderPlan,
  SendPlan,
  SendStatus,
  TabsStatus,
  SettingsDto,
  SidebarApi,
  DokumenFile,
  SiasnExport,
  FormsResult,
  PublikView,
  ActionResult,
  SummaryDto,
} from '../../src/core/api';
import type {WorkbenchBackend} from '../../src/local/server';

/** The Pengaturan the mock starts with. */
export const SETTINGS: SettingsDto = {
  model: 'KUADRAN',
  ambangDiAtas: 110,
  ambangSesuai: 100,
  batasCapaian: 120,
  bobotHasilKerja: 70,
  bobotPerilaku: 30,
  bahasa: 'id',
  tembusanAtasan: true,
  tabPenilaian: 'Per Atasan',
  emailHr: 'hr@example.go.id',
};

export const MALICIOUS_NAME = 'Eko <img src=x onerror="parent.__pwned=1">';

export class MockApi implements SidebarApi {
  calls: {fn: string; args: unknown[]}[] = [];
  /** Next calls of these functions throw (count down). */
  failures: Record<string, number> = {};
  /** Calls of these functions wait until the promise settles. */
  holds: Partial<Record<string, Promise<void>>> = {};
  ready = true;
  /** '' as in Sheets without the userinfo.email scope. */
  userEmail = 'hr@example.go.id';
  computed = false;
  stale = false;
  employeesCount = 3;
  quota = 100;
  /** When set, the next apiContinueSend stops the job with this error (as a Sheets failure would). */
  failNextContinue = '';
  settings: SettingsDto = {...SETTINGS};
  send: SendStatus = {
    jobId: '',
    period: '',
    state: 'idle',
    total: 0,
    sent: 0,
    skipped: 0,
    failed: 0,
    uncertain: 0,
    remaining: 0,
    remainingQuota: 100,
    message: '',
  };

  employees(): EmployeeListItem[] {
    const all: EmployeeListItem[] = [
      ['198001012005011001', 'Ani Lestari', 'Sangat Baik'],
      ['198502022010012002', 'Budi Santoso', 'Baik'],
      ['199003032015031003', MALICIOUS_NAME, null],
    ].map(([nip, nama, predikat]) => ({
      nip: nip as string,
      nama: nama as string,
      kodeUnit: 'U01',
      predikat: predikat as EmployeeListItem['predikat'],
      status: 'PNS',
      email: `${nip}@example.go.id`,
      emailStatus: '',
    }));
    return all.slice(0, this.employeesCount);
  }

  apiGetState() {
    return {
      lang: this.settings.bahasa,
      namaInstansi: 'Dinas Contoh',
      userEmail: this.userEmail,
      activePeriod: '2026-TW1',
      periods: ['2026-TW1', '2026-TW2', '2026-S1', '2026'],
      settings: {...this.settings},
      ready: this.ready,
    };
  }
  apiSetupSheets() {
    this.ready = true;
    return {ok: true, message: 'Lembar disiapkan.'};
  }
  /** The acting user's role, as the server reports it (a supervisor sees Tab saya only). */
  role: SummaryDto['role'] = 'hr';
  apiGetSummary(period: string): SummaryDto {
    return {
      role: this.role,
      myTabs: ['2026-TW1 Kepala Dinas'],
      period,
      employees: this.employeesCount,
      completion: this.employeesCount
        ? [
            {key: '1', label: 'Kepala Dinas', done: 2, total: 2},
            {key: '2', label: 'Sekretaris', done: 1, total: 4},
          ]
        : [],
      distribution: this.computed
        ? [
            {label: 'Sangat Baik', count: 1},
            {label: 'Baik', count: 4},
            {label: 'Butuh Perbaikan', count: 0},
            {label: 'Kurang/Misconduct', count: 0},
            {label: 'Sangat Kurang', count: 0},
            {label: 'Belum lengkap', count: 1},
          ]
        : [],
      curveWarnings: this.computed
        ? ['Sangat Baik melebihi kurva (1 dari 6).']
        : [],
      lastComputed: this.computed ? '2026-03-31T08:00:00.000Z' : null,
      stale: this.stale,
    };
  }
  apiValidate() {
    return {
      issues: [
        {
          sheet: 'Pegawai',
          cell: 'A7',
          level: 'Galat' as const,
          message: {id: 'NIP harus 18 digit', en: 'NIP must be 18 digits'},
          text: 'Pegawai!A7: NIP harus 18 digit',
        },
        {
          sheet: 'Indikator',
          cell: 'I3',
          level: 'Peringatan' as const,
          message: {id: 'Target kosong', en: 'Target empty'},
          text: 'Indikator!I3: Target kosong',
        },
      ],
      errors: 1,
      warnings: 1,
    };
  }
  apiSelectCell(sheet: string, cell: string) {
    return {ok: true, message: `${sheet}!${cell} dipilih.`};
  }
  apiCreateTabs(period: string) {
    return {
      ok: true,
      message: `2 tab dibuat untuk ${period}.`,
      tabs: [`Penilaian ${period} 1`, `Penilaian ${period} 2`],
      employees: 3,
    };
  }
  /** Tabs of the mock tab job, built `tabsPerChunk` per chunk. */
  tabsTotal = 2;
  tabsPerChunk = 1;
  tabsJob: TabsStatus = {
    ok: true,
    message: '',
    tabs: [],
    employees: 0,
    jobId: '',
    period: '',
    state: 'idle',
    done: 0,
    total: 0,
    created: 0,
    chunkSeconds: 0,
  };
  private tabsChunk(): TabsStatus {
    const job = this.tabsJob;
    const first = job.done;
    job.done = Math.min(job.total, job.done + this.tabsPerChunk);
    job.created = job.done;
    job.state = job.done >= job.total ? 'done' : 'running';
    job.chunkSeconds = 42;
    job.message =
      job.state === 'done'
        ? `${job.total} tab dibuat untuk ${job.period}.`
        : `${job.done} dari ${job.total} tab selesai.`;
    const tabs = [];
    const from = job.state === 'done' ? 0 : first;
    for (let i = from; i < job.done; i++)
      tabs.push(`Penilaian ${job.period} ${i + 1}`);
    return {...job, tabs};
  }
  apiStartTabs(period: string) {
    this.tabsJob = {
      ...this.tabsJob,
      jobId: 'tabs-1',
      period,
      state: 'running',
      done: 0,
      total: this.tabsTotal,
      employees: 3 * this.tabsTotal,
    };
    return this.tabsChunk();
  }
  apiContinueTabs() {
    return this.tabsChunk();
  }
  apiClosePeriod(period: string) {
    return {
      ok: true,
      message: `Periode ${period} ditutup: 2 tab dipindah.`,
      state: 'done' as const,
      done: 2,
      total: 2,
      period,
      rows: 34,
    };
  }
  archiveSteps = 2;
  apiArchive() {
    this.archiveSteps--;
    return this.archiveSteps > 0
      ? {
          ok: true,
          message: 'Arsip: 1 dari 2 langkah.',
          state: 'running' as const,
          done: 1,
          total: 2,
        }
      : {
          ok: true,
          message: 'Arsip selesai: 2 tab dipindah.',
          state: 'done' as const,
          done: 2,
          total: 2,
        };
  }
  apiGetTabsStatus() {
    return {...this.tabsJob, tabs: []};
  }
  apiRecompute() {
    this.computed = true;
    this.stale = false;
    return {
      ok: true,
      message: '6 pegawai dihitung, 5 lengkap.',
      employees: 6,
      complete: 5,
      errors: 0,
      warnings: 1,
    };
  }
  apiImportPresensi(month: string, csv: string, name: string) {
    const rows = csv.split(/\r?\n/).filter(l => l.trim()).length - 1;
    return {
      ok: true,
      message: `Presensi ${month}: ${rows} baris diimpor dari ${name}.`,
      issues: [] as string[],
      errors: 0,
    };
  }
  apiComputeTpp(month: string) {
    return {
      ok: true,
      message: `TPP ${month}: 6 pegawai, 5 dibayar.`,
      issues: ['Hasil TPP!M2: NIP 198001012005011001: Presensi belum diimpor'],
      errors: 1,
    };
  }
  apiListEmployees() {
    return this.employees();
  }
  apiPreviewEmail(period: string, nip: string) {
    const employee = this.employees().find(e => e.nip === nip)!;
    // Escaped like the real composer, plus a live script: the sandbox must stop it anyway.
    const escaped = employee.nama.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    return {
      to: employee.email,
      cc: 'atasan@example.go.id',
      subject: `Umpan balik kinerja ${period}`,
      html: `<p>Yth. ${escaped}</p><script>parent.__pwned = 1;</script>`,
      text: `Yth. ${employee.nama}`,
      skipReason: employee.predikat ? '' : 'Penilaian belum lengkap',
    };
  }
  apiTestSend() {
    return {ok: true, message: 'Email uji dikirim ke hr@example.go.id.'};
  }
  apiStartSend(period: string) {
    this.send = {
      ...this.send,
      jobId: 'job1',
      period,
      state: 'running',
      total: 3,
      sent: 0,
      skipped: 0,
      failed: 0,
      uncertain: 0,
      remaining: 3,
      remainingQuota: this.quota,
      message: 'Mulai mengirim.',
    };
    return {...this.send};
  }
  apiContinueSend() {
    const s = this.send;
    if (this.failNextContinue) {
      this.send = {...s, state: 'error', message: this.failNextContinue};
      this.failNextContinue = '';
      return {...this.send};
    }
    if (s.state === 'error') this.send = {...s, state: 'running'};
    if (this.send.state !== 'running' && this.send.state !== 'paused-quota')
      return {...this.send};
    return this.nextChunk();
  }
  private nextChunk() {
    const s = this.send;
    if (this.quota <= 0) {
      this.send = {
        ...s,
        state: 'paused-quota',
        remainingQuota: 0,
        message: 'Kuota habis.',
      };
      return {...this.send};
    }
    const next = {...s};
    if (next.sent + next.skipped === 2) next.skipped++;
    else next.sent++;
    this.quota--;
    next.remaining--;
    next.remainingQuota = this.quota;
    next.state = next.remaining === 0 ? 'done' : 'running';
    next.message = `${next.sent} terkirim.`;
    this.send = next;
    return {...next};
  }
  apiGetSendStatus() {
    return {...this.send};
  }
  /** The plan the confirmation shows: 3 employees, 2 ready, 1 incomplete (Eko). */
  plan: SendPlan = {
    ok: true,
    period: '2026-TW1',
    total: 3,
    send: 2,
    resendAll: 2,
    changed: 0,
    changedNips: [],
    changedNames: [],
    reasons: [
      {
        reason: 'incomplete',
        label: 'Penilaian belum lengkap',
        count: 1,
        names: [MALICIOUS_NAME],
      },
    ],
    remainingQuota: 100,
    message: '2 email akan dikirim dari 3 pegawai periode 2026-TW1.',
  };
  apiSendPlan(period: string) {
    return {...this.plan, period};
  }
  apiResendOne(period: string) {
    this.send = {
      ...this.send,
      jobId: 'one',
      period,
      state: 'done',
      total: 1,
      sent: 1,
      skipped: 0,
      failed: 0,
      uncertain: 0,
      remaining: 0,
      message: 'Selesai: 1 terkirim, 0 dilewati, 0 gagal.',
    };
    return {...this.send};
  }
  apiResendChanged(period: string) {
    return this.apiStartSend(period);
  }
  apiReminderPlan(period: string): ReminderPlan {
    return {
      ok: true,
      period,
      intervalDays: 7,
      send: 1,
      items: [
        {
          nip: '198001012005011001',
          nama: 'Ani Lestari',
          email: 'ani@example.go.id',
          employees: [
            {nip: '199003032015031003', nama: MALICIOUS_NAME, empty: 4},
          ],
          holdReason: '',
        },
      ],
      remainingQuota: this.quota,
      message:
        '1 pengingat akan dikirim, 0 ditunda (periode 2026-TW1, jeda 7 hari).',
    };
  }
  apiSendReminders() {
    return {
      ok: true,
      message: 'Pengingat: 1 terkirim, 0 gagal, 0 ditunda.',
      sent: 1,
      failed: 0,
      held: 0,
    };
  }
  apiSaveSettings(settings: SettingsDto) {
    this.settings = {...settings};
    return {ok: true, message: 'Pengaturan disimpan.'};
  }
  /** A tiny fake PDF / ZIP: the panel only turns base64 into a download. */
  apiDokumenPegawai(period: string, nip: string, jenis: string): DokumenFile {
    return {
      ok: true,
      message: '1 dokumen dibuat.',
      name: `${jenis === 'skp' ? 'SKP' : 'Evaluasi'} ${period} ${nip}.pdf`,
      mimeType: 'application/pdf',
      base64: Buffer.from('%PDF-1.4 mock').toString('base64'),
      count: 1,
      part: 0,
      parts: 1,
    };
  }
  apiDokumenUnit(period: string, unit: string, jenis: string, part: number) {
    void jenis;
    return {
      ...this.apiDokumenPegawai(period, unit, 'evaluasi'),
      name: `Dokumen Evaluasi ${period} ${unit}.zip`,
      mimeType: 'application/zip',
      part,
    };
  }
  apiCreateForms(): FormsResult {
    return {ok: true, message: 'Formulir dibuat: 3, sudah ada: 0.', forms: []};
  }
  apiDecideAppeal(
    nip: string,
    period: string,
    keputusan: string,
  ): ActionResult {
    return {ok: true, message: `Keberatan ${nip} ${period}: ${keputusan}.`};
  }

  apiPublik(): PublikView {
    return {
      ok: true,
      message: 'Sheet Publik ditulis.',
      lang: 'id',
      instansi: '',
      rows: [['Periode', 'Kode Unit']],
    };
  }

  apiEksporSiasn(period: string): SiasnExport {
    return {
      ok: true,
      message: `Ekspor SIASN: 1 baris untuk ${period}.`,
      rows: [
        ['nip', 'nama'],
        ['199002022015012002', 'Ani Lestari'],
      ],
    };
  }

  backend(html: () => string): WorkbenchBackend {
    return {
      title: 'mock',
      lang: () => this.settings.bahasa,
      sidebarHtml: html,
      callApi: async (fn, argsJson) => {
        const args = JSON.parse(argsJson) as unknown[];
        this.calls.push({fn, args});
        const hold = this.holds[fn];
        if (hold) await hold;
        if (this.failures[fn]) {
          this.failures[fn]--;
          throw new Error(`Simulated failure in ${fn}`);
        }
        const target = (this as unknown as Record<string, unknown>)[fn];
        if (typeof target !== 'function') throw new Error(`no ${fn}`);
        return (target as (...a: unknown[]) => unknown).apply(this, args);
      },
    };
  }
}
