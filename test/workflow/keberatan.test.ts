// Appeals (keberatan, issue 15 item 5): the Keberatan sheet made by set-up, a late appeal flagged
// in Validasi, a decision by the wrong person refused, a decided appeal replacing the predikat in
// Hasil with the old one in Log Perubahan, and the decision emailed once.
import {
  EKA,
  HR,
  KEPALA,
  S2,
  type Harness,
  fillFixture,
  harness,
  typeInputs,
} from './helpers';
import {appendRows, sheet, tabName, values} from '../support/workbook';

function prepared(): Harness {
  const h = harness();
  fillFixture(h);
  h.ctx.apiCreateTabs('2026-TW1');
  typeInputs(
    h,
    tabName(h.emulator, '2026-TW1', S2.nip),
    EKA,
    [7, 10],
    'Di Bawah Ekspektasi',
  );
  h.ctx.apiRecompute('2026-TW1');
  return h;
}

const ekaHasil = (h: Harness) =>
  values(h.emulator, 'Hasil').find(r => r[0] === '2026-TW1' && r[1] === EKA)!;

function appeal(h: Harness, row: unknown[]) {
  appendRows(h.emulator, 'Keberatan', [row]);
}

const validasi = (h: Harness) =>
  values(h.emulator, 'Validasi').filter(r => r[0] === 'Keberatan');

describe('keberatan', () => {
  it('is made by set-up with its header', () => {
    const h = harness();
    h.ctx.apiSetupSheets();
    expect(values(h.emulator, 'Keberatan')[0]).toEqual([
      'NIP',
      'Periode',
      'Tanggal',
      'Alasan',
      'Keputusan',
      'Predikat Baru',
      'Diputuskan Oleh',
    ]);
  });

  it('flags an appeal filed more than 14 days after the result was sent', () => {
    const h = prepared();
    appendRows(h.emulator, 'Log Email', [
      [
        '2026-TW1',
        EKA,
        'eka@example.go.id',
        'Terkirim',
        '2026-04-01 09:00',
        'x',
      ],
    ]);
    appeal(h, [EKA, '2026-TW1', '2026-04-16', 'Target tidak adil', '', '', '']);
    h.ctx.apiRecompute('2026-TW1');
    // 1 April to 16 April: 15 days.
    expect(validasi(h)).toEqual([
      [
        'Keberatan',
        'C2',
        'Keberatan diajukan 15 hari setelah hasil dikirim (2026-04-01); batasnya 14 hari',
        'Peringatan',
      ],
    ]);
    // On day 14 it is in time.
    sheet(h.emulator, 'Keberatan').getRange('C2').setValue('2026-04-15');
    h.ctx.apiRecompute('2026-TW1');
    expect(validasi(h)).toEqual([]);
  });

  it('refuses a decision by the direct supervisor: Hasil keeps its predikat', () => {
    const h = prepared();
    const before = ekaHasil(h)[9];
    appeal(h, [
      EKA,
      '2026-TW1',
      '2026-04-02',
      'x',
      'Diterima',
      'Baik',
      S2.email,
    ]);
    h.ctx.apiRecompute('2026-TW1');
    expect(ekaHasil(h)[9]).toBe(before);
    expect(validasi(h).map(r => [r[1], r[3]])).toEqual([['G2', 'Galat']]);
    expect(String(validasi(h)[0][2])).toContain(S2.email);
    expect(h.emulator.mail.sent).toHaveLength(0);
  });

  it("applies the supervisor's supervisor's decision, audits it and emails it once", () => {
    const h = prepared();
    const before = ekaHasil(h)[9];
    expect(before).not.toBe('Baik');
    appeal(h, [
      EKA,
      '2026-TW1',
      '2026-04-02',
      'x',
      'Diterima',
      'Baik',
      KEPALA.email,
    ]);
    h.ctx.apiRecompute('2026-TW1');
    expect(ekaHasil(h)[9]).toBe('Baik');
    const audit = values(h.emulator, 'Log Perubahan').filter(
      r => r[2] === 'Keberatan',
    );
    expect(audit.map(r => r.slice(1))).toEqual([
      [KEPALA.email, 'Keberatan', `${EKA} 2026-TW1`, before, 'Baik'],
    ]);
    expect(h.emulator.mail.sent.map(m => m.to)).toEqual(['eka@example.go.id']);
    expect(h.emulator.mail.sent[0].subject).toBe(
      'Keputusan keberatan penilaian kinerja 2026-TW1',
    );
    // Twice running: the same Hasil, no second audit row, no second email.
    h.ctx.apiRecompute('2026-TW1');
    expect(ekaHasil(h)[9]).toBe('Baik');
    expect(
      values(h.emulator, 'Log Perubahan').filter(r => r[2] === 'Keberatan'),
    ).toHaveLength(1);
    expect(h.emulator.mail.sent).toHaveLength(1);
  });

  it('lets HR decide too (Ditolak keeps the predikat, still emailed)', () => {
    const h = prepared();
    const before = ekaHasil(h)[9];
    appeal(h, [EKA, '2026-TW1', '2026-04-02', 'x', 'Ditolak', '', HR]);
    h.ctx.apiRecompute('2026-TW1');
    expect(ekaHasil(h)[9]).toBe(before);
    expect(validasi(h)).toEqual([]);
    expect(h.emulator.mail.sent).toHaveLength(1);
  });

  it('decides as the acting user: the direct supervisor is refused, HR writes the decision', () => {
    const h = prepared();
    appeal(h, [EKA, '2026-TW1', '2026-04-02', 'x', '', '', '']);
    h.emulator.setUser(S2.email);
    expect(() =>
      h.ctx.apiDecideAppeal(EKA, '2026-TW1', 'Diterima', 'Baik'),
    ).toThrow(`${S2.email} tidak boleh memutus keberatan ini`);
    expect(values(h.emulator, 'Keberatan')[1].slice(4)).toEqual(['', '', '']);
    h.emulator.setUser(HR);
    const decided = h.ctx.apiDecideAppeal(EKA, '2026-TW1', 'diterima', 'baik');
    expect(decided.ok).toBe(true);
    expect(values(h.emulator, 'Keberatan')[1].slice(4)).toEqual([
      'Diterima',
      'Baik',
      HR,
    ]);
    h.ctx.apiRecompute('2026-TW1');
    expect(ekaHasil(h)[9]).toBe('Baik');
  });
});
