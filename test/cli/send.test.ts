// The CLI as a new HR user meets it: init, then sample data in the same file, then feedback --send
// through a quota pause and a row left "Mengirim" (uncertain), in Bahasa Indonesia and English.
import fs from 'node:fs';
import path from 'node:path';
import {cliHarness} from './harness';
import {readWorkbook, writeWorkbook} from '../../src/local/xlsx';
import {SHEET} from '../../src/sheets/schema';

const cli = cliHarness('kinerja-send-');
const run = cli.run;
const PERIOD = '2026-TW1';

function emls(outbox: string): string[] {
  return fs.existsSync(outbox)
    ? fs.readdirSync(outbox).filter(f => f.endsWith('.eml'))
    : [];
}

describe('feedback --send from the command line', () => {
  const outbox = () => path.join(cli.dir(), 'kotak');

  beforeAll(async () => {
    // init first (as hr@localhost), then sample data whose HR is another address: the tabs and
    // their protections must still be made.
    expect((await run('init', 'kantor.xlsx')).code).toBe(0);
    const demo = await run(
      'demo',
      'kantor.xlsx',
      '--pegawai',
      '12',
      '--seed',
      '3',
      '--periode',
      PERIOD,
    );
    expect(demo.err).toBe('');
    expect(demo.code).toBe(0);
    expect(demo.out).not.toContain(' 0 tab penilaian');
  }, 60_000);

  it('validate names each place once', async () => {
    const {err} = await run('validate', 'kantor.xlsx');
    for (const line of err.trim().split('\n').filter(Boolean)) {
      const where = /^([^:]+![A-Z]+\d+): /.exec(line)?.[1];
      if (where) expect(line.split(where).length - 1).toBe(1);
    }
  });

  it('stops on paused-quota with a clear message, then goes on without sending twice', async () => {
    const first = await run(
      'feedback',
      'kantor.xlsx',
      '--send',
      '--outbox',
      outbox(),
      '--quota',
      '4',
    );
    expect(first.code).toBe(0);
    expect(first.err).toContain('Kuota email harian habis');
    const sentFirst = Number(/Terkirim (\d+)/.exec(first.out)![1]);
    expect(sentFirst).toBeGreaterThan(0);
    expect(sentFirst).toBeLessThanOrEqual(4);
    expect(emls(outbox())).toHaveLength(sentFirst);

    // HR notices an email of the next employee may have left (row stuck at Mengirim).
    const workbook = await readWorkbook(path.join(cli.dir(), 'kantor.xlsx'));
    const log = workbook.sheetByName(SHEET.logEmail)!;
    const hasil = workbook.sheetByName(SHEET.hasil)!;
    const rows = (sheet: typeof log) =>
      Array.from(
        {length: sheet.lastRow()},
        (_, r) => sheet.layers.value[r] ?? [],
      );
    const [header, ...hasilRows] = rows(hasil);
    const nipCol = header.map(String).indexOf('NIP');
    const statusCol = header.map(String).indexOf('Status');
    const complete = hasilRows
      .filter(r => r[statusCol] === 'Lengkap')
      .map(r => String(r[nipCol]));
    const loggedNips = new Set(
      rows(log)
        .slice(1)
        .map(r => String(r[1])),
    );
    const stuck = complete.find(nip => !loggedNips.has(nip))!;
    expect(complete).toContain(stuck);
    const next = log.lastRow() + 1;
    [
      PERIOD,
      stuck,
      'x@example.go.id',
      'Mengirim',
      '2026-02-10 08:00:00',
      '',
    ].forEach((v, c) => log.set('value', next, c + 1, v));
    await writeWorkbook(workbook, path.join(cli.dir(), 'kantor.xlsx'));

    const second = await run(
      'feedback',
      'kantor.xlsx',
      '--send',
      '--outbox',
      outbox(),
    );
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/tidak pasti 1;/);
    expect(second.err).toContain('Status tidak pasti');
    expect(second.err).toContain(stuck);
    const total = emls(outbox()).length;
    expect(total).toBeGreaterThan(sentFirst);

    // A third run sends nothing new and does not claim to have written files.
    const third = await run(
      'feedback',
      'kantor.xlsx',
      '--send',
      '--outbox',
      outbox(),
    );
    expect(third.out).toContain('Terkirim 0');
    // The uncertain row is still reported (stderr) with how many were sent before.
    expect(third.err).toContain(
      'sudah terkirim sebelumnya dan tidak dikirim ulang',
    );
    expect(third.out).not.toContain('Berkas .eml ditulis');
    expect(emls(outbox())).toHaveLength(total);
    const en = await run(
      'feedback',
      'kantor.xlsx',
      '--send',
      '--outbox',
      outbox(),
      '--lang',
      'en',
    );
    expect(en.out).toContain('Sent 0, skipped 10, failed 0, uncertain 1;');
  }, 60_000);
});

describe('init --lang en', () => {
  it('makes an English workbook: Bahasa en, set-up message in English, the English template under Subjek (en)', async () => {
    const {code, out} = await run('init', 'english.xlsx', '--lang', 'en');
    expect(code).toBe(0);
    expect(out).toMatch(/^Sheets ready: /);
    const workbook = await readWorkbook(path.join(cli.dir(), 'english.xlsx'));
    const keyValue = (name: string) => {
      const sheet = workbook.sheetByName(name)!;
      const out: Record<string, unknown> = {};
      for (let r = 1; r < sheet.lastRow(); r++) {
        const row = sheet.layers.value[r] ?? [];
        out[String(row[0])] = row[1];
      }
      return out;
    };
    expect(keyValue(SHEET.pengaturan)).toMatchObject({Bahasa: 'en'});
    // Both languages' templates, each under its keys; the English one is what an email uses.
    expect(keyValue(SHEET.templateEmail)).toMatchObject({
      Subjek: 'Umpan Balik Kinerja {{Periode}}: {{Nama}}',
      'Subjek (en)': 'Performance Feedback {{Periode}}: {{Nama}}',
    });
    // Run again without --lang: the workbook keeps its language.
    const again = await run('init', 'english.xlsx');
    expect(again.out).toContain('All sheets are complete');
  });
});

describe('a reader that closes the pipe early', () => {
  it('ends the command with a message, never a stack trace', async () => {
    const bin = path.join(__dirname, '../../scripts/kinerja-asn.js');
    const {spawn} = await import('node:child_process');
    const child = spawn(
      process.execPath,
      [bin, 'feedback', path.join(cli.dir(), 'kantor.xlsx')],
      {stdio: ['ignore', 'pipe', 'pipe']},
    );
    let err = '';
    child.stderr.on('data', d => (err += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>(resolve =>
      child.on('close', resolve),
    );
    // No stack trace. When the closed pipe is noticed before the output ends, the command says
    // so and exits 141 (issue 11: saved first); when all was written already, it exits 0.
    expect(err).not.toMatch(/Error:|\n\s+at /);
    if (code !== 0) {
      expect(code).toBe(141);
      expect(err).toContain('Dihentikan (EPIPE) setelah menyimpan');
    }
  }, 60_000);
});
