// The official documents as one self-contained HTML page each (A4 portrait, print CSS): what
// Utilities.newBlob(html, 'text/html').getAs('application/pdf') turns into a PDF in Apps Script and
// Chromium in the emulator. Tables repeat their header row on each page (thead) and never cut a
// row in two; long texts wrap inside their column (fixed layout, overflow-wrap).
import {
  escapeHtml,
  escapeMultiline,
  formatNumber,
  formatQuantity,
} from '../email-text';
import {predikatLabel, ratingLabel} from '../email-text';
import {t} from '../i18n';
import type {Lang} from '../types';
import {formatDay} from './dates';
import type {DocumentModel, HasilKerjaLine, PersonBlock} from './model';

const BLANK = '.................................................';

const CSS = `@page{size:A4 portrait;margin:14mm 13mm 16mm 13mm}
*{box-sizing:border-box}
body{font-family:Arial,Helvetica,sans-serif;font-size:9.5pt;line-height:1.3;color:#000;margin:0}
h1{font-size:13pt;text-align:center;margin:0 0 1mm}
p.sub{text-align:center;margin:0 0 4mm}
h2{font-size:10.5pt;margin:4mm 0 1.5mm;break-after:avoid;page-break-after:avoid}
table{width:100%;border-collapse:collapse;table-layout:fixed;margin:0 0 2mm}
th,td{border:0.6pt solid #000;padding:1.2mm 1.6mm;vertical-align:top;text-align:left;overflow-wrap:anywhere;word-wrap:break-word}
th{background:#e5e7eb;font-weight:bold}
thead{display:table-header-group}
tr{break-inside:avoid;page-break-inside:avoid}
td.n,th.n{text-align:center}
td.r{text-align:right}
tr.group td{font-weight:bold;background:#f3f4f6}
td.block{font-weight:bold;background:#f3f4f6}
.summary td.k{width:45%;font-weight:bold}
.panduan{font-size:8.5pt;margin:0.8mm 0 0;padding-left:4mm}
.close{break-inside:avoid;page-break-inside:avoid}
.sign{width:100%;margin-top:6mm;border:none}
.sign td{border:none;width:50%;padding:0 2mm}
.sign .space{height:20mm}
.sign .name{font-weight:bold;text-decoration:underline}
.foot{font-size:7.5pt;color:#555;margin-top:4mm}`;

function text(value: string): string {
  return value.trim() ? escapeMultiline(value.trim()) : '-';
}

function dayText(doc: DocumentModel, which: 'start' | 'end' | 'tanggal') {
  return formatDay(doc[which], doc.lang);
}

function identity(doc: DocumentModel): string {
  const t_ = (k: string) => t(doc.lang, k);
  const fields: [string, keyof PersonBlock][] = [
    ['dokumen.field.nama', 'nama'],
    ['dokumen.field.nip', 'nip'],
    ['dokumen.field.pangkat', 'pangkat'],
    ['dokumen.field.jabatan', 'jabatan'],
    ['dokumen.field.unit', 'unitKerja'],
  ];
  const block = (n: number, key: string, person: PersonBlock | null) =>
    `<tr><td class="n block">${n}</td><td class="block" colspan="2">${escapeHtml(t_(key).toUpperCase())}</td></tr>` +
    fields
      .map(
        ([label, field], i) =>
          `<tr><td class="n">${i + 1}</td><td>${escapeHtml(t_(label))}</td><td>${
            person ? text(person[field]) : BLANK
          }</td></tr>`,
      )
      .join('');
  return (
    '<table class="ids"><colgroup><col style="width:7%"><col style="width:28%"><col></colgroup><tbody>' +
    block(1, 'dokumen.block.pegawai', doc.pegawai) +
    block(2, 'dokumen.block.penilai', doc.penilai) +
    block(3, 'dokumen.block.atasan', doc.atasanPenilai) +
    '</tbody></table>'
  );
}

function hasilKerja(doc: DocumentModel): string {
  const {lang} = doc;
  const evaluasi = doc.kind === 'evaluasi';
  const cols = evaluasi ? [5, 27, 22, 10, 10, 9, 17] : [6, 40, 38, 16];
  const heads = [
    'dokumen.col.no',
    'dokumen.col.rhk',
    'dokumen.col.indikator',
    'dokumen.col.target',
    ...(evaluasi
      ? [
          'dokumen.col.realisasi',
          'dokumen.col.capaian',
          'dokumen.col.umpanBalik',
        ]
      : []),
  ];
  const qty = (v: number | null, satuan: string) =>
    v === null
      ? '-'
      : escapeHtml(`${formatQuantity(v, lang)} ${satuan}`.trim());
  const row = (line: HasilKerjaLine, n: number) =>
    `<tr><td class="n">${n}</td><td>${text(line.rhk)}</td><td>${text(line.indikator)}</td><td>${qty(line.target, line.satuan)}</td>` +
    (evaluasi
      ? `<td>${qty(line.realisasi, line.satuan)}</td><td class="r">${
          line.capaian === null ? '-' : formatNumber(line.capaian, lang)
        }</td><td>${text(line.umpanBalik)}</td>`
      : '') +
    '</tr>';
  let body = '';
  (['Utama', 'Tambahan'] as const).forEach((jenis, g) => {
    const lines = doc.hasilKerja.filter(l => l.jenis === jenis);
    body += `<tr class="group"><td class="n">${'AB'[g]}</td><td colspan="${cols.length - 1}">${escapeHtml(
      t(lang, jenis === 'Utama' ? 'dokumen.utama' : 'dokumen.tambahan'),
    )}</td></tr>`;
    if (!lines.length)
      body += `<tr><td></td><td colspan="${cols.length - 1}">${escapeHtml(t(lang, 'dokumen.none'))}</td></tr>`;
    lines.forEach((l, i) => (body += row(l, i + 1)));
  });
  return table(cols, heads, lang, body);
}

function table(cols: number[], heads: string[], lang: Lang, body: string) {
  return (
    `<table><colgroup>${cols.map(w => `<col style="width:${w}%">`).join('')}</colgroup>` +
    `<thead><tr>${heads
      .map(
        (h, i) =>
          `<th${i === 0 ? ' class="n"' : ''}>${escapeHtml(t(lang, h))}</th>`,
      )
      .join('')}</tr></thead><tbody>${body}</tbody></table>`
  );
}

function perilaku(doc: DocumentModel): string {
  const {lang} = doc;
  const evaluasi = doc.kind === 'evaluasi';
  const cols = evaluasi ? [5, 45, 17, 33] : [6, 94];
  const heads = evaluasi
    ? [
        'dokumen.col.no',
        'dokumen.col.aspek',
        doc.numerik ? 'dokumen.col.skor' : 'dokumen.col.rating',
        'dokumen.col.umpanBalik',
      ]
    : ['dokumen.col.no', 'dokumen.col.aspek'];
  const body = doc.perilaku
    .map((a, i) => {
      const guides = a.panduan
        .split(/;\s*|\n/)
        .map(g => g.trim())
        .filter(Boolean)
        .map(g => `<li>${escapeHtml(g)}</li>`)
        .join('');
      const aspect = `<b>${escapeHtml(a.aspek)}</b>${guides ? `<ul class="panduan">${guides}</ul>` : ''}`;
      const score = doc.numerik
        ? a.score === null
          ? '-'
          : formatNumber(a.score, lang)
        : escapeHtml(ratingLabel(a.rating, lang));
      return (
        `<tr><td class="n">${i + 1}</td><td>${aspect}</td>` +
        (evaluasi ? `<td>${score}</td><td>${text(a.umpanBalik)}</td>` : '') +
        '</tr>'
      );
    })
    .join('');
  return table(cols, heads, lang, body);
}

function summary(rows: [string, string][]): string {
  return (
    '<table class="summary"><tbody>' +
    rows
      .map(
        ([k, v]) =>
          `<tr><td class="k">${escapeHtml(k)}</td><td>${escapeHtml(v || '-')}</td></tr>`,
      )
      .join('') +
    '</tbody></table>'
  );
}

function signer(
  doc: DocumentModel,
  key: string,
  person: PersonBlock | null,
  dated: boolean,
) {
  const place = doc.tempat.trim()
    ? escapeHtml(doc.tempat.trim())
    : '....................';
  return (
    `<td>${dated ? `${place}, ${escapeHtml(dayText(doc, 'tanggal'))}` : '&nbsp;'}<br>${escapeHtml(t(doc.lang, key))}` +
    `<div class="space"></div><div class="name">${person ? escapeHtml(person.nama) : BLANK}</div>` +
    `<div>NIP ${person ? escapeHtml(person.nip) : '..............................'}</div></td>`
  );
}

/** The whole page of one document. */
export function renderDocument(doc: DocumentModel): string {
  const {lang} = doc;
  const k = (key: string) => t(lang, key);
  const evaluasi = doc.kind === 'evaluasi';
  const title = k(evaluasi ? 'dokumen.title.evaluasi' : 'dokumen.title.skp');
  const period = t(lang, 'dokumen.periode', {
    start: dayText(doc, 'start'),
    end: dayText(doc, 'end'),
  });
  const head = `<h1>${escapeHtml(title)}</h1><p class="sub">${
    doc.instansi ? `${escapeHtml(doc.instansi)}<br>` : ''
  }${escapeHtml(period)}</p>`;
  const top = evaluasi
    ? summary([
        [k('dokumen.capaianOrganisasi'), doc.capaianOrganisasi],
        [k('dokumen.predikat'), predikatLabel(doc.predikat, lang)],
      ])
    : '';
  const ratings = evaluasi
    ? summary([
        [
          k('dokumen.ratingHasilKerja'),
          ratingLabel(doc.ratingHasilKerja, lang),
        ],
        ...(doc.numerik
          ? []
          : [
              [
                k('dokumen.ratingPerilaku'),
                ratingLabel(doc.ratingPerilaku, lang),
              ] as [string, string],
            ]),
        ...(doc.nilaiAkhir === null
          ? []
          : [
              [k('dokumen.nilaiAkhir'), formatNumber(doc.nilaiAkhir, lang)] as [
                string,
                string,
              ],
            ]),
        [k('dokumen.predikat'), predikatLabel(doc.predikat, lang)],
      ])
    : '';
  const feedback =
    evaluasi && doc.umpanBalik.trim()
      ? `<h2>${escapeHtml(k('dokumen.umpanBalik'))}</h2><table><tbody><tr><td>${text(doc.umpanBalik)}</td></tr></tbody></table>`
      : '';
  const signatures = evaluasi
    ? `<table class="sign"><tbody><tr><td></td>${signer(doc, 'dokumen.sign.penilai', doc.penilai, true)}</tr></tbody></table>`
    : `<table class="sign"><tbody><tr>${signer(doc, 'dokumen.sign.pegawai', doc.pegawai, false)}${signer(doc, 'dokumen.sign.penilai', doc.penilai, true)}</tr></tbody></table>`;
  return (
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(
      `${title} ${doc.pegawai.nama}`,
    )}</title><style>${CSS}</style></head><body>` +
    head +
    identity(doc) +
    top +
    `<h2>${escapeHtml(k('dokumen.section.hasilKerja'))}</h2>` +
    hasilKerja(doc) +
    `<h2>${escapeHtml(k('dokumen.section.perilaku'))}</h2>` +
    perilaku(doc) +
    // Ratings, feedback and signatures stay on one page together.
    `<div class="close">${ratings}${feedback}${signatures}</div>` +
    `<p class="foot">${escapeHtml(k('dokumen.generated'))}</p></body></html>`
  );
}
