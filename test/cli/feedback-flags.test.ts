// feedback's sending flags from the command line: the plan before --send, --send --nip (resend to
// one), --send --changed, --remind (once per Jeda Pengingat), and the flags that do not combine.
import fs from 'node:fs';
import path from 'node:path';
import {cliHarness} from './harness';

const cli = cliHarness('kinerja-flags-');
const run = cli.run;
const PERIOD = '2026-TW1';

function emls(dir: string): string[] {
  return fs.existsSync(dir)
    ? fs.readdirSync(dir).filter(f => f.endsWith('.eml'))
    : [];
}

describe('feedback flags', () => {
  const outbox = () => path.join(cli.dir(), 'kotak');
  const feedback = (...flags: string[]) =>
    run('feedback', 'kantor.xlsx', '--outbox', outbox(), ...flags);

  beforeAll(async () => {
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
    expect(demo.code).toBe(0);
  }, 60_000);

  it('says before --send how many go out and why the others do not, and sends that many', async () => {
    const {code, out} = await feedback('--send');
    expect(code).toBe(0);
    const planned =
      /^(\d+) email akan dikirim dari (\d+) pegawai periode 2026-TW1\.$/m.exec(
        out,
      );
    expect(planned).not.toBeNull();
    const sent = Number(/Terkirim (\d+)/.exec(out)![1]);
    expect(sent).toBe(Number(planned![1]));
    expect(emls(outbox())).toHaveLength(sent);
    // Each reason line has a count; the counts add up to those not sent.
    const counts = [...out.matchAll(/^• [^:]+: (\d+) \(/gm)].map(m =>
      Number(m[1]),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(Number(planned![2]) - sent);
  }, 60_000);

  it('--send --nip resends to that one employee only', async () => {
    const before = emls(outbox()).length;
    // The first .eml's recipient is someone already sent.
    const first = fs.readFileSync(
      path.join(outbox(), emls(outbox())[0]),
      'utf8',
    );
    const to = /^To: (.+)$/m.exec(first)![1].trim();
    const preview = await run('feedback', 'kantor.xlsx');
    const {code, out} = await feedback(
      '--send',
      '--nip',
      nipOfEmail(preview.out, to),
    );
    expect(code).toBe(0);
    expect(out).toContain('Terkirim 1, dilewati 0, gagal 0');
    expect(emls(outbox())).toHaveLength(before + 1);
  }, 60_000);

  it('--send --changed sends nothing when nothing changed', async () => {
    const before = emls(outbox()).length;
    const {code, out} = await feedback('--send', '--changed');
    expect(code).toBe(0);
    expect(out).toContain('Terkirim 0');
    expect(emls(outbox())).toHaveLength(before);
  }, 60_000);

  it('--remind sends each supervisor with unfinished inputs one reminder, then holds them', async () => {
    const before = emls(outbox()).length;
    const first = await feedback('--remind');
    expect(first.code).toBe(0);
    const sent = Number(
      /Pengingat: (\d+) terkirim, 0 gagal/.exec(first.out)![1],
    );
    expect(sent).toBeGreaterThan(0);
    expect(first.out).toMatch(/isian kosong/);
    expect(emls(outbox())).toHaveLength(before + sent);
    const second = await feedback('--remind');
    expect(second.out).toContain(
      `Pengingat: 0 terkirim, 0 gagal, ${sent} ditunda.`,
    );
    expect(second.out).toContain('Sudah diingatkan');
    expect(emls(outbox())).toHaveLength(before + sent);
  }, 60_000);

  it('refuses flags that do not go together (exit 2)', async () => {
    const a = await feedback('--changed');
    expect(a.code).toBe(2);
    expect(a.err).toContain('--changed hanya berlaku bersama --send.');
    const b = await feedback('--remind', '--send');
    expect(b.code).toBe(2);
    expect(b.err).toContain('--remind tidak dapat dipakai bersama --send.');
  });
});

/** The NIP of the preview block whose To: is `to`. */
function nipOfEmail(preview: string, to: string): string {
  const lines = preview.split('\n');
  const at = lines.findIndex(l => l === `Kepada: ${to}`);
  for (let i = at; i >= 0; i--) {
    const m = /(\d{18})/.exec(lines[i]);
    if (m) return m[1];
  }
  throw new Error(`no NIP for ${to}`);
}
