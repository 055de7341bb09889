// What one period's feedback emails need. Once per execution (`prepareBase`): the settings, the
// roster and the other input tables, Log Email, Hasil's Periode/NIP/Predikat columns and the
// appraisal tabs' NIP index. Then, for any set of employees (`recipientsOf`): only their tab rows
// are read and only they are appraised. A preview of one reads that person's rows; a preview of
// everyone reads each tab once (its rows join into one run) and appraises each employee once: O(N).

import {type ComposedEmail, composeFeedback} from '../../core/feedback';
import {type Params, t} from '../../core/i18n';
import type {SkipCode} from '../../core/send-preflight';
import {normalizeNip} from '../../core/nip';
import {parsePeriod} from '../../core/period';
import {
  type AppraisalIndex,
  buildIndex,
} from '../../core/appraise/records-index';
import {appraiseEmployee} from '../../core/appraise/employee';
import type {Employee, EmployeeResult, Lang, Settings} from '../../core/types';
import {predikatByNip} from '../../sheets/hasil';
import {type WorkbookInput, parseWorkbook} from '../../sheets/read';
import {SHEET} from '../../sheets/schema';
import {isEmail} from '../../sheets/values';
import {INPUT_TABLES, readWorkbook} from '../workbook';
import {
  type TabRowIndex,
  indexTabs,
  readHasilColumns,
  readTabsWhole,
  tabsOf,
} from './person-rows';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** One employee of the period, ready to send. */
export interface Recipient {
  result: EmployeeResult;
  nip: string;
  to: string;
  cc: string;
  skipReason: string;
  /** The kind of skipReason, for the send plan's groups ('' when it may be sent). */
  skipCode: SkipCode | '';
}

/** What every preview and send chunk of one execution shares (read once). */
export interface Prepared {
  ss: Spreadsheet;
  sheets: Map<string, Sheet>;
  period: string;
  lang: Lang;
  settings: Settings;
  template: {subjek: string; isi: string};
  /** The input tables without appraisal rows (those are read per employee). */
  input: WorkbookInput;
  pengaturan: unknown[][] | undefined;
  /** Active employees with a NIP (first Pegawai row of a NIP), in NIP order. */
  roster: Employee[];
  /** Predikat per NIP in Hasil for the period. */
  hasil: Map<string, string>;
  logValues: unknown[][];
  /** Built on first use (a preview of a period with no tabs needs none). */
  tabs: TabRowIndex | null;
  now: Date;
}

/**
 * Reads what one period's emails need except the appraisal rows: the input tables and Log Email
 * (one getValues each), Hasil's three columns. Appraises nobody yet.
 */
export function prepareBase(period: string): Prepared {
  const now = new Date();
  const read = readWorkbook({tables: [...INPUT_TABLES, 'logEmail']});
  const {input} = parseWorkbook(read.raw, now);
  const settings = input.settings;
  const seen = new Set<string>();
  const roster: Employee[] = [];
  for (const e of input.employees) {
    if (!e.nip || seen.has(e.nip)) continue;
    seen.add(e.nip);
    if (e.aktif) roster.push(e);
  }
  roster.sort((a, b) => (a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : 0));
  return {
    ss: read.ss,
    sheets: read.sheets,
    period,
    lang: settings.bahasa,
    settings,
    template: input.template,
    input,
    pengaturan: read.raw.tables.pengaturan,
    roster,
    hasil: predikatByNip(
      readHasilColumns(read.sheets.get(SHEET.hasil)),
      period,
    ),
    logValues: read.raw.tables.logEmail ?? [],
    tabs: null,
    now,
  };
}

/**
 * The appraisal index of `nips` for the prepared period: only their tab rows are read (everyone's:
 * each tab whole, cheaper than its index and then its rows).
 */
export function indexOf(
  prepared: Prepared,
  nips: readonly string[],
): AppraisalIndex {
  const everyone = !prepared.tabs && nips.length >= prepared.roster.length;
  const tabs = everyone
    ? readTabsWhole(prepared.sheets, prepared.period)
    : tabsOf(
        (prepared.tabs ??= indexTabs(prepared.sheets, prepared.period)),
        nips,
      );
  const appraisals = parseWorkbook(
    {tables: {pengaturan: prepared.pengaturan}, tabs},
    prepared.now,
  ).input.appraisals;
  return buildIndex({...prepared.input, appraisals});
}

/**
 * The recipients among `nips` (in that order; an unknown or inactive NIP is left out): reads
 * their tab rows only, appraises them only, and decides whether each email may go out.
 */
export function recipientsOf(
  prepared: Prepared,
  nips: readonly string[],
): Recipient[] {
  const period = parsePeriod(prepared.period);
  if (!period || !nips.length) return [];
  const index = indexOf(prepared, nips);
  const {settings, lang} = prepared;
  const out: Recipient[] = [];
  for (const nip of nips) {
    const employee = index.employees.get(nip);
    if (!employee || !employee.aktif) continue;
    const result = appraiseEmployee(index, employee, period).result;
    const to = result.email.trim();
    const atasan = result.emailAtasan.trim();
    const cc =
      settings.tembusanAtasan &&
      isEmail(atasan) &&
      atasan.toLowerCase() !== to.toLowerCase()
        ? atasan
        : '';
    const skip = skipOf(result, prepared.hasil, lang);
    out.push({
      result,
      nip,
      to,
      cc,
      skipReason: skip ? t(lang, `email.skip.${skip.code}`, skip.params) : '',
      skipCode: skip?.code ?? '',
    });
  }
  return out;
}

/**
 * Only complete, computed results go out: status Lengkap, a predikat, a Hasil row for the period
 * agreeing with the current data (else HR has not recomputed since the last change), and a valid
 * address. Null when it may be sent.
 */
function skipOf(
  result: EmployeeResult,
  hasil: Map<string, string>,
  lang: Lang,
): {code: SkipCode; params?: Params} | null {
  if (result.status !== 'Lengkap') {
    return {
      code: 'incomplete',
      params: {missing: result.missing.map(m => m[lang]).join('; ') || '-'},
    };
  }
  if (!result.predikat) return {code: 'noPredikat'};
  const recorded = hasil.get(result.nip);
  if (recorded === undefined) {
    return {code: 'noHasil', params: {periode: result.periode}};
  }
  if (recorded !== result.predikat) {
    return {
      code: 'outdated',
      params: {hasil: recorded || '-', current: result.predikat},
    };
  }
  if (!isEmail(result.email.trim())) {
    return {code: 'invalidEmail', params: {email: result.email}};
  }
  return null;
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

/** One employee of the period (their rows only), or null. */
export function findRecipient(
  prepared: Prepared,
  nipText: string,
): Recipient | null {
  return recipientsOf(prepared, [normalizeNip(nipText)])[0] ?? null;
}
