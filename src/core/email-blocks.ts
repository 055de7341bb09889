// The parts of the feedback email that placeholders stand for: the indicator table, the feedback
// and recommendation blocks, and the inline styles they share (pure: no Apps Script).

import type {
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
  ratingLabel,
} from './email-text';

export const BADGE_COLOURS: Record<Predikat, string> = {
  'Sangat Baik': '#15803d',
  Baik: '#1d4ed8',
  'Butuh Perbaikan': '#b45309',
  'Kurang/Misconduct': '#b91c1c',
  Kurang: '#b91c1c',
  'Sangat Kurang': '#7f1d1d',
};

export const RATING_COLOURS: Record<Rating, string> = {
  'Di Atas Ekspektasi': '#15803d',
  'Sesuai Ekspektasi': '#1f2937',
  'Di Bawah Ekspektasi': '#b91c1c',
};

// Inline styles, shared so every table looks the same.
export const FONT = 'font-family:Arial,Helvetica,sans-serif;';
export const TH =
  'text-align:left;padding:6px 8px;border-bottom:2px solid #d1d5db;background:#f3f4f6;font-size:13px;';
export const TD =
  'padding:6px 8px;border-bottom:1px solid #e5e7eb;font-size:13px;vertical-align:top;';
/** One figure (Target 80 %): kept on one line, the figures wrap between each other. */
export const FIGURE =
  'display:inline-block;white-space:nowrap;margin:0 14px 0 0;';
export const TABLE =
  'width:100%;border-collapse:collapse;margin:0 0 12px 0;' + FONT;
export const H2 =
  'font-size:15px;font-weight:bold;margin:16px 0 8px 0;color:#1e3a8a;';
export const SMALL = 'font-size:12px;color:#4b5563;';

/** One placeholder's value in both renderings. Blocks are whole sections (tables, lists). */
export interface PlaceholderValue {
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

export const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

export function inline(text: string): PlaceholderValue {
  return {html: escapeHtml(text), text};
}

export function indicatorTable(
  result: EmployeeResult,
  lang: Lang,
): PlaceholderValue {
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

export function indent(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\n/g, '\n  ');
}

export function ratingCell(rating: Rating | null, lang: Lang): string {
  if (!rating) return '-';
  return `<span style="color:${RATING_COLOURS[rating]};">${escapeHtml(ratingLabel(rating, lang))}</span>`;
}

export function indicatorRow(
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

export function shorten(url: string): string {
  return url.length > 60 ? url.slice(0, 57) + '...' : url;
}

export function feedbackBlock(
  result: EmployeeResult,
  lang: Lang,
): PlaceholderValue {
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

export function recommendationBlock(
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
