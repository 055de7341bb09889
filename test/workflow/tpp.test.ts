// TPP through the built bundle (DOMAIN §9): import a month of attendance, recompute the quarter,
// compute TPP, read Hasil TPP, Rekap, Daftar TPP and =ASN_TPP; every figure by hand.
import {
  ANI,
  DEDI,
  EKA,
  KEPALA,
  S2,
  CODE_FILE,
  type Harness,
  fillFixture,
  harness,
  typeInputs,
} from './helpers';
import {appendRows, setSetting, sheet, values} from '../support/workbook';
import {loadBundle} from '../../src/local/loader';

const tabBudi = `Penilaian 2026-TW1 ${KEPALA.nip}`;

/** Kelas Jabatan column in Pegawai and the Kelas Jabatan amounts; Ani Baik, Dedi Sangat Baik in TW1. */
function prepared(): Harness {
  const h = harness();
  fillFixture(h);
  const pegawai = values(h.emulator, 'Pegawai');
  const s = sheet(h.emulator, 'Pegawai');
  // The optional column, added by HR at the right of the contract's.
  s.insertColumnsAfter(s.getMaxColumns(), 1);
  s.getRange(1, 9).setValue('Kelas Jabatan');
  const kelas: Record<string, number | ''> = {
    [KEPALA.nip]: '',
    [S2.nip]: 8,
    [ANI]: 9,
    [DEDI]: 7,
    [EKA]: 7,
  };
  pegawai.forEach((row, i) => {
    if (i === 0) return;
    s.getRange(i + 1, 9).setValue(kelas[String(row[0])] ?? '');
    if (row[0] === S2.nip) s.getRange(i + 1, 7).setValue('PPPK');
  });
  appendRows(h.emulator, 'Kelas Jabatan', [
    [7, 3000000],
    [8, 4000000],
    [9, 5000000],
  ]);
  h.ctx.apiCreateTabs('2026-TW1');
  typeInputs(h, tabBudi, ANI, [12, '9'], 'Sesuai Ekspektasi');
  typeInputs(h, tabBudi, DEDI, [11, 8], 'Di Atas Ekspektasi', {
    hk: 'Di Atas Ekspektasi',
    alasan: 'Menyelesaikan digitalisasi arsip',
  });
  expect(h.ctx.apiRecompute('2026-TW1').ok).toBe(true);
  return h;
}

const HEADER =
  'NIP;Jumlah Hari Kerja;Hadir;Tanpa Keterangan;TL1;TL2;TL3;TL4;PSW1;PSW2;PSW3;PSW4;Cuti;DL';
/** Ani: the worked example (TK 1, TM2 2, PC1 1); Dedi all present; Eka 2 days of leave. */
const FEBRUARY = [
  HEADER,
  `${ANI};20;19;1;0;2;0;0;1;0;0;0;0;0`,
  `${DEDI};20;20;0;0;0;0;0;0;0;0;0;0;0`,
  `${EKA};20;18;0;0;0;0;0;0;0;0;0;2;0`,
].join('\n');

function tppRow(h: Harness, month: string, nip: string) {
  return values(h.emulator, 'Hasil TPP').find(
    r => r[0] === month && r[1] === nip,
  );
}

describe('TPP of a month', () => {
  it('pays the DOMAIN §9 worked example and leaves unknown amounts blank', () => {
    const h = prepared();
    const imported = h.ctx.apiImportPresensi('2026-02', FEBRUARY, 'absen.csv');
    expect(imported.ok).toBe(true);
    expect(imported.message).toMatch(/^Presensi 2026-02: 3 baris diimpor/);
    const result = h.ctx.apiComputeTpp('2026-02');
    expect(result.ok).toBe(true);
    // Ani: 3.000.000 + 5.000.000 x 0,4 x (100 - 5,5) % = 1.890.000 -> 4.890.000.
    expect(tppRow(h, '2026-02', ANI)?.slice(4, 13)).toEqual([
      9,
      5000000,
      'Baik',
      100,
      5.5,
      3000000,
      1890000,
      4890000,
      '',
    ]);
    // Dedi: Sangat Baik 100 %: 1.800.000 + 1.200.000.
    expect(tppRow(h, '2026-02', DEDI)?.slice(9, 12)).toEqual([
      1800000, 1200000, 3000000,
    ]);
    // Eka: TW1 incomplete -> Persen Belum Lengkap 0 %; leave deducts nothing.
    const eka = tppRow(h, '2026-02', EKA)!;
    expect(eka.slice(6, 12)).toEqual(['', 0, 0, 0, 1200000, 1200000]);
    expect(eka[12]).toMatch(/Predikat 2026-02 belum lengkap/);
    // Budi: no class -> nothing known.
    const budi = tppRow(h, '2026-02', KEPALA.nip)!;
    expect(budi.slice(5, 12)).toEqual(['', '', '', '', '', '', '']);
    expect(budi[12]).toMatch(/Kelas Jabatan kosong/);
    // Rina (PPPK, TPP untuk PPPK = Ya): no Presensi row -> Disiplin and Jumlah blank.
    const rina = tppRow(h, '2026-02', S2.nip)!;
    expect(rina.slice(9, 12)).toEqual([0, '', '']);
    expect(rina[12]).toMatch(/Presensi belum diimpor/);
    // Validasi names each row's Keterangan cell.
    const validasi = values(h.emulator, 'Validasi').filter(
      r => r[0] === 'Hasil TPP',
    );
    expect(validasi.map(r => r[1]).sort()).toEqual(['M2', 'M3', 'M6'].sort());
    expect(result.message).toMatch(
      /^TPP 2026-02: 5 pegawai, 3 dibayar, jumlah Rp9\.090\.000; 2 belum/,
    );
    // Rekap: the unit's total below the appraisal table.
    const rekap = values(h.emulator, 'Rekap');
    const title = rekap.findIndex(r => r[0] === 'TPP per Unit 2026-02');
    expect(title).toBeGreaterThan(1);
    expect(rekap[title + 2].slice(0, 7)).toEqual([
      'U01',
      'Bagian Umum',
      5,
      3,
      4800000,
      4290000,
      9090000,
    ]);
    expect(rekap[0][0]).toBe('Kode Unit');
    // Daftar TPP: one section for U01 with its total.
    const daftar = values(h.emulator, 'Daftar TPP');
    expect(daftar[0][0]).toBe(
      'Daftar Pembayaran TPP Dinas Contoh - Bagian Umum (U01) - 2026-02',
    );
    expect(daftar[7].slice(2, 7)).toEqual([
      'Total',
      '',
      4800000,
      4290000,
      9090000,
    ]);
    // =ASN_TPP through the bundle, one cell and a range.
    const fn = loadBundle(h.emulator, CODE_FILE, {customFunction: true});
    expect(fn.ASN_TPP(ANI, '2026-02')).toBe(4890000);
    expect(fn.ASN_TPP([[ANI], [DEDI], [KEPALA.nip]], '2026-02')).toEqual([
      [4890000],
      [3000000],
      [expect.stringMatching(/belum punya Jumlah TPP/)],
    ]);
    expect(fn.ASN_TPP(ANI)).toBe(4890000);
    expect(() => fn.ASN_TPP(ANI, '2026-TW1')).toThrow(/bukan bulan/);
  });

  it('uses the quarter predikat for each of its three months and keeps other months', () => {
    const h = prepared();
    for (const month of ['2026-01', '2026-02', '2026-03']) {
      expect(h.ctx.apiImportPresensi(month, FEBRUARY, 'absen.csv').ok).toBe(
        true,
      );
      expect(h.ctx.apiComputeTpp(month).ok).toBe(true);
    }
    for (const month of ['2026-01', '2026-02', '2026-03']) {
      expect(tppRow(h, month, DEDI)?.[6]).toBe('Sangat Baik');
      expect(tppRow(h, month, ANI)?.[11]).toBe(4890000);
    }
    expect(values(h.emulator, 'Hasil TPP').length).toBe(1 + 15);
    const fn = loadBundle(h.emulator, CODE_FILE, {customFunction: true});
    expect(fn.ASN_TPP(DEDI, '2026-01')).toBe(3000000);
  });

  it("under Siklus Evaluasi = Bulanan reads the month's own predikat, not the quarter's", () => {
    const h = prepared();
    // Set-up writes the key (default Triwulanan); HR picks Bulanan from its dropdown.
    setSetting(h.emulator, 'Siklus Evaluasi', 'Bulanan');
    h.ctx.apiImportPresensi('2026-02', FEBRUARY, 'absen.csv');
    h.ctx.apiComputeTpp('2026-02');
    // Hasil has no 2026-02 rows: Dedi's month is Belum lengkap (0 %), discipline still paid.
    expect(tppRow(h, '2026-02', DEDI)?.slice(6, 12)).toEqual([
      '',
      0,
      0,
      0,
      1200000,
      1200000,
    ]);
  });

  it('re-importing a month replaces that month only', () => {
    const h = prepared();
    h.ctx.apiImportPresensi('2026-02', FEBRUARY, 'absen.csv');
    h.ctx.apiImportPresensi('2026-03', FEBRUARY, 'absen.csv');
    // February again, Ani only, now with 2 days absent: 6 %.
    const again = h.ctx.apiImportPresensi(
      '2026-02',
      [HEADER, `${ANI};20;18;2;0;0;0;0;0;0;0;0;0;0`].join('\n'),
      'absen.csv',
    );
    expect(again.ok).toBe(true);
    const presensi = values(h.emulator, 'Presensi');
    expect(presensi.filter(r => r[0] === '2026-03').length).toBe(3);
    expect(presensi.filter(r => r[0] === '2026-02')).toEqual([
      ['2026-02', ANI, 20, 18, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    ]);
    h.ctx.apiComputeTpp('2026-02');
    // 5.000.000 x 0,4 x 0,94 = 1.880.000.
    expect(tppRow(h, '2026-02', ANI)?.slice(8, 12)).toEqual([
      6, 3000000, 1880000, 4880000,
    ]);
    expect(tppRow(h, '2026-02', DEDI)?.[12]).toBe('Presensi belum diimpor');
  });

  it('refuses an export with unknown NIPs, duplicates or impossible counts, naming its cells', () => {
    const h = prepared();
    const bad = [
      HEADER,
      `${ANI};20;19;-1;0;0;0;0;0;0;0;0;0;0`,
      '199909092020011009;20;20;0;0;0;0;0;0;0;0;0;0;0',
      `${DEDI};20;20;0;0;0;0;0;0;0;0;0;0;0`,
      `${DEDI};20;20;0;0;0;0;0;0;0;0;0;0;0`,
      `${EKA};20;20;0;0;0;0;0;0;0;0;0;5;0`,
    ].join('\n');
    const result = h.ctx.apiImportPresensi('2026-02', bad, 'absen.csv');
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual(
      expect.arrayContaining([
        'absen.csv!D2: TK harus bilangan bulat 0 atau lebih (tertulis "-1")',
        'absen.csv!A3: NIP 199909092020011009 tidak ada di sheet Pegawai',
        `absen.csv!A5: NIP ${DEDI} ganda untuk 2026-02: sudah ada di baris 4`,
        'absen.csv!B6: Hadir + TK + Cuti + Dinas Luar = 25 melebihi Hari Kerja (20)',
      ]),
    );
    expect(values(h.emulator, 'Presensi').length).toBe(1);
  });

  it('reports a bad Presensi cell typed in the sheet, and pays PPPK nothing when TPP untuk PPPK = Tidak', () => {
    const h = prepared();
    h.ctx.apiImportPresensi(
      '2026-02',
      FEBRUARY + `\n${S2.nip};20;20;0;0;0;0;0;0;0;0;0;0;0`,
      'absen.csv',
    );
    const presensi = values(h.emulator, 'Presensi');
    const dedi = presensi.findIndex(r => r[1] === DEDI) + 1;
    sheet(h.emulator, 'Presensi').getRange(dedi, 5).setValue('x');
    const tpp = values(h.emulator, 'TPP');
    const pppk = tpp.findIndex(r => r[0] === 'TPP untuk PPPK') + 1;
    sheet(h.emulator, 'TPP').getRange(pppk, 2).setValue('Tidak');
    const result = h.ctx.apiComputeTpp('2026-02');
    expect(result.issues).toContain(
      `Presensi!E${dedi}: TK harus bilangan bulat 0 atau lebih (tertulis "x")`,
    );
    const rina = tppRow(h, '2026-02', S2.nip)!;
    expect(rina.slice(9, 13)).toEqual([
      0,
      0,
      0,
      'PPPK tidak menerima TPP (TPP untuk PPPK = Tidak)',
    ]);
  });
});
