// Progress of the appraisal: how many of each appraiser's (or unit's) employees have every input
// of a period filled, read from the appraisal rows the way appraisal reads them.

import type {ProgressRow} from './api';
import {cellText} from './cell-text';
import {t} from './i18n';
import {parsePeriod, subPeriodsOf} from './period';
import type {AppraisalInput, Lang} from './types';

/** What one person's rows of one period say about completeness. */
interface PersonInputs {
  /** Hasil Kerja rows by Kode: whether Realisasi is filled. */
  hasil: Map<string, boolean>;
  /** Perilaku rows: whether Rating is filled. */
  perilaku: boolean[];
  /** Whether the period has Perilaku or Ringkasan rows for this person. */
  behaviour: boolean;
}

/** Appraisal rows grouped by period code, then by NIP. */
function rowsByPeriod(
  input: AppraisalInput,
): Map<string, Map<string, PersonInputs>> {
  const byPeriod = new Map<string, Map<string, PersonInputs>>();
  for (const row of input.appraisals) {
    let people = byPeriod.get(row.periode);
    if (!people) byPeriod.set(row.periode, (people = new Map()));
    let person = people.get(row.nip);
    if (!person) {
      person = {hasil: new Map(), perilaku: [], behaviour: false};
      people.set(row.nip, person);
    }
    if (row.jenis === 'Hasil Kerja') {
      const kode = row.kode.toUpperCase();
      const filled = cellText(row.realisasi) !== '';
      person.hasil.set(kode, filled || !!person.hasil.get(kode));
    } else if (row.jenis === 'Perilaku') {
      person.perilaku.push(cellText(row.rating) !== '');
      person.behaviour = true;
    } else if (row.jenis === 'Ringkasan') {
      person.behaviour = true;
    }
  }
  return byPeriod;
}

/**
 * Whether a person's inputs for a period are complete, read the way appraisePeriod reads them
 * (src/core/appraise): a Realisasi of the period's own tab, else one in every quarter of the
 * period (an S1 aggregates TW1 and TW2); Perilaku from the own tab, else the latest quarter with
 * rows. A quarter has no quarters of its own to fall back on.
 */
function personComplete(
  own: PersonInputs | undefined,
  quarters: (PersonInputs | undefined)[],
): boolean {
  const sources = [own, ...quarters].filter((p): p is PersonInputs => !!p);
  if (sources.length === 0) return false;
  const codes = new Set(sources.flatMap(p => [...p.hasil.keys()]));
  for (const kode of codes) {
    if (own?.hasil.get(kode)) continue;
    if (quarters.length === 0 || !quarters.every(q => q?.hasil.get(kode)))
      return false;
  }
  let behaviour = own?.behaviour ? own : undefined;
  for (let i = quarters.length - 1; !behaviour && i >= 0; i--) {
    if (quarters[i]?.behaviour) behaviour = quarters[i];
  }
  return !behaviour || behaviour.perilaku.every(rated => rated);
}

/**
 * Share of each appraiser's employees whose inputs are complete for the period: every Hasil Kerja
 * row has a Realisasi and every Perilaku row a Rating, in the period's own tabs or, for a semester
 * or year, in the tabs of its quarters (see personComplete).
 */
export function completion(
  input: AppraisalInput,
  periodCode: string,
  lang: Lang,
): ProgressRow[] {
  const perUnit = input.settings.tabPenilaian === 'Per Unit';
  const byPeriod = rowsByPeriod(input);
  const period = parsePeriod(periodCode);
  const quarterCodes = period
    ? subPeriodsOf(period, input.settings.siklusEvaluasi ?? 'Triwulanan')
    : [];
  const names = new Map(input.employees.map(e => [e.nip, e.nama]));
  const units = new Map(input.units.map(u => [u.kode, u.nama]));
  const groups = new Map<string, ProgressRow>();
  for (const e of input.employees) {
    if (!e.aktif || !e.nip) continue;
    const key = perUnit ? e.kodeUnit : e.nipAtasan;
    const label = perUnit
      ? units.get(key) || key
      : names.get(key) || key || t(lang, 'workflow.summary.noHr');
    const row = groups.get(key) ?? {key, label, done: 0, total: 0};
    row.total++;
    const own = byPeriod.get(periodCode)?.get(e.nip);
    const quarters = quarterCodes.map(code => byPeriod.get(code)?.get(e.nip));
    if (personComplete(own, quarters)) row.done++;
    groups.set(key, row);
  }
  return [...groups.values()].sort((a, b) =>
    a.label.localeCompare(b.label, 'id'),
  );
}
