// `kinerja-asn forms` and `kinerja-asn respond` on a demo file: the forms are made once, each CSV
// row is one response (header row = question titles), SKM answers fill IKM, bad rows are refused.
import fs from 'node:fs';
import path from 'node:path';
import {readWorkbook} from '../../src/local/xlsx';
import {cliHarness} from './harness';

jest.setTimeout(120_000);
const {dir, run} = cliHarness('kinerja-forms-');

async function table(name: string, width: number): Promise<unknown[][]> {
  const workbook = await readWorkbook(path.join(dir(), 'demo.xlsx'));
  const sheet = workbook.sheets.find(s => s.name === name)!;
  const rows: unknown[][] = [];
  for (let r = 1; r <= sheet.lastRow(); r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= width; c++) row.push(sheet.get('value', r, c) ?? '');
    rows.push(row);
  }
  return rows;
}

const SKM_HEADER =
  'Kode Unit,Periode,U1 Persyaratan,"U2 Sistem, Mekanisme, dan Prosedur",U3 Waktu Penyelesaian,' +
  'U4 Biaya/Tarif,U5 Produk Spesifikasi Jenis Pelayanan,U6 Kompetensi Pelaksana,' +
  'U7 Perilaku Pelaksana,"U8 Penanganan Pengaduan, Saran dan Masukan",U9 Sarana dan Prasarana,Saran';

describe('forms and respond', () => {
  it('creates the forms once and submits CSV rows as responses', async () => {
    expect((await run('demo', 'demo.xlsx', '--pegawai', '12')).code).toBe(0);
    const made = await run('forms', 'demo.xlsx');
    expect(made.code).toBe(0);
    expect(made.out).toMatch(/Formulir dibuat: 3, sudah ada: 0\./);
    const again = await run('forms', 'demo.xlsx');
    expect(again.out).toMatch(/Formulir dibuat: 0, sudah ada: 3\./);

    // Two DINKES respondents: sums 36 and 27 -> 63 / (2 x 9) x 25 = 87.5 (B); NRR U1 (4+3)/2.
    fs.writeFileSync(
      path.join(dir(), 'skm.csv'),
      [
        SKM_HEADER,
        'DINKES,2026-TW1,4,4,4,4,4,4,4,4,4,Cepat',
        'DINKES,2026-TW1,3,3,3,3,3,3,3,3,3,',
        'NOPE,2026-TW1,3,3,3,3,3,3,3,3,3,',
      ].join('\n'),
    );
    const skm = await run('respond', 'demo.xlsx', '--form', 'skm', 'skm.csv');
    expect(skm.code).toBe(1);
    expect(skm.out).toMatch(
      /Survei Kepuasan Masyarakat: 2 jawaban terkirim, 1 ditolak/,
    );
    expect(skm.err).toMatch(
      /skm\.csv:4: "Kode Unit": "NOPE" is not one of the choices/,
    );
    expect(await table('IKM', 14)).toEqual([
      [
        'Periode',
        'Kode Unit',
        'Responden',
        ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map(n => `NRR U${n}`),
        'IKM',
        'Mutu',
      ],
      [
        '2026-TW1',
        'DINKES',
        2,
        3.5,
        3.5,
        3.5,
        3.5,
        3.5,
        3.5,
        3.5,
        3.5,
        3.5,
        87.5,
        'B',
      ],
    ]);

    // The peer form collects the rater's address: the CSV's Email Address column.
    fs.writeFileSync(
      path.join(dir(), 'rekan.csv'),
      'Email Address,NIP Dinilai,Periode,BO Berorientasi Pelayanan,AK Akuntabel,KO Kompeten,' +
        'HA Harmonis,LO Loyal,AD Adaptif,KL Kolaboratif,Komentar\n' +
        'rekan@example.go.id,196608011988031001,2026-TW1,Sesuai Ekspektasi,Sesuai Ekspektasi,' +
        'Di Atas Ekspektasi,Sesuai Ekspektasi,Sesuai Ekspektasi,Sesuai Ekspektasi,' +
        'Sesuai Ekspektasi,Rajin\n',
    );
    const rekan = await run(
      'respond',
      'demo.xlsx',
      '--form',
      'rekan',
      'rekan.csv',
    );
    expect(rekan.code).toBe(0);
    const responses = await table('Form Responses 2', 12);
    expect(responses[1].slice(1, 4)).toEqual([
      'rekan@example.go.id',
      196608011988031000,
      '2026-TW1',
    ]);
    expect(responses[1][0]).toBeInstanceOf(Date);
  });

  it('refuses a respond without --form or without the answers file', async () => {
    const none = await run('respond', 'demo.xlsx', 'x.csv');
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/--form harus laporan, rekan atau skm/);
    const noFile = await run('respond', 'demo.xlsx', '--form', 'skm');
    expect(noFile.code).toBe(2);
    expect(noFile.err).toMatch(/respond butuh berkas jawaban/);
  });
});
