// A workbook file as a careful desktop program treats it: what it refuses to open (read-only, not
// an .xlsx, encrypted or old .xls), the real file behind a symlink, and the temporary files a
// killed process left beside it.
import fs from 'node:fs';
import path from 'node:path';
import type {Params} from '../core/i18n';

/** A problem with the workbook file a person can fix; `key` is in the local catalogue. */
export class WorkbookFileError extends Error {
  constructor(
    readonly key: string,
    readonly params: Params,
  ) {
    super(key);
  }
}

/** The file behind any symlinks (the one to read, lock and replace), or the path itself if new. */
export function realFile(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    // A new file, or a dangling link: write where the link points.
    try {
      const target = fs.readlinkSync(file);
      return path.resolve(path.dirname(file), target);
    } catch {
      return path.resolve(file);
    }
  }
}

// OLE2 compound file (CFB): an encrypted .xlsx (Excel's "Encrypt with password") or a .xls.
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from('PK\x03\x04', 'latin1');

/**
 * Throws when the file cannot be opened as an .xlsx and saved again: not writable, not a zip, a
 * zip without a workbook in it, encrypted or an old .xls. The file is never touched.
 */
export function checkWorkbookFile(file: string, shown: string = file): void {
  const stat = fs.statSync(file);
  if (!stat.isFile())
    throw new WorkbookFileError('cli.file.notAFile', {file: shown});
  const head = Buffer.alloc(8);
  const fd = fs.openSync(file, 'r');
  let data: Buffer;
  try {
    fs.readSync(fd, head, 0, 8, 0);
    data = head.subarray(0, 4).equals(ZIP_MAGIC) ? fs.readFileSync(file) : head;
  } finally {
    fs.closeSync(fd);
  }
  if (head.equals(CFB_MAGIC))
    throw new WorkbookFileError('cli.file.encryptedOrXls', {file: shown});
  if (stat.size === 0 || !head.subarray(0, 4).equals(ZIP_MAGIC))
    throw new WorkbookFileError('cli.file.notZip', {file: shown});
  // A zip's central directory names its entries in plain text: an .xlsx has these two.
  if (
    !data.includes('[Content_Types].xml', 0, 'latin1') ||
    !data.includes('xl/workbook.xml', 0, 'latin1')
  )
    throw new WorkbookFileError('cli.file.notXlsxZip', {file: shown});
  checkWritable(file, shown);
}

/** Throws when the file (or, for a new one, its folder) cannot be written by us. */
export function checkWritable(file: string, shown: string = file): void {
  const dir = path.dirname(file);
  if (fs.existsSync(file)) {
    const mode = fs.statSync(file).mode;
    // root passes access(W_OK) on any file: a file nobody may write is read-only for us too.
    if ((mode & 0o222) === 0 || !canAccess(file))
      throw new WorkbookFileError('cli.file.readOnly', {file: shown});
  }
  if (!canAccess(dir))
    throw new WorkbookFileError('cli.file.folderReadOnly', {file: shown, dir});
}

function canAccess(p: string): boolean {
  try {
    fs.accessSync(p, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Whether a process with this id is alive on this machine. */
export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The temporary file a save writes before renaming it over `file`. */
export function tempFileOf(file: string, pid = process.pid): string {
  return `${file}.tmp-${pid}`;
}

/** Removes `file.tmp-PID` files left by processes that are gone (killed during a save). */
export function removeStaleTemps(file: string): void {
  const dir = path.dirname(file);
  const prefix = `${path.basename(file)}.tmp-`;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length));
    if (pid !== process.pid && !pidAlive(pid))
      fs.rmSync(path.join(dir, name), {force: true});
  }
}

/** Temporary files this process is writing: removed if it exits or is stopped meanwhile. */
const ownTemps = new Set<string>();
let exitHook = false;
export function trackTemp(tmp: string, on: boolean): void {
  if (on) ownTemps.add(tmp);
  else ownTemps.delete(tmp);
  if (!exitHook) {
    exitHook = true;
    process.on('exit', () => {
      for (const t of ownTemps) fs.rmSync(t, {force: true});
    });
  }
}
