// Composition of the feedback email of one employee for one period (pure: no Apps Script).
// The template (sheet Template Email: Subjek, Isi) is text typed by HR with {{Placeholders}};
// everything that comes from a cell is HTML-escaped, the subject can never carry a line break
// (no header injection), and the HTML uses inline styles only (Gmail strips <style> in many
// clients and blocks external images/CSS), in a single column of at most 600 px.

import type {EmailTemplate, EmployeeResult, Lang} from './types';
import {t} from './i18n';
import {
  escapeHtml,
  escapeMultiline,
  formatNumber,
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

import {
  BADGE_COLOURS,
  FONT,
  SMALL,
  type PlaceholderValue,
  placeholderKey,
  PLACEHOLDER,
  inline,
  indicatorTable,
  feedbackBlock,
  recommendationBlock,
} from './email-blocks';

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

/**
 * The template in use: each of Subjek and Isi falls back to the default of `lang` when blank or
 * when it is still the other language's default (a workbook set up in one language and switched
 * to the other keeps that text; it must not go out in the wrong language).
 */
export function effectiveTemplate(
  template: EmailTemplate,
  lang: Lang,
): EmailTemplate {
  const other: Lang = lang === 'id' ? 'en' : 'id';
  const own = (text: string, key: string) => {
    const typed = text.replace(/\r\n?/g, '\n').trim();
    return typed && typed !== t(other, key).trim() ? text : t(lang, key);
  };
  return {
    subjek: own(template.subjek, 'email.template.subject').trim(),
    isi: own(template.isi, 'email.template.body'),
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
