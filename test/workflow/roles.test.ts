// Roles enforced on the server side (SHEETS.md, Roles; issue 12 item 1): a supervisor editing
// Hasil or Pegawai is refused by the sheets' protections, running Hitung Ulang or Kirim is refused
// with the Indonesian message, while HR (the owner, or an Email HR address) succeeds; manual edits
// of HR-only sheets and of tab inputs land in Log Perubahan.
import {PROTECTED_MESSAGE} from '../../src/local/emulator';
import {setSetting, sheet, values} from '../support/workbook';
import {
  EKA,
  HR,
  KEPALA,
  S2,
  a1,
  fillFixture,
  findRow,
  harness,
} from './helpers';

const PERIOD = '2026-TW1';
// Tabs are named for people (`2026-TW1 Rina Wati`); found by their identity.
const RINA_TAB = '2026-TW1 Rina Wati';
const BUDI_TAB = `2026-TW1 ${KEPALA.nama}`;

function setUp() {
  const h = harness();
  fillFixture(h);
  h.ctx.apiCreateTabs(PERIOD);
  expect(h.ctx.apiRecompute(PERIOD).ok).toBe(true);
  h.ctx.menuInstallTriggers();
  return h;
}

describe('roles', () => {
  it('a supervisor cannot edit Hasil or Pegawai, nor run Hitung Ulang or Kirim; HR can', () => {
    const h = setUp();
    const hasil = () => values(h.emulator, 'Hasil');
    const before = JSON.stringify(hasil());
    h.emulator.setUser(S2.email);
    expect(() =>
      h.emulator.userEdit(h.ctx, 'Hasil', 'J2', 'Sangat Baik'),
    ).toThrow(PROTECTED_MESSAGE);
    expect(() =>
      h.emulator.userEdit(h.ctx, 'Pegawai', 'B2', 'Orang Lain'),
    ).toThrow(PROTECTED_MESSAGE);
    expect(() => h.ctx.apiRecompute(PERIOD)).toThrow(
      'Hanya HR (Email HR di Pengaturan) yang dapat menjalankan Hitung Ulang.',
    );
    expect(() => h.ctx.apiStartSend(PERIOD, false)).toThrow(
      'Hanya HR (Email HR di Pengaturan) yang dapat menjalankan Kirim Umpan Balik.',
    );
    expect(() => h.ctx.apiTestSend(PERIOD, EKA)).toThrow(
      /Hanya HR .*Kirim Uji/,
    );
    expect(() => h.ctx.apiSetupSheets()).toThrow(/Hanya HR .*Siapkan Lembar/);
    expect(() => h.ctx.apiCreateTabs(PERIOD)).toThrow(/Hanya HR/);
    expect(() => h.ctx.apiValidate()).toThrow(/Hanya HR/);
    expect(() => h.ctx.apiListEmployees(PERIOD)).toThrow(/Hanya HR/);
    expect(() => h.ctx.apiPreviewEmail(PERIOD, EKA)).toThrow(/Hanya HR/);
    expect(() => h.ctx.apiComputeTpp('2026-01')).toThrow(
      /Hanya HR .*Hitung TPP/,
    );
    expect(() => h.ctx.apiImportPresensi('2026-01', 'NIP\n', '')).toThrow(
      /Hanya HR .*Impor Presensi/,
    );
    expect(() => h.ctx.apiDokumenPegawai(PERIOD, EKA, 'evaluasi')).toThrow(
      /Hanya HR .*Unduh Dokumen/,
    );
    expect(() => h.ctx.apiEksporSiasn(PERIOD)).toThrow(
      /Hanya HR .*Ekspor SIASN/,
    );
    expect(() =>
      h.ctx.apiSaveSettings({
        ...h.ctx.apiGetState().settings,
        bobotHasilKerja: 100,
      }),
    ).toThrow(/Hanya HR .*Simpan Pengaturan/);
    // The menu shows the refusal as it is, not as an unexpected error.
    h.ctx.menuRecompute();
    expect(h.emulator.ui.alerts.at(-1)?.prompt).toBe(
      'Hanya HR (Email HR di Pengaturan) yang dapat menjalankan Hitung Ulang.',
    );
    h.ctx.menuSendFeedback();
    expect(h.emulator.ui.alerts.at(-1)?.prompt).toMatch(/Kirim Umpan Balik/);
    expect(h.emulator.mail.sent).toHaveLength(0);
    expect(JSON.stringify(hasil())).toBe(before);

    // HR (the owner) may do all of it.
    h.emulator.setUser(HR);
    h.emulator.userEdit(h.ctx, 'Hasil', 'J2', 'Sangat Baik');
    expect(h.ctx.apiRecompute(PERIOD).ok).toBe(true);
  });

  it('an Email HR address (one of several) is HR; the refusal speaks English when Bahasa is en', () => {
    const h = setUp();
    const staff = 'staf.kepegawaian@example.go.id';
    setSetting(
      h.emulator,
      'Email HR',
      `lain@example.go.id, ${staff.toUpperCase()}`,
    );
    // Siapkan Lembar gives the new HR the HR-only sheets.
    h.ctx.apiSetupSheets();
    h.emulator.setUser(staff);
    expect(h.ctx.apiRecompute(PERIOD).ok).toBe(true);
    h.emulator.userEdit(h.ctx, 'Pegawai', 'C2', 'Kepala Bagian Umum');
    h.emulator.setUser(HR);
    setSetting(h.emulator, 'Bahasa', 'en');
    h.emulator.setUser(KEPALA.email);
    expect(() => h.ctx.apiRecompute(PERIOD)).toThrow(
      'Only HR (Email HR in Pengaturan) may run Recompute.',
    );
  });

  it('a supervisor gets their role, their own progress and their own tab from the summary', () => {
    const h = setUp();
    h.emulator.setUser(S2.email);
    const mine = h.ctx.apiGetSummary(PERIOD);
    expect(mine.role).toBe('supervisor');
    expect(mine.myTabs).toEqual([RINA_TAB]);
    expect(mine.completion.map((r: {key: string}) => r.key)).toEqual([S2.nip]);
    expect(mine.distribution).toEqual([]);
    // Someone who supervises nobody gets no tab; HR gets every tab of the period.
    h.emulator.setUser('ani@example.go.id');
    expect(h.ctx.apiGetSummary(PERIOD)).toMatchObject({
      role: 'none',
      myTabs: [],
    });
    h.emulator.setUser(HR);
    const all = h.ctx.apiGetSummary(PERIOD);
    expect(all.role).toBe('hr');
    expect([...all.myTabs].sort()).toEqual([BUDI_TAB, RINA_TAB].sort());
  });

  it('manual edits of an HR-only sheet and of a tab input are logged: who, when, old, new', () => {
    const h = setUp();
    const j2 = String(values(h.emulator, 'Hasil')[1][9]);
    h.emulator.userEdit(h.ctx, 'Hasil', 'J2', 'Sangat Baik');
    const row = findRow(values(h.emulator, RINA_TAB), EKA, 'Hasil Kerja', 'I1');
    h.emulator.setUser(S2.email);
    h.emulator.userEdit(h.ctx, RINA_TAB, a1(row, 9), 12);
    const log = values(h.emulator, 'Log Perubahan').slice(1);
    expect(log.slice(-2)).toEqual([
      ['2026-02-10 10:00:00', HR, 'Hasil', 'J2', j2, 'Sangat Baik'],
      ['2026-02-10 10:00:00', S2.email, RINA_TAB, a1(row, 9), '', '12'],
    ]);
    expect(sheet(h.emulator, RINA_TAB).getRange(row, 9).getValue()).toBe(12);
  });

  it('the test send goes to the person clicking and says so', () => {
    const h = setUp();
    const staff = 'staf.kepegawaian@example.go.id';
    setSetting(h.emulator, 'Email HR', staff);
    h.ctx.apiSetupSheets();
    h.emulator.setUser(staff);
    const result = h.ctx.apiTestSend(PERIOD, EKA);
    expect(result).toMatchObject({ok: true});
    expect(result.message).toContain(`alamat Anda sendiri, ${staff}`);
    expect(h.emulator.mail.sent.map(m => m.to)).toEqual([staff]);
  });
});
