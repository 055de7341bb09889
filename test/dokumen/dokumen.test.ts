// Issue 14: the official documents as PDF and the SIASN export, through the built bundle and the
// emulator's Chromium conversion. A worked scenario: Ani (Penata Muda, III/a) under Budi (Pembina,
// IV/a, head of unit, no supervisor in the roster): I1 12/10 -> 120 %, I2 9 days vs 8 (Turun) ->
// 87.5 %, every aspect Sesuai -> Rating Hasil Kerja and Perilaku Sesuai, predikat Baik.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ANI,
  DEDI,
  EKA,
  KEPALA,
  S2,
  type Harness,
  fillFixture,
  harness,
  typeInputs,
} from '../workflow/helpers';
import {appendRows, setSetting, sheet, values} from '../support/workbook';

const ARTIFACTS = path.join(__dirname, '../artifacts/dokumen');
const tabBudi = `Penilaian 2026-TW1 ${KEPALA.nip}`;
const tabRina = `Penilaian 2026-TW1 ${S2.nip}`;
const LONG_RHK =
  'Terselenggaranya pelayanan administrasi umum, kepegawaian, keuangan dan perlengkapan yang tertib, ' +
  'akuntabel dan tepat waktu bagi seluruh bidang di lingkungan dinas sesuai standar pelayanan minimal ' +
  'serta ketentuan peraturan perundang-undangan yang berlaku, termasuk penataan arsip dinamis dan statis';

interface DokumenFile {
  ok: boolean;
  message: string;
  name: string;
  mimeType: string;
  base64: string;
  count: number;
  parts: number;
}

function setColumn(
  h: Harness,
  name: string,
  header: string,
  byNip: Record<string, string>,
) {
  const rows = values(h.emulator, name);
  const col = rows[0].map(String).indexOf(header) + 1;
  rows.forEach((r, i) => {
    const v = byNip[String(r[0])];
    if (v !== undefined)
      sheet(h.emulator, name)
        .getRange(i + 1, col)
        .setValue(v);
  });
}

function scenario(): Harness {
  const h = harness();
  fillFixture(h);
  setColumn(h, 'Pegawai', 'Pangkat/Golongan', {
    [KEPALA.nip]: 'Pembina, IV/a',
    [S2.nip]: 'Penata Tingkat I, III/d',
    [ANI]: 'Penata Muda, III/a',
    [DEDI]: 'Pengatur, II/c',
  });
  setColumn(h, 'Indikator', 'Rencana Hasil Kerja', {I1: LONG_RHK});
  h.ctx.apiCreateTabs('2026-TW1');
  typeInputs(h, tabBudi, ANI, [12, '9'], 'Sesuai Ekspektasi', {
    feedback: 'Pertahankan ketepatan waktu laporan.',
  });
  typeInputs(h, tabBudi, DEDI, [11, 8], 'Di Atas Ekspektasi');
  typeInputs(h, tabRina, EKA, [10, 8], 'Sesuai Ekspektasi');
  h.ctx.apiRecompute('2026-TW1');
  return h;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dokumen-test-'));
afterAll(() => fs.rmSync(tmp, {recursive: true, force: true}));

function save(file: DokumenFile): string {
  const target = path.join(tmp, file.name);
  fs.writeFileSync(target, Buffer.from(file.base64, 'base64'));
  return target;
}

const text = (pdf: string) =>
  execFileSync('pdftotext', [pdf, '-'], {encoding: 'utf8'}).replace(
    /\s+/g,
    ' ',
  );

/** PNGs of every page in test/artifacts/dokumen (looked at by a person: nothing cut, texts wrapped). */
function render(pdf: string, prefix: string): string[] {
  fs.mkdirSync(ARTIFACTS, {recursive: true});
  execFileSync('pdftoppm', [
    '-r',
    '70',
    '-png',
    pdf,
    path.join(ARTIFACTS, prefix),
  ]);
  return fs.readdirSync(ARTIFACTS).filter(f => f.startsWith(prefix));
}

let h: Harness;
beforeAll(() => {
  h = scenario();
});

describe('Dokumen Evaluasi Kinerja Pegawai', () => {
  it("holds Ani's identity blocks, ratings, predikat, numbers and dates on A4", () => {
    const file = h.ctx.apiDokumenPegawai(
      '2026-TW1',
      ANI,
      'evaluasi',
    ) as DokumenFile;
    expect(file).toMatchObject({
      ok: true,
      mimeType: 'application/pdf',
      count: 1,
    });
    expect(file.name).toBe(`Evaluasi 2026-TW1 ${ANI} Ani Lestari.pdf`);
    const pdf = save(file);
    expect(execFileSync('pdfinfo', [pdf], {encoding: 'utf8'})).toMatch(
      /Page size:\s+595(\.\d+)? x 842(\.\d+)? pts \(A4\)|Page size:\s+594\.96 x 841\.92 pts \(A4\)/,
    );
    const t = text(pdf);
    for (const expected of [
      'DOKUMEN EVALUASI KINERJA PEGAWAI',
      'Dinas Contoh',
      'Periode Penilaian: 1 Januari 2026 s.d. 31 Maret 2026',
      'Ani Lestari',
      ANI,
      'Penata Muda, III/a',
      'Analis',
      'Bagian Umum',
      'Budi Santoso',
      KEPALA.nip,
      'Pembina, IV/a',
      'Kepala Bagian',
      '120,00',
      '87,50',
      'Pertahankan ketepatan waktu laporan.',
      'Berorientasi Pelayanan',
      // 2026-02-10T03:00Z is 10:00 in Jakarta.
      '10 Februari 2026',
    ])
      expect(t).toContain(expected);
    expect(t).toMatch(/Rating Hasil Kerja Sesuai Ekspektasi/);
    expect(t).toMatch(/Rating Perilaku Kerja Sesuai Ekspektasi/);
    expect(t).toMatch(/Predikat Kinerja Pegawai Baik/);
    // Budi has no supervisor in the roster: Ani's third block is blank, to fill by hand.
    expect(t).toMatch(/ATASAN PEJABAT PENILAI KINERJA 1 Nama \.{10,}/);
    // The long RHK wraps inside its column: every word is there, none cut off.
    expect(t.replace(/- /g, '')).toContain('penataan arsip dinamis dan statis');
    expect(render(pdf, 'evaluasi-ani').length).toBeGreaterThanOrEqual(1);
  });

  it("leaves a head of unit's Pejabat Penilai block and signature blank", () => {
    const file = h.ctx.apiDokumenPegawai(
      '2026-TW1',
      KEPALA.nip,
      'evaluasi',
    ) as DokumenFile;
    const t = text(save(file));
    expect(t).toMatch(/PEJABAT PENILAI KINERJA 1 Nama \.{10,} 2 NIP \.{10,}/);
    expect(t).toMatch(/Pejabat Penilai Kinerja, \.{10,} NIP \.{10,}/);
    render(save(file), 'evaluasi-budi');
  });

  it('refuses an unknown NIP with a clear message', () => {
    const file = h.ctx.apiDokumenPegawai(
      '2026-TW1',
      '199909092020011009',
      'evaluasi',
    ) as DokumenFile;
    expect(file.ok).toBe(false);
    expect(file.message).toContain('199909092020011009');
  });
});

describe('SKP', () => {
  it("is Ani's plan of the year with targets, aspects and both signatures", () => {
    const file = h.ctx.apiDokumenPegawai('2026-TW1', ANI, 'skp') as DokumenFile;
    expect(file.name).toBe(`SKP 2026 ${ANI} Ani Lestari.pdf`);
    const pdf = save(file);
    const t = text(pdf);
    for (const expected of [
      'SASARAN KINERJA PEGAWAI',
      '1 Januari 2026 s.d. 31 Desember 2026',
      'Penata Muda, III/a',
      'Pegawai yang Dinilai,',
      'Pejabat Penilai Kinerja,',
    ])
      expect(t).toContain(expected);
    expect(t).not.toContain('Realisasi');
    render(pdf, 'skp-ani');
  });
});

describe("a unit's bundle", () => {
  it('is one ZIP holding one PDF per active employee', () => {
    const file = h.ctx.apiDokumenUnit(
      '2026-TW1',
      'U01',
      'evaluasi',
      0,
    ) as DokumenFile;
    expect(file).toMatchObject({
      ok: true,
      mimeType: 'application/zip',
      count: 5,
      parts: 1,
    });
    expect(file.name).toBe('Dokumen Evaluasi 2026-TW1 U01.zip');
    const zip = save(file);
    const listing = execFileSync('unzip', ['-Z1', zip], {encoding: 'utf8'})
      .trim()
      .split('\n')
      .sort();
    expect(listing).toHaveLength(5);
    for (const nip of [KEPALA.nip, S2.nip, ANI, DEDI, EKA])
      expect(
        listing.filter(n => n.includes(nip) && n.endsWith('.pdf')),
      ).toHaveLength(1);
    execFileSync('unzip', ['-tq', zip]);
  });
});

describe('the SIASN export', () => {
  const header = [
    'nip',
    'nama',
    'tahun',
    'bulanMulaiPenilaian',
    'bulanSelesaiPenilaian',
    'hasilKerjaNilai',
    'perilakuKerjaNilai',
    'kuadranKinerjaNilai',
    'penilaiNipNrp',
    'penilaiNama',
    'penilaiGolongan',
    'penilaiJabatanNama',
    'penilaiUnorNama',
    'statusPenilai',
  ];
  it('writes the text where Kode SIASN has no code, and the codes HR typed', () => {
    let result = h.ctx.apiEksporSiasn('2026-TW1') as {
      ok: boolean;
      rows: unknown[][];
    };
    expect(result.ok).toBe(true);
    expect(result.rows[0]).toEqual(header);
    expect(result.rows).toHaveLength(6);
    const ani = () => result.rows.find(r => r[0] === ANI);
    expect(ani()).toEqual([
      ANI,
      'Ani Lestari',
      2026,
      1,
      3,
      'Sesuai Ekspektasi',
      'Sesuai Ekspektasi',
      'Baik',
      KEPALA.nip,
      'Budi Santoso',
      'Pembina, IV/a',
      'Kepala Bagian',
      'Bagian Umum',
      'ASN',
    ]);
    // Budi's penilai is outside the roster: blank, never invented.
    expect(result.rows.find(r => r[0] === KEPALA.nip)!.slice(8)).toEqual([
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    appendRows(h.emulator, 'Kode SIASN', [
      ['Sesuai Ekspektasi', '2'],
      ['Baik', '3'],
    ]);
    result = h.ctx.apiEksporSiasn('2026-TW1') as {
      ok: boolean;
      rows: unknown[][];
    };
    expect(ani()!.slice(5, 8)).toEqual(['2', '2', '3']);
    expect(ani()![13]).toBe('ASN');
  });
});

describe('the feedback email with Lampirkan Dokumen = Ya', () => {
  it("carries the employee's Dokumen Evaluasi as a PDF", () => {
    setSetting(h.emulator, 'Lampirkan Dokumen', 'Ya');
    let status = h.ctx.apiStartSend('2026-TW1', false) as {state: string};
    for (let i = 0; status.state === 'running' && i < 20; i++)
      status = h.ctx.apiContinueSend() as {state: string};
    expect(status.state).toBe('done');
    const ani = h.emulator.mail.sent.find(m => m.to === 'ani@example.go.id');
    expect(ani?.attachments?.map(a => [a.name, a.contentType])).toEqual([
      [`Evaluasi 2026-TW1 ${ANI} Ani Lestari.pdf`, 'application/pdf'],
    ]);
    expect(ani!.attachments![0].bytes.subarray(0, 5).toString()).toBe('%PDF-');
    // Only complete results are sent: Budi (no inputs) got nothing, attached or not.
    expect(h.emulator.mail.sent.some(m => m.to === KEPALA.email)).toBe(false);
  });
});
