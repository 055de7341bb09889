// HTML -> PDF and ZIP for the emulator's Blob.getAs('application/pdf') and Utilities.zip.
//
// PDF: Apps Script converts an HTML blob to PDF on Google's servers
// (https://developers.google.com/apps-script/reference/base/blob#getAs(String): "For most blobs,
// 'application/pdf' is the only valid option"; the name's last extension is replaced by .pdf). Here
// Debian's Chromium renders it. The emulated API is synchronous, and playwright-core's API is
// promise-based (it cannot be awaited inside a synchronous call without a worker and Atomics.wait
// bridge), so the conversion runs Chromium headless once per blob with spawnSync and
// --print-to-pdf: the same engine playwright drives, honouring @page size and margins, ~1-2 s a
// document. The browser is $CHROMIUM_PATH when set, else /usr/bin/chromium; none -> a clear
// error saying how to install one.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The Chromium to render with, or null. */
export function chromiumPath(): string | null {
  const env = process.env.CHROMIUM_PATH;
  // Set: that browser or none (so a missing browser can be tried on a machine that has one).
  if (env) return fs.existsSync(env) ? env : null;
  return CANDIDATES.find(p => fs.existsSync(p)) ?? null;
}

export const NO_BROWSER_MESSAGE =
  'Konversi PDF butuh Chromium: pasang dengan `apt-get install chromium` atau atur CHROMIUM_PATH. / ' +
  'PDF conversion needs Chromium: install it with `apt-get install chromium` or set CHROMIUM_PATH.';

/** Prints an HTML page (UTF-8) to PDF bytes with headless Chromium. */
export function htmlToPdf(html: Buffer): Buffer {
  const browser = chromiumPath();
  if (!browser) throw new Error(NO_BROWSER_MESSAGE);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-pdf-'));
  try {
    const input = path.join(dir, 'in.html');
    const output = path.join(dir, 'out.pdf');
    fs.writeFileSync(input, html);
    const run = spawnSync(
      browser,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-extensions',
        `--user-data-dir=${path.join(dir, 'profile')}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${output}`,
        `file://${input}`,
      ],
      {encoding: 'utf8', timeout: 60_000},
    );
    if (!fs.existsSync(output)) {
      throw new Error(
        `Chromium could not print the PDF (${run.error?.message ?? `exit ${run.status}`}): ${String(run.stderr).slice(-300)}`,
      );
    }
    return fs.readFileSync(output);
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
}

/** DOS date and time of a moment (ZIP headers). */
function dosTime(d: Date): {time: number; date: number} {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date:
      ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/**
 * A ZIP archive (deflate, UTF-8 names: general-purpose bit 11) of named entries, as
 * Utilities.zip(blobs, name) makes one (https://developers.google.com/apps-script/reference/
 * utilities/utilities#zip(BlobSource,String)).
 */
export function zipEntries(
  entries: {name: string; data: Buffer}[],
  now: Date,
): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const {time, date} = dosTime(now);
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const packed = zlib.deflateRawSync(entry.data);
    const crc = zlib.crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}
