import {composeFeedback} from '../../src/core/feedback';
import {PLACEHOLDERS} from '../../src/core/email-blocks';
import {
  MAX_SUBJECT_LENGTH,
  escapeHtml,
  formatNumber,
  formatQuantity,
  httpLinks,
  sanitizeSubject,
} from '../../src/core/email-text';
import type {FeedbackContext} from '../../src/core/feedback';
import type {Lang} from '../../src/core/types';
import {sampleResult} from './fixtures';

const EMPTY = {subjek: '', isi: ''};
const ctx = (
  lang: Lang = 'id',
  template = EMPTY,
  namaInstansi = 'Pemerintah Kota Contoh',
): FeedbackContext => ({lang, template, namaInstansi});

describe('number formatting', () => {
  it.each<[number, Lang, number, string]>([
    [87.5, 'id', 2, '87,50'],
    [87.5, 'en', 2, '87.50'],
    [1250.5, 'id', 2, '1.250,50'],
    [1250.5, 'en', 2, '1,250.50'],
    [1234567.891, 'id', 2, '1.234.567,89'],
    [120, 'id', 2, '120,00'],
    [0, 'id', 2, '0,00'],
    [-0.001, 'id', 2, '0,00'],
    [-12.345, 'en', 1, '-12.3'],
    [104.1666, 'id', 2, '104,17'],
  ])('%p in %s with %p decimals -> %s', (value, lang, decimals, expected) => {
    expect(formatNumber(value, lang, decimals)).toBe(expected);
  });
  it.each<[number | null, Lang, string]>([
    [8, 'id', '8'],
    [1250.5, 'id', '1.250,5'],
    [1000.25, 'en', '1,000.25'],
    [87.999, 'id', '88'],
    [null, 'id', '-'],
  ])('quantity %p (%s) -> %s', (value, lang, expected) => {
    expect(formatQuantity(value, lang)).toBe(expected);
  });
});

describe('escaping and header safety', () => {
  it('escapes the five HTML characters', () => {
    expect(escapeHtml('<a href="x" onclick=\'y\'>&</a>')).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
  it('collapses CR, LF and tabs in a subject and trims it to 200 characters', () => {
    expect(sanitizeSubject(' Halo\r\nBcc: evil@x.com\t\tya ')).toBe(
      'Halo Bcc: evil@x.com ya',
    );
    const long = sanitizeSubject('x'.repeat(199) + '😀' + 'y'.repeat(10));
    expect(long.length).toBeLessThanOrEqual(MAX_SUBJECT_LENGTH);
    expect(long).toBe('x'.repeat(199)); // the emoji's surrogate pair is not cut in half
    expect(sanitizeSubject('a\u2028b\u0000c')).toBe('a b c');
  });
  it('keeps only http(s) links of Bukti Dukung', () => {
    expect(
      httpLinks(
        'https://a.example/x?y=1 javascript:alert(1) =HYPERLINK("http://x") http://b.example',
      ),
    ).toEqual(['https://a.example/x?y=1', 'http://b.example']);
    expect(httpLinks('data:text/html,<script>')).toEqual([]);
  });
});

describe('composeFeedback', () => {
  it('composes the default Indonesian email with formatted numbers, tables and follow-up', () => {
    const email = composeFeedback(sampleResult(), ctx('id'));
    expect(email.subject).toBe('Umpan Balik Kinerja 2026-TW1: Budi Santoso');
    expect(email.unknownPlaceholders).toEqual([]);
    // Header, badge, indicator table with Indonesian numbers, aspects, feedback, trainings.
    for (const part of [
      'Pemerintah Kota Contoh',
      'Periode 2026-TW1',
      '>Baik</span>',
      'Nilai Akhir: <b>87,50</b>',
      // Figures stacked under the indicator's name, each kept whole: readable on a phone.
      'Capaian <b>87,50%</b>',
      'Target <b>',
      '1.250,5 hari',
      '1.000,25 hari',
      '120,00',
      'Di Bawah Ekspektasi',
      'Berorientasi Pelayanan',
      'Dua dokumen<br>masih draf',
      'Pertahankan kinerja.<br>Tingkatkan koordinasi.',
      '<li style="margin:0 0 4px 0;">Pelatihan Penyusunan Kebijakan',
      'Salam,<br>Siti Rahayu<br>Pemerintah Kota Contoh',
      'Inovasi layanan (tambahan)',
    ]) {
      expect([part, email.html.includes(part)]).toEqual([part, true]);
    }
    expect(email.html).toContain('max-width:600px');
    // Baik: neither recognition nor coaching.
    expect(email.html).not.toContain('kandidat penghargaan');
    expect(email.html).not.toContain('pembinaan');
  });

  it('writes English with English number formatting and rating labels', () => {
    const email = composeFeedback(sampleResult(), ctx('en'));
    expect(email.subject).toBe('Performance Feedback 2026-TW1: Budi Santoso');
    expect(email.html).toContain('Final score: <b>87.50</b>');
    expect(email.html).toContain('1,250.5 hari');
    expect(email.html).toContain('Achievement <b>87.50%</b>');
    expect(email.html).toContain('Below expectations');
    expect(email.html).toContain('Baik (Good)');
    expect(email.html).toContain('Dear Budi Santoso');
    expect(email.html).not.toContain('87,50');
    expect(email.text).toContain('Achievement 87.50%');
  });

  it('lays the indicators out in one column, so the figures fit a phone screen', () => {
    const {html} = composeFeedback(sampleResult(), ctx('id'));
    const start = html.indexOf('Hasil Kerja</div>');
    const section = html.slice(start, html.indexOf('</table>', start));
    const rows = section.split('<tr>').slice(1);
    expect(rows.length).toBe(sampleResult().indicators.length);
    for (const row of rows) expect(row.match(/<td/g)).toHaveLength(1);
    // A figure never breaks inside itself ("Capaian" on one line, "87,50%" on the next).
    expect(section).toMatch(/white-space:nowrap;[^"]*">Capaian <b>/);
  });

  it('uses only inline styles: no <style>, no external CSS, images or scripts', () => {
    const {html} = composeFeedback(sampleResult(), ctx('id'));
    expect(html).not.toMatch(/<style|<link|<img|<script|src=|url\(/i);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it('keeps a <script> in a name inert in HTML and safe in the subject', () => {
    const nama = '<script>alert("x")</script>\r\nBcc: evil@example.com';
    const email = composeFeedback(sampleResult({nama}), ctx('id'));
    expect(email.html).not.toContain('<script');
    expect(email.html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;',
    );
    expect(email.subject).not.toMatch(/[\r\n\t]/);
    expect(email.subject).toBe(
      'Umpan Balik Kinerja 2026-TW1: <script>alert("x")</script> Bcc: evil@example.com',
    );
  });

  it('shows =HYPERLINK(...) in feedback as text, never as a link', () => {
    const email = composeFeedback(
      sampleResult({umpanBalik: '=HYPERLINK("http://x";"klik")'}),
      ctx('id'),
    );
    expect(email.html).toContain(
      '=HYPERLINK(&quot;http://x&quot;;&quot;klik&quot;)',
    );
    expect(email.html).not.toContain('href="http://x"');
    expect(email.text).toContain('=HYPERLINK("http://x";"klik")');
  });

  it('links only http(s) Bukti Dukung, escaped', () => {
    const {html, text} = composeFeedback(sampleResult(), ctx('id'));
    expect(html).toContain(
      '<a href="https://drive.example.go.id/bukti?id=1&amp;x=2"',
    );
    expect(html).not.toContain('javascript:');
    expect(text).toContain(
      'Bukti dukung: https://drive.example.go.id/bukti?id=1&x=2',
    );
  });

  it('collapses CR/LF from a subject template (no header injection)', () => {
    const email = composeFeedback(
      sampleResult(),
      ctx('id', {
        subjek: 'Nilai {{Nama}}\r\nBcc: evil@example.com\n',
        isi: 'x',
      }),
    );
    expect(email.subject).toBe('Nilai Budi Santoso Bcc: evil@example.com');
    const long = composeFeedback(
      sampleResult({nama: 'N'.repeat(500)}),
      ctx('id', {subjek: '{{Nama}}', isi: 'x'}),
    );
    expect(long.subject.length).toBe(200);
  });

  it('fills placeholders case- and space-tolerantly and reports unknown ones', () => {
    const template = {
      subjek: '{{ periode }} - {{NAMA}} - {{Tidak Ada}}',
      isi:
        'NIP {{ nip }}, {{jabatan}} di {{Unit}}; predikat {{ Predikat }}, nilai {{nilai   AKHIR}}, ' +
        'HK {{Rating Hasil Kerja}}, PK {{rating perilaku}}, atasan {{Atasan}}, {{Instansi}}. {{Salah}} {{}}',
    };
    const email = composeFeedback(sampleResult(), ctx('id', template));
    expect(email.subject).toBe('2026-TW1 - Budi Santoso - {{Tidak Ada}}');
    expect(email.text).toContain(
      'NIP 199001012015031001, Analis Kebijakan di Badan Kepegawaian Daerah; predikat Baik, nilai 87,50, ' +
        'HK Sesuai Ekspektasi, PK Sesuai Ekspektasi, atasan Siti Rahayu, Pemerintah Kota Contoh. {{Salah}} {{}}',
    );
    expect(email.html).toContain('{{Salah}}');
    expect(email.unknownPlaceholders).toEqual([
      '{{Tidak Ada}}',
      '{{Salah}}',
      '{{}}',
    ]);
  });

  it('knows every documented placeholder', () => {
    const isi = PLACEHOLDERS.map(p => `{{${p}}}`).join('\n\n');
    const email = composeFeedback(
      sampleResult(),
      ctx('id', {subjek: 's', isi}),
    );
    expect(email.unknownPlaceholders).toEqual([]);
    expect(email.text).not.toContain('{{');
  });

  it('escapes HTML typed in the template body and keeps its line breaks', () => {
    const email = composeFeedback(
      sampleResult(),
      ctx('id', {
        subjek: 's',
        isi: '<b>Halo</b> {{Nama}}\nbaris 2\n\n{{Umpan Balik}}',
      }),
    );
    expect(email.html).toContain(
      '&lt;b&gt;Halo&lt;/b&gt; Budi Santoso<br>baris 2',
    );
    expect(email.html).toContain('Umpan Balik Atasan');
  });

  it('falls back to the default template per field when the sheet is empty', () => {
    const onlySubject = composeFeedback(
      sampleResult(),
      ctx('id', {subjek: 'Hasil {{Nama}}', isi: '   '}),
    );
    expect(onlySubject.subject).toBe('Hasil Budi Santoso');
    expect(onlySubject.text).toContain('Yth. Budi Santoso');
    const onlyBody = composeFeedback(
      sampleResult(),
      ctx('en', {subjek: '', isi: 'Hi {{Nama}}'}),
    );
    expect(onlyBody.subject).toBe(
      'Performance Feedback 2026-TW1: Budi Santoso',
    );
    expect(onlyBody.text).toContain('Hi Budi Santoso');
  });

  it('gives a plain-text alternative with the same content', () => {
    const {text} = composeFeedback(sampleResult(), ctx('id'));
    expect(text).not.toMatch(/<[a-z/]/i);
    for (const part of [
      'Pemerintah Kota Contoh',
      'Umpan Balik Kinerja - Periode 2026-TW1',
      'Predikat: Baik | Nilai Akhir: 87,50',
      '- Dokumen kebijakan tersusun: Target 8 dokumen, Realisasi 7 dokumen, Capaian 87,50%, Rating Di Bawah Ekspektasi',
      '  Dua dokumen\n  masih draf',
      '- Inovasi layanan (tambahan): Target -, Realisasi -, Capaian -, Rating -',
      '- Berorientasi Pelayanan: Di Atas Ekspektasi',
      'UMPAN BALIK ATASAN\nPertahankan kinerja.\nTingkatkan koordinasi.',
      '- Pelatihan Penyusunan Kebijakan (BPSDM)',
    ]) {
      expect([part, text.includes(part)]).toEqual([part, true]);
    }
  });

  it.each<[string, Lang, string]>([
    ['Sangat Baik', 'id', 'kandidat penghargaan'],
    ['Sangat Baik', 'en', 'candidate for recognition'],
    ['Butuh Perbaikan', 'id', 'rencana pembinaan'],
    ['Sangat Kurang', 'en', 'coaching plan'],
  ])('follow-up for %s (%s) mentions "%s"', (predikat, lang, words) => {
    const email = composeFeedback(
      sampleResult({predikat: predikat as never, followUp: null}),
      ctx(lang),
    );
    expect(email.html).toContain(words);
    expect(email.text).toContain(words);
  });

  it('shows NUMERIK scores when aspects carry scores instead of ratings', () => {
    const email = composeFeedback(
      sampleResult({
        ratingPerilaku: null,
        nilaiPerilaku: 95.5,
        aspects: [
          {
            kode: 'BO',
            aspek: 'Pelayanan',
            rating: null,
            score: 95.5,
            umpanBalik: '',
          },
        ],
      }),
      ctx('id', {subjek: '{{Rating Perilaku}}', isi: '{{Tabel Indikator}}'}),
    );
    expect(email.subject).toBe('95,50');
    expect(email.text).toContain('- Pelayanan: 95,50');
  });
});
