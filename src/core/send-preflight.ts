// The send plan (pure): before HR presses Kirim, how many emails will really go out and why the
// others will not, grouped by reason with a count and a few names; and which results changed
// since their email was sent (the Log Email `Sidik` differs from the current email's).
// It applies the same rules as decide() (send-plan.ts) for a new, normal job.

import type {SendPlan, SendPlanReason} from './api';
import {t} from './i18n';
import type {LogEntry} from './send-plan';
import type {Lang} from './types';

/** Why a result may not be sent (prepare.ts), the group of a skip. */
export type SkipCode =
  'incomplete' | 'noPredikat' | 'noHasil' | 'outdated' | 'invalidEmail';

export type PlanReason = SkipCode | 'alreadySent' | 'uncertain';

/** Reasons in the order the confirmation lists them. */
const REASON_ORDER: readonly PlanReason[] = [
  'alreadySent',
  'uncertain',
  'incomplete',
  'noHasil',
  'outdated',
  'noPredikat',
  'invalidEmail',
];

/** Names a reason group shows before "…". */
export const NAMES_SHOWN = 3;

export interface PlanPerson {
  nip: string;
  nama: string;
  skipCode: SkipCode | '';
  /** SHA-256 of the email as it would be sent now; only asked for people already sent. */
  fingerprint: () => string;
}

/** The Sidik of the latest Terkirim row ('' when none or blank). */
export function lastSentSidik(entries: readonly LogEntry[]): string {
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].state === 'sent') return entries[i].sidik ?? '';
  }
  return '';
}

/** Whether the person's current email differs from the one last sent (and may be sent). */
export function isChanged(
  person: PlanPerson,
  entries: readonly LogEntry[],
): boolean {
  if (person.skipCode) return false;
  const sidik = lastSentSidik(entries);
  return !!sidik && sidik !== person.fingerprint();
}

/** The plan of a new normal send of `period` over `people` (NIP order), given Log Email. */
export function planSend(
  period: string,
  people: readonly PlanPerson[],
  byNip: ReadonlyMap<string, readonly LogEntry[]>,
  lang: Lang,
  remainingQuota: number,
): SendPlan {
  const groups = new Map<PlanReason, {count: number; names: string[]}>();
  const add = (reason: PlanReason, nama: string) => {
    let g = groups.get(reason);
    if (!g) groups.set(reason, (g = {count: 0, names: []}));
    g.count++;
    if (g.names.length < NAMES_SHOWN) g.names.push(nama);
  };
  let send = 0;
  let resendAll = 0;
  const changed: {nip: string; nama: string}[] = [];
  for (const person of people) {
    const entries = byNip.get(person.nip) ?? [];
    if (!person.skipCode) resendAll++;
    const states = entries.map(e => e.state);
    if (states.includes('sent')) {
      add('alreadySent', person.nama);
      if (isChanged(person, entries)) changed.push(person);
    } else if (states.includes('sending') || states.includes('unknown')) {
      add('uncertain', person.nama);
    } else if (person.skipCode) {
      add(person.skipCode, person.nama);
    } else {
      send++;
    }
  }
  const reasons: SendPlanReason[] = REASON_ORDER.filter(r => groups.has(r)).map(
    reason => ({
      reason,
      label: t(lang, `email.plan.reason.${reason}`),
      count: groups.get(reason)!.count,
      names: groups.get(reason)!.names,
    }),
  );
  const plan: SendPlan = {
    ok: true,
    period,
    total: people.length,
    send,
    resendAll,
    changed: changed.length,
    changedNips: changed.map(c => c.nip),
    changedNames: changed.slice(0, NAMES_SHOWN).map(c => c.nama),
    reasons,
    remainingQuota,
    message: '',
  };
  plan.message = planText(plan, lang);
  return plan;
}

/** The plan as lines of text (the menu's confirm dialog, the CLI). */
export function planText(plan: SendPlan, lang: Lang): string {
  const lines = [
    t(lang, 'email.plan.summary', {
      send: plan.send,
      total: plan.total,
      periode: plan.period,
    }),
  ];
  for (const r of plan.reasons) {
    // Names hold commas (degrees: "Ahmad Wibowo, S.T."): they are set apart by semicolons.
    const more = r.count > r.names.length ? '; …' : '';
    lines.push(`• ${r.label}: ${r.count} (${r.names.join('; ')}${more})`);
  }
  if (plan.changed) {
    const more = plan.changed > plan.changedNames.length ? '; …' : '';
    lines.push(
      t(lang, 'email.plan.changed', {
        count: plan.changed,
        names: plan.changedNames.join('; ') + more,
      }),
    );
  }
  if (plan.send > plan.remainingQuota) {
    lines.push(t(lang, 'email.plan.quota', {quota: plan.remainingQuota}));
  }
  return lines.join('\n');
}
