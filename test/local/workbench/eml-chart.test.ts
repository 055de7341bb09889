// The outbox's .eml parsing (base64, quoted-printable with soft breaks, encoded-word headers,
// attachments) and the viewer's chart SVG (stacked bars from a chart definition, Indonesian axis).
import {parseEml, decodeHeader} from '../../../src/local/workbench/eml';
import {chartSvg} from '../../../src/local/workbench/chart-svg';
import {Workbook} from '../../../src/local/emulator/model';
import type {ChartModel} from '../../../src/local/emulator/charts';

describe('parseEml', () => {
  it('decodes a base64 HTML part, a quoted-printable text part and lists an attachment', () => {
    const html = Buffer.from('<p>Nilai 101,24 — baik</p>', 'utf8').toString(
      'base64',
    );
    const raw = [
      'Subject: =?UTF-8?B?' +
        Buffer.from('Hasil — Ani', 'utf8').toString('base64') +
        '?=',
      'Content-Type: multipart/mixed; boundary="x"',
      '',
      'preamble',
      '--x',
      'Content-Type: multipart/alternative; boundary=y',
      '',
      '--y',
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Capaian =E2=80=94 85,5 per=',
      'sen',
      '--y',
      'Content-Type: text/html; charset=UTF-8',
      'Content-Transfer-Encoding: base64',
      '',
      html,
      '--y--',
      '--x',
      'Content-Type: text/csv; name="rekap.csv"',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from('a;b\n1;2\n').toString('base64'),
      '--x--',
    ].join('\r\n');
    const mail = parseEml(Buffer.from(raw, 'utf8').toString('latin1'));
    expect(decodeHeader(mail.headers.get('subject')!)).toBe('Hasil — Ani');
    expect(mail.html).toBe('<p>Nilai 101,24 — baik</p>');
    expect(mail.text).toBe('Capaian — 85,5 persen');
    expect(mail.attachments).toEqual([
      {name: 'rekap.csv', type: 'text/csv', size: 8},
    ]);
  });
});

describe('chartSvg', () => {
  it('stacks one bar per unit and predikat from the ranges, with Indonesian axis numbers', () => {
    const workbook = new Workbook({empty: true});
    const rekap = workbook.addSheet('Rekap');
    const rows = [
      ['Nama Unit', 'Baik', 'Kurang'],
      ['Dinas A', 1500, 500],
      ['Dinas B', 250, 0],
    ];
    rows.forEach((r, i) =>
      r.forEach((v, j) => rekap.set('value', i + 1, j + 1, v)),
    );
    const chart: ChartModel = {
      id: 1,
      sheetId: rekap.id,
      type: 'COLUMN',
      ranges: [
        {sheetId: rekap.id, rect: {row: 1, col: 1, numRows: 3, numCols: 1}},
        {sheetId: rekap.id, rect: {row: 1, col: 2, numRows: 3, numCols: 2}},
      ],
      position: {row: 1, col: 5, offsetX: 0, offsetY: 0},
      options: {title: 'Predikat', isStacked: true},
    };
    const svg = chartSvg(workbook, chart, 'id')!;
    const bars = [
      ...svg.matchAll(
        /data-category="([^"]+)" data-series="([^"]+)" data-value="(\d+)"/g,
      ),
    ].map(m => `${m[1]}/${m[2]}=${m[3]}`);
    // A zero draws no bar.
    expect(bars).toEqual([
      'Dinas A/Baik=1500',
      'Dinas A/Kurang=500',
      'Dinas B/Baik=250',
    ]);
    // The axis runs to 2.000 in steps of 500, grouped the Indonesian way.
    expect(svg).toContain('>2.000</text>');
    expect(svg).toContain('<figcaption>Predikat</figcaption>');
    expect(chartSvg(workbook, chart, 'en')).toContain('>2,000</text>');
  });
});
