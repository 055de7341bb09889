// Angka kredit wired to the results (DOMAIN §8, Peraturan BKN 3/2023): the jenjang read from the
// Jabatan's name, the period's months, then shown in Hasil's Rekomendasi and in the email.
import {angkaKreditOf, jenjangOf, monthsOf} from '../../src/core/angka-kredit';
import {composeFeedback, type FeedbackContext} from '../../src/core/feedback';
import type {Lang} from '../../src/core/types';
import {parsePeriod} from '../../src/core/period';
import {rekomendasiText} from '../../src/sheets/write';
import {sampleResult} from '../email/fixtures';

const period = (code: string) => parsePeriod(code)!;
const ctx = (lang: Lang): FeedbackContext => ({
  lang,
  template: {subjek: '', isi: ''},
  namaInstansi: 'Pemerintah Kota Contoh',
});

describe('jenjangOf', () => {
  it.each([
    ['Analis Kebijakan Ahli Pertama', 'Ahli Pertama'],
    ['Perencana Ahli Muda', 'Ahli Muda'],
    ['  guru   ahli  madya ', 'Ahli Madya'],
    ['Widyaiswara Ahli Utama', 'Ahli Utama'],
    ['Perawat Terampil', 'Terampil'],
    ['Pranata Komputer Mahir', 'Mahir'],
    ['Arsiparis Penyelia', 'Penyelia'],
    ['Pengelola Pengadaan Barang/Jasa Pemula', 'Pemula'],
  ])('%p is a jabatan fungsional of jenjang %p', (jabatan, jenjang) => {
    expect(jenjangOf(jabatan)).toBe(jenjang);
  });

  it.each(['Kepala Dinas', 'Sekretaris', '', 'Ahli Pertama Bidang Hukum'])(
    '%p names no jenjang at its end',
    jabatan => expect(jenjangOf(jabatan)).toBeNull(),
  );
});

describe('angkaKreditOf', () => {
  it('counts the months of the period: 3, 6, 12', () => {
    expect(
      ['2026-TW2', '2026-S1', '2026'].map(c => monthsOf(period(c))),
    ).toEqual([3, 6, 12]);
  });

  it.each([
    // Ahli Pertama 12.5 a year: Sangat Baik 150 % -> 18.75 a year (DOMAIN §8), 4.6875 a quarter.
    ['Analis Kebijakan Ahli Pertama', 'Sangat Baik', '2026', 18.75],
    ['Analis Kebijakan Ahli Pertama', 'Sangat Baik', '2026-TW1', 4.6875],
    // Ahli Muda 25: Baik 100 % over a semester -> 12.5.
    ['Perencana Ahli Muda', 'Baik', '2026-S2', 12.5],
    // Terampil 5: Butuh Perbaikan 75 % over a quarter -> 0.9375.
    ['Perawat Terampil', 'Butuh Perbaikan', '2026-TW3', 0.9375],
    // Ahli Madya 37.5: Sangat Kurang 25 % over a year -> 9.375.
    ['Guru Ahli Madya', 'Sangat Kurang', '2026', 9.375],
  ] as const)('%p, %p in %p -> %p', (jabatan, predikat, code, nilai) => {
    expect(angkaKreditOf(jabatan, predikat, period(code))?.nilai).toBeCloseTo(
      nilai,
      10,
    );
  });

  it('is null for a structural position or without a predikat', () => {
    expect(angkaKreditOf('Kepala Bidang', 'Baik', period('2026'))).toBeNull();
    expect(
      angkaKreditOf('Perencana Ahli Muda', null, period('2026')),
    ).toBeNull();
  });
});

describe('angka kredit in Hasil and in the email', () => {
  const result = sampleResult({
    jabatan: 'Analis Kebijakan Ahli Pertama',
    predikat: 'Sangat Baik',
    followUp: 'Penghargaan',
    angkaKredit: angkaKreditOf(
      'Analis Kebijakan Ahli Pertama',
      'Sangat Baik',
      period('2026-TW1'),
    ),
  });

  it('Rekomendasi names it, in the language of the workbook', () => {
    expect(rekomendasiText(result, 'id')).toContain(
      'Angka kredit Ahli Pertama: 4,688',
    );
    expect(rekomendasiText(result, 'en')).toContain(
      'Credit points Ahli Pertama: 4.688',
    );
    expect(rekomendasiText(sampleResult(), 'id')).not.toContain('Angka kredit');
  });

  it('the email explains how it is made', () => {
    const email = composeFeedback(result, ctx('id'));
    const line =
      'Angka kredit jabatan fungsional Ahli Pertama untuk periode ini: 4,688 (150% × koefisien tahunan 12,5 × 3/12 bulan).';
    expect(email.text).toContain(line);
    expect(email.html).toContain(line);
    expect(composeFeedback(sampleResult(), ctx('id')).text).not.toContain(
      'Angka kredit',
    );
  });
});
