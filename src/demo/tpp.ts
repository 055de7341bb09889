// The demo city's TPP inputs (DOMAIN §9): a job class for everyone (by level, staff spread over
// classes 5-8), the Besaran TPP of classes 1-17, and three months of attendance for the quarter the
// demo fills in, so that Hasil TPP shows a quarter's months. Its own seeded dice (from the seed and
// the NIP), so adding it changes nothing else of the demo.
import {PRESENSI_HEADERS} from '../core/tpp-presensi';
import {HEADERS} from '../sheets/schema';
import {Dice, hashText, seededRandom} from './random';
import type {DemoEmployee} from './types';

/** Kelas of an employee: heads 12, kepala bidang 10, kepala seksi 9, staff 5-8. */
export function demoKelas(e: DemoEmployee): number {
  if (e.level === 0) return 12;
  if (e.level === 1) return 10;
  if (e.level === 2) return 9;
  return 5 + (hashText(e.nip) % 4);
}

/** Besaran TPP of classes 1-17: 1.500.000 growing 18 % a class, rounded to 50.000 rupiah. */
export function demoKelasRows(): unknown[][] {
  return [
    [...HEADERS.kelasJabatan],
    ...Array.from({length: 17}, (_, i) => [
      i + 1,
      Math.round((1_500_000 * 1.18 ** i) / 50_000) * 50_000,
    ]),
  ];
}

/** Monday-Friday days of a month. */
function workingDays(year: number, month: number): number {
  let days = 0;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  for (let d = 1; d <= last; d++) {
    const w = new Date(Date.UTC(year, month - 1, d)).getUTCDay();
    if (w !== 0 && w !== 6) days++;
  }
  return days;
}

/** The three months of a quarter code 2026-TW1 -> 2026-01, 2026-02, 2026-03. */
export function monthsOfQuarter(period: string): string[] {
  const m = /^(\d{4})-TW([1-4])$/.exec(period);
  if (!m) return [];
  const first = (Number(m[2]) - 1) * 3 + 1;
  return [0, 1, 2].map(i => `${m[1]}-${String(first + i).padStart(2, '0')}`);
}

/** Presensi of the active employees for each month of the quarter. */
export function demoPresensiRows(
  employees: readonly DemoEmployee[],
  period: string,
  seed: number,
): unknown[][] {
  const rows: unknown[][] = [[...PRESENSI_HEADERS]];
  for (const month of monthsOfQuarter(period)) {
    const [y, m] = month.split('-').map(Number);
    const hariKerja = workingDays(y, m);
    for (const e of employees) {
      if (!e.aktif) continue;
      const dice = new Dice(
        seededRandom(hashText(`${seed} ${month} ${e.nip}`)),
      );
      const tk = dice.chance(0.06) ? dice.int(1, 2) : 0;
      const cuti = dice.chance(0.15) ? dice.int(1, 3) : 0;
      const dinasLuar = dice.chance(0.2) ? dice.int(1, 3) : 0;
      const tm = [dice.int(0, 3), dice.int(0, 1), dice.chance(0.1) ? 1 : 0, 0];
      const pc = [dice.int(0, 1), dice.chance(0.1) ? 1 : 0, 0, 0];
      rows.push([
        month,
        e.nip,
        hariKerja,
        hariKerja - tk - cuti - dinasLuar,
        tk,
        ...tm,
        ...pc,
        cuti,
        dinasLuar,
      ]);
    }
  }
  return rows;
}
