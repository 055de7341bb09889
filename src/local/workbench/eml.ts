// An .eml of the outbox as a person reads it (GET /outbox/<name>): the headers, the HTML part in
// a sandboxed frame (no scripts, no same origin), else the text part, and the attachments listed.
// Parts are decoded from base64 or quoted-printable and their charset (RFC 2045, 2047).
import {t} from '../i18n';
import type {Lang} from '../../core/types';
import {escapeHtml} from './http';
import {SHEET_STYLE} from './viewer-style';

interface Part {
  headers: Map<string, string>;
  /** The body as bytes held in a latin1 string. */
  body: string;
}

export interface ParsedEml {
  headers: Map<string, string>;
  html?: string;
  text?: string;
  attachments: {name: string; type: string; size: number}[];
}

function splitPart(raw: string): Part {
  const at = raw.search(/\r?\n\r?\n/);
  const head = at < 0 ? raw : raw.slice(0, at);
  const body = at < 0 ? '' : raw.slice(at).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers.set(
        line.slice(0, colon).trim().toLowerCase(),
        line.slice(colon + 1).trim(),
      );
  }
  return {headers, body};
}

/** A parameter of a header such as Content-Type (`boundary`, `charset`, `name`). */
function param(header: string | undefined, name: string): string {
  const m = new RegExp(`;\\s*${name}\\*?=\\s*("([^"]*)"|[^;\\s]*)`, 'i').exec(
    header ?? '',
  );
  return m ? (m[2] ?? m[1]) : '';
}

function charsetText(bytes: Buffer, charset: string): string {
  try {
    return new TextDecoder(charset || 'utf-8').decode(bytes);
  } catch {
    return bytes.toString('utf8');
  }
}

function transferDecode(body: string, encoding: string): Buffer {
  const enc = encoding.toLowerCase();
  if (enc === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64');
  if (enc === 'quoted-printable') {
    const soft = body.replace(/=\r?\n/g, '');
    return Buffer.from(
      soft.replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) =>
        String.fromCharCode(parseInt(h, 16)),
      ),
      'latin1',
    );
  }
  return Buffer.from(body, 'latin1');
}

/** Encoded words of a header (=?UTF-8?B?...?= / ?Q?), decoded. */
export function decodeHeader(value: string): string {
  const bytes = value.replace(
    /=\?([^?]+)\?([BbQq])\?([^?]*)\?=(\s+(?==\?))?/g,
    (_, charset: string, kind: string, text: string) => {
      const raw =
        kind.toUpperCase() === 'B'
          ? Buffer.from(text, 'base64')
          : transferDecode(text.replace(/_/g, ' '), 'quoted-printable');
      return charsetText(raw, charset);
    },
  );
  return bytes;
}

/** Parses an .eml given as a latin1 string (one char per byte). */
export function parseEml(raw: string): ParsedEml {
  const top = splitPart(raw);
  const out: ParsedEml = {headers: top.headers, attachments: []};
  const walk = (part: Part) => {
    const type = part.headers.get('content-type') ?? 'text/plain';
    const mime = type.split(';')[0].trim().toLowerCase();
    if (mime.startsWith('multipart/')) {
      const boundary = param(type, 'boundary');
      if (!boundary) return;
      const pieces = part.body.split(`--${boundary}`);
      // Before the first boundary is the preamble; after the closing `--` the epilogue.
      for (const piece of pieces.slice(1)) {
        if (piece.startsWith('--')) break;
        // The line break before a boundary belongs to the boundary (RFC 2046).
        walk(splitPart(piece.replace(/^\r?\n/, '').replace(/\r?\n$/, '')));
      }
      return;
    }
    const bytes = transferDecode(
      part.body,
      part.headers.get('content-transfer-encoding') ?? '7bit',
    );
    const disposition = part.headers.get('content-disposition') ?? '';
    const name = decodeHeader(
      param(disposition, 'filename') || param(type, 'name'),
    );
    const inline = !/^attachment/i.test(disposition) && !name;
    if (inline && mime === 'text/html' && out.html === undefined)
      out.html = charsetText(bytes, param(type, 'charset'));
    else if (inline && mime === 'text/plain' && out.text === undefined)
      out.text = charsetText(bytes, param(type, 'charset'));
    else
      out.attachments.push({
        name: name || mime,
        type: mime,
        size: bytes.length,
      });
  };
  walk(top);
  return out;
}

const EML_STYLE = `
.mail{padding:8px 12px;max-width:960px}
.mail dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0 0 8px}
.mail dt{color:#5f6368}.mail dd{margin:0;overflow-wrap:anywhere}
.mail h2{font-size:16px;font-weight:500;margin:4px 0 8px;overflow-wrap:anywhere}
.mail iframe{width:100%;min-height:60vh;border:1px solid #dadce0;border-radius:4px;background:#fff}
.mail pre{white-space:pre-wrap;overflow-wrap:anywhere;border:1px solid #dadce0;padding:8px}
`;

/** The page of one e-mail of the outbox. */
export function emlPage(name: string, raw: string, lang: Lang): string {
  const mail = parseEml(raw);
  const label = (key: string) => escapeHtml(t(lang, key));
  const header = (key: string) => decodeHeader(mail.headers.get(key) ?? '');
  const rows = [
    ['from', 'sidebar.workbench.mailFrom'],
    ['to', 'sidebar.workbench.mailTo'],
    ['cc', 'Cc'],
    ['bcc', 'Bcc'],
    ['reply-to', 'Reply-To'],
    ['date', 'sidebar.workbench.mailDate'],
  ]
    .filter(([key]) => header(key))
    .map(
      ([key, text]) =>
        `<dt>${text.startsWith('sidebar.') ? label(text) : text}</dt><dd>${escapeHtml(header(key))}</dd>`,
    )
    .join('');
  const attachments = mail.attachments.length
    ? `<h3>${label('sidebar.workbench.mailAttachments')}</h3><ul id="mail-attachments">${mail.attachments
        .map(
          a =>
            `<li>${escapeHtml(a.name)} <span class="note">(${escapeHtml(a.type)}, ${a.size} B)</span></li>`,
        )
        .join('')}</ul>`
    : '';
  // sandbox="" : the message's HTML runs no script and cannot reach the workbench.
  const body =
    mail.html !== undefined
      ? `<iframe id="mail-html" sandbox="" referrerpolicy="no-referrer" title="${label('sidebar.workbench.mailBody')}" srcdoc="${escapeHtml(mail.html)}"></iframe>`
      : `<pre id="mail-text">${escapeHtml(mail.text ?? '')}</pre>`;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>${escapeHtml(header('subject') || name)}</title><style>${SHEET_STYLE}${EML_STYLE}</style></head><body>
<div class="mail"><p class="note"><a href="/outbox">‹ ${label('sidebar.workbench.outbox')}</a> · <a href="/outbox/${encodeURIComponent(name)}?raw=1">${label('sidebar.workbench.mailRaw')}</a></p>
<h2 id="mail-subject">${escapeHtml(header('subject'))}</h2><dl>${rows}</dl>${body}${attachments}</div></body></html>`;
}
