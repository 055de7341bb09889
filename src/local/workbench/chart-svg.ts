// A sheet's embedded charts drawn as inline SVG in the viewer, from the chart definitions the
// emulator keeps (emulator/charts.ts): column charts, stacked or side by side, with the
// categories from the first column and one series per further column (a header row names them),
// numbers in the viewer's locale. No script, no network.
import type {Lang} from '../../core/types';
import {chartModels, type ChartModel} from '../emulator/charts';
import type {CellValue, Workbook} from '../emulator/model';
import {displayValue} from '../emulator/number-format';
import {viewerLocale} from './display';
import {escapeHtml} from './http';
import {cellText} from './viewer-text';

const PALETTE = [
  '#4285f4',
  '#db4437',
  '#f4b400',
  '#0f9d58',
  '#ab47bc',
  '#00acc1',
  '#ff7043',
];
const W = 640;
const H = 360;
const PLOT = {left: 48, right: 12, top: 16, bottom: 96};

interface ChartData {
  categories: string[];
  series: {name: string; values: number[]}[];
}

/** The columns of a chart's ranges, side by side: the first is the categories. */
function chartData(workbook: Workbook, chart: ChartModel): ChartData {
  const columns: CellValue[][] = [];
  for (const range of chart.ranges) {
    const sheet = workbook.sheetById(range.sheetId);
    if (!sheet) continue;
    const {row, col, numRows, numCols} = range.rect;
    const last = Math.min(row + numRows - 1, sheet.lastRow());
    for (let c = col; c < col + numCols; c++) {
      const values: CellValue[] = [];
      for (let r = row; r <= last; r++)
        values.push(sheet.get('value', r, c) ?? '');
      columns.push(values);
    }
  }
  const [labels = [], ...rest] = columns;
  // A first row of text over numbers is a header: it names the series.
  const header =
    rest.length > 0 &&
    rest.every(v => typeof v[0] === 'string' && v[0] !== '') &&
    rest.some(v => v.slice(1).some(x => typeof x === 'number'));
  const skip = header ? 1 : 0;
  return {
    categories: labels.slice(skip).map(v => cellText(v, workbook.timeZone)),
    series: rest.map((v, i) => ({
      name: header ? String(v[0]) : `${i + 1}`,
      values: v.slice(skip).map(x => (typeof x === 'number' ? x : 0)),
    })),
  };
}

function niceStep(max: number): number {
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map(m => m * power).find(s => s >= rough);
  return step ?? power * 10;
}

/** One chart as an SVG element; null when it has nothing to draw. */
export function chartSvg(
  workbook: Workbook,
  chart: ChartModel,
  lang: Lang,
): string | null {
  const {categories, series} = chartData(workbook, chart);
  if (!categories.length || !series.length) return null;
  const locale = viewerLocale(lang);
  const num = (n: number) =>
    displayValue(n, '#,##0.##', workbook.timeZone, locale);
  const stacked =
    chart.options.isStacked === true || chart.options.isStacked === 'true';
  const colors = Array.isArray(chart.options.colors)
    ? (chart.options.colors as unknown[]).map(String)
    : PALETTE;
  const totals = categories.map((_, i) =>
    stacked
      ? series.reduce((s, x) => s + Math.max(0, x.values[i]), 0)
      : Math.max(0, ...series.map(x => x.values[i])),
  );
  const step = niceStep(Math.max(1, ...totals));
  const top = Math.ceil(Math.max(1, ...totals) / step) * step;
  const plotW = W - PLOT.left - PLOT.right;
  const plotH = H - PLOT.top - PLOT.bottom;
  const y = (v: number) => PLOT.top + plotH - (v / top) * plotH;
  const band = plotW / categories.length;
  const barW = stacked ? band * 0.6 : (band * 0.8) / series.length;
  const parts: string[] = [];
  for (let v = 0; v <= top + 1e-9; v += step) {
    parts.push(
      `<line x1="${PLOT.left}" x2="${W - PLOT.right}" y1="${y(v)}" y2="${y(v)}" stroke="#e0e0e0"/>`,
      `<text x="${PLOT.left - 6}" y="${y(v) + 4}" text-anchor="end">${escapeHtml(num(v))}</text>`,
    );
  }
  categories.forEach((name, i) => {
    let base = 0;
    const x0 =
      PLOT.left +
      band * i +
      (band - (stacked ? barW : barW * series.length)) / 2;
    series.forEach((s, k) => {
      const v = Math.max(0, s.values[i]);
      const x = stacked ? x0 : x0 + barW * k;
      const from = stacked ? base : 0;
      if (v > 0)
        parts.push(
          `<rect class="bar" x="${x.toFixed(1)}" y="${y(from + v).toFixed(1)}" width="${barW.toFixed(1)}" height="${(y(from) - y(from + v)).toFixed(1)}" fill="${escapeHtml(colors[k % colors.length])}" data-category="${escapeHtml(name)}" data-series="${escapeHtml(s.name)}" data-value="${v}"><title>${escapeHtml(`${name} · ${s.name}: ${num(v)}`)}</title></rect>`,
        );
      if (stacked) base += v;
    });
    const cx = PLOT.left + band * i + band / 2;
    const label = name.length > 14 ? name.slice(0, 13) + '…' : name;
    parts.push(
      `<text x="${cx}" y="${PLOT.top + plotH + 14}" text-anchor="end" transform="rotate(-30 ${cx} ${PLOT.top + plotH + 14})">${escapeHtml(label)}</text>`,
    );
  });
  const legendY = H - 14;
  const legend = series
    .map((s, k) => {
      const x = PLOT.left + (k * plotW) / series.length;
      return `<rect x="${x}" y="${legendY - 9}" width="10" height="10" fill="${escapeHtml(colors[k % colors.length])}"/><text x="${x + 14}" y="${legendY}">${escapeHtml(s.name)}</text>`;
    })
    .join('');
  const title = String(chart.options.title ?? '');
  return `<figure class="chart" data-chart-id="${chart.id}">${title ? `<figcaption>${escapeHtml(title)}</figcaption>` : ''}<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(title)}" font-size="11" fill="#3c4043">${parts.join('')}${legend}</svg></figure>`;
}

/** The charts that sit on a sheet, drawn. */
export function sheetCharts(
  workbook: Workbook,
  sheetId: number,
  lang: Lang,
): string {
  return chartModels(workbook, false)
    .filter(c => c.sheetId === sheetId)
    .map(c => chartSvg(workbook, c, lang))
    .filter(Boolean)
    .join('');
}
