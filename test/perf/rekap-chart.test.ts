// Recompute keeps one stacked column chart in Rekap: predikat counts per unit over the Rekap
// block, inserted once, its ranges updated when the block changes, never duplicated.
import {chartModels} from '../../src/local/emulator';
import {fillFixture, harness} from '../workflow/helpers';
import {appendRows, sheet, values} from '../support/workbook';

function prepared() {
  const h = harness();
  fillFixture(h);
  expect(h.ctx.apiCreateTabs('2026-TW1').ok).toBe(true);
  return h;
}

function rekapCharts(h: ReturnType<typeof harness>) {
  return sheet(h.emulator, 'Rekap')
    .getCharts()
    .map(chart => ({
      ranges: chart.getRanges().map(r => r.getA1Notation()),
      title: chart.getOptions().get('title'),
      stacked: chart.getOptions().get('isStacked'),
      anchor: [
        chart.getContainerInfo().getAnchorRow(),
        chart.getContainerInfo().getAnchorColumn(),
      ],
    }));
}

describe('the Rekap chart', () => {
  it('is inserted by the first recompute over the units rows of the block', () => {
    const h = prepared();
    expect(h.ctx.apiRecompute('2026-TW1').ok).toBe(true);
    const rekap = values(h.emulator, 'Rekap');
    // Header, unit U01, Total: the chart covers the header and the one unit, not the Total.
    expect(rekap).toHaveLength(3);
    expect(rekap[0][1]).toBe('Nama Unit');
    expect(rekap[0].slice(6, 11)).toEqual([
      'Sangat Baik',
      'Baik',
      'Butuh Perbaikan',
      'Kurang/Misconduct',
      'Sangat Kurang',
    ]);
    expect(rekapCharts(h)).toEqual([
      {
        ranges: ['B1:B2', 'G1:K2'],
        title: 'Predikat per Unit 2026-TW1',
        stacked: true,
        anchor: [1, rekap[0].length + 2],
      },
    ]);
  });

  it('recomputing the same block changes nothing and costs one getCharts', () => {
    const h = prepared();
    h.ctx.apiRecompute('2026-TW1');
    const before = JSON.stringify(chartModels(h.emulator.workbook));
    h.emulator.calls.reset();
    h.ctx.apiRecompute('2026-TW1');
    const chartCalls = Object.keys(h.emulator.calls.byMethod()).filter(name =>
      /Chart/.test(name),
    );
    expect(chartCalls).toEqual(['Sheet.getCharts']);
    expect(JSON.stringify(chartModels(h.emulator.workbook))).toBe(before);
  });

  it('follows the block when a unit is added, and stays one chart', () => {
    const h = prepared();
    h.ctx.apiRecompute('2026-TW1');
    const [{ranges: first}] = rekapCharts(h);
    appendRows(h.emulator, 'Unit', [['U02', 'Bagian Keuangan', '', '', '']]);
    h.ctx.apiRecompute('2026-TW1');
    expect(values(h.emulator, 'Rekap')).toHaveLength(4);
    const after = rekapCharts(h);
    expect(after).toHaveLength(1);
    expect(first).toEqual(['B1:B2', 'G1:K2']);
    expect(after[0].ranges).toEqual(['B1:B3', 'G1:K3']);
    expect(after[0].stacked).toBe(true);
  });

  it('removes a copy of itself but keeps a chart someone added', () => {
    const h = prepared();
    h.ctx.apiRecompute('2026-TW1');
    const rekap = sheet(h.emulator, 'Rekap');
    const [ours] = rekap.getCharts();
    rekap.insertChart(ours.modify().build()); // a duplicate, as "Copy chart" makes
    rekap.insertChart(
      rekap
        .newChart()
        .addRange(rekap.getRange('C1:D2'))
        .setOption('title', 'Pegawai dan lengkap')
        .build(),
    );
    expect(rekap.getCharts()).toHaveLength(3);
    appendRows(h.emulator, 'Unit', [['U02', 'Bagian Keuangan', '', '', '']]);
    h.ctx.apiRecompute('2026-TW1');
    const titles = rekapCharts(h).map(c => [c.title, c.ranges]);
    expect(titles).toEqual([
      ['Predikat per Unit 2026-TW1', ['B1:B3', 'G1:K3']],
      ['Pegawai dan lengkap', ['C1:D2']],
    ]);
  });

  it('comes back when someone deletes it, and the title follows the period', () => {
    const h = prepared();
    h.ctx.apiRecompute('2026-TW1');
    const rekap = sheet(h.emulator, 'Rekap');
    rekap.removeChart(rekap.getCharts()[0]);
    h.ctx.apiRecompute('2026-TW1');
    expect(rekapCharts(h)).toHaveLength(1);
    expect(h.ctx.apiRecompute('2026-S1').ok).toBe(true);
    expect(rekapCharts(h).map(c => c.title)).toEqual([
      'Predikat per Unit 2026-S1',
    ]);
  });
});
