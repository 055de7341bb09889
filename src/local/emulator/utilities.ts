// Utilities (dates, sprintf, digests, base64, blobs, uuid) and Blob.
import crypto from 'node:crypto';
import {countMethods} from './calls';
import {isDate} from './dates';
import type {Env} from './env';
import {formatJavaDate} from './java-date-format';
import {htmlToPdf, zipEntries} from './pdf';
import {Service} from './service';

/** Apps Script's formatString and Logger.log templates: %s, %d, %i, %f with width and precision, %%. */
export function sprintf(template: string, args: unknown[]): string {
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
  /**
   * Utilities.parseCsv(csv, [delimiter]): the CSV as a 2-D array of strings, one array per line
   * (https://developers.google.com/apps-script/reference/utilities/utilities#parseCsv(String,Char)).
   * Quoted fields may hold the delimiter and doubled quotes. A line break inside a quoted field is
   * refused: Google's parser splits such a field (scripts replace those breaks before calling it),
   * so the add-on must not rely on it.
   */
  parseCsv(csv: string, delimiter = ','): string[][] {
    const sep = String(delimiter).charAt(0) || ',';
    const rows: string[][] = [];
    for (const line of String(csv).split(/\r\n|\n|\r/)) {
      const row: string[] = [];
      let field = '';
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quoted) {
          if (c === '"' && line[i + 1] === '"') {
            field += '"';
            i++;
          } else if (c === '"') quoted = false;
          else field += c;
        } else if (c === '"' && field === '') quoted = true;
        else if (c === sep) {
          row.push(field);
          field = '';
        } else field += c;
      }
      if (quoted) throw this._env.error('Could not parse text.');
      row.push(field);
      rows.push(row);
    }
    const realm = this._env.realm.Array;
    return realm.from(rows.map(r => realm.from(r))) as string[][];
  }

  /**
   * A ZIP of the blobs, named `name` (default 'Archive.zip'), content type application/zip
   * (https://developers.google.com/apps-script/reference/utilities/utilities#zip(BlobSource,String)).
   * A blob without a name cannot be an entry: refused, as an entry needs a file name.
   */
  zip(blobs: unknown, name?: string): Blob {
    if (!Array.isArray(blobs) || blobs.some(b => !(b instanceof Blob))) {
      throw this._env.error(
        "The parameters (String) don't match the method signature for Utilities.zip.",
      );
    }
    const list = blobs as Blob[];
    const entries = list.map(b => {
      const entry = b.getName();
      if (!entry)
        throw this._env.error(
          'Blob object must have non-null name for this operation.',
        );
      return {name: entry, data: b._bytes};
    });
    return new Blob(
      this._env,
      zipEntries(entries, new Date()),
      'application/zip',
      name ?? 'Archive.zip',
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
  /**
   * The blob converted (https://developers.google.com/apps-script/reference/base/blob#getAs(String)):
   * to application/pdf from HTML or plain text (rendered by Chromium, see pdf.ts); the name's part
   * after its last period is replaced by the new extension ("ShoppingList.12.25.2014" ->
   * "ShoppingList.12.25.pdf"). Other conversions are refused.
   */
  getAs(contentType: string): Blob {
    const to = String(contentType);
    const from = (this._type ?? '').split(';')[0].trim().toLowerCase();
    if (to === this._type)
      return new Blob(this._env, Buffer.from(this._bytes), to, this._name);
    if (
      to !== 'application/pdf' ||
      !['text/html', 'text/plain'].includes(from)
    ) {
      throw this._env.error(
        `Converting from ${from || 'unknown'} to ${to} is not supported.`,
      );
    }
    const html =
      from === 'text/html'
        ? this._bytes
        : Buffer.from(
            `<!DOCTYPE html><meta charset="utf-8"><pre style="white-space:pre-wrap">${this._bytes
              .toString('utf8')
              .replace(
                /[&<>]/g,
                c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;'})[c]!,
              )}</pre>`,
          );
    const name =
      this._name === null ? null : this._name.replace(/\.[^.]*$/, '') + '.pdf';
    return new Blob(this._env, htmlToPdf(html), 'application/pdf', name);
  }
  copyBlob(): Blob {
    return new Blob(
      this._env,
      Buffer.from(this._bytes),
      this._type,
      this._name,
    );
  }
  /** The blob itself (Blob is a BlobSource). */
  getBlob(): Blob {
    return this;
  }
  setName(name: string): Blob {
    this._name = name;
    return this;
  }
  toString(): string {
    return 'Blob';
  }
}

countMethods(Utilities, 'Utilities');
countMethods(Blob, 'Blob');
