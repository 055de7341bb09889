// Blob.getAs('application/pdf'), Utilities.zip and MailApp attachments in the emulator (issue 14).
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import {createEmulator} from '../../src/local/emulator';
import {NO_BROWSER_MESSAGE} from '../../src/local/emulator/pdf';
import {
  MAX_ATTACHMENT_BYTES,
  TOO_MANY_ATTACHMENTS_MESSAGE,
} from '../../src/local/emulator/mail';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

function utilities() {
  const emulator = createEmulator({outboxDir: undefined});
  return {
    emulator,
    U: emulator.globals.Utilities as Any,
    MailApp: emulator.globals.MailApp as Any,
  };
}

describe('Blob.getAs', () => {
  it('prints HTML to an A4 PDF and replaces the last extension of the name', () => {
    const {U} = utilities();
    const html =
      '<!DOCTYPE html><meta charset="utf-8"><style>@page{size:A4}</style><p>Halo Ani Lestari, 87,50</p>';
    const pdf = U.newBlob(html, 'text/html', 'Laporan.12.25.html').getAs(
      'application/pdf',
    );
    expect(pdf.getContentType()).toBe('application/pdf');
    expect(pdf.getName()).toBe('Laporan.12.25.pdf');
    const file = path.join(
      fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-')),
      'a.pdf',
    );
    fs.writeFileSync(
      file,
      Buffer.from(pdf.getBytes().map((b: number) => (b + 256) % 256)),
    );
    expect(
      execFileSync('pdftotext', [file, '-'], {encoding: 'utf8'}),
    ).toContain('Halo Ani Lestari, 87,50');
    expect(execFileSync('pdfinfo', [file], {encoding: 'utf8'})).toMatch(
      /\(A4\)/,
    );
  });

  it('refuses a conversion Google does not offer, and says how to get a browser when none is there', () => {
    const {U} = utilities();
    expect(() => U.newBlob('x', 'text/html').getAs('image/png')).toThrow(
      'Converting from text/html to image/png is not supported.',
    );
    const before = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      expect(() =>
        U.newBlob('<p>x</p>', 'text/html').getAs('application/pdf'),
      ).toThrow(NO_BROWSER_MESSAGE);
    } finally {
      if (before === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = before;
    }
  });
});

describe('Utilities.zip', () => {
  it('makes a ZIP of named blobs (UTF-8 names) that another reader reads back', async () => {
    const {U} = utilities();
    const zip = U.zip(
      [
        U.newBlob('satu', 'text/plain', 'Évaluasi 1.txt'),
        U.newBlob('dua', 'text/plain', 'b.txt'),
      ],
      'Dokumen.zip',
    );
    expect([zip.getName(), zip.getContentType()]).toEqual([
      'Dokumen.zip',
      'application/zip',
    ]);
    // JSZip (exceljs's reader) honours the UTF-8 name flag; Debian's unzip -Z1 does not.
    const read = await JSZip.loadAsync(zip._bytes);
    expect(Object.keys(read.files)).toEqual(['Évaluasi 1.txt', 'b.txt']);
    expect(await read.file('b.txt')!.async('string')).toBe('dua');
    const file = path.join(
      fs.mkdtempSync(path.join(os.tmpdir(), 'zip-')),
      'a.zip',
    );
    fs.writeFileSync(file, zip._bytes);
    execFileSync('unzip', ['-tq', file]);
    expect(U.zip([U.newBlob('x', 'text/plain', 'x.txt')]).getName()).toBe(
      'Archive.zip',
    );
  });

  it('refuses a blob without a name', () => {
    const {U} = utilities();
    expect(() => U.zip([U.newBlob('x')])).toThrow(/non-null name/);
  });
});

describe('MailApp attachments', () => {
  it('keeps the files and refuses more than 250 or more than 25 MB in one message', () => {
    const {U, MailApp, emulator} = utilities();
    MailApp.sendEmail({
      to: 'ani@example.go.id',
      subject: 'Hasil',
      body: 'Terlampir.',
      attachments: [U.newBlob('%PDF-1.4', 'application/pdf', 'a.pdf')],
    });
    expect(emulator.mail.sent[0].attachments?.map(a => a.name)).toEqual([
      'a.pdf',
    ]);
    const many = Array.from({length: 251}, (_, i) =>
      U.newBlob('x', 'text/plain', `${i}.txt`),
    );
    expect(() =>
      MailApp.sendEmail({
        to: 'ani@example.go.id',
        subject: 's',
        body: 'b',
        attachments: many,
      }),
    ).toThrow(TOO_MANY_ATTACHMENTS_MESSAGE);
    const big = U.newBlob(
      Buffer.alloc(MAX_ATTACHMENT_BYTES + 1).toString(),
      'text/plain',
      'big.txt',
    );
    expect(() =>
      MailApp.sendEmail({
        to: 'ani@example.go.id',
        subject: 's',
        body: 'b',
        attachments: [big],
      }),
    ).toThrow(/Attachments Size/);
    // Refused messages use no quota and are not sent.
    expect(emulator.mail.sent).toHaveLength(1);
  });
});
