// Periksa covers the appraisal tabs of the selected period (issue 12): a bad Realisasi or Rating
// typed in a tab is an issue at `Tab!Cell`, found for that period only.
import {EKA, S2, fillFixture, findRow, harness} from './helpers';
import {sheet, tabName, values} from '../support/workbook';

function withTab(period: string) {
  const h = harness();
  fillFixture(h);
  const result = h.ctx.apiCreateTabs(period);
  expect(result.ok).toBe(true);
  const name = tabName(h.emulator, period, S2.nip);
  const row = findRow(values(h.emulator, name), EKA, 'Hasil Kerja', 'I1');
  return {h, name, row, s: sheet(h.emulator, name)};
}

const texts = (dto: {issues: {text: string}[]}) => dto.issues.map(i => i.text);

describe('Periksa and the appraisal tabs', () => {
  it('finds a word, a negative number and a formula in Realisasi, and a bad rating', () => {
    const {h, name, row, s} = withTab('2026-TW1');
    s.getRange(row, 9).setValue('abc');
    s.getRange(row + 1, 9).setValue(-5);
    s.getRange(row + 2, 10).setValue('Bagus');
    s.getRange(row + 3, 10).setValue('sesuai'); // a spelling the core reads
    const dto = h.ctx.apiValidate('2026-TW1');
    const found = texts(dto);
    expect(found).toContain(
      `${name}!I${row}: Realisasi bukan angka: "abc" (contoh: 87,5 atau 1.250)`,
    );
    expect(found).toContain(
      `${name}!I${row + 1}: Realisasi negatif (-5): capaian tidak dihitung; ketik 0 atau lebih`,
    );
    expect(found.filter(t => t.startsWith(`${name}!J${row + 2}:`))).toEqual([
      `${name}!J${row + 2}: Rating "Bagus" tidak dikenali: pilih Di Atas Ekspektasi, Sesuai Ekspektasi atau Di Bawah Ekspektasi`,
    ]);
    expect(found.some(t => t.startsWith(`${name}!J${row + 3}:`))).toBe(false);
    expect(dto.errors).toBeGreaterThanOrEqual(3);
    // Written to Validasi as well.
    const validasi = values(h.emulator, 'Validasi');
    expect(validasi.some(r => r[0] === name && r[1] === `I${row}`)).toBe(true);
  });

  it('finds a formula typed into Realisasi', () => {
    const {h, name, row, s} = withTab('2026-TW1');
    s.getRange(row, 9).setFormula('=1+1');
    expect(texts(h.ctx.apiValidate('2026-TW1'))).toContain(
      `${name}!I${row}: Realisasi berisi rumus (=1+1): ketik nilainya saja`,
    );
  });

  it('checks the selected period: a TW2 tab is checked for 2026-TW2, not for Periode Aktif', () => {
    const {h, name, row, s} = withTab('2026-TW2');
    s.getRange(row, 9).setValue('abc');
    const bad = `${name}!I${row}: Realisasi bukan angka: "abc" (contoh: 87,5 atau 1.250)`;
    expect(texts(h.ctx.apiValidate('2026-TW2'))).toContain(bad);
    expect(texts(h.ctx.apiValidate('2026-TW1'))).not.toContain(bad);
  });
});
