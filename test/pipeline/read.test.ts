import {parseWorkbook} from '../../src/sheets/read';
import {readSettings} from '../../src/sheets/pengaturan';
import {cellOf} from '../../src/sheets/table';
import {HEADERS} from '../../src/sheets/schema';
import {parseIkmBobotStrict} from '../../src/core/ikm';
import {BUDI, KEPALA_KOMINFO, SITI, TODAY, cloneRaw, fixture} from './fixture';

const text = (i: {sheet: string; cell: string; message: {id: string}}) =>
  `${i.sheet}!${i.cell}: ${i.message.id}`;

describe('parseWorkbook', () => {
  it('reads the fixture without issues and keeps NIPs as text', () => {
    const {input, issues} = parseWorkbook(fixture(), TODAY);
    expect(issues).toEqual([]);
    expect(input.units.map(u => u.kode)).toEqual(['KOMINFO', 'BKPSDM']);
    expect(input.employees).toHaveLength(7);
    expect(input.employees[1]).toMatchObject({
      nip: SITI,
      nama: 'Siti Rahmawati',
      kodeUnit: 'KOMINFO',
      nipAtasan: KEPALA_KOMINFO,
      status: 'PNS',
      aktif: true,
      src: {sheet: 'Pegawai', row: 3},
    });
    expect(input.employees[6].aktif).toBe(false);
    expect(input.indicators[1]).toMatchObject({
      kode: 'IKU-02',
      arah: 'Turun',
      agregasi: 'Rata-rata',
      targetTriwulan: [2, 2, 2, 2],
      bobot: 30,
    });
    expect(input.indicators[3].bobot).toBeNull();
    expect(input.skp[1]).toMatchObject({
      kodeIndikator: 'IKU-03',
      target: null,
      bobot: 50,
    });
    expect(input.aspects.map(a => a.kode)).toEqual([
      'BO',
      'AK',
      'KO',
      'HA',
      'LO',
      'AD',
      'KL',
    ]);
    expect(input.template.subjek).toBe('Hasil penilaian kinerja {{Periode}}');
    // Only tabs named 'Penilaian ...' are appraisal tabs ('Catatan HR' is not).
    expect(new Set(input.appraisals.map(a => a.src.sheet)).size).toBe(3);
    const realisasi = input.appraisals.find(
      a => a.nip === BUDI && a.kode === 'IKU-03',
    );
    expect(realisasi).toMatchObject({
      periode: '2026-TW1',
      jenis: 'Hasil Kerja',
      realisasi: '66',
      target: 50,
    });
  });

  it('finds headers by text in any order, ignoring case, spaces and extra columns', () => {
    const raw = cloneRaw(fixture());
    const pegawai = raw.tables.pegawai!;
    // New order: Catatan (user column), Email, NIP, Nama, ... with odd spacing/case in headers.
    const order = [5, 0, 1, 2, 3, 4, 6, 7];
    raw.tables.pegawai = pegawai.map((row, r) => [
      r === 0 ? 'Catatan' : 'bebas',
      ...order.map(i =>
        r === 0 ? `  ${String(row[i]).toUpperCase()} ` : row[i],
      ),
    ]);
    raw.tables.pegawai[3][3] = ''; // Budi's NIP column is now D
    const {input, issues} = parseWorkbook(raw, TODAY);
    expect(issues).toEqual([]);
    expect(input.employees[1]).toMatchObject({
      nip: SITI,
      email: 'siti@contoh.go.id',
    });
    expect(cellOf(input.columns, input.employees[2].src, 'NIP')).toBe('C4');
    expect(cellOf(input.columns, input.employees[2].src, 'Email')).toBe('B4');
  });

  it('reports a missing required header at the sheet and reads that sheet as empty', () => {
    const raw = cloneRaw(fixture());
    raw.tables.indikator![0][1] = 'Unit';
    const {input, issues} = parseWorkbook(raw, TODAY);
    expect(input.indicators).toEqual([]);
    expect(issues.map(text)).toEqual([
      'Indikator!: Kolom wajib "Kode Unit" tidak ditemukan di baris 1: isi sheet ini tidak dibaca',
    ]);
    expect(issues[0].level).toBe('Galat');
  });

  it('warns once about a missing optional header and treats it as blank', () => {
    const raw = cloneRaw(fixture());
    raw.tables.pegawai = raw.tables.pegawai!.map(row => row.slice(0, 7)); // no Aktif column
    const {input, issues} = parseWorkbook(raw, TODAY);
    expect(issues.map(text)).toEqual([
      'Pegawai!: Kolom "Aktif" tidak ditemukan di baris 1: dianggap kosong',
    ]);
    expect(issues[0].level).toBe('Peringatan');
    expect(input.employees.every(e => e.aktif)).toBe(true);
  });

  it('reports missing essential sheets and uses BerAKHLAK when Perilaku is absent', () => {
    const {input, issues} = parseWorkbook({tables: {}, tabs: []}, TODAY);
    expect(issues.map(text)).toEqual([
      'Unit!: Sheet Unit tidak ada: jalankan "Siapkan Lembar"',
      'Pegawai!: Sheet Pegawai tidak ada: jalankan "Siapkan Lembar"',
      'Indikator!: Sheet Indikator tidak ada: jalankan "Siapkan Lembar"',
    ]);
    expect(input.aspects).toHaveLength(7);
    expect(input.settings.periodeAktif).toBe('2026-TW1');
  });

  it('skips blank rows but keeps the real row numbers', () => {
    const raw = cloneRaw(fixture());
    raw.tables.pegawai!.splice(
      2,
      0,
      ['', '', '', '', '', '', '', ''],
      ['  ', '', '', '', '', '', '', ''],
    );
    const {input} = parseWorkbook(raw, TODAY);
    expect(input.employees).toHaveLength(7);
    expect(input.employees[1].src.row).toBe(5);
  });

  it('marks a NIP typed as a number (digits lost) instead of trusting it', () => {
    const raw = cloneRaw(fixture());
    // The nearest double to 199001202015031001 is 199001202015031008: the last digit is wrong.
    raw.tables.pegawai![3][0] = Number('199001202015031001');
    const {input, issues} = parseWorkbook(raw, TODAY);
    expect(issues.map(text)).toEqual([
      'Pegawai!A4: NIP tersimpan sebagai angka (199001202015031008): digit terakhir bisa hilang; format kolom sebagai teks dan ketik ulang NIP',
    ]);
    // Read as blank: the row is appraised under no NIP, so Hasil gets no row under a changed one.
    expect(input.employees[2].nip).toBe('');
    expect(input.employees[2].src.invalid).toEqual([
      {header: 'NIP', text: '199001202015031008', problem: 'storedAsNumber'},
    ]);
  });

  it('accepts case and spacing variants of fixed values and marks the rest', () => {
    const raw = cloneRaw(fixture());
    const ind = raw.tables.indikator!;
    ind[1][5] = 'naik';
    ind[2][5] = ' Turun ';
    ind[2][7] = 'rata rata';
    ind[3][7] = 'RATA-RATA';
    ind[3][6] = 'utama ';
    ind[4][5] = 'Naikk';
    raw.tables.pegawai![2][7] = 'TIDAK';
    raw.tables.pegawai![3][6] = 'pppk';
    const {input} = parseWorkbook(raw, TODAY);
    expect(
      input.indicators.map(i => [i.arah, i.agregasi, i.jenis]).slice(0, 4),
    ).toEqual([
      ['Naik', 'Jumlah', 'Utama'],
      ['Turun', 'Rata-rata', 'Utama'],
      ['Naik', 'Rata-rata', 'Utama'],
      ['Naik', 'Jumlah', 'Tambahan'],
    ]);
    expect(input.indicators[3].src.invalid).toEqual([
      {header: 'Arah', text: 'Naikk', problem: 'invalid'},
    ]);
    expect(input.employees[1].aktif).toBe(false);
    expect(input.employees[2].status).toBe('PPPK');
  });
});

describe('readSettings', () => {
  const settings = (rows: unknown[][], today = TODAY) =>
    readSettings([['Kunci', 'Nilai'], ...rows], today);

  it('uses the defaults, with the current quarter in Asia/Jakarta as Periode Aktif', () => {
    // 31 Mar 2026 18:00 UTC is already 1 Apr 2026 01:00 WIB: TW2.
    const {settings: s, issues} = settings(
      [],
      new Date('2026-03-31T18:00:00Z'),
    );
    expect(issues).toEqual([]);
    expect(s).toEqual({
      namaInstansi: '',
      tahun: 2026,
      periodeAktif: '2026-TW2',
      model: 'KUADRAN',
      bobotHasilKerja: 70,
      bobotPerilaku: 30,
      batasCapaian: 120,
      ambangDiAtas: 110,
      ambangSesuai: 100,
      bobotIkm: 1 / 9,
      tabPenilaian: 'Per Atasan',
      tembusanAtasan: true,
      bahasa: 'id',
      emailHr: '',
      siklusEvaluasi: 'Triwulanan',
      jedaPengingat: 7,
    });
  });

  it('reads Siklus Evaluasi; under Bulanan a blank Periode Aktif is the current month', () => {
    // 31 Mar 2026 18:00 UTC is 1 Apr 2026 01:00 WIB: the month 2026-04.
    const bulanan = settings(
      [['Siklus Evaluasi', 'bulanan']],
      new Date('2026-03-31T18:00:00Z'),
    );
    expect(bulanan.settings.siklusEvaluasi).toBe('Bulanan');
    expect(bulanan.settings.periodeAktif).toBe('2026-04');
    const typed = settings([
      ['Siklus Evaluasi', 'Bulanan'],
      ['Periode Aktif', '2026-3'],
    ]);
    expect(typed.settings.periodeAktif).toBe('2026-03');
    expect(typed.issues).toEqual([]);
  });

  it('reports a malformed month and a month outside Tahun at their Nilai cells, in both languages', () => {
    const bad = settings([
      ['Tahun', 2026],
      ['Periode Aktif', '2026-13'],
      ['Siklus Evaluasi', 'Mingguan'],
    ]);
    expect(
      bad.issues.map(i => `${i.sheet}!${i.cell}: ${i.message.id}`),
    ).toEqual([
      expect.stringMatching(/^Pengaturan!B4: .*Siklus Evaluasi.*Mingguan/),
      expect.stringMatching(/^Pengaturan!B3: .*Periode Aktif.*2026-13/),
    ]);
    const outside = settings([
      ['Tahun', 2026],
      ['Periode Aktif', '2025-12'],
    ]);
    expect(
      outside.issues.map(
        i => `${i.sheet}!${i.cell}: ${i.message.id} | ${i.message.en}`,
      ),
    ).toEqual([
      'Pengaturan!B3: Bulan 2025-12 di luar Tahun 2026 | Month 2025-12 is outside Tahun 2026',
    ]);
  });

  it('reads typed values: keys case-insensitive, Ya/Tidak, en, fractions, Indonesian numbers', () => {
    const {
      settings: s,
      issues,
      rows,
    } = settings([
      [' model penilaian ', 'numerik'],
      ['Periode Aktif', '2026 s1'],
      ['Bobot Hasil Kerja', 60],
      ['Bobot Perilaku', '40'],
      ['Bobot IKM', '0,111'],
      ['Tembusan Atasan', 'TIDAK'],
      ['Bahasa', 'EN'],
      ['Tab Penilaian', 'per unit'],
      ['Batas Capaian', '110'],
      ['Catatan sendiri', 'diabaikan'],
    ]);
    expect(issues).toEqual([]);
    expect(s).toMatchObject({
      model: 'NUMERIK',
      periodeAktif: '2026-S1',
      bobotHasilKerja: 60,
      bobotPerilaku: 40,
      bobotIkm: 0.111,
      tembusanAtasan: false,
      bahasa: 'en',
      tabPenilaian: 'Per Unit',
      batasCapaian: 110,
    });
    expect(rows['Model Penilaian']).toBe(2);
    expect(settings([['Bobot IKM', '1/9']]).settings.bobotIkm).toBe(1 / 9);
  });

  it.each([
    ['1/9', 1 / 9],
    ['0,111', 0.111],
    ['11,1%', 0.111],
    [0.11, 0.11],
  ])(
    'reads Bobot IKM %p as ASN_IKM does (%p), without a warning',
    (text, value) => {
      const read = settings([['Bobot IKM', text]]);
      expect(read.settings.bobotIkm).toBeCloseTo(value, 12);
      expect(read.issues).toEqual([]);
      expect(parseIkmBobotStrict(text)).toBeCloseTo(value, 12);
    },
  );

  it.each([
    [
      'Model Penilaian',
      'KUANTITAS',
      'B2',
      'Model Penilaian tidak dikenali ("KUANTITAS"): dipakai nilai bawaan "KUADRAN"',
      {model: 'KUADRAN'},
    ],
    [
      'Ambang Di Atas',
      'tinggi',
      'B2',
      'Ambang Di Atas tidak dikenali ("tinggi"): dipakai nilai bawaan "110"',
      {ambangDiAtas: 110},
    ],
    [
      'Periode Aktif',
      '2026-TW5',
      'B2',
      'Periode Aktif tidak dikenali ("2026-TW5"): dipakai nilai bawaan "2026-TW1"',
      {periodeAktif: '2026-TW1'},
    ],
    [
      'Bobot IKM',
      'sembilan',
      'B2',
      'Bobot IKM tidak dikenali ("sembilan"): dipakai nilai bawaan "1/9"',
      {bobotIkm: 1 / 9},
    ],
    [
      'Tembusan Atasan',
      'mungkin',
      'B2',
      'Tembusan Atasan tidak dikenali ("mungkin"): dipakai nilai bawaan "Ya"',
      {tembusanAtasan: true},
    ],
  ])(
    'reports %s = %s at its Nilai cell and uses the default',
    (key, value, cell, message, expected) => {
      const {settings: s, issues} = settings([[key, value]]);
      expect(issues.map(i => [i.sheet, i.cell, i.message.id])).toEqual([
        ['Pengaturan', cell, message],
      ]);
      expect(s).toMatchObject(expected);
    },
  );

  it('reports Bobot Hasil Kerja + Bobot Perilaku not totalling 100 and uses 70/30', () => {
    const {settings: s, issues} = settings([
      ['Bobot Hasil Kerja', 70],
      ['Bobot Perilaku', 40],
    ]);
    expect(issues.map(i => `${i.cell}: ${i.message.id}`)).toEqual([
      'B3: Bobot Hasil Kerja + Bobot Perilaku harus 100 (tertulis 70 + 40 = 110): dipakai 70/30',
    ]);
    expect([s.bobotHasilKerja, s.bobotPerilaku]).toEqual([70, 30]);
  });

  it('keeps the Nilai column wherever it is', () => {
    const {issues} = readSettings(
      [
        ['Nilai', 'Kunci'],
        ['ABC', 'Model Penilaian'],
      ],
      TODAY,
    );
    expect(issues.map(i => i.cell)).toEqual(['A2']);
  });
});

it('HEADERS.penilaian is what the fixture tabs use', () => {
  expect(fixture().tabs[0].values[0]).toEqual([...HEADERS.penilaian]);
});
