// The Rekap sheet's chart: one stacked column chart of predikat counts per unit, kept in step with
// the Rekap block without duplicating it or touching charts a user added.

import {headerColumns} from '../sheets/table';
import {normalizeHeader} from '../sheets/schema';
import {rangeFor} from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const PROP_REKAP_CHART = 'kinerja.rekapChart';
/** The chart's title starts so: how a copy of it is told from a chart a user added. */
const REKAP_CHART_TITLE = 'Predikat per Unit';
/**
 * One colour per predikat, best to worst (green to red, as the sidebar draws them): the column
 * chart's `colors` option (developers.google.com/chart/interactive/docs/gallery/columnchart).
 */
const REKAP_CHART_COLOURS = [
  '#188038',
  '#34a853',
  '#f9ab00',
  '#e8710a',
  '#d93025',
];

/**
 * Keeps one stacked column chart in Rekap: predikat counts (Sangat Baik .. Sangat Kurang) per unit,
 * the units' rows of the block (not the Total row). Inserted once; when the block's size, columns
 * or title change its ranges are updated; never a second one. What was last drawn is remembered
 * in a document property, so an unchanged block costs one getCharts().
 */
export function keepRekapChart(
  sheet: Sheet,
  rekap: unknown[][],
  period: string,
  props: GoogleAppsScript.Properties.Properties,
): void {
  const header = rekap[0] ?? [];
  const columns = headerColumns(header);
  const nameColumn = columns[normalizeHeader('Nama Unit')];
  const predikatColumns = [
    'Sangat Baik',
    'Baik',
    'Butuh Perbaikan',
    'Kurang/Misconduct',
    'Sangat Kurang',
  ].map(h => columns[normalizeHeader(h)]);
  const units = rekap.length - 2; // header and Total rows are not units
  if (!nameColumn || predikatColumns.some(c => !c) || units < 1) return;
  const first = Math.min(...predikatColumns);
  const last = Math.max(...predikatColumns);
  if (last - first !== predikatColumns.length - 1) return;
  const title = `${REKAP_CHART_TITLE} ${period}`;
  const signature = JSON.stringify([
    units + 1,
    nameColumn,
    first,
    last,
    title,
    REKAP_CHART_COLOURS,
  ]);

  const charts = sheet.getCharts();
  if (charts.length === 1 && props.getProperty(PROP_REKAP_CHART) === signature)
    return;
  // Ours is the first chart whose title is ours; further copies of it go, charts a user added
  // stay. Looking at titles costs calls only when the chart has to change anyway.
  const isOurs = (chart: GoogleAppsScript.Spreadsheet.EmbeddedChart) =>
    String(chart.getOptions().get('title') ?? '').startsWith(REKAP_CHART_TITLE);
  let ours: GoogleAppsScript.Spreadsheet.EmbeddedChart | null = null;
  for (const chart of charts.filter(isOurs)) {
    if (ours) sheet.removeChart(chart);
    else ours = chart;
  }
  const known = {rows: rekap.length, columns: header.length};
  const names = rangeFor(sheet, 1, nameColumn, units + 1, 1, known);
  const counts = rangeFor(sheet, 1, first, units + 1, last - first + 1, known);
  if (ours) {
    const chart = ours
      .modify()
      .clearRanges()
      .addRange(names)
      .addRange(counts)
      .setOption('title', title)
      .setOption('colors', REKAP_CHART_COLOURS)
      .build();
    sheet.updateChart(chart);
  } else {
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.COLUMN)
      .addRange(names)
      .addRange(counts)
      .setPosition(1, header.length + 2, 0, 0)
      .setOption('title', title)
      .setOption('isStacked', true)
      .setOption('colors', REKAP_CHART_COLOURS)
      .build();
    sheet.insertChart(chart);
  }
  props.setProperty(PROP_REKAP_CHART, signature);
}
