// PropertiesService, CacheService, LockService, Session, Utilities, HtmlService, Logger, console.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {countMethods} from './calls';
import {Env} from './env';
import {formatJavaDate, isDate} from './format';
import {Service, User} from './spreadsheet';

// ----- PropertiesService
// Quotas: https://developers.google.com/apps-script/guides/services/quotas — "Properties value
// size 9 KB / val", "Properties total storage 500 KB / property store".
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;
const utf8Length = (s: string) => Buffer.byteLength(s, 'utf8');

export class PropertiesService extends Service {
  getDocumentProperties(): Properties {
    return new Properties(
      this._env,
      () => this._env.workbook.documentProperties,
    );
  }
  getScriptProperties(): Properties {
    return new Properties(this._env, () => this._env.workbook.scriptProperties);
  }
  getUserProperties(): Properties {
    const wb = this._env.workbook;
    const user = this._env.effectiveUser ?? this._env.user;
    return new Properties(this._env, () => (wb.userProperties[user] ??= {}));
  }
  toString(): string {
    return 'PropertiesService';
  }
}

export class Properties extends Service {
  constructor(
    env: Env,
    private _store: () => Record<string, string>,
  ) {
    super(env);
  }
  _checkedWrite(next: Record<string, string>): void {
    let total = 0;
    for (const [k, v] of Object.entries(next)) {
      if (utf8Length(v) > PROPERTY_VALUE_LIMIT)
        throw this._env.error('Argument too large: value');
      total += utf8Length(k) + utf8Length(v);
    }
    if (total > PROPERTY_STORE_LIMIT) {
      // Google's wording (seen in the wild, e.g. lucasvtiradentes/gcal-sync#115).
      throw this._env.error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
    const store = this._store();
    for (const k of Object.keys(store)) delete store[k];
    Object.assign(store, next);
  }
  getProperty(key: string): string | null {
    const store = this._store();
    return Object.prototype.hasOwnProperty.call(store, key) ? store[key] : null;
  }
  setProperty(key: string, value: unknown): Properties {
    if (key === null || key === undefined || key === '')
      throw this._env.error('Invalid argument: key');
    this._checkedWrite({...this._store(), [String(key)]: String(value)});
    return this;
  }
  setProperties(
    properties: Record<string, unknown>,
    deleteAllOthers = false,
  ): Properties {
    const next: Record<string, string> = deleteAllOthers
      ? {}
      : {...this._store()};
    for (const [k, v] of Object.entries(properties)) next[k] = String(v);
    this._checkedWrite(next);
    return this;
  }
  getProperties(): Record<string, string> {
    return this._env.object({...this._store()});
  }
  getKeys(): string[] {
    return this._env.list(Object.keys(this._store()));
  }
  deleteProperty(key: string): Properties {
    delete this._store()[key];
    return this;
  }
  deleteAllProperties(): Properties {
    const store = this._store();
    for (const k of Object.keys(store)) delete store[k];
    return this;
  }
  toString(): string {
    return 'Properties';
  }
}

// ----- CacheService (https://developers.google.com/apps-script/reference/cache/cache):
// default expiration 600 s, at most 21600 s; key at most 250 characters; value at most 100 KB.
export const CACHE_MAX_SECONDS = 21600;
export const CACHE_VALUE_LIMIT = 100 * 1024;

export class CacheService extends Service {
  getDocumentCache(): Cache {
    return new Cache(this._env, 'document');
  }
  getScriptCache(): Cache {
    return new Cache(this._env, 'script');
  }
  getUserCache(): Cache {
    return new Cache(this._env, 'user:' + this._env.user);
  }
  toString(): string {
    return 'CacheService';
  }
}

export class Cache extends Service {
  constructor(
    env: Env,
    private _scope: string,
  ) {
    super(env);
  }
  _map() {
    const caches = this._env.workbook.runtime.caches;
    let map = caches.get(this._scope);
    if (!map) caches.set(this._scope, (map = new Map()));
    return map;
  }
  _get(key: string): string | null {
    const map = this._map();
    const entry = map.get(key);
    if (!entry) return null;
    if (entry.expires <= this._env.now().getTime()) {
      map.delete(key);
      return null;
    }
    return entry.value;
  }
  _put(key: string, value: string, seconds: number): void {
    if (String(key).length > 250)
      throw this._env.error('Argument too large: key');
    if (utf8Length(value) > CACHE_VALUE_LIMIT)
      throw this._env.error('Argument too large: value');
    if (!(seconds >= 1) || seconds > CACHE_MAX_SECONDS) {
      throw this._env.error(
        `Invalid argument: expirationInSeconds must be between 1 and ${CACHE_MAX_SECONDS}.`,
      );
    }
    this._map().set(String(key), {
      value,
      expires: this._env.now().getTime() + seconds * 1000,
    });
  }
  get(key: string): string | null {
    return this._get(String(key));
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this._get(String(k));
      if (v !== null) out[k] = v;
    }
    return this._env.object(out);
  }
  put(key: string, value: string, expirationInSeconds = 600): void {
    this._put(key, String(value), expirationInSeconds);
  }
  putAll(values: Record<string, string>, expirationInSeconds = 600): void {
    const entries = Object.entries(values);
    if (entries.length > 1000)
      throw this._env.error('Argument too large: values');
    for (const [k, v] of entries) this._put(k, String(v), expirationInSeconds);
  }
  remove(key: string): void {
    this._map().delete(String(key));
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this._map().delete(String(k));
  }
  toString(): string {
    return 'Cache';
  }
}

// ----- LockService: a lock table on the workbook, owned by execution ids. JS is single-threaded,
// so a lock held by another execution can never be released while we wait: waitLock fails at once
// (after letting the fake clock pass the timeout) and tryLock returns false.
export const LOCK_TIMEOUT_MESSAGE =
  'Lock timeout: another process was holding the lock for too long.';

export class LockService extends Service {
  getDocumentLock(): Lock {
    return new Lock(this._env, 'document');
  }
  getScriptLock(): Lock {
    return new Lock(this._env, 'script');
  }
  getUserLock(): Lock {
    return new Lock(this._env, 'user:' + this._env.user);
  }
  toString(): string {
    return 'LockService';
  }
}

export class Lock extends Service {
  constructor(
    env: Env,
    private _scope: string,
  ) {
    super(env);
  }
  _acquire(): boolean {
    const locks = this._env.workbook.runtime.locks;
    const holder = locks.get(this._scope);
    if (holder !== undefined && holder !== this._env.executionId) return false;
    locks.set(this._scope, this._env.executionId);
    return true;
  }
  tryLock(timeoutInMillis: number): boolean {
    void timeoutInMillis;
    return this._acquire();
  }
  waitLock(timeoutInMillis: number): void {
    void timeoutInMillis;
    if (!this._acquire()) throw this._env.error(LOCK_TIMEOUT_MESSAGE);
  }
  releaseLock(): void {
    const locks = this._env.workbook.runtime.locks;
    if (locks.get(this._scope) === this._env.executionId)
      locks.delete(this._scope);
  }
  hasLock(): boolean {
    return (
      this._env.workbook.runtime.locks.get(this._scope) ===
      this._env.executionId
    );
  }
  toString(): string {
    return 'Lock';
  }
}

// ----- Session
/** developers.google.com/apps-script/reference/base/session: both need this scope. */
export const USERINFO_EMAIL = 'https://www.googleapis.com/auth/userinfo.email';

export class Session extends Service {
  getActiveUser(): User {
    this._env.requireScope('Session.getActiveUser', USERINFO_EMAIL);
    // "not available in ... a custom function in Google Sheets" (base/user#getemail): blank.
    return new User(this._env, this._env.customFunction ? '' : this._env.user);
  }
  getEffectiveUser(): User {
    this._env.requireScope('Session.getEffectiveUser', USERINFO_EMAIL);
    if (this._env.customFunction) return new User(this._env, '');
    return new User(this._env, this._env.effectiveUser ?? this._env.user);
  }
  getScriptTimeZone(): string {
    return (
      (this._env.workbook.meta.scriptTimeZone as string | undefined) ??
      this._env.workbook.timeZone
    );
  }
  getActiveUserLocale(): string {
    return (this._env.workbook.meta.userLocale as string | undefined) ?? 'id';
  }
  getTemporaryActiveUserKey(): string {
    return crypto
      .createHash('sha256')
      .update(this._env.workbook.id + '\n' + this._env.user)
      .digest('base64');
  }
  toString(): string {
    return 'Session';
  }
}

// ----- Utilities
function sprintf(template: string, args: unknown[]): string {
  let i = 0;
  return String(template).replace(
    /%(-?\d*)(?:\.(\d+))?([sdfi%])/g,
    (_m, width, prec, type) => {
      if (type === '%') return '%';
      const arg = args[i++];
      let s: string;
      if (type === 's') s = String(arg);
      else if (type === 'd' || type === 'i')
        s = String(Math.trunc(Number(arg)));
      else s = Number(arg).toFixed(prec === undefined ? 6 : Number(prec));
      const w = Math.abs(Number(width || 0));
      return width.startsWith('-') ? s.padEnd(w) : s.padStart(w);
    },
  );
}

export const DigestAlgorithm = Object.freeze({
  MD2: 'MD2',
  MD5: 'MD5',
  SHA_1: 'SHA_1',
  SHA_256: 'SHA_256',
  SHA_384: 'SHA_384',
  SHA_512: 'SHA_512',
} as const);
export const Charset = Object.freeze({
  US_ASCII: 'US_ASCII',
  UTF_8: 'UTF_8',
} as const);
const NODE_DIGEST: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

/** Java bytes are signed: Apps Script returns digests as numbers in -128..127. */
function signedBytes(env: Env, buf: Buffer): number[] {
  const out = new env.realm.Array(buf.length) as unknown as number[];
  for (let i = 0; i < buf.length; i++)
    out[i] = buf[i] > 127 ? buf[i] - 256 : buf[i];
  return out;
}

function toBuffer(value: unknown, charset?: string): Buffer {
  if (Array.isArray(value))
    return Buffer.from(value.map(b => (Number(b) + 256) % 256));
  if (value instanceof Blob) return Buffer.from(value._bytes);
  return Buffer.from(String(value), charset === 'US_ASCII' ? 'latin1' : 'utf8');
}

export class Utilities extends Service {
  DigestAlgorithm = DigestAlgorithm;
  Charset = Charset;

  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date)) {
      throw this._env.error(
        "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
      );
    }
    return formatJavaDate(date, String(timeZone), String(format));
  }
  /** sprintf-style, like Apps Script's formatString (%s, %d, %f with precision, %%). */
  formatString(template: string, ...args: unknown[]): string {
    return sprintf(template, args);
  }

  computeDigest(algorithm: string, value: unknown, charset?: string): number[] {
    const alg = NODE_DIGEST[String(algorithm)];
    if (!alg)
      throw this._env.error(`Unsupported digest algorithm: ${algorithm}`);
    return signedBytes(
      this._env,
      crypto.createHash(alg).update(toBuffer(value, charset)).digest(),
    );
  }
  computeHmacSha256Signature(
    value: unknown,
    key: unknown,
    charset?: string,
  ): number[] {
    const mac = crypto.createHmac('sha256', toBuffer(key, charset));
    return signedBytes(
      this._env,
      mac.update(toBuffer(value, charset)).digest(),
    );
  }
  base64Encode(data: unknown, charset?: string): string {
    return toBuffer(data, charset).toString('base64');
  }
  base64EncodeWebSafe(data: unknown, charset?: string): string {
    return toBuffer(data, charset)
      .toString('base64')
      .replace(/\+/g, '-')
      .replace(/\//g, '_');
  }
  base64Decode(encoded: string): number[] {
    return signedBytes(this._env, Buffer.from(String(encoded), 'base64'));
  }
  base64DecodeWebSafe(encoded: string): number[] {
    return signedBytes(this._env, Buffer.from(String(encoded), 'base64url'));
  }
  newBlob(data: unknown, contentType?: string, name?: string): Blob {
    return new Blob(
      this._env,
      toBuffer(data),
      contentType ?? null,
      name ?? null,
    );
  }
  getUuid(): string {
    return crypto.randomUUID();
  }
  /** Nothing else runs meanwhile in the emulator, so sleeping just returns. */
  sleep(milliseconds: number): void {
    void milliseconds;
  }
  toString(): string {
    return 'Utilities';
  }
}

export class Blob extends Service {
  constructor(
    env: Env,
    public _bytes: Buffer,
    private _type: string | null,
    private _name: string | null,
  ) {
    super(env);
  }
  getBytes(): number[] {
    return signedBytes(this._env, this._bytes);
  }
  getDataAsString(charset?: string): string {
    return this._bytes.toString(charset === 'US_ASCII' ? 'latin1' : 'utf8');
  }
  getContentType(): string | null {
    return this._type;
  }
  setContentType(contentType: string): Blob {
    this._type = contentType;
    return this;
  }
  getName(): string | null {
    return this._name;
  }
  setName(name: string): Blob {
    this._name = name;
    return this;
  }
  toString(): string {
    return 'Blob';
  }
}

// ----- HtmlService
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

// ----- Logger and console: lines go to emulator.logs (and to stderr when options.echoLogs).
export class Logger extends Service {
  _lines: string[] = [];
  log(format: unknown, ...values: unknown[]): Logger {
    const text =
      typeof format === 'string' && values.length
        ? sprintf(format, values)
        : String(format);
    this._env.shared.logs.push(text);
    return this;
  }
  getLog(): string {
    return this._env.shared.logs.join('\n');
  }
  clear(): void {
    this._env.shared.logs.length = 0;
  }
  toString(): string {
    return 'Logger';
  }
}

export function makeConsole(
  env: Env,
): Record<string, (...args: unknown[]) => void> {
  const write =
    (level: string) =>
    (...args: unknown[]) => {
      const text = args
        .map(a =>
          typeof a === 'string'
            ? a
            : a instanceof Error
              ? String(a.stack ?? a)
              : safeJson(a),
        )
        .join(' ');
      env.shared.logs.push(level === 'log' ? text : `[${level}] ${text}`);
      if (env.shared.options.echoLogs) process.stderr.write(`${text}\n`);
    };
  return {
    log: write('log'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    time: () => {},
    timeEnd: () => {},
  };
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

for (const [cls, name] of [
  [PropertiesService, 'PropertiesService'],
  [Properties, 'Properties'],
  [CacheService, 'CacheService'],
  [Cache, 'Cache'],
  [LockService, 'LockService'],
  [Lock, 'Lock'],
  [Session, 'Session'],
  [Utilities, 'Utilities'],
  [Blob, 'Blob'],
  [HtmlService, 'HtmlService'],
  [HtmlOutput, 'HtmlOutput'],
  [HtmlTemplate, 'HtmlTemplate'],
  [Logger, 'Logger'],
] as const) {
  countMethods(cls, name);
}
