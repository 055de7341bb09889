// Problems show where they are typed (issue 12): the simple onEdit trigger marks a broken input
// with a note and a colour at once, and clears the mark when the cell is corrected.
import {EKA, S2, fillFixture, findRow, harness} from './helpers';
import {setSetting, sheet, tabName, values} from '../support/workbook';

function tabOfRina() {
  const h = harness();
  fillFixture(h);
  expect(h.ctx.apiCreateTabs('2026-TW1').ok).toBe(true);
  const name = tabName(h.emulator, '2026-TW1', S2.nip);
  const row = findRow(values(h.emulator, name), EKA, 'Hasil Kerja', 'I1');
  h.emulator.setUser(S2.email);
  const type = (cell: string, value: unknown) =>
    h.emulator.userEdit(h.ctx, name, cell, value);
  const cell = (ref: string) => sheet(h.emulator, name).getRange(ref);
  return {h, name, row, type, cell};
}

describe('onEdit marks', () => {
  it.each([
    ['abc', 'Realisasi bukan angka: "abc" (contoh: 87,5 atau 1.250)'],
    [
      '-5',
      'Realisasi negatif (-5): capaian tidak dihitung; ketik 0 atau lebih',
    ],
    ['=1+1', 'Realisasi berisi rumus (=1+1): ketik nilainya saja'],
  ])(
    'marks Realisasi %s in the cell with the Indonesian message',
    (typed, message) => {
      const {row, type, cell} = tabOfRina();
      type(`I${row}`, typed);
      expect(cell(`I${row}`).getNote()).toBe(`⚠ ${message}`);
      expect(cell(`I${row}`).getBackground()).toBe('#f4cccc');
      // Corrected: the mark goes, the input shade comes back.
      type(`I${row}`, '87,5');
      expect(cell(`I${row}`).getNote()).toBe('');
      expect(cell(`I${row}`).getBackground()).toBe('#fff8dc');
    },
  );

  it('marks an unknown rating, not a spelling the core reads', () => {
    const {row, type, cell} = tabOfRina();
    const rating = `J${row + 2}`; // a Perilaku row of Eka
    type(rating, 'Bagus');
    expect(cell(rating).getNote()).toBe(
      '⚠ Rating "Bagus" tidak dikenali: pilih Di Atas Ekspektasi, Sesuai Ekspektasi atau Di Bawah Ekspektasi',
    );
    type(rating, 'sesuai');
    expect(cell(rating).getNote()).toBe('');
    type(rating, 'diatas ekspektasi');
    expect(cell(rating).getNote()).toBe('');
  });

  it('leaves a valid number and a person’s own note alone, and speaks English when asked', () => {
    const {h, row, type, cell} = tabOfRina();
    cell(`I${row}`).setNote('cek ulang dengan Eka');
    type(`I${row}`, 12);
    expect(cell(`I${row}`).getNote()).toBe('cek ulang dengan Eka');
    expect(cell(`I${row}`).getBackground()).toBe('#fff8dc');
    // A mark goes above the person's note, and only the mark is taken off again.
    type(`I${row}`, 'dua belas');
    expect(cell(`I${row}`).getNote()).toBe(
      '⚠ Realisasi bukan angka: "dua belas" (contoh: 87,5 atau 1.250)\n\ncek ulang dengan Eka',
    );
    type(`I${row}`, 12);
    expect(cell(`I${row}`).getNote()).toBe('cek ulang dengan Eka');
    h.emulator.setUser('hr@example.go.id');
    setSetting(h.emulator, 'Bahasa', 'English');
    h.ctx.apiRecompute('2026-TW1'); // saves the settings property the trigger reads
    h.emulator.setUser(S2.email);
    type(`I${row}`, 'x');
    expect(cell(`I${row}`).getNote()).toBe(
      '⚠ Realisasi is not a number: "x" (e.g. 87,5 or 1.250)\n\ncek ulang dengan Eka',
    );
  });

  it('marks a bad number in an input sheet (HR typing Target TW1 in Indikator)', () => {
    const {h} = tabOfRina();
    h.emulator.setUser('hr@example.go.id');
    const s = sheet(h.emulator, 'Indikator');
    const header = s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0];
    const col = header.indexOf('Target TW1') + 1;
    expect(col).toBeGreaterThan(0);
    h.emulator.userEdit(
      h.ctx,
      'Indikator',
      s.getRange(2, col).getA1Notation(),
      'sepuluh',
    );
    expect(s.getRange(2, col).getNote()).toMatch(
      /^⚠ Target TW1 bukan angka: "sepuluh"/,
    );
    h.emulator.userEdit(
      h.ctx,
      'Indikator',
      s.getRange(2, col).getA1Notation(),
      '10',
    );
    expect(s.getRange(2, col).getNote()).toBe('');
  });
});
