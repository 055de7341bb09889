// The command line run in-process (main) on temporary .xlsx files, plus one end-to-end run of the
// npm bin through child_process. Uses the bundle built by test/global-setup.ts.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {cliHarness} from './harness';
import {readWorkbook, writeWorkbook} from '../../src/local/xlsx';
import type {Workbook} from '../../src/local/emulator';
import {SHEET} from '../../src/sheets/schema';
import {tabModelsOfPeriod} from '../../src/local/tabs';
import {plannedPredikatCounts} from '../../src/demo/appraisals';
import {demoWorkbook} from '../../src/demo/workbook';

const root = path.resolve(__dirname, '../..');
const cli = cliHarness('kinerja-cli-');
const run = cli.run;

function hasPython(): boolean {
  return spawnSync('python3', ['--version']).status === 0;
}

function values(workbook: Workbook, name: string): unknown[][] {
  const sheet = workbook.sheetByName(name);
  if (!sheet) return [];
  const rows: unknown[][] = [];
  for (let r = 0; r < sheet.lastRow(); r++) {
    const cells = sheet.layers.value[r] ?? [];
    rows.push(
      Array.from({length: sheet.lastColumn()}, (_, c) => cells[c] ?? ''),
    );
  }
  return rows;
}

function column(table: unknown[][], header: string): unknown[] {
  const i = (table[0] ?? []).indexOf(header);
  return table.slice(1).map(row => row[i]);
}

function hasilOf(workbook: Workbook, period: string): unknown[][] {
  const hasil = values(workbook, SHEET.hasil);
  const p = hasil[0].indexOf('Periode');
  return [hasil[0], ...hasil.slice(1).filter(row => row[p] === period)];
}

describe('wrong usage exits 2 with the usage text', () => {
  it.each([
    [[], 'Perintah belum diberikan'],
    [['frobnicate', 'a.xlsx'], 'Perintah tidak dikenal: frobnicate'],
    [['validate'], 'Berkas .xlsx belum diberikan'],
    [
      ['tabs', 'a.xlsx', '--periode', '2026-TW5'],
      'Periode "2026-TW5" tidak sah',
    ],
    [
      ['validate', 'a.xlsx', '--bogus'],
      'Opsi tidak dikenal untuk validate: --bogus',
    ],
    [['recompute', 'a.xlsx', '--periode'], 'Opsi --periode memerlukan nilai'],
    [
      ['demo', 'a.xlsx', '--pegawai', 'banyak'],
      'Opsi --pegawai harus bilangan bulat',
    ],
    [['demo', 'a.xlsx', '--periode', '2026-S1'], 'periode triwulan'],
    [['init', 'a.csv'], 'harus berakhiran .xlsx'],
    [['init', 'a.xlsx', 'b.xlsx'], 'Argumen berlebih: b.xlsx'],
    [['feedback', 'a.xlsx', '--send=yes'], 'Opsi tidak dikenal'],
    // util.parseArgs tokenises; these are still this grammar's answers, not its defaults.
    [
      ['tabs', 'a.xlsx', '--PERIODE', '2026-TW9'],
      'Periode "2026-TW9" tidak sah',
    ],
    [
      ['tabs', 'a.xlsx', '--periode', '--user', 'x@y'],
      'Opsi --periode memerlukan nilai',
    ],
    [['demo', 'a.xlsx', '--seed', '-5'], 'Opsi --seed harus bilangan bulat'],
    [['validate', 'a.xlsx', '-x'], 'Argumen berlebih: -x'],
    [['validate', '--', 'a.xlsx'], 'Argumen berlebih: a.xlsx'],
    [['validate', 'a.xlsx', '--Bogus=1'], 'untuk validate: --Bogus=1'],
  ])('%j', async (argv, message) => {
    const {code, err, out} = await run(...(argv as string[]));
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(err).toContain('Pemakaian: kinerja-asn <perintah> <berkas.xlsx>');
    expect(out).toBe('');
  });

  it('speaks English with --lang en', async () => {
    const {code, err} = await run('nonsense', 'a.xlsx', '--lang', 'en');
    expect(code).toBe(2);
    expect(err).toContain('Unknown verb: nonsense');
    expect(err).toContain('Usage: kinerja-asn <verb> <file.xlsx>');
  });

  it('a missing file is wrong usage too', async () => {
    const {code, err} = await run('validate', 'tidak-ada.xlsx');
    expect(code).toBe(2);
    expect(err).toContain('tidak ditemukan');
  });

  it('help prints the usage on stdout and exits 0', async () => {
    const {code, out} = await run('help');
    expect(code).toBe(0);
    expect(out).toContain('feedback');
    expect(out).toContain(
      'Status keluar: 0 berhasil, 1 ada galat isian, 2 salah pemakaian.',
    );
  });
});

describe('init', () => {
  it('creates the file with every contract sheet, and is idempotent', async () => {
    const file = path.join(cli.dir(), 'init.xlsx');
    const first = await run('init', 'init.xlsx');
    expect(first.code).toBe(0);
    const workbook = await readWorkbook(file);
    const names = workbook.sheets.map(s => s.name);
    // Arsip Penilaian comes with the first closed period, Daftar TPP with Hitung TPP, IKM with the
    // SKM form, Publik with the public view's own action: not with set-up.
    for (const sheet of Object.values(SHEET).filter(
      s =>
        s !== SHEET.arsipPenilaian &&
        s !== SHEET.daftarTpp &&
        s !== SHEET.ikm &&
        s !== SHEET.publik,
    ))
      expect(names).toContain(sheet);
    expect(values(workbook, SHEET.pegawai)[0]).toEqual([
      'NIP',
      'Nama',
      'Jabatan',
      'Kode Unit',
      'NIP Atasan',
      'Email',
      'Status',
      'Aktif',
      'Pangkat/Golongan',
    ]);
    const second = await run('init', 'init.xlsx');
    expect(second.code).toBe(0);
    const again = await readWorkbook(file);
    expect(again.sheets.map(s => s.name)).toEqual(names);
  });
});

describe('demo and the verbs on it', () => {
  const file = () => path.join(cli.dir(), 'demo.xlsx');
  const period = '2026-TW1';
  let demoRun: {code: number; out: string; err: string};

  beforeAll(async () => {
    demoRun = await run(
      'demo',
      'demo.xlsx',
      '--seed',
      '7',
      '--periode',
      period,
    );
  }, 60_000);

  it('creates a clean workbook (exit 0) with tabs and results', async () => {
    expect(demoRun.err).toBe('');
    expect(demoRun.code).toBe(0);
    expect(demoRun.out).toContain('60 pegawai');
    const workbook = await readWorkbook(file());
    // Found by the identity saved with each tab; named for people, within 31 characters.
    const tabs = tabModelsOfPeriod(workbook, period);
    expect(tabs.length).toBeGreaterThan(5);
    for (const tab of tabs) {
      expect(tab.name.startsWith(`${period} `)).toBe(true);
      expect(tab.name.length).toBeLessThanOrEqual(31);
    }
  });

  it('validate exits 0: no Galat in the sample data', async () => {
    const {code, out, err} = await run('validate', 'demo.xlsx');
    expect(code).toBe(0);
    expect(out).toMatch(/Validasi: 0 galat/);
    expect(err).not.toMatch(/^[^\n]*![A-Z]+\d+: (?![^\n]*\(peringatan\))/m);
  });

  it('Hasil holds the planned predikat for the seed', async () => {
    const workbook = await readWorkbook(file());
    const hasil = hasilOf(workbook, period);
    const status = column(hasil, 'Status');
    const predikat = column(hasil, 'Predikat');
    const counts: Record<string, number> = {};
    predikat.forEach((p, i) => {
      if (status[i] === 'Lengkap')
        counts[p as string] = (counts[p as string] ?? 0) + 1;
    });
    const planned = plannedPredikatCounts(
      demoWorkbook({seed: 7, period, employeeCount: 60}),
    );
    expect(counts).toEqual(planned);
    expect(Object.keys(counts)).toHaveLength(5);
  });

  // Another xlsx reader (python's zipfile + XML, no spreadsheet library) sees the same Hasil and
  // Rekap: what HR opens in LibreOffice or Excel is what the add-on computed.
  const pythonIt = hasPython() ? it : it.skip;
  pythonIt('another reader sees the same Hasil and Rekap', async () => {
    const script = `
import sys, zipfile, json, xml.etree.ElementTree as ET
M = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
R = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}'
z = zipfile.ZipFile(sys.argv[1])
rels = {r.get('Id'): r.get('Target') for r in ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))}
strings = [''.join(t.text or '' for t in si.iter(M + 't')) for si in ET.fromstring(z.read('xl/sharedStrings.xml'))]
def col(ref):
    n = 0
    for ch in ref:
        if ch.isalpha(): n = n * 26 + ord(ch.upper()) - 64
    return n
out = {}
for s in ET.fromstring(z.read('xl/workbook.xml')).find(M + 'sheets'):
    if s.get('name') not in ('Hasil', 'Rekap'): continue
    target = rels[s.get(R + 'id')].lstrip('/')
    ws = ET.fromstring(z.read(target if target.startswith('xl/') else 'xl/' + target))
    rows = []
    for row in ws.iter(M + 'row'):
        cells = {}
        for c in row.iter(M + 'c'):
            v = c.find(M + 'v')
            t = c.get('t')
            if t == 'inlineStr': val = ''.join(x.text or '' for x in c.iter(M + 't'))
            elif v is None: continue
            elif t == 's': val = strings[int(v.text)]
            elif t in ('str', 'b', 'e'): val = v.text
            else: val = float(v.text)
            cells[col(c.get('r'))] = val
        width = max(cells) if cells else 0
        rows.append([cells.get(i, '') for i in range(1, width + 1)])
    out[s.get('name')] = rows
print(json.dumps(out))
`;
    const theirs = JSON.parse(
      spawnSync('python3', ['-c', script, file()], {encoding: 'utf8'}).stdout,
    ) as Record<string, unknown[][]>;
    const ours = await readWorkbook(file());
    const pick = (table: unknown[][], headers: string[]) =>
      table.slice(1).map(row =>
        headers.map(h => {
          const v = row[table[0].indexOf(h)];
          return typeof v === 'number' ? Math.round(v * 100) / 100 : (v ?? '');
        }),
      );
    const hasilHeaders = [
      'Periode',
      'NIP',
      'Nilai Akhir',
      'Predikat',
      'Status',
    ];
    const rows = pick(theirs.Hasil, hasilHeaders);
    expect(rows.length).toBe(59);
    expect(rows).toEqual(pick(values(ours, SHEET.hasil), hasilHeaders));
    // NIPs are text there too: all 18 digits survive.
    for (const [, nip] of rows) expect(nip).toMatch(/^\d{18}$/);
    // The reader lists <row> elements only: the blank line above Rekap's TPP block has none.
    const filled = (table: unknown[][]) =>
      table.filter(r => r.some(v => v !== '' && v !== null));
    expect(filled(theirs.Rekap).length).toBe(
      filled(values(ours, SHEET.rekap)).length,
    );
    expect(theirs.Rekap[0]).toEqual(values(ours, SHEET.rekap)[0]);
  });

  it('keeps NIPs as 18-digit text in the saved file', async () => {
    const workbook = await readWorkbook(file());
    const nips = column(values(workbook, SHEET.pegawai), 'NIP');
    expect(nips).toHaveLength(60);
    for (const nip of nips) {
      expect(typeof nip).toBe('string');
      expect(nip).toMatch(/^\d{18}$/);
    }
    const hasilNips = column(hasilOf(workbook, period), 'NIP');
    for (const nip of hasilNips) expect(nip).toMatch(/^\d{18}$/);
  });

  it('refuses to write sample data over a file that holds employees', async () => {
    const {code, err} = await run('demo', 'demo.xlsx');
    expect(code).toBe(2);
    expect(err).toContain('sudah berisi data pegawai');
  });

  it('recompute is idempotent', async () => {
    const first = await run('recompute', 'demo.xlsx', '--periode', period);
    expect(first.code).toBe(0);
    const a = hasilOf(await readWorkbook(file()), period);
    const second = await run('recompute', 'demo.xlsx');
    expect(second.code).toBe(0);
    expect(second.out).toContain(`Periode ${period}: 59 pegawai`);
    const b = hasilOf(await readWorkbook(file()), period);
    expect(b).toEqual(a);
  });

  it('tabs refreshes the tabs and keeps what was typed', async () => {
    const before = hasilOf(await readWorkbook(file()), period);
    const {code, out} = await run('tabs', 'demo.xlsx', '--periode', period);
    expect(code).toBe(0);
    expect(out).toContain('Tab: 2026-TW1 ');
    await run('recompute', 'demo.xlsx', '--periode', period);
    expect(hasilOf(await readWorkbook(file()), period)).toEqual(before);
  });

  it('feedback previews one employee by NIP without saving', async () => {
    const workbook = await readWorkbook(file());
    const hasil = hasilOf(workbook, period);
    const nip = column(hasil, 'NIP')[
      column(hasil, 'Status').indexOf('Lengkap')
    ] as string;
    const mtime = fs.statSync(file()).mtimeMs;
    const {code, out} = await run('feedback', 'demo.xlsx', '--nip', nip);
    expect(code).toBe(0);
    expect(out).toContain(`=== ${nip} `);
    expect(out).toContain('Subjek: Umpan Balik Kinerja 2026-TW1');
    expect(out).toContain('Kepada: ');
    expect(fs.statSync(file()).mtimeMs).toBe(mtime);
    const unknown = await run(
      'feedback',
      'demo.xlsx',
      '--nip',
      '199001012015011999',
    );
    expect(unknown.code).toBe(1);
  });

  it('feedback --send writes each email exactly once, however often it runs', async () => {
    const outbox = path.join(cli.dir(), 'kotak-keluar');
    const first = await run(
      'feedback',
      'demo.xlsx',
      '--send',
      '--outbox',
      outbox,
    );
    expect(first.code).toBe(0);
    const sent = Number(/Terkirim (\d+)/.exec(first.out)![1]);
    expect(sent).toBeGreaterThan(30);
    const emls = () => fs.readdirSync(outbox).filter(f => f.endsWith('.eml'));
    expect(emls()).toHaveLength(sent);
    const second = await run(
      'feedback',
      'demo.xlsx',
      '--send',
      '--outbox',
      outbox,
    );
    expect(second.code).toBe(0);
    expect(second.out).toContain('Terkirim 0');
    expect(emls()).toHaveLength(sent);
  }, 60_000);
});

describe('validate on a bad NIP', () => {
  it('exits 1 and names the cell on stderr', async () => {
    const source = path.join(cli.dir(), 'demo.xlsx');
    const file = path.join(cli.dir(), 'bad.xlsx');
    if (!fs.existsSync(source))
      await run('demo', 'demo.xlsx', '--seed', '7', '--periode', '2026-TW1');
    const workbook = await readWorkbook(source);
    const pegawai = workbook.sheetByName(SHEET.pegawai)!;
    pegawai.set('value', 5, 1, '19800101200501');
    await writeWorkbook(workbook, file);
    const {code, err, out} = await run('validate', 'bad.xlsx');
    expect(code).toBe(1);
    expect(err).toMatch(/^Pegawai!A5: .*19800101200501/m);
    expect(out).toMatch(/Validasi: [1-9]\d* galat/);
    const en = await run('validate', 'bad.xlsx', '--lang', 'en');
    expect(en.code).toBe(1);
    expect(en.out).toMatch(/Validation: [1-9]\d* errors/);
  }, 60_000);
});

describe('the npm bin', () => {
  it('runs build/cli.js end to end', () => {
    const result = spawnSync(
      process.execPath,
      [
        path.join(root, 'scripts/kinerja-asn.js'),
        'init',
        'bin.xlsx',
        '--lang',
        'en',
      ],
      {cwd: cli.dir(), encoding: 'utf8'},
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      `Saved: ${path.join(cli.dir(), 'bin.xlsx')}`,
    );
    const usage = spawnSync(
      process.execPath,
      [path.join(root, 'scripts/kinerja-asn.js'), 'tabs'],
      {
        cwd: cli.dir(),
        encoding: 'utf8',
      },
    );
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('Pemakaian');
  }, 60_000);
});
