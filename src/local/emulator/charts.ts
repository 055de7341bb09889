// Embedded charts: Sheet.newChart() -> EmbeddedChartBuilder -> build() -> Sheet.insertChart(), then
// getCharts / updateChart / removeChart and EmbeddedChart.getRanges / getOptions / modify, as in
// https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder and
// .../embedded-chart. Charts live in workbook.meta.charts (plain data), so an xlsx round trip
// keeps them with the rest of the workbook's metadata. Nothing is drawn: a chart is its
// type, data ranges, anchor and options.
import {countMethods} from './calls';
import type {Env} from './env';
import type {Rect, Workbook} from './model';
import {Service} from './service';

/** Charts.ChartType (https://developers.google.com/apps-script/reference/charts/chart-type). */
export const ChartType = Object.freeze({
  AREA: 'AREA',
  BAR: 'BAR',
  BUBBLE: 'BUBBLE',
  CANDLESTICK: 'CANDLESTICK',
  COLUMN: 'COLUMN',
  COMBO: 'COMBO',
  GAUGE: 'GAUGE',
  GEO: 'GEO',
  HISTOGRAM: 'HISTOGRAM',
  RADAR: 'RADAR',
  LINE: 'LINE',
  ORG: 'ORG',
  PIE: 'PIE',
  SCATTER: 'SCATTER',
  SPARKLINE: 'SPARKLINE',
  STEPPED_AREA: 'STEPPED_AREA',
  TABLE: 'TABLE',
  TIMELINE: 'TIMELINE',
  TREEMAP: 'TREEMAP',
  WATERFALL: 'WATERFALL',
} as const);

export interface ChartRangeModel {
  sheetId: number;
  rect: Rect;
}

export interface ChartModel {
  /** A positive whole number once inserted (getChartId returns an Integer), 0 before. */
  id: number;
  /** The sheet the chart sits on. */
  sheetId: number;
  type: string;
  ranges: ChartRangeModel[];
  /** Anchor cell (1-based) and pixel offsets, as setPosition takes them. */
  position: {row: number; col: number; offsetX: number; offsetY: number};
  options: Record<string, unknown>;
}

/**
 * The workbook's charts, kept in meta so they are saved with it. `create` adds the list on first
 * use; reading never changes a workbook that has no charts.
 */
export function chartModels(workbook: Workbook, create = true): ChartModel[] {
  const meta = workbook.meta as {charts?: ChartModel[]};
  if (Array.isArray(meta.charts)) return meta.charts;
  if (!create) return [];
  return (meta.charts = []);
}

/** What a chart needs from the spreadsheet classes (kept out of the import graph). */
export interface ChartHost {
  /** A Range object for a stored chart range; null when its sheet is gone. */
  rangeOf(range: ChartRangeModel): unknown | null;
  /** The sheet id and rectangle of a Range object; throws when it is not one. */
  modelOf(range: unknown): ChartRangeModel;
}

function copyModel(m: ChartModel): ChartModel {
  return {
    ...m,
    ranges: m.ranges.map(r => ({sheetId: r.sheetId, rect: {...r.rect}})),
    position: {...m.position},
    options: {...m.options},
  };
}

export class EmbeddedChartBuilder extends Service {
  constructor(
    env: Env,
    public _host: ChartHost,
    public _m: ChartModel,
  ) {
    super(env);
  }

  addRange(range: unknown): EmbeddedChartBuilder {
    this._m.ranges.push(this._host.modelOf(range));
    return this;
  }
  removeRange(range: unknown): EmbeddedChartBuilder {
    const {sheetId, rect} = this._host.modelOf(range);
    this._m.ranges = this._m.ranges.filter(
      r =>
        !(
          r.sheetId === sheetId &&
          r.rect.row === rect.row &&
          r.rect.col === rect.col &&
          r.rect.numRows === rect.numRows &&
          r.rect.numCols === rect.numCols
        ),
    );
    return this;
  }
  clearRanges(): EmbeddedChartBuilder {
    this._m.ranges = [];
    return this;
  }
  getRanges(): unknown[] {
    return this._env.list(
      this._m.ranges.map(r => this._host.rangeOf(r)).filter(r => r !== null),
    );
  }
  setChartType(type: string): EmbeddedChartBuilder {
    const name = String(type);
    if (!(name in ChartType)) {
      throw this._env.error(
        "The parameters (String) don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.setChartType.",
      );
    }
    this._m.type = name;
    return this;
  }
  getChartType(): string {
    return this._m.type;
  }
  setOption(option: string, value: unknown): EmbeddedChartBuilder {
    this._m.options[String(option)] = value;
    return this;
  }
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): EmbeddedChartBuilder {
    if (anchorRowPos < 1 || anchorColPos < 1) {
      throw this._env.error('Those rows are out of bounds.');
    }
    this._m.position = {
      row: Math.floor(anchorRowPos),
      col: Math.floor(anchorColPos),
      offsetX: Math.floor(offsetX),
      offsetY: Math.floor(offsetY),
    };
    return this;
  }
  asColumnChart(): EmbeddedColumnChartBuilder {
    this._m.type = ChartType.COLUMN;
    return new EmbeddedColumnChartBuilder(this._env, this._host, this._m);
  }
  asBarChart(): EmbeddedColumnChartBuilder {
    this._m.type = ChartType.BAR;
    return new EmbeddedColumnChartBuilder(this._env, this._host, this._m);
  }
  build(): EmbeddedChart {
    if (this._m.ranges.length === 0) {
      throw this._env.error('The chart has no data. Add a range first.');
    }
    return new EmbeddedChart(this._env, this._host, copyModel(this._m));
  }
  toString(): string {
    return 'EmbeddedChartBuilder';
  }
}

/** What asColumnChart() / asBarChart() return: the typed builder's shortcuts for options. */
export class EmbeddedColumnChartBuilder extends EmbeddedChartBuilder {
  setStacked(): EmbeddedColumnChartBuilder {
    this._m.options.isStacked = true;
    return this;
  }
  setTitle(chartTitle: string): EmbeddedColumnChartBuilder {
    this._m.options.title = String(chartTitle);
    return this;
  }
  toString(): string {
    return 'EmbeddedColumnChartBuilder';
  }
}

export class ChartOptions extends Service {
  constructor(
    env: Env,
    private _options: Record<string, unknown>,
  ) {
    super(env);
  }
  get(option: string): unknown {
    const value = this._options[String(option)];
    return value === undefined ? null : value;
  }
  toString(): string {
    return 'ChartOptions';
  }
}

export class ContainerInfo extends Service {
  constructor(
    env: Env,
    private _position: ChartModel['position'],
  ) {
    super(env);
  }
  getAnchorRow(): number {
    return this._position.row;
  }
  getAnchorColumn(): number {
    return this._position.col;
  }
  getOffsetX(): number {
    return this._position.offsetX;
  }
  getOffsetY(): number {
    return this._position.offsetY;
  }
  toString(): string {
    return 'ContainerInfo';
  }
}

export class EmbeddedChart extends Service {
  constructor(
    env: Env,
    public _host: ChartHost,
    /** id 0 until inserted: Apps Script gives an id only to a chart in a sheet. */
    public _m: ChartModel,
  ) {
    super(env);
  }
  getChartId(): number | null {
    return this._m.id || null;
  }
  getRanges(): unknown[] {
    return this._env.list(
      this._m.ranges.map(r => this._host.rangeOf(r)).filter(r => r !== null),
    );
  }
  getOptions(): ChartOptions {
    return new ChartOptions(this._env, {...this._m.options});
  }
  getContainerInfo(): ContainerInfo {
    return new ContainerInfo(this._env, {...this._m.position});
  }
  /** A builder holding this chart's settings; build() then Sheet.updateChart() saves changes. */
  modify(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this._env, this._host, copyModel(this._m));
  }
  toString(): string {
    return 'EmbeddedChart';
  }
}

/** A new builder for a chart on sheet `sheetId`: column chart at A1 until told otherwise. */
export function newChartBuilder(
  env: Env,
  host: ChartHost,
  sheetId: number,
): EmbeddedChartBuilder {
  return new EmbeddedChartBuilder(env, host, {
    id: 0,
    sheetId,
    type: ChartType.COLUMN,
    ranges: [],
    position: {row: 1, col: 1, offsetX: 0, offsetY: 0},
    options: {},
  });
}

/** Sheet.insertChart: stores a copy with a new id on that sheet. */
export function insertChart(
  env: Env,
  sheetId: number,
  chart: EmbeddedChart,
): void {
  if (!(chart instanceof EmbeddedChart)) {
    throw env.error(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.insertChart.",
    );
  }
  const model = copyModel(chart._m);
  const charts = chartModels(env.workbook);
  model.id = charts.reduce((max, c) => Math.max(max, c.id), 0) + 1;
  model.sheetId = sheetId;
  charts.push(model);
  chart._m.id = model.id;
  chart._m.sheetId = sheetId;
}

/** Index of `chart` among the stored charts of that sheet; throws as Sheets does when absent. */
function storedChartIndex(
  env: Env,
  sheetId: number,
  chart: EmbeddedChart,
): number {
  const i = chartModels(env.workbook).findIndex(
    c => c.id === chart?._m?.id && c.sheetId === sheetId,
  );
  if (i < 0) throw env.error('The chart does not exist on this sheet.');
  return i;
}

/** Sheet.updateChart: replaces the stored chart with the same id on that sheet. */
export function updateChart(
  env: Env,
  sheetId: number,
  chart: EmbeddedChart,
): void {
  const charts = chartModels(env.workbook);
  const i = storedChartIndex(env, sheetId, chart);
  charts[i] = {...copyModel(chart._m), id: charts[i].id, sheetId};
}

/** Sheet.removeChart. */
export function removeChart(
  env: Env,
  sheetId: number,
  chart: EmbeddedChart,
): void {
  chartModels(env.workbook).splice(storedChartIndex(env, sheetId, chart), 1);
}

/** Sheet.getCharts: the charts on that sheet, in insertion order. */
export function chartsOf(
  env: Env,
  host: ChartHost,
  sheetId: number,
): EmbeddedChart[] {
  return env.list(
    chartModels(env.workbook, false)
      .filter(c => c.sheetId === sheetId)
      .map(c => new EmbeddedChart(env, host, copyModel(c))),
  );
}

/** A deleted sheet takes its charts with it; ranges on it disappear from other charts. */
export function dropSheetCharts(workbook: Workbook, sheetId: number): void {
  const meta = workbook.meta as {charts?: ChartModel[]};
  if (!Array.isArray(meta.charts)) return;
  meta.charts = meta.charts.filter(c => c.sheetId !== sheetId);
  for (const c of meta.charts)
    c.ranges = c.ranges.filter(r => r.sheetId !== sheetId);
}

for (const [cls, name] of [
  [EmbeddedChartBuilder, 'EmbeddedChartBuilder'],
  [EmbeddedColumnChartBuilder, 'EmbeddedColumnChartBuilder'],
  [EmbeddedChart, 'EmbeddedChart'],
  [ChartOptions, 'ChartOptions'],
  [ContainerInfo, 'ContainerInfo'],
] as const) {
  countMethods(cls, name);
}
