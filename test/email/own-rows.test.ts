// Feedback appraises each employee from their own rows (src/gas/feedback/person-rows.ts): on a
// demo workbook in both tab modes, every preview agrees with what Hitung Ulang wrote to Hasil
// from the whole workbook, one employee's preview agrees with the preview of everyone, and a
// single preview reads a fraction of the cells.
import type {EmailPreview, EmployeePreview} from '../../src/core/api';
import {demoWorkbook} from '../../src/demo/workbook';
import {fillDemoTabs, writeDemoTables} from '../../src/local/demo-tables';
import {createEmulator} from '../../src/local/emulator';
import {
  type BundleContext,
  inExecution,
  loadBundle,
} from '../../src/local/loader';
import {meterSpreadsheet} from '../../src/local/service-meter';
import {CODE_FILE, sheetValues} from './harness';

const PERIOD = '2026-TW1';

describe.each(['Per Atasan', 'Per Unit'] as const)('%s tabs', mode => {
  const demo = demoWorkbook({
    employeeCount: 80,
    seed: 7,
    period: PERIOD,
    tabPenilaian: mode,
  });
  const emulator = createEmulator({
    user: demo.hrEmail,
    now: () => new Date(Date.UTC(2026, 3, 10, 2)),
    // Five emails with the supervisor in cc: a chunk of a few people.
    mailQuota: 10,
  });
  inExecution(emulator, CODE_FILE, ctx => ctx.apiSetupSheets());
  writeDemoTables(emulator, demo);
  inExecution(emulator, CODE_FILE, ctx => ctx.apiCreateTabs(PERIOD));
  fillDemoTabs(emulator, demo, PERIOD);
  inExecution(emulator, CODE_FILE, ctx => ctx.apiRecompute(PERIOD));

  const metered = <T>(run: (ctx: BundleContext) => T) => {
    const ctx = loadBundle(emulator, CODE_FILE);
    const meter = meterSpreadsheet(ctx);
    try {
      return {value: run(ctx), cells: meter.cellsRead};
    } finally {
      emulator.endExecution(ctx);
    }
  };
  const all = metered(
    ctx => ctx.apiPreviewAllEmails(PERIOD, '') as EmployeePreview[],
  );

  it('goes out exactly for the employees whose Hasil row is complete', () => {
    const [header, ...rows] = sheetValues(emulator, 'Hasil');
    const col = (h: string) => (header as string[]).indexOf(h);
    // The demo leaves a few addresses blank: those are skipped for that reason.
    const [pegawaiHeader, ...pegawai] = sheetValues(emulator, 'Pegawai');
    const emailCol = (pegawaiHeader as string[]).indexOf('Email');
    const withEmail = new Set(
      pegawai
        .filter(r => String(r[emailCol]).includes('@'))
        .map(r => String(r[0])),
    );
    const complete = rows
      .filter(
        r =>
          r[col('Periode')] === PERIOD &&
          r[col('Status')] === 'Lengkap' &&
          withEmail.has(String(r[col('NIP')])),
      )
      .map(r => String(r[col('NIP')]))
      .sort();
    const sendable = all.value
      .filter(p => !p.preview.skipReason)
      .map(p => p.nip)
      .sort();
    expect(complete.length).toBeGreaterThan(10);
    expect(sendable).toEqual(complete);
    for (const p of all.value.filter(p => !p.preview.skipReason)) {
      const hasil = rows.find(
        r => r[col('Periode')] === PERIOD && String(r[col('NIP')]) === p.nip,
      )!;
      expect(p.preview.text).toContain(String(hasil[col('Predikat')]));
    }
  });

  it('one employee alone reads a fraction of the cells and previews the same email', () => {
    const some = all.value.filter((_, i) => i % 9 === 0);
    for (const {nip, preview} of some) {
      const one = metered(
        ctx => ctx.apiPreviewEmail(PERIOD, nip) as EmailPreview,
      );
      // The preview of everyone leaves the HTML out; everything else is the same.
      expect({...one.value, html: ''}).toEqual(preview);
      expect(one.value.html).toContain('<!DOCTYPE html>');
      expect(one.cells).toBeLessThan(all.cells / 2);
    }
  });

  it('a send chunk reads the rows of the people it can reach, not every tab', () => {
    const chunk = metered(ctx => ctx.apiStartSend(PERIOD, false));
    expect(chunk.value).toMatchObject({state: 'paused-quota', sent: 5});
    expect(chunk.cells).toBeLessThan(all.cells / 2);
  });
});
