// Text pieces of the feedback email: HTML escaping, a header-safe subject, numbers and labels
// in the reader's language, and the Log Email fingerprint (pure: no Apps Script).

import type {Lang, Predikat, Rating} from './types';
import {t} from './i18n';

export const MAX_SUBJECT_LENGTH = 200;

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes the five HTML-significant characters, so cell text is always shown as text. */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, ch => HTML_ESCAPES[ch]);
}

/** Escaped text with its line breaks kept as <br>. */
export function escapeMultiline(text: string): string {
  return escapeHtml(text.replace(/\r\n?/g, '\n')).replace(/\n/g, '<br>');
}

/**
 * A mail subject safe for a header: CR, LF, tabs and other control characters collapsed to one
 * space (a line break in a header would start a new header), trimmed, at most 200 characters.
 */
export function sanitizeSubject(text: string): string {
  const flat = String(text)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (flat.length <= MAX_SUBJECT_LENGTH) return flat;
  // Do not cut a surrogate pair in half.
  let cut = MAX_SUBJECT_LENGTH;
  const code = flat.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return flat.slice(0, cut).trimEnd();
}

/** `1.250,50` (id) or `1,250.50` (en), with exactly `decimals` decimals. */
export function formatNumber(value: number, lang: Lang, decimals = 2): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [integer, fraction] = fixed.split('.');
  const group = lang === 'id' ? '.' : ',';
  const point = lang === 'id' ? ',' : '.';
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const negative = value < 0 && Number(fixed) !== 0;
  return (negative ? '-' : '') + grouped + (fraction ? point + fraction : '');
}

/** A target or realisasi: no decimals when whole, else up to 2 (`12`, `12,5`, `87,25`). */
export function formatQuantity(value: number | null, lang: Lang): string {
  if (value === null || !isFinite(value)) return '-';
  const rounded = Math.round(value * 100) / 100;
  if (Number.isInteger(rounded)) return formatNumber(rounded, lang, 0);
  const text = formatNumber(rounded, lang, 2);
  return text.endsWith('0') ? text.slice(0, -1) : text;
}

/** The http(s) links found in a Bukti Dukung cell; anything else (text, javascript:, =HYPERLINK) is dropped. */
export function httpLinks(text: string): string[] {
  return String(text ?? '')
    .split(/[\s,;]+/)
    .filter(part => /^https?:\/\/[^\s<>"'`]+$/i.test(part));
}

export function ratingLabel(rating: Rating | null, lang: Lang): string {
  return rating ? t(lang, `email.rating.${rating}`) : '-';
}

export function predikatLabel(predikat: Predikat | null, lang: Lang): string {
  return predikat ? t(lang, `email.predikat.${predikat}`) : '-';
}

/** Lower-case hex of a byte array (Utilities.computeDigest returns signed bytes). */
export function bytesToHex(bytes: readonly number[]): string {
  return bytes
    .map(b => ((b + 256) % 256).toString(16).padStart(2, '0'))
    .join('');
}

/** The text whose SHA-256 is the Log Email `Sidik` of one email. */
export function fingerprintSource(
  period: string,
  nip: string,
  email: {subject: string; text: string},
): string {
  return [period, nip, email.subject, email.text].join('\n');
}
