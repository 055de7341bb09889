// What one period's feedback emails need, read in one batch (one getValues per sheet): the
// appraised results, who may receive an email and why not, the template and the Log Email rows.

import {type ComposedEmail, composeFeedback} from '../../core/feedback';
import {t} from '../../core/i18n';
import {normalizeNip} from '../../core/nip';
import type {EmployeeResult, Lang, Settings} from '../../core/types';
import {predikatByNip} from '../../sheets/hasil';
import {evaluatePeriod} from '../../sheets/pipeline';
import {isEmail} from '../../sheets/values';
import {INPUT_TABLES, readWorkbook} from '../workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** One employee of the period, ready to send. */
export interface Recipient {
  result: EmployeeResult;
  nip: string;
  to: string;
  cc: string;
  skipReason: string;
}

export interface Prepared {
  ss: Spreadsheet;
  sheets: Map<string, Sheet>;
  lang: Lang;
  settings: Settings;
  template: {subjek: string; isi: string};
  recipients: Recipient[];
  logValues: unknown[][];
}

/**
 * Reads everything one period's emails need in one batch (one getValues per sheet), appraises the
 * period, and decides per employee whether an email may go out.
 */
export function prepare(period: string): Prepared {
  const read = readWorkbook({
    tables: [...INPUT_TABLES, 'hasil', 'logEmail'],
    period,
  });
  const {input, results} = evaluatePeriod(read.raw, period, new Date());
  const settings = input.settings;
  const lang = settings.bahasa;
  const hasil = predikatByNip(read.raw.tables.hasil, period);
  const recipients = results
    .filter(r => r.nip)
    .map(result => {
      const to = result.email.trim();
      const atasan = result.emailAtasan.trim();
      const cc =
        settings.tembusanAtasan &&
        isEmail(atasan) &&
        atasan.toLowerCase() !== to.toLowerCase()
          ? atasan
          : '';
      return {
        result,
        nip: result.nip,
        to,
        cc,
        skipReason: skipReasonOf(result, hasil, lang),
      };
    })
    .sort((a, b) => (a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : 0));
  return {
    ss: read.ss,
    sheets: read.sheets,
    lang,
    settings,
    template: input.template,
    recipients,
    logValues: read.raw.tables.logEmail ?? [],
  };
}

/**
 * Only complete, computed results go out: status Lengkap, a predikat, a Hasil row for the period
 * agreeing with the current data (else HR has not recomputed since the last change), and a valid
 * address.
 */
function skipReasonOf(
  result: EmployeeResult,
  hasil: Map<string, string>,
  lang: Lang,
): string {
  if (result.status !== 'Lengkap') {
    return t(lang, 'email.skip.incomplete', {
      missing: result.missing.map(m => m[lang]).join('; ') || '-',
    });
  }
  if (!result.predikat) return t(lang, 'email.skip.noPredikat');
  const recorded = hasil.get(result.nip);
  if (recorded === undefined) {
    return t(lang, 'email.skip.noHasil', {periode: result.periode});
  }
  if (recorded !== result.predikat) {
    return t(lang, 'email.skip.outdated', {
      hasil: recorded || '-',
      current: result.predikat,
    });
  }
  if (!isEmail(result.email.trim())) {
    return t(lang, 'email.skip.invalidEmail', {email: result.email});
  }
  return '';
}

export function compose(
  prepared: Prepared,
  recipient: Recipient,
): ComposedEmail {
  return composeFeedback(recipient.result, {
    lang: prepared.lang,
    namaInstansi: prepared.settings.namaInstansi,
    template: prepared.template,
  });
}

export function findRecipient(
  prepared: Prepared,
  nipText: string,
): Recipient | null {
  const nip = normalizeNip(nipText);
  return prepared.recipients.find(r => r.nip === nip) ?? null;
}
