import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  chartModels,
  createEmulator,
  type Emulator,
} from '../../src/local/emulator';
import {readWorkbook, writeWorkbook} from '../../src/local/xlsx';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function setup(): {emulator: Emulator; sheet: Sheet} {
  const emulator = createEmulator();
  const app = emulator.globals
    .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const sheet = app.getActiveSpreadsheet().getSheets()[0];
  return {emulator, sheet};
}

const charts = (emulator: Emulator) =>
  (emulator.globals.Charts as typeof Charts).ChartType;

describe('embedded charts', () => {
  function withChart() {
    const {emulator, sheet} = setup();
    sheet.getRange(1, 1, 3, 3).setValues([
      ['Unit', 'Baik', 'Kurang'],
      ['A', 3, 1],
      ['B', 2, 0],
    ]);
    const chart = sheet
      .newChart()
      .setChartType(charts(emulator).COLUMN)
      .addRange(sheet.getRange('A1:A3'))
      .addRange(sheet.getRange('B1:C3'))
      .setPosition(1, 5, 10, 20)
      .setOption('title', 'Predikat')
      .setOption('isStacked', true)
      .build();
    sheet.insertChart(chart);
    return {emulator, sheet};
  }

  it('inserts a built chart with its ranges, anchor and options', () => {
    const {sheet} = withChart();
    const [chart] = sheet.getCharts();
    expect(sheet.getCharts()).toHaveLength(1);
    expect(chart.getChartId()).toEqual(expect.any(Number));
    expect(chart.getRanges().map(r => r.getA1Notation())).toEqual([
      'A1:A3',
      'B1:C3',
    ]);
    expect(chart.getOptions().get('title')).toBe('Predikat');
    expect(chart.getOptions().get('isStacked')).toBe(true);
    expect(chart.getOptions().get('legend')).toBeNull();
    const at = chart.getContainerInfo();
    expect([
      at.getAnchorRow(),
      at.getAnchorColumn(),
      at.getOffsetX(),
      at.getOffsetY(),
    ]).toEqual([1, 5, 10, 20]);
  });

  it('modify + updateChart changes the same chart; removeChart removes it', () => {
    const {sheet} = withChart();
    const [chart] = sheet.getCharts();
    sheet.updateChart(
      chart
        .modify()
        .clearRanges()
        .addRange(sheet.getRange('A1:C4'))
        .setOption('title', 'Baru')
        .build(),
    );
    const [updated] = sheet.getCharts();
    expect(sheet.getCharts()).toHaveLength(1);
    expect(updated.getChartId()).toBe(chart.getChartId());
    expect(updated.getRanges().map(r => r.getA1Notation())).toEqual(['A1:C4']);
    expect(updated.getOptions().get('title')).toBe('Baru');
    expect(updated.getOptions().get('isStacked')).toBe(true);
    sheet.removeChart(updated);
    expect(sheet.getCharts()).toEqual([]);
    expect(() => sheet.removeChart(updated)).toThrow('does not exist');
  });

  it('a chart needs data, and a known chart type', () => {
    const {emulator, sheet} = setup();
    expect(() => sheet.newChart().build()).toThrow('no data');
    expect(() => sheet.newChart().setChartType('DONUT' as never)).toThrow(
      'setChartType',
    );
    expect(sheet.newChart().asBarChart().setStacked().getChartType()).toBe(
      charts(emulator).BAR,
    );
  });

  it('ranges follow inserted and deleted rows; deleting the sheet drops its charts', () => {
    const {emulator, sheet} = withChart();
    sheet.insertRowsAfter(2, 2); // inside the data: the ranges grow
    expect(
      sheet
        .getCharts()[0]
        .getRanges()
        .map(r => r.getA1Notation()),
    ).toEqual(['A1:A5', 'B1:C5']);
    sheet.insertRowsBefore(1, 1); // above: they move
    expect(
      sheet
        .getCharts()[0]
        .getRanges()
        .map(r => r.getA1Notation()),
    ).toEqual(['A2:A6', 'B2:C6']);
    const ss = (
      emulator.globals
        .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
    ).getActiveSpreadsheet();
    ss.insertSheet('Other');
    ss.deleteSheet(sheet);
    expect(chartModels(emulator.workbook)).toEqual([]);
  });

  it('counts every chart call as a service call', () => {
    const {emulator, sheet} = withChart();
    emulator.calls.reset();
    sheet.getCharts()[0].getOptions().get('title');
    expect(emulator.calls.byMethod()).toEqual({
      'ChartOptions.get': 1,
      'EmbeddedChart.getOptions': 1,
      'Sheet.getCharts': 1,
    });
  });

  it('survives an xlsx round trip', async () => {
    const {emulator} = withChart();
    const file = path.join(
      fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-chart-')),
      'book.xlsx',
    );
    await writeWorkbook(emulator.workbook, file);
    const again = createEmulator({workbook: await readWorkbook(file)});
    const sheet = (
      again.globals
        .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
    )
      .getActiveSpreadsheet()
      .getSheets()[0];
    const [chart] = sheet.getCharts();
    expect(chart.getRanges().map(r => r.getA1Notation())).toEqual([
      'A1:A3',
      'B1:C3',
    ]);
    expect(chart.getOptions().get('isStacked')).toBe(true);
    expect(chart.getContainerInfo().getAnchorColumn()).toBe(5);
  });
});
