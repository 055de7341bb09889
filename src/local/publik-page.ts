// The public page (`kinerja-asn publik FILE --out DIR`): one self-contained index.html from the
// Publik sheet's rows (aggregates only, src/core/publik.ts), in the workbook's language, with the
// charts as inline SVG. No script, no style sheet, font or image from anywhere else: an office
// can put the file on any web server as it is.
import {formatNumberId} from '../core/numbers';
import {PUBLIK_MIN, PUBLIK_PREDIKAT} from '../core/publik';
import type {Lang} from '../core/types';
import {t} from './i18n';

/** Predikat colours, best first (the Rekap chart's order). */
const COLOURS = ['#1b7837', '#7fbf7b', '#f1c232', '#ef8a62', '#b2182b'];

function escape(text: unknown): string {
  return String(text ?? '').replace(
    /[&<>"']/g,
    c =>
      ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[
        c
      ]!,
  );
}

function number(lang: Lang, value: unknown, decimals: number): string {
  if (typeof value !== 'number') return escape(value);
  return lang === 'id'
    ? formatNumberId(value, decimals)
    : value.toLocaleString('en-US', {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      });
}

type Row = (string | number)[];

/** Characters of a unit's name that fit the chart's 180 px label column at 12 px. */
const LABEL_CHARS = 26;

/** A horizontal stacked bar per group: the predikat counts (columns 6-10 of a Publik row). */
function chart(lang: Lang, rows: Row[]): string {
  const barH = 22;
  const labelW = 180;
  const width = 640;
  const legendH = 24;
  const height = rows.length * (barH + 8) + legendH + 8;
  const parts: string[] = [];
  rows.forEach((row, i) => {
    const y = legendH + 8 + i * (barH + 8);
    const total = Number(row[3]) || 1;
    // A long unit name is shortened to the label column (the whole name in its tooltip and in
    // the table above), so it is not cut off at the chart's left edge.
    const name = String(row[2] || row[1]);
    const shown =
      name.length > LABEL_CHARS ? name.slice(0, LABEL_CHARS - 1) + '…' : name;
    parts.push(
      `<text x="${labelW - 6}" y="${y + 15}" text-anchor="end"><title>${escape(name)}</title>${escape(shown)}</text>`,
    );
    let x = labelW;
    PUBLIK_PREDIKAT.forEach((p, k) => {
      const n = Number(row[6 + k]) || 0;
      if (!n) return;
      const w = ((width - labelW - 10) * n) / total;
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${barH}" fill="${COLOURS[k]}"><title>${escape(p)}: ${number(lang, n, 0)}</title></rect>`,
      );
      if (w > 18)
        parts.push(
          `<text x="${(x + w / 2).toFixed(1)}" y="${y + 15}" text-anchor="middle" fill="#fff">${number(lang, n, 0)}</text>`,
        );
      x += w;
    });
  });
  // Each legend entry as wide as its words (about 6.5 px a character at 12 px), so none overlap.
  let lx = 0;
  const legend = PUBLIK_PREDIKAT.map((p, k) => {
    const at = lx;
    lx += 16 + Math.ceil(p.length * 6.5) + 14;
    return `<rect x="${at}" y="4" width="12" height="12" fill="${COLOURS[k]}"/><text x="${at + 16}" y="14">${escape(p)}</text>`;
  }).join('');
  return `<svg role="img" aria-label="${escape(t(lang, 'cli.page.chart'))}" viewBox="0 0 ${width} ${height}" width="100%" font-size="12" font-family="sans-serif">${legend}${parts.join('')}</svg>`;
}

function table(lang: Lang, rows: Row[]): string {
  const head = [
    t(lang, 'cli.page.unit'),
    t(lang, 'cli.page.appraised'),
    t(lang, 'cli.page.complete'),
    ...PUBLIK_PREDIKAT,
    t(lang, 'cli.page.ikm'),
  ];
  const body = rows.map(
    r =>
      `<tr><th scope="row">${escape(r[2] || r[1])}</th><td>${number(lang, r[3], 0)}</td><td>${number(lang, r[5], 1)}</td>${PUBLIK_PREDIKAT.map((_, k) => `<td>${number(lang, r[6 + k], 0)}</td>`).join('')}<td>${r[11] === '' ? '' : number(lang, r[11], 2)}</td></tr>`,
  );
  return `<table><thead><tr>${head.map(h => `<th scope="col">${escape(h)}</th>`).join('')}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}

/** The page from the Publik sheet's rows (header first). */
export function publikPage(
  lang: Lang,
  instansi: string,
  sheetRows: readonly Row[],
): string {
  const rows = sheetRows.slice(1);
  const periods = [...new Set(rows.map(r => String(r[0])))];
  const title = instansi
    ? t(lang, 'cli.page.title', {instansi})
    : t(lang, 'cli.page.titlePlain');
  const sections = periods.map(p => {
    const of = rows.filter(r => String(r[0]) === p);
    return `<section><h2>${escape(t(lang, 'cli.page.period', {periode: p}))}</h2>${table(lang, of)}<h3>${escape(t(lang, 'cli.page.chart'))}</h3>${chart(lang, of)}</section>`;
  });
  const style =
    'body{font-family:sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;color:#222}' +
    'table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.25rem .5rem}' +
    'td{text-align:right}thead th{background:#eee}';
  return (
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${escape(title)}</title><style>${style}</style></head><body>` +
    `<h1>${escape(title)}</h1><p>${escape(t(lang, 'cli.page.intro', {min: PUBLIK_MIN}))}</p>` +
    sections.join('') +
    `<footer><p>${escape(t(lang, 'cli.page.footer'))}</p></footer></body></html>\n`
  );
}
