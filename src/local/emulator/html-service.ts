// HtmlService: HtmlOutput from strings or files in htmlDir, and scriptlet templates.
import fs from 'node:fs';
import path from 'node:path';
import {countMethods} from './calls';
import type {Env} from './env';
import {Service} from './service';

export const SandboxMode = Object.freeze({
  IFRAME: 'IFRAME',
  NATIVE: 'NATIVE',
  EMULATED: 'EMULATED',
});
export const XFrameOptionsMode = Object.freeze({
  ALLOWALL: 'ALLOWALL',
  DEFAULT: 'DEFAULT',
});

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    c =>
      ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[
        c
      ]!,
  );

export class HtmlService extends Service {
  SandboxMode = SandboxMode;
  XFrameOptionsMode = XFrameOptionsMode;

  _read(filename: string): string {
    const name = String(filename).endsWith('.html')
      ? String(filename)
      : `${filename}.html`;
    const file = path.join(this._env.shared.options.htmlDir, name);
    if (!fs.existsSync(file))
      throw this._env.error(`No HTML file named ${filename} was found.`);
    return fs.readFileSync(file, 'utf8');
  }
  createHtmlOutput(html?: string): HtmlOutput {
    return new HtmlOutput(this._env, html === undefined ? '' : String(html));
  }
  createHtmlOutputFromFile(filename: string): HtmlOutput {
    return new HtmlOutput(this._env, this._read(filename));
  }
  createTemplate(html: string): HtmlTemplate {
    return new HtmlTemplate(this._env, String(html));
  }
  createTemplateFromFile(filename: string): HtmlTemplate {
    return new HtmlTemplate(this._env, this._read(filename));
  }
  toString(): string {
    return 'HtmlService';
  }
}

export class HtmlOutput extends Service {
  _title = '';
  _width = 300;
  _height = 400;
  constructor(
    env: Env,
    public _content: string,
  ) {
    super(env);
  }
  setTitle(title: string): HtmlOutput {
    this._title = String(title);
    return this;
  }
  getTitle(): string {
    return this._title;
  }
  setWidth(width: number): HtmlOutput {
    this._width = width;
    return this;
  }
  getWidth(): number {
    return this._width;
  }
  setHeight(height: number): HtmlOutput {
    this._height = height;
    return this;
  }
  getHeight(): number {
    return this._height;
  }
  getContent(): string {
    return this._content;
  }
  setContent(content: string): HtmlOutput {
    this._content = String(content);
    return this;
  }
  append(addedContent: string): HtmlOutput {
    this._content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string): HtmlOutput {
    this._content += escapeHtml(String(addedContent));
    return this;
  }
  addMetaTag(name: string, content: string): HtmlOutput {
    void name;
    void content;
    return this;
  }
  setSandboxMode(mode: string): HtmlOutput {
    void mode;
    return this;
  }
  setXFrameOptionsMode(mode: string): HtmlOutput {
    void mode;
    return this;
  }
  setFaviconUrl(url: string): HtmlOutput {
    void url;
    return this;
  }
  toString(): string {
    return 'HtmlOutput';
  }
}

/** Scriptlets: <? code ?>, <?= escaped ?>, <?!= raw ?>; template fields are assigned as properties. */
export class HtmlTemplate extends Service {
  [field: string]: unknown;
  constructor(
    env: Env,
    public _source: string,
  ) {
    super(env);
  }
  getRawContent(): string {
    return this._source;
  }
  evaluate(): HtmlOutput {
    const parts = this._source.split(/(<\?!?=?[\s\S]*?\?>)/);
    let code = 'let __out = "";\n';
    for (const part of parts) {
      if (part.startsWith('<?!='))
        code += `__out += String(${part.slice(4, -2)});\n`;
      else if (part.startsWith('<?='))
        code += `__out += __esc(String(${part.slice(3, -2)}));\n`;
      else if (part.startsWith('<?')) code += part.slice(2, -2) + '\n';
      else code += `__out += ${JSON.stringify(part)};\n`;
    }
    code += 'return __out;';
    const fields = Object.fromEntries(
      Object.entries(this).filter(([k]) => !k.startsWith('_')),
    );
    const fn = new Function('__esc', ...Object.keys(fields), code);
    return new HtmlOutput(this._env, fn(escapeHtml, ...Object.values(fields)));
  }
  toString(): string {
    return 'HtmlTemplate';
  }
}

countMethods(HtmlService, 'HtmlService');
countMethods(HtmlOutput, 'HtmlOutput');
countMethods(HtmlTemplate, 'HtmlTemplate');
