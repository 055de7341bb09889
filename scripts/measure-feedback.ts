// Measures feedback at scale on the built dist/Code.js in the emulator (not a timed test): for a
// demo workbook of N employees, previewing everyone in one execution (apiPreviewAllEmails),
// previewing one (apiPreviewEmail), the send plan (apiSendPlan) and the reminder plan
// (apiReminderPlan), each in one execution, and one send chunk (apiStartSend with a day's quota).
// Spreadsheet service calls and cells read come from src/local/service-meter.ts.
// Run: npm run build && npx esbuild scripts/measure-feedback.ts --bundle --platform=node \
//        --outfile=build/measure-feedback.js --log-level=warning && node build/measure-feedback.js 800 10000
import path from 'node:path';
import {demoWorkbook} from '../src/demo/workbook';
import {fillDemoTabs, writeDemoTables} from '../src/local/demo-tables';
import {createEmulator} from '../src/local/emulator';
import {
  type BundleContext,
  inExecution,
  loadBundle,
  repoRoot,
} from '../src/local/loader';
import {meterSpreadsheet} from '../src/local/service-meter';

const code = path.join(repoRoot(), 'dist', 'Code.js');
const PERIOD = '2026-TW1';
const QUOTA = Number(process.env.QUOTA ?? 1500);
const MODE = process.env.TABS === 'Per Unit' ? 'Per Unit' : 'Per Atasan';

function row(
  label: string,
  ms: number,
  calls: number,
  cells: number,
  estimate = '',
) {
  console.log(
    `| ${label} | ${(ms / 1000).toFixed(2)} s | ${calls} | ${cells.toLocaleString('en')} | ${estimate} |`,
  );
}

function measure(count: number): void {
  const demo = demoWorkbook({
    employeeCount: count,
    seed: 1,
    indicatorsPerUnit: 8,
    period: PERIOD,
    tabPenilaian: MODE,
  });
  const emulator = createEmulator({
    user: demo.hrEmail,
    now: () => new Date(Date.UTC(2026, 3, 10, 2)),
    mailQuota: QUOTA,
  });
  inExecution(emulator, code, ctx => ctx.apiSetupSheets());
  writeDemoTables(emulator, demo);
  inExecution(emulator, code, ctx => ctx.apiCreateTabs(PERIOD));
  fillDemoTabs(emulator, demo, PERIOD);
  inExecution(emulator, code, ctx => ctx.apiRecompute(PERIOD));
  const tabs = emulator.workbook.sheets.filter(s =>
    s.name.startsWith('Penilaian '),
  ).length;
  console.log(
    `\n## ${count} employees (${tabs} tabs, ${MODE}), mail quota ${QUOTA}\n`,
  );
  console.log(
    '| Execution | Wall | Spreadsheet calls | Cells read | Estimate (optimistic / pessimistic) |',
  );
  console.log('|---|---:|---:|---:|---:|');
  const run = (label: string, fn: (ctx: BundleContext) => unknown) => {
    const ctx = loadBundle(emulator, code);
    const meter = meterSpreadsheet(ctx);
    const t0 = Date.now();
    let value: unknown;
    try {
      value = fn(ctx);
    } finally {
      emulator.endExecution(ctx);
    }
    const cost = emulator.lastExecution?.estimatedSeconds;
    row(
      label,
      Date.now() - t0,
      meter.total(),
      meter.cellsRead,
      cost
        ? `${cost.optimistic.toFixed(1)} s / ${cost.pessimistic.toFixed(1)} s`
        : '',
    );
    return {value, meter};
  };
  const all = run('preview all (apiPreviewAllEmails)', ctx =>
    ctx.apiPreviewAllEmails(PERIOD, ''),
  );
  if (process.env.ONLY_PREVIEW_ALL) return;
  const previews = all.value as {nip: string; preview: {skipReason: string}}[];
  const nip = previews.find(p => !p.preview.skipReason)?.nip ?? previews[0].nip;
  run('preview one (apiPreviewEmail)', ctx => ctx.apiPreviewEmail(PERIOD, nip));
  run('send plan (apiSendPlan)', ctx => ctx.apiSendPlan(PERIOD));
  run('reminder plan (apiReminderPlan)', ctx => ctx.apiReminderPlan(PERIOD));
  const chunk = run('send chunk (apiStartSend)', ctx =>
    ctx.apiStartSend(PERIOD, false),
  );
  const status = chunk.value as {
    state: string;
    sent: number;
    remaining: number;
  };
  const after = run('send plan after the chunk (apiSendPlan)', ctx =>
    ctx.apiSendPlan(PERIOD),
  ).value as {send: number; reasons: {reason: string; count: number}[]};
  console.log(
    `\nPlan after the chunk: ${after.send} to send; ` +
      after.reasons.map(r => `${r.reason} ${r.count}`).join(', '),
  );
  console.log(
    `\nSend chunk: ${status.state}, ${status.sent} sent, ${status.remaining} remaining. Calls by method: ` +
      [...chunk.meter.calls.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${v}`)
        .join(', '),
  );
}

for (const arg of process.argv.slice(2)) measure(Number(arg));
