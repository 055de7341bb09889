// Issue 11 item 5 on the pure pipeline: each bad input named at its cell (the bundle tests in
// test/safety/bundle.test.ts run the same through Apps Script in the emulator).
import {parseWorkbook} from '../../src/sheets/read';
import {validateInput} from '../../src/sheets/validate';
import {mergeIssues} from '../../src/sheets/issues';
import {appraisePeriod} from '../../src/core/appraise/period';
import type {Issue} from '../../src/core/types';
import {SITI, TODAY, cloneRaw, fixture} from './fixture';

const line = (i: Issue) => `${i.sheet}!${i.cell}: ${i.message.id} [${i.level}]`;
const TAB = 'Penilaian 2026-TW1 ';

function run(edit: (raw: ReturnType<typeof fixture>) => void) {
  const raw = cloneRaw(fixture());
  edit(raw);
  const {input, issues} = parseWorkbook(raw, TODAY);
  return {
    input,
    lines: mergeIssues(issues, validateInput(input)).map(line),
  };
}

/** The tab row (0-based) of Siti's first indicator in the Kominfo TW1 tab, and the tab. */
function sitiRow(raw: ReturnType<typeof fixture>) {
  const tab = raw.tabs[0];
  return {
    tab,
    r: tab.values.findIndex(row => row[1] === SITI && row[4] === 'IKU-01'),
  };
}

describe('bad inputs get a message naming the cell', () => {
  it.each([
    [-5, 'Realisasi negatif (-5): capaian tidak dihitung; ketik 0 atau lebih'],
    [
      '#DIV/0!',
      'Realisasi berisi galat rumus #DIV/0!: dibaca kosong sampai rumusnya diperbaiki',
    ],
    [
      '14/03/2026',
      'Realisasi berisi tanggal ("14/03/2026"), bukan angka: ketik angkanya (format sel sebagai angka)',
    ],
    [
      new Date(2026, 2, 14),
      'Realisasi berisi tanggal ("14/03/2026"), bukan angka: ketik angkanya (format sel sebagai angka)',
    ],
  ])('Realisasi %j', (value, message) => {
    let cell = '';
    const {input, lines} = run(raw => {
      const {tab, r} = sitiRow(raw);
      tab.values[r][8] = value;
      cell = `${tab.name}!I${r + 1}`;
    });
    expect(cell.startsWith(TAB)).toBe(true);
    expect(lines).toContain(`${cell}: ${message} [Galat]`);
    // Not filled: Siti's TW1 is incomplete, no predikat.
    const siti = appraisePeriod(input, '2026-TW1').results.find(
      x => x.nip === SITI,
    )!;
    expect(siti.status).not.toBe('Lengkap');
    expect(siti.predikat).toBeNull();
  });

  it('a formula error in a Rating is named', () => {
    let cell = '';
    const {lines} = run(raw => {
      const tab = raw.tabs[0];
      const r = tab.values.findIndex(
        row => row[1] === SITI && row[3] === 'Perilaku',
      );
      tab.values[r][9] = '#N/A';
      cell = `${tab.name}!J${r + 1}`;
    });
    expect(lines).toContain(
      `${cell}: Rating berisi galat rumus #N/A: dibaca kosong sampai rumusnya diperbaiki [Galat]`,
    );
  });

  it('blank and formula-like names, and unknown placeholders in Subjek and Isi', () => {
    const {lines} = run(raw => {
      raw.tables.pegawai![1][1] = '';
      raw.tables.pegawai![2][1] = '@siti';
      raw.tables.unit![1][1] = '=IMAGE("http://evil.example")';
      raw.tables.templateEmail![1][1] = 'Nilai {{Periode}} {{Bonus}}';
      raw.tables.templateEmail![2][1] = '{{Gaji}} dan {{ gaji }} {{Nama}}';
    });
    expect(lines).toContain('Pegawai!B2: Nama kosong [Galat]');
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^Pegawai!B3: Nama diawali "@" \("@siti"\).*\[Peringatan\]$/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^Unit!B2: Nama diawali "="/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^Template Email!B2: Placeholder tidak dikenal: \{\{Bonus\}\}; email tidak dikirim/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^Template Email!B3: Placeholder tidak dikenal: \{\{Gaji\}\}, \{\{ gaji \}\};/,
      ),
    );
  });

  it('a NIP stored as a number: one message, and no result under the changed NIP', () => {
    const changed = BigInt(Number('199001202015031001')).toString();
    const {input, lines} = run(raw => {
      raw.tables.pegawai![3][0] = Number('199001202015031001');
    });
    expect(lines.filter(l => l.startsWith('Pegawai!A4:'))).toEqual([
      `Pegawai!A4: NIP tersimpan sebagai angka (${changed}): digit terakhir bisa hilang; format kolom sebagai teks dan ketik ulang NIP [Galat]`,
    ]);
    const nips = appraisePeriod(input, '2026-TW1').results.map(r => r.nip);
    expect(nips).not.toContain(changed);
    expect(nips).not.toContain('');
  });
});
