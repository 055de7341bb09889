// The sidebar summary's completion for semester and year periods: counted from the quarter tabs
// when the period has no tabs of its own, the way recompute (appraisePeriod) aggregates them.
import {
  EKA,
  DEDI,
  KEPALA,
  S2,
  type Harness,
  fillFixture,
  findRow,
  harness,
} from './helpers';
import {sheet, values} from '../support/workbook';

const ASPECTS = ['BO', 'AK', 'KO', 'HA', 'LO', 'AD', 'KL'];

/** Types one person's inputs into a quarter tab: Realisasi of I1 and I2, optionally the ratings. */
function typeInputs(
  h: Harness,
  period: string,
  supervisor: string,
  nip: string,
  inputs: {i1: unknown; i2: unknown; ratings: boolean},
): void {
  const name = `Penilaian ${period} ${supervisor}`;
  const s = sheet(h.emulator, name);
  const tab = values(h.emulator, name);
  s.getRange(findRow(tab, nip, 'Hasil Kerja', 'I1'), 9).setValue(inputs.i1);
  s.getRange(findRow(tab, nip, 'Hasil Kerja', 'I2'), 9).setValue(inputs.i2);
  if (!inputs.ratings) return;
  for (const kode of ASPECTS) {
    s.getRange(findRow(tab, nip, 'Perilaku', kode), 10).setValue(
      'Sesuai Ekspektasi',
    );
  }
}

function doneBySupervisor(h: Harness, period: string): Record<string, string> {
  const summary = h.ctx.apiGetSummary(period);
  const out: Record<string, string> = {};
  for (const row of summary.completion as {
    key: string;
    done: number;
    total: number;
  }[])
    out[row.key] = `${row.done}/${row.total}`;
  return out;
}

function hasilStatus(h: Harness, period: string, nip: string): string {
  const list = h.ctx.apiListEmployees(period) as {
    nip: string;
    status: string;
  }[];
  return list.find(e => e.nip === nip)!.status;
}

describe('summary completion of a semester or year without tabs of its own', () => {
  it.each([
    // [case, Eka's TW2 Realisasi of I2, Eka done in S1]
    ['both quarters filled', 7, '1/1'],
    ['a quarter left blank', '', '0/1'],
  ])(
    'S1 is counted from TW1 and TW2 (%s), as recompute decides',
    (_case, ekaTw2I2, ekaDone) => {
      const h = harness();
      fillFixture(h);
      h.ctx.apiCreateTabs('2026-TW1');
      h.ctx.apiCreateTabs('2026-TW2');
      // Eka: TW1 realisasi only; TW2 realisasi and the behaviour ratings (the latest quarter's).
      typeInputs(h, '2026-TW1', S2.nip, EKA, {i1: 10, i2: 8, ratings: false});
      typeInputs(h, '2026-TW2', S2.nip, EKA, {
        i1: 12,
        i2: ekaTw2I2,
        ratings: true,
      });
      // Dedi: TW1 complete, nothing in TW2: the semester is not complete.
      typeInputs(h, '2026-TW1', KEPALA.nip, DEDI, {
        i1: 9,
        i2: 8,
        ratings: true,
      });

      expect(doneBySupervisor(h, '2026-S1')).toMatchObject({
        [S2.nip]: ekaDone,
        [KEPALA.nip]: '0/3',
      });
      // The same verdict as the appraisal itself.
      h.ctx.apiRecompute('2026-S1');
      expect(hasilStatus(h, '2026-S1', EKA)).toBe(
        ekaDone === '1/1' ? 'Lengkap' : 'Belum lengkap',
      );
      expect(hasilStatus(h, '2026-S1', DEDI)).toBe('Belum lengkap');
      // A year needs all four quarters; TW1 on its own counts only its own tab.
      expect(doneBySupervisor(h, '2026')[S2.nip]).toBe('0/1');
      expect(doneBySupervisor(h, '2026-TW1')).toMatchObject({
        [S2.nip]: '0/1',
        [KEPALA.nip]: '1/3',
      });
    },
  );
});
