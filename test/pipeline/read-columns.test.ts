import {
  APPRAISAL_COLUMNS,
  joinTabRuns,
  tabReadRuns,
} from '../../src/sheets/read-columns';
import {HEADERS} from '../../src/sheets/schema';
import {parseWorkbook} from '../../src/sheets/read';
import {TODAY, cloneRaw, fixture} from './fixture';

describe('tab columns the appraisal needs', () => {
  it('reads two runs: Periode..Kode (Nama joins them) and Realisasi..Alasan', () => {
    expect(tabReadRuns()).toEqual([
      [1, 5],
      [9, 13],
    ]);
    expect(APPRAISAL_COLUMNS.penilaian).toHaveLength(9);
  });

  const slice = (values: unknown[][], [a, b]: [number, number]) =>
    values.map(r => r.slice(a - 1, b));

  it('joins the runs into a contract-width table that appraises as the whole tab does', () => {
    const raw = cloneRaw(fixture());
    const runs = tabReadRuns();
    const partial = cloneRaw(raw);
    partial.tabs = raw.tabs.map(tab => ({
      name: tab.name,
      values: joinTabRuns(
        runs,
        runs.map(run => slice(tab.values, run)),
      )!,
    }));
    expect(partial.tabs[0].values[0]).toEqual([...HEADERS.penilaian]);
    expect(partial.tabs[0].values[1][2]).toBe('');
    const full = parseWorkbook(raw, TODAY);
    const part = parseWorkbook(partial, TODAY);
    const keep = (rows: typeof full.input.appraisals) =>
      rows.map(r => [
        r.periode,
        r.nip,
        r.jenis,
        r.kode,
        r.realisasi,
        r.rating,
        r.alasan,
      ]);
    expect(keep(part.input.appraisals)).toEqual(keep(full.input.appraisals));
    expect(part.issues).toEqual(full.issues);
  });

  it('refuses runs whose header is not the contract (reordered columns): read the tab whole', () => {
    const tab = cloneRaw(fixture()).tabs[0].values;
    tab[0][9] = 'Realisasi';
    tab[0][8] = 'Rating';
    const runs = tabReadRuns();
    expect(
      joinTabRuns(
        runs,
        runs.map(run => slice(tab, run)),
      ),
    ).toBeNull();
  });
});
