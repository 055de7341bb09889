// The Publik sheet from Hasil, Unit and IKM tables (src/sheets/publik.ts), with worked numbers.
import {HEADERS} from '../../src/sheets/schema';
import {publikFromTables, publikRows, unitNames} from '../../src/sheets/publik';

const hasilHead = [...HEADERS.hasil];
function hasil(
  period: string,
  unit: string,
  status: string,
  predikat: string,
  i: number,
) {
  const row: unknown[] = hasilHead.map(() => '');
  row[0] = period;
  row[1] = `19800101200501100${i}`;
  row[2] = `Rahasia ${i}`;
  row[3] = unit;
  row[9] = predikat;
  row[11] = status;
  return row;
}

describe('Publik sheet', () => {
  it('has aggregates per unit and period, Lainnya for small units, IKM from the IKM sheet', () => {
    const rows: unknown[][] = [hasilHead];
    let i = 0;
    // UPT: 6 employees, 5 complete: 2 Sangat Baik, 3 Baik, 1 Butuh Perbaikan.
    for (const p of ['Sangat Baik', 'Sangat Baik', 'Baik', 'Baik', 'Baik'])
      rows.push(hasil('2026-TW1', 'UPT', 'Lengkap', p, i++));
    rows.push(
      hasil('2026-TW1', 'UPT', 'Belum lengkap', 'Butuh Perbaikan', i++),
    );
    // SEK (3) and BID (2): Lainnya, 5 employees, 4 complete.
    for (const u of ['SEK', 'SEK', 'SEK', 'BID'])
      rows.push(hasil('2026-TW1', u, 'Lengkap', 'Baik', i++));
    rows.push(hasil('2026-TW1', 'BID', 'Belum lengkap', '', i++));
    const ikm = [
      ['Periode', 'Kode Unit', 'Responden', 'NRR U1', 'IKM', 'Mutu'],
      ['2026-TW1', 'UPT', 40, 3.2, 82.456, 'B'],
      ['2026-TW1', 'SEK', 10, 3.5, 90, 'A'],
    ];
    const groups = publikFromTables({hasil: rows, ikm});
    const names = unitNames([
      ['Kode Unit', 'Nama Unit'],
      ['UPT', 'UPT Puskesmas'],
      ['SEK', 'Sekretariat'],
    ]);
    const sheet = publikRows(groups, names, 'Lainnya');
    expect(sheet).toEqual([
      [...HEADERS.publik],
      ['2026-TW1', 'UPT', 'UPT Puskesmas', 6, 5, 83.3, 2, 3, 1, 0, 0, 82.46],
      ['2026-TW1', 'Lainnya', 'Lainnya', 5, 4, 80, 0, 4, 0, 0, 0, 90],
    ]);
    const text = JSON.stringify(sheet);
    expect(text).not.toContain('Rahasia');
    expect(text).not.toContain('1980');
  });
});
