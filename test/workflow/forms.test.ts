// The three forms through the built bundle: created once by HR, linked response sheets with the
// titles of SHEETS.md, SKM answers filling the IKM sheet (a worked example by hand), and an
// indicator with Satuan IKM taking its unit's IKM as realisasi.
import {ANI, type Harness, fillFixture, harness, typeInputs} from './helpers';
import {appendRows, indicatorRow, values} from '../support/workbook';

const SKM = [
  'U1 Persyaratan',
  'U2 Sistem, Mekanisme, dan Prosedur',
  'U3 Waktu Penyelesaian',
  'U4 Biaya/Tarif',
  'U5 Produk Spesifikasi Jenis Pelayanan',
  'U6 Kompetensi Pelaksana',
  'U7 Perilaku Pelaksana',
  'U8 Penanganan Pengaduan, Saran dan Masukan',
  'U9 Sarana dan Prasarana',
];

/** Four respondents of U01 in 2026-TW1; answers sum to 33 + 29 + 31 + 30 = 123. */
const ANSWERS = [
  [4, 4, 3, 4, 3, 4, 4, 3, 4],
  [3, 3, 3, 4, 3, 3, 4, 3, 3],
  [4, 3, 4, 4, 4, 4, 3, 2, 3],
  [3, 4, 3, 4, 3, 3, 4, 3, 3],
];

function submitSkm(h: Harness, unit: string, answers: number[]): void {
  const byTitle: Record<string, string> = {
    'Kode Unit': unit,
    Periode: '2026-TW1',
  };
  SKM.forEach((title, i) => (byTitle[title] = String(answers[i])));
  h.emulator.submitForm(h.ctx, 'Survei Kepuasan Masyarakat', {
    answers: byTitle,
  });
}

function withForms(): Harness {
  const h = harness();
  fillFixture(h);
  // I3: the citizens' satisfaction of U01, target 80 in TW1.
  appendRows(h.emulator, 'Indikator', [
    indicatorRow({
      kode: 'I3',
      unit: 'U01',
      sasaran: 'Kepuasan layanan',
      uraian: 'Indeks Kepuasan Masyarakat',
      satuan: 'IKM',
      arah: 'Naik',
      jenis: 'Utama',
      agregasi: 'Rata-rata',
      targets: [80, 80, 80, 80, 80],
    }),
  ]);
  return h;
}

describe('forms', () => {
  it('creates the three forms once, HR only, with the question titles of SHEETS.md', () => {
    const h = withForms();
    h.emulator.setUser('atasan@example.go.id');
    expect(() => h.ctx.apiCreateForms()).toThrow(/Hanya HR/);
    h.emulator.setUser('hr@example.go.id');
    const first = h.ctx.apiCreateForms();
    expect(first.ok).toBe(true);
    expect(first.forms.map((f: {title: string}) => f.title)).toEqual([
      'Laporan Pegawai',
      'Masukan Rekan Kerja',
      'Survei Kepuasan Masyarakat',
    ]);
    expect(first.message).toMatch(/^Formulir dibuat: 3, sudah ada: 0\./);
    const again = h.ctx.apiCreateForms();
    expect(again.message).toMatch(/^Formulir dibuat: 0, sudah ada: 3\./);
    expect(again.forms.map((f: {id: string}) => f.id)).toEqual(
      first.forms.map((f: {id: string}) => f.id),
    );
    const sheets = h.emulator.workbook.sheets.map(s => s.name);
    expect(sheets.filter(n => n.startsWith('Form Responses'))).toHaveLength(3);
    expect(values(h.emulator, 'Form Responses 1')[0]).toEqual([
      'Timestamp',
      'NIP',
      'Periode',
      'Kode Indikator',
      'Realisasi',
      'Bukti Dukung',
    ]);
    expect(values(h.emulator, 'Form Responses 2')[0].slice(0, 5)).toEqual([
      'Timestamp',
      'Email Address',
      'NIP Dinilai',
      'Periode',
      'BO Berorientasi Pelayanan',
    ]);
    expect(values(h.emulator, 'Form Responses 3')[0]).toEqual([
      'Timestamp',
      'Kode Unit',
      'Periode',
      ...SKM,
      'Saran',
    ]);
    // One form-submit trigger for all three.
    expect(
      h.emulator.workbook.triggers.filter(
        t => t.eventType === 'ON_FORM_SUBMIT',
      ),
    ).toHaveLength(1);
  });

  it('fills IKM from SKM answers as computed by hand, and Satuan IKM takes it as realisasi', () => {
    const h = withForms();
    h.ctx.apiCreateForms();
    h.ctx.apiCreateTabs('2026-TW1');
    // Ani: I1 12/10 -> 120, I2 9 vs 8 -> 87.5, I3 left blank: it comes from IKM.
    typeInputs(h, '2026-TW1 Budi Santoso', ANI, [12, '9'], 'Sesuai Ekspektasi');
    const ani = () =>
      values(h.emulator, 'Hasil').find(
        r => r[0] === '2026-TW1' && r[1] === ANI,
      )!;
    h.ctx.apiRecompute('2026-TW1');
    // No SKM answer yet: I3 has no realisasi, Ani is not complete.
    expect(ani()[11]).toBe('Belum lengkap');
    for (const a of ANSWERS) submitSkm(h, 'U01', a);
    // NRR: U1 (4+3+4+3)/4 = 3.5, U2 3.5, U3 3.25, U4 4, U5 3.25, U6 3.5, U7 3.75, U8 2.75,
    // U9 3.25; Σ = 30.75; IKM = 30.75 × 1/9 × 25 = 123 / (4 × 9) × 25 = 85.4166… -> 85.42, B
    // (76.61-88.30).
    expect(values(h.emulator, 'IKM')).toEqual([
      [
        'Periode',
        'Kode Unit',
        'Responden',
        ...SKM.map((_, i) => `NRR U${i + 1}`),
        'IKM',
        'Mutu',
      ],
      [
        '2026-TW1',
        'U01',
        4,
        3.5,
        3.5,
        3.25,
        4,
        3.25,
        3.5,
        3.75,
        2.75,
        3.25,
        85.42,
        'B',
      ],
    ]);
    expect(h.ctx.apiRecompute('2026-TW1').ok).toBe(true);
    const hasil = ani();
    // I3 85.42 / 80 -> 106.775: (120 + 87.5 + 106.775) / 3 = 104.758… -> 104.76, and complete.
    expect(hasil[5]).toBe(104.76);
    expect(hasil[11]).toBe('Lengkap');
    const rekap = values(h.emulator, 'Rekap');
    const ikmCol = rekap[0].indexOf('IKM');
    expect(rekap.find(r => r[0] === 'U01')![ikmCol]).toBe(85.42);
  });
});
