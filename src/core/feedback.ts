// Composition of the feedback email of one employee for one period (pure: no Apps Script).
// The template (sheet Template Email: Subjek, Isi) is text typed by HR with {{Placeholders}};
// everything that comes from a cell is HTML-escaped, the subject can never carry a line break
// (no header injection), and the HTML uses inline styles only (Gmail strips <style> in many
// clients and blocks external images/CSS), in a single column of at most 600 px.

import type {
  EmailTemplate,
  EmployeeResult,
  IndicatorResult,
  Lang,
  Predikat,
  Rating,
} from './types';
import {t} from './i18n';
import {
  escapeHtml,
  escapeMultiline,
  formatNumber,
  formatQuantity,
  httpLinks,
  predikatLabel,
  ratingLabel,
  sanitizeSubject,
} from './email-text';

export interface FeedbackContext {
  lang: Lang;
  namaInstansi: string;
  /** The Template Email sheet; blank Subjek/Isi fall back to the default template. */
  template: EmailTemplate;
}

export interface ComposedEmail {
  subject: string;
  html: string;
  text: string;
  /** Placeholders of the template that are not known (left visible in the email), as typed. */
  unknownPlaceholders: string[];
}

const BADGE_COLOURS: Record<Predikat, string> = {
  'Sangat Baik': '#15803d',
  Baik: '#1d4ed8',
  'Butuh Perbaikan': '#b45309',
  'Kurang/Misconduct': '#b91c1c',
  Kurang: '#b91c1c',
  'Sangat Kurang': '#7f1d1d',
};

const RATING_COLOURS: Record<Rating, string> = {
  'Di Atas Ekspektasi': '#15803d',
  'Sesuai Ekspektasi': '#1f2937',
  'Di Bawah Ekspektasi': '#b91c1c',
};

// Inline styles, shared so every table looks the same.
const FONT = 'font-family:Arial,Helvetica,sans-serif;';
const TH =
  'text-align:left;padding:6px 8px;border-bottom:2px solid #d1d5db;background:#f3f4f6;font-size:13px;';
const TD =
  'padding:6px 8px;border-bottom:1px solid #e5e7eb;font-size:13px;vertical-align:top;';
/** One figure (Target 80 %): kept on one line, the figures wrap between each other. */
const FIGURE = 'display:inline-block;white-space:nowrap;margin:0 14px 0 0;';
const TABLE = 'width:100%;border-collapse:collapse;margin:0 0 12px 0;' + FONT;
const H2 = 'font-size:15px;font-weight:bold;margin:16px 0 8px 0;color:#1e3a8a;';
const SMALL = 'font-size:12px;color:#4b5563;';

/** One placeholder's value in both renderings. Blocks are whole sections (tables, lists). */
interface PlaceholderValue {
  html: string;
  text: string;
  block?: boolean;
}

/** Normalised placeholder name: lower case, inner spaces collapsed (`{{ nilai  AKHIR }}`). */
export function placeholderKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export const PLACEHOLDERS = [
  'Nama',
  'NIP',
  'Jabatan',
  'Unit',
  'Periode',
  'Predikat',
  'Nilai Akhir',
  'Rating Hasil Kerja',
  'Rating Perilaku',
  'Tabel Indikator',
  'Umpan Balik',
  'Rekomendasi',
  'Atasan',
  'Instansi',
] as const;

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

function inline(text: string): PlaceholderValue {
  return {html: escapeHtml(text), text};
}

function indicatorTable(result: EmployeeResult, lang: Lang): PlaceholderValue {
  const label = (key: string) => escapeHtml(t(lang, key));
  const rows = result.indicators.map(ind => indicatorRow(ind, lang));
  const htmlParts = [
    `<div style="${H2}">${label('email.section.hasilKerja')}</div>`,
  ];
  const textParts = [t(lang, 'email.section.hasilKerja').toUpperCase()];
  if (rows.length === 0) {
    htmlParts.push(`<div>${label('email.table.empty')}</div>`);
    textParts.push(t(lang, 'email.table.empty'));
  } else {
    // One row per indicator with its figures under its name: a table of five columns does not fit
    // a phone (Gmail on a phone shows about 360 px), and this reads the same at any width.
    htmlParts.push(
      `<table role="presentation" cellpadding="0" cellspacing="0" style="${TABLE}">` +
        rows.map(r => r.html).join('') +
        '</table>',
    );
    textParts.push(...rows.map(r => r.text));
  }
  if (result.aspects.length) {
    htmlParts.push(
      `<div style="${H2}">${label('email.section.perilaku')}</div>`,
      `<table role="presentation" cellpadding="0" cellspacing="0" style="${TABLE}"><tr>` +
        `<th style="${TH}">${label('email.table.aspek')}</th>` +
        `<th style="${TH}">${label('email.table.rating')}</th></tr>` +
        result.aspects
          .map(a => {
            const value =
              a.rating !== null
                ? ratingCell(a.rating, lang)
                : a.score !== null
                  ? escapeHtml(formatNumber(a.score, lang))
                  : '-';
            const note = a.umpanBalik
              ? `<div style="${SMALL}">${escapeMultiline(a.umpanBalik)}</div>`
              : '';
            return (
              `<tr><td style="${TD}">${escapeHtml(a.aspek || a.kode)}${note}</td>` +
              `<td style="${TD}">${value}</td></tr>`
            );
          })
          .join('') +
        '</table>',
    );
    textParts.push('', t(lang, 'email.section.perilaku').toUpperCase());
    for (const a of result.aspects) {
      const value =
        a.rating !== null
          ? ratingLabel(a.rating, lang)
          : a.score !== null
            ? formatNumber(a.score, lang)
            : '-';
      textParts.push(`- ${a.aspek || a.kode}: ${value}`);
      if (a.umpanBalik) textParts.push(`  ${indent(a.umpanBalik)}`);
    }
  }
  return {html: htmlParts.join(''), text: textParts.join('\n'), block: true};
}

function indent(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\n/g, '\n  ');
}

function ratingCell(rating: Rating | null, lang: Lang): string {
  if (!rating) return '-';
  return `<span style="color:${RATING_COLOURS[rating]};">${escapeHtml(ratingLabel(rating, lang))}</span>`;
}

function indicatorRow(
  ind: IndicatorResult,
  lang: Lang,
): {html: string; text: string} {
  const capaian =
    ind.capaian === null ? '-' : formatNumber(ind.capaian, lang, 2);
  const satuan = ind.satuan ? ` ${ind.satuan}` : '';
  const target = formatQuantity(ind.target, lang);
  const realisasi = formatQuantity(ind.realisasi, lang);
  const tambahan =
    ind.jenis === 'Tambahan' ? ` (${t(lang, 'email.table.tambahan')})` : '';
  const label = (key: string) => escapeHtml(t(lang, key));
  const links = httpLinks(ind.buktiDukung);
  const linkHtml = links
    .map(
      url =>
        `<div style="${SMALL}">${escapeHtml(t(lang, 'email.bukti'))}: ` +
        `<a href="${escapeHtml(url)}" style="color:#1d4ed8;word-break:break-all;">${escapeHtml(shorten(url))}</a></div>`,
    )
    .join('');
  const note = ind.umpanBalik
    ? `<div style="${SMALL}">${escapeMultiline(ind.umpanBalik)}</div>`
    : '';
  const figure = (key: string, value: string) =>
    `<span style="${FIGURE}">${label(key)} <b>${escapeHtml(value)}</b></span>`;
  const html =
    `<tr><td style="${TD}">` +
    `<div style="font-weight:bold;">${escapeHtml(ind.uraian || ind.kode)}${escapeHtml(tambahan)}</div>` +
    '<div style="margin:2px 0;">' +
    figure('email.table.target', target + (ind.target === null ? '' : satuan)) +
    figure(
      'email.table.realisasi',
      realisasi + (ind.realisasi === null ? '' : satuan),
    ) +
    figure(
      'email.table.capaianShort',
      ind.capaian === null ? '-' : `${capaian}%`,
    ) +
    '</div>' +
    `<div>${label('email.table.rating')}: ${ratingCell(ind.suggested, lang)}</div>` +
    `${note}${linkHtml}</td></tr>`;
  const textLines = [
    `- ${ind.uraian || ind.kode}${tambahan}: ` +
      `${t(lang, 'email.table.target')} ${target}${ind.target === null ? '' : satuan}, ` +
      `${t(lang, 'email.table.realisasi')} ${realisasi}${ind.realisasi === null ? '' : satuan}, ` +
      `${t(lang, 'email.text.capaian', {value: ind.capaian === null ? '-' : `${capaian}%`})}, ` +
      `${t(lang, 'email.table.rating')} ${ratingLabel(ind.suggested, lang)}`,
  ];
  if (ind.umpanBalik) textLines.push(`  ${indent(ind.umpanBalik)}`);
  for (const url of links) {
    textLines.push(`  ${t(lang, 'email.bukti')}: ${url}`);
  }
  return {html, text: textLines.join('\n')};
}

function shorten(url: string): string {
  return url.length > 60 ? url.slice(0, 57) + '...' : url;
}

function feedbackBlock(result: EmployeeResult, lang: Lang): PlaceholderValue {
  const title = t(lang, 'email.section.umpanBalik');
  const body = result.umpanBalik.trim();
  const shown = body || t(lang, 'email.feedback.none');
  return {
    html:
      `<div style="${H2}">${escapeHtml(title)}</div>` +
      `<div style="padding:10px 12px;background:#f9fafb;border-left:4px solid #1e3a8a;">${escapeMultiline(shown)}</div>`,
    text: `${title.toUpperCase()}\n${shown.replace(/\r\n?/g, '\n')}`,
    block: true,
  };
}

/** Follow-up of DOMAIN §8: recognition for Sangat Baik, coaching for the lowest three. */
export function followUpOf(
  result: EmployeeResult,
): 'Penghargaan' | 'Pembinaan' | null {
  if (result.followUp) return result.followUp;
  if (result.predikat === 'Sangat Baik') return 'Penghargaan';
  if (
    result.predikat === 'Butuh Perbaikan' ||
    result.predikat === 'Kurang/Misconduct' ||
    result.predikat === 'Kurang' ||
    result.predikat === 'Sangat Kurang'
  ) {
    return 'Pembinaan';
  }
  return null;
}

function recommendationBlock(
  result: EmployeeResult,
  lang: Lang,
): PlaceholderValue {
  const title = t(lang, 'email.section.rekomendasi');
  const html = [`<div style="${H2}">${escapeHtml(title)}</div>`];
  const text = [title.toUpperCase()];
  const followUp = followUpOf(result);
  if (followUp) {
    const key =
      followUp === 'Penghargaan'
        ? 'email.followUp.penghargaan'
        : 'email.followUp.pembinaan';
    html.push(
      `<div style="margin:0 0 8px 0;">${escapeHtml(t(lang, key))}</div>`,
    );
    text.push(t(lang, key));
  }
  const ak = result.angkaKredit;
  if (ak) {
    const line = t(lang, 'email.angkaKredit', {
      jenjang: ak.jenjang,
      nilai: formatNumber(ak.nilai, lang, 3),
      persentase: ak.persentase,
      koefisien: formatQuantity(ak.koefisienTahunan, lang),
      bulan: ak.bulan,
    });
    html.push(`<div style="margin:0 0 8px 0;">${escapeHtml(line)}</div>`);
    text.push(line);
  }
  const trainings = result.trainings.filter(tr => tr.pelatihan.trim());
  if (trainings.length) {
    html.push(
      `<div>${escapeHtml(t(lang, 'email.training.intro'))}</div>` +
        '<ul style="margin:4px 0 0 0;padding-left:20px;">' +
        trainings
          .map(
            tr =>
              `<li style="margin:0 0 4px 0;">${escapeHtml(tr.pelatihan)}` +
              (tr.keterangan
                ? ` <span style="${SMALL}">(${escapeHtml(tr.keterangan)})</span>`
                : '') +
              '</li>',
          )
          .join('') +
        '</ul>',
    );
    text.push(t(lang, 'email.training.intro'));
    for (const tr of trainings) {
      text.push(
        `- ${tr.pelatihan}${tr.keterangan ? ` (${tr.keterangan})` : ''}`,
      );
    }
  } else {
    html.push(`<div>${escapeHtml(t(lang, 'email.training.none'))}</div>`);
    text.push(t(lang, 'email.training.none'));
  }
  return {html: html.join(''), text: text.join('\n'), block: true};
}

function placeholderValues(
  result: EmployeeResult,
  context: FeedbackContext,
): Record<string, PlaceholderValue> {
  const lang = context.lang;
  const values: Record<string, PlaceholderValue> = {
    nama: inline(result.nama),
    nip: inline(result.nip),
    jabatan: inline(result.jabatan),
    unit: inline(result.namaUnit || result.kodeUnit),
    periode: inline(result.periode),
    predikat: inline(predikatLabel(result.predikat, lang)),
    'nilai akhir': inline(
      result.nilaiAkhir === null ? '-' : formatNumber(result.nilaiAkhir, lang),
    ),
    'rating hasil kerja': inline(ratingLabel(result.ratingHasilKerja, lang)),
    'rating perilaku': inline(
      result.ratingPerilaku !== null
        ? ratingLabel(result.ratingPerilaku, lang)
        : result.nilaiPerilaku !== null
          ? formatNumber(result.nilaiPerilaku, lang)
          : '-',
    ),
    'tabel indikator': indicatorTable(result, lang),
    'umpan balik': feedbackBlock(result, lang),
    rekomendasi: recommendationBlock(result, lang),
    atasan: inline(result.namaAtasan),
    instansi: inline(context.namaInstansi),
  };
  return values;
}

/** The template in use: each of Subjek and Isi falls back to the default when blank. */
export function effectiveTemplate(
  template: EmailTemplate,
  lang: Lang,
): EmailTemplate {
  return {
    subjek: template.subjek.trim() || t(lang, 'email.template.subject'),
    isi: template.isi.trim() ? template.isi : t(lang, 'email.template.body'),
  };
}

/** Fills the placeholders of a plain-text template; unknown ones stay as typed and are recorded. */
function fillText(
  template: string,
  values: Record<string, PlaceholderValue>,
  unknown: Set<string>,
): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[placeholderKey(name)];
    if (value) return value.text;
    unknown.add(whole);
    return whole;
  });
}

/** HTML of one paragraph of the template: escaped text, line breaks kept, placeholders filled. */
function fillHtml(
  paragraph: string,
  values: Record<string, PlaceholderValue>,
): string {
  let html = '';
  let last = 0;
  for (const match of paragraph.matchAll(PLACEHOLDER)) {
    const index = match.index ?? 0;
    html += escapeMultiline(paragraph.slice(last, index));
    const value = values[placeholderKey(match[1])];
    html += value ? value.html : escapeHtml(match[0]);
    last = index + match[0].length;
  }
  return html + escapeMultiline(paragraph.slice(last));
}

function bodyHtml(
  isi: string,
  values: Record<string, PlaceholderValue>,
): string {
  const paragraphs = isi
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map(p => p.replace(/^\n+|\n+$/g, ''))
    .filter(p => p.trim() !== '');
  return paragraphs
    .map(paragraph => {
      const only = /^\s*\{\{([^{}]*)\}\}\s*$/.exec(paragraph);
      const value = only ? values[placeholderKey(only[1])] : undefined;
      if (value?.block)
        return `<div style="margin:0 0 14px 0;">${value.html}</div>`;
      return `<div style="margin:0 0 14px 0;">${fillHtml(paragraph, values)}</div>`;
    })
    .join('');
}

/** Composes the feedback email of one employee: subject, HTML body and plain-text alternative. */
export function composeFeedback(
  result: EmployeeResult,
  context: FeedbackContext,
): ComposedEmail {
  const lang = context.lang;
  const template = effectiveTemplate(context.template, lang);
  const values = placeholderValues(result, context);
  const unknown = new Set<string>();
  const subject = sanitizeSubject(fillText(template.subjek, values, unknown));
  const bodyText = fillText(template.isi, values, unknown).replace(
    /\r\n?/g,
    '\n',
  );

  const title = t(lang, 'email.title');
  const period = t(lang, 'email.period', {periode: result.periode});
  const predikat = predikatLabel(result.predikat, lang);
  const nilai =
    result.nilaiAkhir === null ? '' : formatNumber(result.nilaiAkhir, lang);
  const footer = t(lang, 'email.footer', {
    instansi: context.namaInstansi || 'Kinerja ASN',
  });
  const badgeColour = result.predikat
    ? BADGE_COLOURS[result.predikat]
    : '#4b5563';

  const html =
    '<!DOCTYPE html><html><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1"></head>' +
    '<body style="margin:0;padding:0;background:#f3f4f6;">' +
    `<div style="max-width:600px;margin:0 auto;background:#ffffff;${FONT}font-size:14px;line-height:1.5;color:#1f2937;">` +
    '<div style="background:#1e3a8a;color:#ffffff;padding:16px 20px;">' +
    (context.namaInstansi
      ? `<div style="font-size:13px;opacity:0.9;">${escapeHtml(context.namaInstansi)}</div>`
      : '') +
    `<div style="font-size:18px;font-weight:bold;">${escapeHtml(title)}</div>` +
    `<div style="font-size:13px;">${escapeHtml(period)}</div></div>` +
    '<div style="padding:16px 20px;">' +
    `<div style="margin:0 0 16px 0;">${escapeHtml(t(lang, 'email.label.predikat'))}: ` +
    `<span style="display:inline-block;padding:3px 12px;border-radius:12px;background:${badgeColour};color:#ffffff;font-weight:bold;">${escapeHtml(predikat)}</span>` +
    (nilai
      ? ` <span style="white-space:nowrap;">${escapeHtml(t(lang, 'email.label.nilaiAkhir'))}: <b>${escapeHtml(nilai)}</b></span>`
      : '') +
    '</div>' +
    bodyHtml(template.isi, values) +
    '</div>' +
    `<div style="padding:12px 20px;border-top:1px solid #e5e7eb;${SMALL}">${escapeHtml(footer)}</div>` +
    '</div></body></html>';

  const text = [
    context.namaInstansi,
    `${title} - ${period}`,
    `${t(lang, 'email.label.predikat')}: ${predikat}` +
      (nilai ? ` | ${t(lang, 'email.label.nilaiAkhir')}: ${nilai}` : ''),
    '',
    bodyText.trim(),
    '',
    '--',
    footer,
  ]
    .filter((line, i) => i !== 0 || line !== '')
    .join('\n');

  return {subject, html, text, unknownPlaceholders: [...unknown]};
}
