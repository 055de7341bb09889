// The workbench's own pages: the page around the sidebar and the viewer (GET /), the sidebar
// with google.script.run shimmed (GET /sidebar), and the outbox of sent e-mails (GET /outbox).
import fs from 'node:fs';
import path from 'node:path';
import {t} from '../i18n';
import type {Lang} from '../../core/types';
import type {WorkbenchBackend} from '../server';
import {inlineScript} from './client-code';
import {decodeHeader, parseEml} from './eml';
import {escapeHtml} from './http';
import {NO_SAVE_API} from './rpc';
import {SHEET_STYLE} from './viewer-style';

/** Puts the google.script.run shim before any script of the page, so it exists when the sidebar starts. */
export function withShim(html: string): string {
  const tag = inlineScript('script-run');
  const head = html.search(/<head[^>]*>/i);
  if (head < 0) return tag + html;
  const end = html.indexOf('>', head) + 1;
  return html.slice(0, end) + tag + html.slice(end);
}

const PAGE_STYLE = `
body{margin:0;font:13px/1.4 Roboto,Arial,sans-serif;color:#202124;background:#f1f3f4}
a{color:#1a73e8}
header.bar{display:flex;gap:16px;align-items:center;padding:8px 12px;background:#fff;border-bottom:1px solid #dadce0}
header.bar h1{font-size:15px;font-weight:500;margin:0}
header.bar .file{color:#5f6368}
.layout{display:flex;height:calc(100vh - 42px)}
#sidebar{width:300px;flex:0 0 300px;border:0;border-right:1px solid #dadce0;background:#fff;height:100%}
#viewer{flex:1;border:0;height:100%;background:#fff;min-width:0}
@media (max-width:700px){header.bar{flex-wrap:wrap;gap:4px 12px}.layout{flex-direction:column;height:auto}
#sidebar{width:100%;flex:0 0 auto;height:70vh;border-right:0;border-bottom:1px solid #dadce0}#viewer{height:80vh;flex:0 0 auto}}
`;

export function workbenchPage(backend: WorkbenchBackend, lang: Lang): string {
  // The page's code (client/page.ts) reloads the viewer after any call not listed here.
  const reads = escapeHtml(JSON.stringify([...NO_SAVE_API]));
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>${escapeHtml(t(lang, 'sidebar.workbench.title'))}</title><style>${PAGE_STYLE}</style></head>
<body data-reads="${reads}"><header class="bar"><h1>${escapeHtml(t(lang, 'sidebar.workbench.title'))}</h1>
<span class="file">${escapeHtml(backend.title)}</span>
<a href="/sheets" target="viewer">${escapeHtml(t(lang, 'sidebar.workbench.sheets'))}</a>
<a href="/outbox" target="viewer">${escapeHtml(t(lang, 'sidebar.workbench.outbox'))}</a></header>
<div class="layout">
<iframe id="sidebar" src="/sidebar" title="${escapeHtml(t(lang, 'sidebar.workbench.sidebarFrame'))}"></iframe>
<iframe id="viewer" name="viewer" src="/sheets" title="${escapeHtml(t(lang, 'sidebar.workbench.viewerFrame'))}"></iframe>
</div>
${inlineScript('page')}</body></html>`;
}

export function outboxPage(dir: string, lang: Lang): string {
  const files = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter(name => name.endsWith('.eml'))
        .sort()
        .map(name => ({name, stat: fs.statSync(path.join(dir, name))}))
    : [];
  const label = (key: string) => escapeHtml(t(lang, key));
  const items = files
    .map(f => {
      // The headers only: the first few kilobytes of the file.
      const head = fs
        .readFileSync(path.join(dir, f.name))
        .subarray(0, 8192)
        .toString('latin1');
      const mail = parseEml(head.split(/\r?\n\r?\n/)[0]);
      const header = (key: string) =>
        escapeHtml(decodeHeader(mail.headers.get(key) ?? ''));
      return `<tr><td><a href="/outbox/${encodeURIComponent(f.name)}">${header('subject') || escapeHtml(f.name)}</a></td><td>${header('to')}</td><td>${header('date') || escapeHtml(f.stat.mtime.toISOString())}</td></tr>`;
    })
    .join('');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>${escapeHtml(t(lang, 'sidebar.workbench.outbox'))}</title><style>${SHEET_STYLE}table.outbox td{white-space:normal;overflow-wrap:anywhere}</style></head><body>
<p class="note" id="outbox-count">${escapeHtml(t(lang, 'sidebar.workbench.outboxCount', {count: files.length, dir}))}</p>
<table class="outbox"><thead><tr><th>${label('sidebar.workbench.mailSubject')}</th><th>${label('sidebar.workbench.mailTo')}</th><th>${label('sidebar.workbench.mailDate')}</th></tr></thead><tbody>${items}</tbody></table>
</body></html>`;
}
