// Finds text of the other language in what the add-on shows: phrases of the other language's
// catalogue texts, and that language's small function words. What people typed (names,
// indicators, feedback) and the contract's own words (sheet names, headers, status and rating
// values), which stay Indonesian in both languages, are removed first.
import {CATALOGUE} from '../../src/core/i18n';
import {BERAKHLAK} from '../../src/core/berakhlak';
import {RATINGS, type Lang} from '../../src/core/types';
import {PREDIKAT_ORDER} from '../../src/core/rating';
import {HEADERS, PENGATURAN_DEFAULTS, SHEET} from '../../src/sheets/schema';
import {SETTING_LISTS} from '../../src/sheets/setup-plan';

/** Words of the workbook contract: the same in both languages (docs/SHEETS.md). */
export const CONTRACT_WORDS: readonly string[] = [
  ...Object.values(SHEET),
  ...Object.values(HEADERS).flat(),
  ...PENGATURAN_DEFAULTS.map(([key]) => key),
  ...Object.values(SETTING_LISTS).flat(),
  ...RATINGS,
  ...PREDIKAT_ORDER,
  ...BERAKHLAK.map(row => row[1]),
  // Status words and enumerations typed or read in the sheets.
  'Belum lengkap',
  'Lengkap',
  'Terkirim',
  'Dilewati',
  'Mengirim',
  'Gagal',
  'Galat',
  'Peringatan',
  'Hasil Kerja',
  'Ringkasan',
  'Utama',
  'Tambahan',
  'Istimewa',
  'Subjek (en)',
  'Isi (en)',
  'Subjek',
  'Isi',
  'Penilaian',
  'Kinerja ASN',
  'Ahli Utama',
  'Ahli Madya',
  'Ahli Muda',
  'Ahli Pertama',
  'Terampil',
  'Mahir',
  'Penyelia',
];

/** Small words that only one language uses (whole words, case ignored). */
const FUNCTION_WORDS: Record<Lang, readonly string[]> = {
  id: [
    'yang',
    'untuk',
    'dengan',
    'belum',
    'tidak',
    'sudah',
    'atau',
    'dari',
    'pada',
    'dan',
    'harus',
    'anda',
    'kosong',
    'jalankan',
    'ini',
    'oleh',
    'akan',
    'bila',
    'saat',
    'berikut',
    'salam',
  ],
  en: [
    'the',
    'of',
    'and',
    'is',
    'are',
    'not',
    'your',
    'you',
    'with',
    'for',
    'from',
    'run',
    'please',
    'been',
    'has',
    'have',
    'this',
    'will',
    'to',
  ],
};

const escapeRegex = (text: string) =>
  text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const normalize = (text: string) =>
  text.replace(/\s+/g, ' ').trim().toLowerCase();

/** The text of an HTML email: tags dropped, entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * Phrases of at least two words from the catalogue's `lang` texts that the other language's text
 * of the same message does not share (parameters and placeholders cut them).
 */
export function catalogPhrases(lang: Lang): string[] {
  const other: Lang = lang === 'id' ? 'en' : 'id';
  const phrases = new Set<string>();
  for (const message of Object.values(CATALOGUE)) {
    if (message.id === message.en) continue;
    const theirs = normalize(message[other]);
    const pieces = stripWords(message[lang], CONTRACT_WORDS)
      .replace(/\{\{[^}]*\}\}|\{\w+\}/g, '|')
      .split(/[|.:;,()!?"“”‘’\n=×%/+]+/);
    for (const piece of pieces) {
      const phrase = normalize(piece.replace(/[-–—]/g, ' '));
      if (phrase.split(' ').length < 2 || phrase.length < 8) continue;
      if (!/[a-z]{3}/.test(phrase) || theirs.includes(phrase)) continue;
      phrases.add(phrase);
    }
  }
  return [...phrases];
}

/** `text` with every occurrence of `words` (longest first, case ignored) replaced by a bar. */
export function stripWords(text: string, words: readonly string[]): string {
  const list = [...new Set(words.map(w => w.trim()).filter(w => w.length > 1))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex);
  let out = text;
  // One alternation per chunk keeps the regular expression small enough.
  for (let i = 0; i < list.length; i += 200) {
    const re = new RegExp(
      `(?<![\\p{L}\\d])(?:${list.slice(i, i + 200).join('|')})(?![\\p{L}\\d])`,
      'giu',
    );
    out = out.replace(re, ' | ');
  }
  return out
    .replace(/https?:\/\/\S+/g, ' | ')
    .replace(/[\w.+-]+@[\w.-]+/g, ' | ');
}

export interface Shown {
  /** Where the text was shown (`email 1990…`, `Validasi!C3`). */
  where: string;
  text: string;
}

/**
 * The places where a text in `lang` holds words of the other language: `[where, found, text]`.
 * `data` is what people typed (removed before looking).
 */
export function otherLanguage(
  lang: Lang,
  shown: readonly Shown[],
  data: readonly string[],
): [string, string, string][] {
  const other: Lang = lang === 'id' ? 'en' : 'id';
  const phrases = catalogPhrases(other);
  const words = new RegExp(
    `(?<![\\p{L}\\d])(?:${FUNCTION_WORDS[other].join('|')})(?![\\p{L}\\d])`,
    'iu',
  );
  const found: [string, string, string][] = [];
  for (const {where, text} of shown) {
    const cleaned = normalize(
      stripWords(stripWords(text, data), CONTRACT_WORDS),
    );
    const phrase = phrases.find(p =>
      new RegExp(`(?<![\\p{L}])${escapeRegex(p)}(?![\\p{L}])`, 'u').test(
        cleaned,
      ),
    );
    const word = words.exec(cleaned)?.[0];
    if (phrase || word) found.push([where, phrase ?? word ?? '', text]);
  }
  return found;
}
