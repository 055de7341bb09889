// Recompute and validation through the built bundle: worked numbers, other periods kept, the
// override audit, the lock, and the service-call budget (O(sheets), never O(rows)).
import {tabModelsOfPeriod} from '../../src/local/tabs';
import {
  ANI,
  DEDI,
  EKA,
  KEPALA,
  type Harness,
  fillFixture,
  findRow,
  harness,
  secondExecution,
  typeInputs,
} from './helpers';
import {
  appendRows,
  employeeRow,
  setSetting,
  sheet,
  values,
} from '../support/workbook';
import {countCellsRead, minimumCells} from './cells-read';

// Tabs are named for people: <Periode> <the supervisor's short name>.
const tabBudi = '2026-TW1 Budi Santoso';
function hasilRow(
  h: Harness,
  period: string,
  nip: string,
): unknown[] | undefined {
  return values(h.emulator, 'Hasil').find(r => r[0] === period && r[1] === nip);
}

function prepared(): Harness {
  const h = harness();
  fillFixture(h);
  appendRows(h.emulator, 'Hasil', [
    [
      '2025-TW4',
      ANI,
      'Ani Lestari',
      'U01',
      KEPALA.nip,
      90,
      'Sesuai Ekspektasi',
      'Sesuai Ekspektasi',
      90,
      'Baik',
      1,
      'Lengkap',
      '',
    ],
  ]);
  h.ctx.apiCreateTabs('2026-TW1');
  // Ani: I1 12/10 -> 120 (Di Atas); I2 9 days vs 8 (Turun) -> (2 - 9/8) x 100 = 87.5 (Di Bawah).
  typeInputs(h, tabBudi, ANI, [12, '9'], 'Sesuai Ekspektasi');
  // Dedi: 11/10 -> 110 (Di Atas), 8 vs 8 -> 100 (Sesuai); suggested HK Sesuai, overridden Di Atas.
  typeInputs(h, tabBudi, DEDI, [11, 8], 'Di Atas Ekspektasi', {
    hk: 'Di Atas Ekspektasi',
    alasan: 'Menyelesaikan digitalisasi arsip',
  });
  return h;
}

describe('recompute', () => {
  it('writes the hand-computed Hasil rows, keeps other periods, and reports', () => {
    const h = prepared();
    const result = h.ctx.apiRecompute('2026-TW1');
    expect(result.ok).toBe(true);
    expect(result.employees).toBe(5);
    expect(result.complete).toBe(2);
    expect(result.message).toMatch(
      /^Hitung ulang 2026-TW1 selesai: 5 pegawai, 2 lengkap;/,
    );
    // Ani: capaian (120 + 87.5) / 2 = 103.75; half Di Atas, half Di Bawah -> Sesuai; -> Baik.
    expect(hasilRow(h, '2026-TW1', ANI)?.slice(5, 12)).toEqual([
      103.75,
      'Sesuai Ekspektasi',
      'Sesuai Ekspektasi',
      103.75,
      'Baik',
      2,
      'Lengkap',
    ]);
    // Dedi: (110 + 100) / 2 = 105; overridden Di Atas x Di Atas -> Sangat Baik, rank 1.
    expect(hasilRow(h, '2026-TW1', DEDI)?.slice(5, 12)).toEqual([
      105,
      'Di Atas Ekspektasi',
      'Di Atas Ekspektasi',
      105,
      'Sangat Baik',
      1,
      'Lengkap',
    ]);
    expect(hasilRow(h, '2026-TW1', EKA)?.[11]).toBe('Belum lengkap');
    expect(hasilRow(h, '2025-TW4', ANI)?.[9]).toBe('Baik');
    const predikat = sheet(h.emulator, 'Hasil');
    const row =
      values(h.emulator, 'Hasil').findIndex(
        r => r[0] === '2026-TW1' && r[1] === DEDI,
      ) + 1;
    expect(predikat.getRange(row, 10).getBackground()).toBe('#b7e1cd');
    const props = h.emulator.workbook.documentProperties;
    expect(props['kinerja.lastComputed.2026-TW1']).toBe(
      '2026-02-10T03:00:00.000Z',
    );
    expect(props['kinerja.stale']).toBeUndefined();
    // Rekap: aggregates only, total row last.
    const rekap = values(h.emulator, 'Rekap');
    expect(rekap[0].slice(0, 4)).toEqual([
      'Kode Unit',
      'Nama Unit',
      'Pegawai',
      'Lengkap',
    ]);
    expect(rekap[1].slice(0, 4)).toEqual(['U01', 'Bagian Umum', 5, 2]);
  });

  it('recomputing again replaces the period rows, shrinking the table when employees leave', () => {
    const h = prepared();
    h.ctx.apiRecompute('2026-TW1');
    const pegawai = values(h.emulator, 'Pegawai');
    sheet(h.emulator, 'Pegawai')
      .getRange(pegawai.findIndex(r => r[0] === EKA) + 1, 8)
      .setValue('Tidak');
    h.ctx.apiRecompute('2026-TW1');
    const hasil = values(h.emulator, 'Hasil');
    expect(hasil.length).toBe(1 + 1 + 4);
    expect(hasil.filter(r => r[0] === '2026-TW1').length).toBe(4);
  });

  it('logs an override with its reason once, however often it recomputes', () => {
    const h = prepared();
    h.ctx.apiRecompute('2026-TW1');
    h.ctx.apiRecompute('2026-TW1');
    const log = values(h.emulator, 'Log Perubahan').slice(1);
    expect(log.length).toBe(1);
    const hk = findRow(values(h.emulator, tabBudi), DEDI, 'Ringkasan', 'HK');
    // The manifest grants userinfo.email: the audit names who ran the recompute.
    expect(log[0].slice(1)).toEqual([
      'hr@example.go.id',
      tabBudi,
      `J${hk}`,
      'Sesuai Ekspektasi',
      'Penilai mengubah saran rating hasil kerja: saran Sesuai Ekspektasi, dipilih Di Atas Ekspektasi. Alasan: Menyelesaikan digitalisasi arsip',
    ]);
    expect(log[0][0]).toBe('2026-02-10 10:00:00'); // WIB
  });

  it('Validasi lists a bad NIP at its cell', () => {
    const h = prepared();
    appendRows(h.emulator, 'Pegawai', [
      [
        '12345',
        'Salah Nip',
        'Staf',
        'U01',
        KEPALA.nip,
        'x@example.go.id',
        'PNS',
        'Ya',
      ],
    ]);
    const result = h.ctx.apiValidate();
    const bad = result.issues.find(
      (i: {sheet: string; cell: string}) =>
        i.sheet === 'Pegawai' && i.cell === 'A7',
    );
    expect(bad?.level).toBe('Galat');
    expect(bad?.text).toMatch(/^Pegawai!A7: /);
    expect(result.errors).toBeGreaterThan(0);
    const validasi = values(h.emulator, 'Validasi');
    expect(validasi[0]).toEqual(['Sheet', 'Sel', 'Pesan', 'Tingkat']);
    expect(
      validasi.some(
        r => r[0] === 'Pegawai' && r[1] === 'A7' && r[3] === 'Galat',
      ),
    ).toBe(true);
  });

  it('refuses while another execution holds the document lock, and writes nothing', () => {
    const h = prepared();
    const other = secondExecution(h.emulator);
    other.LockService.getDocumentLock().waitLock(1000);
    h.emulator.calls.reset();
    const result = h.ctx.apiRecompute('2026-TW1');
    expect(result).toEqual({
      ok: false,
      message:
        'Proses lain (hitung ulang atau pengiriman) sedang berjalan pada dokumen ini. Tunggu sebentar lalu coba lagi.',
      employees: 0,
      complete: 0,
      errors: 0,
      warnings: 0,
    });
    expect(h.emulator.calls.count('Range.setValues')).toBe(0);
    expect(hasilRow(h, '2026-TW1', ANI)).toBeUndefined();
    h.emulator.endExecution(other);
    expect(h.ctx.apiRecompute('2026-TW1').ok).toBe(true);
  });
});

describe('service-call budget', () => {
  /** Every class of the Spreadsheet service (as scripts/bench.ts counts them). */
  const SPREADSHEET =
    /^(SpreadsheetApp|Spreadsheet|Sheet|Range|Protection|DataValidation\w*|EmbeddedChart\w*|ChartOptions|ContainerInfo)\./;
  const spreadsheetCalls = (byMethod: Record<string, number>) =>
    Object.entries(byMethod)
      .filter(([name]) => SPREADSHEET.test(name))
      .reduce((sum, [, n]) => sum + n, 0);

  function recomputeCalls(extra: number, tabPenilaian?: 'Per Unit') {
    const h = harness();
    fillFixture(h, {extra});
    if (tabPenilaian) setSetting(h.emulator, 'Tab Penilaian', tabPenilaian);
    h.ctx.apiCreateTabs('2026-TW1');
    h.ctx.apiRecompute('2026-TW1'); // Hasil already holds the period: the steady state
    h.emulator.calls.reset();
    const result = h.ctx.apiRecompute('2026-TW1');
    expect(result.employees).toBe(5 + extra);
    return h.emulator.calls;
  }

  it('is the same for 10, 200 and 10,000 employees (same sheets): O(sheets), not O(rows)', () => {
    const small = recomputeCalls(10);
    const large = recomputeCalls(200);
    expect(large.byMethod()).toEqual(small.byMethod());
    // 9 contract tables (Keberatan the 9th: appeals, issue 15) and 2 tabs read with one call
    // each, Hasil with two (row 1 and the Periode column); Hasil, Validasi, Rekap written once
    // each. Log Email is read only when Keberatan holds an appeal of the period (none here).
    expect(small.count('Sheet.getSheetValues')).toBe(13);
    expect(small.count('Range.getValues')).toBe(0);
    expect(small.count('Range.setValues')).toBe(3);
    const huge = recomputeCalls(10000);
    expect(huge.byMethod()).toEqual(small.byMethod());
  }, 60000);

  it('stays within 50 spreadsheet service calls for a Per Unit workbook', () => {
    const calls = recomputeCalls(200, 'Per Unit');
    const total = spreadsheetCalls(calls.byMethod());
    expect(total).toBeLessThanOrEqual(50);
    // Measured: 46 = the HR check (identity.ts: getActiveSpreadsheet + getOwner, the owner acting)
    // + 1 getActiveSpreadsheet + 1 getSheets + 20 getName (19 contract sheets, Keberatan the 19th,
    // the unit's tab; set-up removed the empty Sheet1) + 12 getSheetValues (9 tables, Keberatan the
    // 9th, the tab, Hasil's row 1 and Periode column) + Hasil 5 (getRange,
    // getRange + setNumberFormat of the NIP..NIP Atasan text run, setValues, setBackgrounds on
    // the same range) + Validasi 2 and Rekap 2 (getRange, setValues over the whole grid) + 1 getCharts
    // (the chart is up to date). No size check: the reads told the sizes.
    expect(total).toBe(46);
    expect(calls.count('Sheet.getCharts')).toBe(1);
    expect(calls.count('Sheet.getMaxRows')).toBe(0);
    expect(calls.count('Sheet.getMaxColumns')).toBe(0);
  }, 60000);
});

describe('cells read', () => {
  function steadyState(extra: number, tabPenilaian?: 'Per Unit'): Harness {
    const h = harness();
    fillFixture(h, {extra});
    if (tabPenilaian) setSetting(h.emulator, 'Tab Penilaian', tabPenilaian);
    h.ctx.apiCreateTabs('2026-TW1');
    h.ctx.apiRecompute('2026-TW1');
    return h;
  }

  it.each([[undefined], ['Per Unit' as const]])(
    'a recompute reads at most 1.5x the minimum cells (%s)',
    tabPenilaian => {
      const h = steadyState(300, tabPenilaian);
      const read = countCellsRead(() => h.ctx.apiRecompute('2026-TW1'));
      const minimum = minimumCells(h.emulator, '2026-TW1');
      expect(minimum).toBeGreaterThan(300 * 10);
      expect(read.total / minimum).toBeLessThanOrEqual(1.5);
      // A tab in one read (13 columns, 9 needed); of Hasil row 1 and the Periode column.
      const tab = tabModelsOfPeriod(h.emulator.workbook, '2026-TW1')[0];
      expect(read.bySheet.get(tab.name)).toBe(tab.lastRow() * 13);
      const hasil = values(h.emulator, 'Hasil');
      expect(read.bySheet.get('Hasil')).toBe(13 + hasil.length);
    },
    60000,
  );
});

describe('output grids sized to what they hold', () => {
  const grid = (h: Harness, name: string) => {
    const m = h.emulator.workbook.sheets.find(s => s.name === name)!;
    return [m.maxRows, m.maxCols];
  };

  it("trims the grids set-up made (1000 rows, the header's columns), keeps them exact, and grows them as needed", () => {
    const h = harness();
    fillFixture(h);
    h.ctx.apiCreateTabs('2026-TW1');
    expect(grid(h, 'Hasil')).toEqual([1000, 13]);
    h.ctx.apiRecompute('2026-TW1');
    const hasilRows = values(h.emulator, 'Hasil').length;
    expect(grid(h, 'Hasil')).toEqual([hasilRows, 13]);
    const validasi = values(h.emulator, 'Validasi');
    expect(grid(h, 'Validasi')).toEqual([Math.max(2, validasi.length), 4]);
    const rekap = values(h.emulator, 'Rekap');
    // Two columns more than the table: the chart is anchored there.
    expect(grid(h, 'Rekap')).toEqual([rekap.length, 12 + 2]);
    // Steady state: the recorded grid means no size call at all.
    h.emulator.calls.reset();
    h.ctx.apiRecompute('2026-TW1');
    expect(h.emulator.calls.count('Sheet.getMaxRows')).toBe(0);
    expect(h.emulator.calls.count('Sheet.deleteRows')).toBe(0);
    // Another period: Hasil grows by the period's rows.
    h.ctx.apiRecompute('2026-S1');
    expect(grid(h, 'Hasil')).toEqual([hasilRows + 5, 13]);
    expect(values(h.emulator, 'Hasil')).toHaveLength(hasilRows + 5);
  });

  it('asks for the grid again when someone changed it by hand', () => {
    const h = harness();
    fillFixture(h);
    h.ctx.apiCreateTabs('2026-TW1');
    h.ctx.apiRecompute('2026-TW1');
    const before = values(h.emulator, 'Hasil');
    sheet(h.emulator, 'Hasil').insertRowsAfter(3, 40);
    sheet(h.emulator, 'Validasi').deleteColumns(3, 2);
    expect(h.ctx.apiRecompute('2026-TW1').ok).toBe(true);
    expect(values(h.emulator, 'Hasil')).toEqual(before);
    expect(grid(h, 'Validasi')[1]).toBe(4);
  });

  it("keeps the users' own Hasil columns in the grid", () => {
    const h = prepared();
    const s = sheet(h.emulator, 'Hasil');
    // Hasil is as wide as its header: HR adds columns first, as in Sheets.
    s.insertColumnsAfter(13, 2);
    s.getRange(1, 15).setValue('Catatan HR');
    s.getRange(2, 15).setValue('cek');
    h.ctx.apiRecompute('2026-TW1');
    expect(grid(h, 'Hasil')[1]).toBe(15);
    expect(values(h.emulator, 'Hasil')[1][14]).toBe('cek');
  });
});

describe("Hasil with several periods: only the period's block", () => {
  /** Hasil: 2025-TW4 (Ani), 2026-TW1 (5), 2026-S1 (5), and a user's note column on every row. */
  function threePeriods(): Harness {
    const h = prepared();
    h.ctx.apiRecompute('2026-TW1');
    h.ctx.apiRecompute('2026-S1');
    const s = sheet(h.emulator, 'Hasil');
    const rows = values(h.emulator, 'Hasil').length;
    s.insertColumnsAfter(13, 1); // the grid is exactly Hasil's 13 columns
    s.getRange(1, 14).setValue('Catatan');
    s.getRange(2, 14, rows - 1, 1).setValues(
      Array.from({length: rows - 1}, (_, i) => [`catatan ${i + 2}`]),
    );
    return h;
  }
  const others = (h: Harness) =>
    values(h.emulator, 'Hasil').filter(r => r[0] !== '2026-TW1');

  it('reads row 1, the Periode column and the block, and writes only the block', () => {
    const h = threePeriods();
    const before = values(h.emulator, 'Hasil');
    const read = countCellsRead(() => h.ctx.apiRecompute('2026-TW1'));
    const width = before[0].length;
    expect(read.bySheet.get('Hasil')).toBe(width + before.length + 5 * width);
    expect(values(h.emulator, 'Hasil')).toEqual(before);
  });

  it('inserts a row into the block for a new employee, every other row and note kept', () => {
    const h = threePeriods();
    const before = others(h);
    appendRows(h.emulator, 'Pegawai', [
      employeeRow({
        nip: '199406062018012006',
        nama: 'Fajar Baru',
        jabatan: 'Analis',
        unit: 'U01',
        atasan: KEPALA.nip,
      }),
    ]);
    const read = countCellsRead(() =>
      expect(h.ctx.apiRecompute('2026-TW1').employees).toBe(6),
    );
    // The block path: Hasil is never read whole (14 columns x 12 rows would be 168 cells); the
    // block is read for the users' Catatan column.
    expect(read.bySheet.get('Hasil')).toBe(14 + 12 + 5 * 14);
    const after = values(h.emulator, 'Hasil');
    expect(others(h)).toEqual(before);
    const tw1 = after
      .map((r, i) => (r[0] === '2026-TW1' ? i : -1))
      .filter(i => i >= 0);
    expect(tw1).toHaveLength(6);
    expect(tw1[5] - tw1[0]).toBe(5); // together
    // The grid follows: exactly the rows Hasil holds.
    const m = h.emulator.workbook.sheets.find(s => s.name === 'Hasil')!;
    expect(m.maxRows).toBe(after.length);
  });

  it("deletes rows at the block's end when employees leave", () => {
    const h = threePeriods();
    const before = others(h);
    const pegawai = values(h.emulator, 'Pegawai');
    const row = pegawai.findIndex(r => r[0] === EKA) + 1;
    sheet(h.emulator, 'Pegawai').getRange(row, 8).setValue('Tidak');
    expect(h.ctx.apiRecompute('2026-TW1').employees).toBe(4);
    expect(others(h)).toEqual(before);
    expect(
      values(h.emulator, 'Hasil').filter(r => r[0] === '2026-TW1'),
    ).toHaveLength(4);
  });

  it("rewrites the whole table when the period's rows are apart, bringing them together", () => {
    const h = threePeriods();
    const s = sheet(h.emulator, 'Hasil');
    const all = values(h.emulator, 'Hasil');
    // Move the last TW1 row below the S1 rows.
    const firstS1 = all.findIndex(r => r[0] === '2026-S1');
    const moved = [
      ...all.slice(0, firstS1 - 1),
      ...all.slice(firstS1),
      all[firstS1 - 1],
    ];
    s.getRange(1, 1, moved.length, moved[0].length).setValues(moved as never);
    expect(h.ctx.apiRecompute('2026-TW1').ok).toBe(true);
    const after = values(h.emulator, 'Hasil');
    const tw1 = after
      .map((r, i) => (r[0] === '2026-TW1' ? i : -1))
      .filter(i => i >= 0);
    expect(tw1).toHaveLength(5);
    expect(tw1[4] - tw1[0]).toBe(4);
  });
});
