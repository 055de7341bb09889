// Validation of the whole workbook input. Never throws: every problem is an Issue naming its sheet
// and cell. Complements parseWorkbook, which reports missing sheets/headers and Pengaturan values:
// callers show `mergeIssues(parsed.issues, validateInput(parsed.input))`.

import type {
  AppraisalRow,
  Employee,
  Issue,
  IssueLevel,
  SourceRef,
} from './types';
import type {WorkbookInput} from '../sheets/read';
import {CHOICES, YA_TIDAK, isEmail} from '../sheets/read';
import type {Params} from './i18n';
import {parseNip} from './nip';
import {parseNumberStrict} from './numbers';
import {parsePeriod, type Period} from './period';
import {parseRating} from './rating';
import {weightsValid} from './capaian';
import {
  appraiseWithIndex,
  assignmentsOf,
  buildIndex,
  firstWeightCell,
  overrideIssue,
  periodTarget,
  type AppraisalIndex,
} from './appraise';
import {PENILAIAN_PREFIX, SHEET} from '../sheets/schema';
import {cellOf, choiceKey, makeIssue} from '../sheets/table';

const NUMBER_HEADERS = new Set([
  'Target',
  'Target Tahunan',
  'Target TW1',
  'Target TW2',
  'Target TW3',
  'Target TW4',
  'Bobot',
]);

/** Collects issues; the same sheet, cell and message is kept once. */
class IssueList {
  readonly issues: Issue[] = [];
  private readonly seen = new Set<string>();
  constructor(private readonly input: WorkbookInput) {}

  cell(src: SourceRef, header: string): string {
    return cellOf(this.input.columns, src, header);
  }

  at(
    src: SourceRef,
    header: string,
    key: string,
    params: Params = {},
    level: IssueLevel = 'Galat',
  ): void {
    this.add(makeIssue(src.sheet, this.cell(src, header), key, params, level));
  }

  add(issue: Issue): void {
    const id = `${issue.sheet}\u0000${issue.cell}\u0000${issue.message.id}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.issues.push(issue);
  }
}

export function validateInput(input: WorkbookInput): Issue[] {
  const list = new IssueList(input);
  const index = buildIndex(input);
  unreadableCells(input, list);
  checkUnits(input, index, list);
  checkEmployees(input, index, list);
  checkSupervisorLoops(input, index, list);
  checkIndicators(input, list);
  checkSkp(input, index, list);
  checkAspectsAndTrainings(input, index, list);
  const periods = checkPeriods(input, list);
  checkAssignments(input, index, periods, list);
  checkTabs(input, index, list);
  for (const period of periods) {
    for (const problem of appraiseWithIndex(index, period).overrideProblems) {
      list.add(overrideIssue(input, problem));
    }
  }
  return sortIssues(list.issues);
}

/** Every record's cells that parseWorkbook could not read. */
function unreadableCells(input: WorkbookInput, list: IssueList): void {
  const records: {src?: SourceRef}[][] = [
    input.units,
    input.employees,
    input.indicators,
    input.skp,
    input.aspects,
    input.trainings,
    input.appraisals,
  ];
  for (const group of records) {
    for (const record of group) {
      for (const bad of record.src?.invalid ?? []) {
        const src = record.src as SourceRef;
        const isTab = src.sheet.startsWith(PENILAIAN_PREFIX);
        if (bad.problem === 'storedAsNumber') {
          list.at(src, bad.header, 'validation.nip.storedAsNumber', {
            text: bad.text,
          });
        } else if (bad.header === 'Periode') {
          list.at(src, 'Periode', 'validation.tab.periodInvalid', {
            value: bad.text,
          });
        } else if (bad.header === 'Nama Tab') {
          list.add(
            makeIssue(src.sheet, '', 'validation.tab.periodInvalid', {
              value: bad.text,
            }),
          );
        } else if (isTab && bad.header === 'Jenis' && bad.text === '') {
          list.at(src, 'Jenis', 'validation.tab.jenisBlank');
        } else if (NUMBER_HEADERS.has(bad.header)) {
          list.at(src, bad.header, 'validation.value.number', {
            header: bad.header,
            value: bad.text,
          });
        } else {
          const choices =
            CHOICES[
              isTab && bad.header === 'Jenis' ? 'Jenis Penilaian' : bad.header
            ] ?? [];
          list.at(src, bad.header, 'validation.value.choice', {
            header: bad.header,
            value: bad.text,
            choices: choices.join(', '),
          });
        }
      }
    }
  }
}

/** For each record with a non-blank key, the first record with the same key (duplicates). */
function firstOccurrences<T extends {src?: SourceRef}>(
  records: T[],
  key: (record: T) => string,
  onDuplicate: (record: T, first: T, value: string) => void,
): void {
  const first = new Map<string, T>();
  for (const record of records) {
    const value = key(record);
    if (value === '') continue;
    const earlier = first.get(value);
    if (earlier) onDuplicate(record, earlier, value);
    else first.set(value, record);
  }
}

function checkUnits(
  input: WorkbookInput,
  index: AppraisalIndex,
  list: IssueList,
): void {
  firstOccurrences(
    input.units,
    u => u.kode,
    (u, first, kode) =>
      list.at(u.src, 'Kode Unit', 'validation.unit.duplicate', {
        kode,
        row: first.src.row,
      }),
  );
  for (const unit of input.units) {
    if (unit.kode === '') {
      list.at(unit.src, 'Kode Unit', 'validation.value.blankRequired', {
        header: 'Kode Unit',
      });
    }
    if (unit.induk && !index.units.has(unit.induk)) {
      list.at(
        unit.src,
        'Induk',
        'validation.unit.indukUnknown',
        {kode: unit.induk},
        'Peringatan',
      );
    }
    if (unit.nipKepala && !index.employees.has(unit.nipKepala)) {
      list.at(
        unit.src,
        'NIP Kepala',
        'validation.unit.kepalaUnknown',
        {nip: unit.nipKepala},
        'Peringatan',
      );
    }
  }
}

function storedAsNumber(src: SourceRef, header: string): boolean {
  return !!src.invalid?.some(
    c => c.header === header && c.problem === 'storedAsNumber',
  );
}

function checkEmployees(
  input: WorkbookInput,
  index: AppraisalIndex,
  list: IssueList,
): void {
  firstOccurrences(
    input.employees,
    e => e.nip,
    (e, first, nip) =>
      list.at(e.src, 'NIP', 'validation.nip.duplicate', {
        nip,
        row: first.src.row,
      }),
  );
  for (const e of input.employees) {
    if (e.nip === '') {
      list.at(e.src, 'NIP', 'validation.value.blankRequired', {header: 'NIP'});
    } else if (!storedAsNumber(e.src, 'NIP')) {
      const parsed = parseNip(e.nip, e.status);
      if (!parsed.ok)
        list.add({
          sheet: e.src.sheet,
          cell: list.cell(e.src, 'NIP'),
          message: parsed.error,
          level: 'Galat',
        });
    }
    if (e.kodeUnit === '') {
      list.at(e.src, 'Kode Unit', 'validation.value.blankRequired', {
        header: 'Kode Unit',
      });
    } else if (!index.units.has(e.kodeUnit)) {
      list.at(e.src, 'Kode Unit', 'validation.unit.unknown', {
        kode: e.kodeUnit,
      });
    }
    if (!e.aktif) continue;
    if (e.nipAtasan === '') {
      list.at(e.src, 'NIP Atasan', 'validation.atasan.blank', {}, 'Peringatan');
    } else if (e.nipAtasan === e.nip) {
      list.at(e.src, 'NIP Atasan', 'validation.atasan.self');
    } else {
      const atasan = index.employees.get(e.nipAtasan);
      if (!atasan) {
        list.at(e.src, 'NIP Atasan', 'validation.atasan.unknown', {
          nip: e.nipAtasan,
        });
      } else if (!atasan.aktif) {
        list.at(
          e.src,
          'NIP Atasan',
          'validation.atasan.inactive',
          {nip: atasan.nip, nama: atasan.nama},
          'Peringatan',
        );
      }
    }
    // A missing column was already reported once for the whole sheet.
    const emailColumnKnown =
      !input.columns || input.columns[e.src.sheet]?.['email'] !== undefined;
    if (e.email === '') {
      if (emailColumnKnown)
        list.at(e.src, 'Email', 'validation.email.missing', {}, 'Peringatan');
    } else if (!isEmail(e.email)) {
      list.at(e.src, 'Email', 'validation.email.invalid', {email: e.email});
    }
  }
}

/**
 * Supervisor loops (A -> B -> A). Each employee has at most one supervisor, so following the links
 * from every employee finds each loop once: reported at the NIP Atasan cell of the loop member
 * that comes first in the sheet. Self-supervision is reported separately.
 */
function checkSupervisorLoops(
  input: WorkbookInput,
  index: AppraisalIndex,
  list: IssueList,
): void {
  const state = new Map<string, 'visiting' | 'done'>();
  for (const start of index.employees.values()) {
    const path: Employee[] = [];
    let current: Employee | undefined = start;
    while (current && !state.has(current.nip)) {
      state.set(current.nip, 'visiting');
      path.push(current);
      current =
        current.nipAtasan && current.nipAtasan !== current.nip
          ? index.employees.get(current.nipAtasan)
          : undefined;
    }
    if (current && state.get(current.nip) === 'visiting') {
      const loop = path.slice(path.indexOf(current));
      const shown = [...loop.map(e => e.nip), current.nip];
      const cycle =
        shown.length > 7 ? [...shown.slice(0, 6), '…', current.nip] : shown;
      const anchor = [...loop].sort((a, b) => a.src.row - b.src.row)[0];
      list.at(anchor.src, 'NIP Atasan', 'validation.atasan.cycle', {
        cycle: cycle.join(' → '),
      });
    }
    for (const e of path) state.set(e.nip, 'done');
  }
  void input;
}

function checkIndicators(input: WorkbookInput, list: IssueList): void {
  const unitCodes = new Set(input.units.map(u => u.kode));
  firstOccurrences(
    input.indicators,
    i => i.kode,
    (i, first, kode) =>
      list.at(i.src, 'Kode', 'validation.indikator.duplicate', {
        kode,
        row: first.src.row,
      }),
  );
  for (const ind of input.indicators) {
    if (ind.kode === '') {
      list.at(ind.src, 'Kode', 'validation.value.blankRequired', {
        header: 'Kode',
      });
    }
    if (ind.kodeUnit === '') {
      list.at(ind.src, 'Kode Unit', 'validation.value.blankRequired', {
        header: 'Kode Unit',
      });
    } else if (!unitCodes.has(ind.kodeUnit)) {
      list.at(ind.src, 'Kode Unit', 'validation.unit.unknown', {
        kode: ind.kodeUnit,
      });
    }
    const targets: [string, number | null][] = [
      ['Target Tahunan', ind.targetTahunan],
      ['Target TW1', ind.targetTriwulan[0]],
      ['Target TW2', ind.targetTriwulan[1]],
      ['Target TW3', ind.targetTriwulan[2]],
      ['Target TW4', ind.targetTriwulan[3]],
    ];
    for (const [header, value] of targets) {
      if (value !== null && value <= 0) {
        list.at(ind.src, header, 'validation.target.notPositive', {
          header,
          value,
        });
      }
    }
    checkBobot(ind.src, ind.bobot, list);
    if (ind.jenis === 'Tambahan' && ind.bobot !== null && ind.bobot !== 0) {
      list.at(ind.src, 'Bobot', 'validation.bobot.tambahan', {}, 'Peringatan');
    }
  }
}

function checkBobot(
  src: SourceRef,
  bobot: number | null,
  list: IssueList,
): void {
  if (bobot !== null && (bobot < 0 || bobot > 100)) {
    list.at(src, 'Bobot', 'validation.bobot.range', {value: bobot});
  }
}

function checkSkp(
  input: WorkbookInput,
  index: AppraisalIndex,
  list: IssueList,
): void {
  firstOccurrences(
    input.skp,
    s => (s.nip && s.kodeIndikator ? `${s.nip}\u0000${s.kodeIndikator}` : ''),
    (s, first) =>
      list.at(
        s.src,
        'Kode Indikator',
        'validation.skp.duplicate',
        {kode: s.kodeIndikator, nip: s.nip, row: first.src.row},
        'Peringatan',
      ),
  );
  for (const s of input.skp) {
    if (s.nip === '') {
      list.at(s.src, 'NIP', 'validation.value.blankRequired', {header: 'NIP'});
    } else if (!index.employees.has(s.nip)) {
      list.at(s.src, 'NIP', 'validation.skp.nipUnknown', {nip: s.nip});
    }
    if (s.kodeIndikator === '') {
      list.at(s.src, 'Kode Indikator', 'validation.value.blankRequired', {
        header: 'Kode Indikator',
      });
    } else if (!index.indicators.has(s.kodeIndikator)) {
      list.at(s.src, 'Kode Indikator', 'validation.indikator.unknown', {
        kode: s.kodeIndikator,
      });
    }
    if (s.target !== null && s.target <= 0) {
      list.at(s.src, 'Target', 'validation.target.notPositive', {
        header: 'Target',
        value: s.target,
      });
    }
    checkBobot(s.src, s.bobot, list);
  }
}

function checkAspectsAndTrainings(
  input: WorkbookInput,
  index: AppraisalIndex,
  list: IssueList,
): void {
  firstOccurrences(
    input.aspects.filter(a => a.src),
    a => a.kode.toUpperCase(),
    (a, first) =>
      list.at(a.src as SourceRef, 'Kode', 'validation.aspek.duplicate', {
        kode: a.kode,
        row: (first.src as SourceRef).row,
      }),
  );
  const aspectCodes = new Set(input.aspects.map(a => a.kode));
  for (const t of input.trainings) {
    if (
      t.src &&
      t.kode &&
      !index.indicators.has(t.kode) &&
      !aspectCodes.has(t.kode)
    ) {
      list.at(
        t.src,
        'Kode',
        'validation.pelatihan.kodeUnknown',
        {kode: t.kode},
        'Peringatan',
      );
    }
  }
}

/** The periods to check targets and overrides for: Periode Aktif and every period in the tabs. */
function checkPeriods(input: WorkbookInput, list: IssueList): Period[] {
  const codes = new Set<string>();
  const active = parsePeriod(input.settings.periodeAktif);
  if (active) codes.add(active.code);
  const texts = new Set(input.appraisals.map(row => row.periode));
  for (const text of texts) {
    const period = parsePeriod(text);
    if (period) codes.add(period.code);
  }
  void list;
  return [...codes].sort().map(code => parsePeriod(code) as Period);
}

/** Per active employee: has Utama indicators, weights total 100, a target for every period checked. */
function checkAssignments(
  input: WorkbookInput,
  index: AppraisalIndex,
  periods: Period[],
  list: IssueList,
): void {
  for (const employee of index.employees.values()) {
    if (!employee.aktif) continue;
    const assignments = assignmentsOf(index, employee);
    const utama = assignments.items.filter(a => a.indicator.jenis === 'Utama');
    if (utama.length === 0) {
      list.at(
        employee.src,
        'NIP',
        'validation.pegawai.noIndicators',
        {nip: employee.nip, unit: employee.kodeUnit},
        'Peringatan',
      );
    }
    const weights = utama.map(a => a.bobot);
    if (!weightsValid(weights)) {
      const total = weights.reduce<number>((sum, w) => sum + (w ?? 0), 0);
      const where = firstWeightCell(input, assignments);
      // Indikator weights are shared by the unit: one issue per unit, not per person.
      const rounded = Math.round(total * 100) / 100;
      list.add(
        assignments.weightSource === 'SKP'
          ? makeIssue(where.sheet, where.cell, 'validation.bobot.sum', {
              nip: employee.nip,
              total: rounded,
            })
          : makeIssue(where.sheet, where.cell, 'validation.bobot.sumUnit', {
              unit: employee.kodeUnit,
              total: rounded,
            }),
      );
    }
    for (const assignment of assignments.items) {
      for (const period of periods) {
        const target = periodTarget(assignment, period);
        const missing = target.missing;
        if (target.value !== null || !missing) continue;
        if (missing.src.invalid?.some(c => c.header === missing.header))
          continue;
        list.at(missing.src, missing.header, 'validation.target.missing', {
          header: missing.header,
          periode: period.code,
          kode: assignment.indicator.kode,
        });
      }
    }
  }
}

const YA_TIDAK_KEYS = new Set(Object.keys(YA_TIDAK));

function checkTabs(
  input: WorkbookInput,
  index: AppraisalIndex,
  list: IssueList,
): void {
  const numerik = input.settings.model === 'NUMERIK';
  const aspectCodes = new Set(input.aspects.map(a => a.kode.toUpperCase()));
  const indicatorCodes = new Set(
    [...index.indicators.keys()].map(k => k.toUpperCase()),
  );
  const unknownNipSeen = new Set<string>();
  for (const row of input.appraisals) {
    if (row.src.invalid?.some(c => c.header === 'Jenis')) continue;
    if (row.nip && !index.employees.has(row.nip)) {
      const key = `${row.src.sheet}\u0000${row.nip}`;
      if (!unknownNipSeen.has(key)) {
        unknownNipSeen.add(key);
        list.at(row.src, 'NIP', 'validation.tab.nipUnknown', {nip: row.nip});
      }
    }
    const kode = row.kode.toUpperCase();
    if (row.jenis === 'Hasil Kerja') {
      if (!indicatorCodes.has(kode)) {
        unknownCode(row, list);
        continue;
      }
      const realisasi = parseNumberStrict(row.realisasi);
      if (realisasi.kind === 'invalid') {
        list.at(row.src, 'Realisasi', 'validation.tab.realisasiInvalid', {
          value: realisasi.text,
        });
      }
    } else if (row.jenis === 'Perilaku') {
      if (!aspectCodes.has(kode)) {
        unknownCode(row, list);
        continue;
      }
      if (numerik) {
        const score = parseNumberStrict(row.rating);
        if (
          score.kind === 'invalid' ||
          (score.kind === 'number' && (score.value < 0 || score.value > 120))
        ) {
          list.at(row.src, 'Rating', 'validation.tab.scoreInvalid', {
            value: cellValue(row.rating),
          });
        }
      } else if (parseRating(row.rating) === 'invalid') {
        list.at(row.src, 'Rating', 'validation.tab.ratingInvalid', {
          value: cellValue(row.rating),
        });
      }
    } else if (kode === 'HK' || kode === 'PK') {
      if (parseRating(row.rating) === 'invalid') {
        list.at(row.src, 'Rating', 'validation.tab.ratingInvalid', {
          value: cellValue(row.rating),
        });
      }
    } else if (kode === 'IN') {
      const key =
        typeof row.rating === 'boolean'
          ? String(row.rating)
          : choiceKey(row.rating);
      if (key !== '' && !YA_TIDAK_KEYS.has(key)) {
        list.at(row.src, 'Rating', 'validation.tab.inovasiInvalid', {
          value: cellValue(row.rating),
        });
      }
    } else {
      unknownCode(row, list);
    }
  }
  for (const {row, first} of index.duplicateRows) {
    list.at(
      row.src,
      'Kode',
      'validation.tab.duplicateRow',
      {
        nip: row.nip,
        kode: row.kode,
        first: `${first.src.sheet}!${list.cell(first.src, 'Kode')}`,
      },
      'Peringatan',
    );
  }
}

function unknownCode(row: AppraisalRow, list: IssueList): void {
  if (row.kode === '') {
    list.at(row.src, 'Kode', 'validation.value.blankRequired', {
      header: 'Kode',
    });
  } else {
    list.at(
      row.src,
      'Kode',
      'validation.tab.kodeUnknown',
      {kode: row.kode, jenis: row.jenis},
      'Peringatan',
    );
  }
}

function cellValue(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

// ---------------------------------------------------------------------------------------------
// Order and merging

const SHEET_ORDER: string[] = [
  SHEET.pengaturan,
  SHEET.unit,
  SHEET.pegawai,
  SHEET.indikator,
  SHEET.skp,
  SHEET.perilaku,
  SHEET.pelatihan,
  SHEET.templateEmail,
];

function cellPosition(cell: string): [number, number] {
  const match = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!match) return [0, 0];
  let column = 0;
  for (const ch of match[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return [Number(match[2]), column];
}

function compareIssues(a: Issue, b: Issue): number {
  const sheetIndex = (s: string) => {
    const i = SHEET_ORDER.indexOf(s);
    return i < 0 ? SHEET_ORDER.length : i;
  };
  const bySheet = sheetIndex(a.sheet) - sheetIndex(b.sheet);
  if (bySheet) return bySheet;
  if (a.sheet !== b.sheet) return a.sheet < b.sheet ? -1 : 1;
  const [ra, ca] = cellPosition(a.cell);
  const [rb, cb] = cellPosition(b.cell);
  return (
    ra - rb ||
    ca - cb ||
    (a.message.id < b.message.id ? -1 : a.message.id > b.message.id ? 1 : 0)
  );
}

/** Sheets in contract order (then tabs by name), rows top to bottom, columns left to right. */
export function sortIssues(issues: Issue[]): Issue[] {
  return [...issues].sort(compareIssues);
}

/** Several issue lists as one, each (sheet, cell, message) once, sorted. */
export function mergeIssues(...lists: Issue[][]): Issue[] {
  const seen = new Set<string>();
  const merged: Issue[] = [];
  for (const list of lists) {
    for (const issue of list) {
      const id = `${issue.sheet}\u0000${issue.cell}\u0000${issue.message.id}`;
      if (!seen.has(id)) {
        seen.add(id);
        merged.push(issue);
      }
    }
  }
  return sortIssues(merged);
}
