// The send plan of a period (apiSendPlan, the menu's confirmation) and the results changed since
// sent (resend changed). One read per table (prepareBase), every tab read whole once, everyone
// appraised once; a current email is composed and hashed (in JS, no service call) only for people
// already sent: O(N) at 10,000 employees.

import type {SendPlan} from '../../core/api';
import {fingerprintSource} from '../../core/email-text';
import {t} from '../../core/i18n';
import {normalizePeriod} from '../../core/period';
import {type LogEntry, entriesByNip} from '../../core/send-plan';
import {type PlanPerson, isChanged, planSend} from '../../core/send-preflight';
import {sha256Hex} from '../../core/sha256';
import {logLayout} from '../../sheets/log-email';
import {interfaceLang} from '../settings';
import {remainingQuota} from './mail';
import {type Prepared, compose, prepareBase, recipientsOf} from './prepare';

/** Everyone of the roster as plan people (their emails composed only when asked). */
function planPeople(prepared: Prepared): PlanPerson[] {
  const recipients = recipientsOf(
    prepared,
    prepared.roster.map(e => e.nip),
  );
  return recipients.map(r => ({
    nip: r.nip,
    nama: r.result.nama,
    skipCode: r.skipCode,
    fingerprint: () =>
      sha256Hex(
        fingerprintSource(prepared.period, r.nip, compose(prepared, r)),
      ),
  }));
}

function logByNip(prepared: Prepared): Map<string, LogEntry[]> {
  return entriesByNip(logLayout(prepared.logValues).entries, prepared.period);
}

/** NIPs whose email today differs from the one sent (prepared once per execution). */
export function changedNips(
  prepared: Prepared,
  byNip: ReadonlyMap<string, readonly LogEntry[]>,
): Set<string> {
  const out = new Set<string>();
  for (const person of planPeople(prepared)) {
    if (isChanged(person, byNip.get(person.nip) ?? [])) out.add(person.nip);
  }
  return out;
}

export function sendPlan(periodText: string): SendPlan {
  const period = normalizePeriod(periodText);
  if (!period) {
    const lang = interfaceLang();
    return {
      ok: false,
      period: String(periodText),
      total: 0,
      send: 0,
      resendAll: 0,
      changed: 0,
      changedNips: [],
      changedNames: [],
      reasons: [],
      remainingQuota: remainingQuota(),
      message: t(lang, 'email.send.invalidPeriod', {periode: periodText}),
    };
  }
  const prepared = prepareBase(period);
  return planSend(
    period,
    planPeople(prepared),
    logByNip(prepared),
    prepared.lang,
    remainingQuota(),
  );
}
