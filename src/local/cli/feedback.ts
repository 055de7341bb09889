// `kinerja-asn feedback`: the feedback e-mails of a period, previewed (nothing written) or, with
// --send, sent in chunks as the sidebar sends them, into an outbox folder of .eml files.
import fs from 'node:fs';
import path from 'node:path';
import type {
  EmployeePreview,
  ReminderPlan,
  ReminderResult,
  SendPlan,
  SendStatus,
} from '../../core/api';
import type {Runtime} from '../runtime';
import type {Options} from './args';
import {CliContext, EXIT_INPUT_ERRORS, EXIT_OK, periodOf} from './context';
import {yieldToEvents} from './interrupt';

export async function feedback(
  cli: CliContext,
  file: string,
  options: Options,
): Promise<number> {
  const outboxDir =
    options.send || options.remind
      ? path.resolve(
          cli.io.cwd,
          options.outbox ?? path.join(path.dirname(file), 'outbox'),
        )
      : undefined;
  const runtime = await cli.open(file, options, {outboxDir});
  // Made once the workbook is known to be savable: a refused file leaves no empty outbox.
  if (outboxDir) fs.mkdirSync(outboxDir, {recursive: true});
  const period = periodOf(runtime, options);
  if (options.remind && outboxDir)
    return remind(cli, runtime, period, outboxDir);
  if (outboxDir) return send(cli, runtime, period, options, outboxDir);

  // Preview: one execution prepares once and composes every email (O(N), nothing is written).
  let unknown = false;
  const count = runtime.execution(ctx => {
    const chosen =
      (ctx.apiPreviewAllEmails(period, options.nip ?? '') as
        EmployeePreview[] | null) ?? [];
    if (options.nip && chosen.length === 0) unknown = true;
    for (const {nip, nama, preview} of chosen) {
      cli.out('cli.feedback.header', {nip, nama});
      cli.out('cli.feedback.to', {to: preview.to});
      if (preview.cc) cli.out('cli.feedback.cc', {cc: preview.cc});
      cli.out('cli.feedback.subject', {subject: preview.subject});
      if (preview.skipReason)
        cli.out('cli.feedback.skip', {reason: preview.skipReason});
      cli.line('');
      cli.line(preview.text);
      cli.line('');
    }
    return chosen.length;
  });
  if (unknown) {
    cli.err('cli.error.unknownNip', {nip: options.nip!, period});
    return EXIT_INPUT_ERRORS;
  }
  cli.out('cli.feedback.count', {count, period});
  await cli.saveIfChanged(runtime, false);
  return EXIT_OK;
}

async function send(
  cli: CliContext,
  runtime: Runtime,
  period: string,
  options: Options,
  outboxDir: string,
): Promise<number> {
  let status: SendStatus;
  if (options.nip) {
    status = runtime.call<SendStatus>('apiResendOne', period, options.nip);
  } else if (options.changed) {
    status = runtime.call<SendStatus>('apiResendChanged', period);
  } else {
    // What a normal send will do, said before it starts (the sidebar's confirmation).
    if (!options.resend) {
      const plan = runtime.call<SendPlan>('apiSendPlan', period);
      if (plan.message) cli.line(plan.message);
    }
    status = runtime.call<SendStatus>(
      'apiStartSend',
      period,
      options.resend === true,
    );
  }
  // Each call sends one chunk under the document lock; stop when done, paused, stuck or asked to
  // (Ctrl+C, SIGTERM, closed stdout: seen between chunks, each batch's marks already journaled).
  let stalled = 0;
  for (let i = 0; status.state === 'running' && i < 100000; i++) {
    await yieldToEvents();
    if (cli.io.stop?.reason) break;
    const before = status.remaining;
    status = runtime.call<SendStatus>('apiContinueSend');
    stalled =
      status.state === 'running' && status.remaining >= before
        ? stalled + 1
        : 0;
    if (stalled >= 3) {
      cli.err('cli.send.stalled', {message: status.message});
      break;
    }
  }
  // The job's own message names uncertain NIPs and says what HR should do about them.
  if (status.message) {
    if (status.state === 'error' || status.uncertain > 0)
      cli.io.stderr(status.message + '\n');
    else cli.line(status.message);
  }
  cli.out('cli.send.result', {
    sent: status.sent,
    skipped: status.skipped,
    failed: status.failed,
    uncertain: status.uncertain,
    remaining: status.remaining,
  });
  if (status.sent > 0) cli.out('cli.send.outbox', {dir: outboxDir});
  if (status.state === 'paused-quota') cli.err('cli.send.paused');
  await cli.saveIfChanged(runtime, true);
  return status.state === 'error' || status.failed > 0 || stalled >= 3
    ? EXIT_INPUT_ERRORS
    : EXIT_OK;
}

/** `feedback --remind`: the reminder plan, then the reminders it allows, as .eml files. */
async function remind(
  cli: CliContext,
  runtime: Runtime,
  period: string,
  outboxDir: string,
): Promise<number> {
  const plan = runtime.call<ReminderPlan>('apiReminderPlan', period);
  cli.line(plan.message);
  for (const item of plan.items) {
    cli.out('cli.remind.item', {
      nama: item.nama,
      email: item.email,
      count: item.employees.length,
      empty: item.employees.reduce((sum, e) => sum + e.empty, 0),
      hold: item.holdReason ? ` — ${item.holdReason}` : '',
    });
  }
  const result = runtime.call<ReminderResult>('apiSendReminders', period);
  if (result.ok) cli.line(result.message);
  else cli.io.stderr(result.message + '\n');
  if (result.sent > 0) cli.out('cli.send.outbox', {dir: outboxDir});
  await cli.saveIfChanged(runtime, result.sent + result.failed > 0);
  return plan.ok && result.ok ? EXIT_OK : EXIT_INPUT_ERRORS;
}
