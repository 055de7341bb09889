// Appraisal tabs (SHEETS.md): pure planning of their contents. A tab is known by its identity
// (period + supervisor NIP or unit code, src/sheets/tab-identity.ts); a new tab's name is for
// people (`2026-TW1 Sri Wahyuni`), an existing tab keeps the name it has.
// Given the workbook input, the period and what the period's tabs hold now, computes each tab's new
// values. Typed inputs are matched by NIP + Jenis + Kode across all tabs of the period, so an
// employee who moved to another supervisor takes their typed values along; a row that no longer
// applies but holds something typed is kept (marked TIDAK BERLAKU), never deleted.

import type {Employee, Indicator, Lang} from '../core/types';
import {t} from '../core/i18n';
import type {WorkbookInput} from './read';
import {HEADERS, PENILAIAN_INPUT_HEADERS, normalizeHeader} from './schema';
import {
  type TabIdentity,
  type TabMode,
  legacyIdentity,
  newTabName,
  shortPersonName,
} from './tab-identity';
import {headerColumns, isBlankRow} from './table';
import {cellText} from '../core/cell-text';
import {hrEmails} from '../core/roles';
import {sameTab} from './penilaian-compare';

export interface AssignedIndicator {
  indicator: Indicator;
  target: number | null;
  bobot: number | null;
}

/** The indicators assigned to one employee for the period (C's assignedIndicators, curried). */
export type AssignFn = (nip: string) => AssignedIndicator[];

export interface ExistingTab {
  name: string;
  values: unknown[][];
}

/** What a data row is: it decides the row's validation and colours. */
export type RowKind =
  | 'hasil'
  | 'perilaku'
  | 'ringkasan'
  | 'inovasi'
  /** Kept because it holds typed input but no longer applies. */
  | 'stale';

export interface TabPlan {
  name: string;
  /** What the tab is (stored with a new tab). */
  identity: TabIdentity;
  /** Supervisor NIP (Per Atasan) or unit code (Per Unit). */
  key: string;
  exists: boolean;
  /** Whether the values differ from what the tab holds now. */
  changed: boolean;
  /** Header row then data rows, all of the header's width. */
  values: unknown[][];
  /** Rows the tab holds now (header included): the writer blanks rows beyond values.length. */
  previousRows: number;
  /** Kind of each data row (index 0 = sheet row 2). */
  kinds: RowKind[];
  /** 1-based column of each contract header, by header text. */
  columns: Record<string, number>;
  /** Who may type in the inputs: the appraiser and HR (lower case, no duplicates). */
  editors: string[];
  employees: number;
  staleRows: number;
  /**
   * Rows of this tab another tab's plan took (an employee who moved). The writer keeps them here
   * until that tab is written, so a chunk that dies in between loses nothing.
   */
  lent: {to: string; cells: unknown[]}[];
}

export interface TabsPlan {
  tabs: TabPlan[];
  employees: number;
  /** Active employees without a supervisor NIP (Per Atasan) or unit code (Per Unit). */
  withoutKey: Employee[];
}

export interface PlanTabsArgs {
  input: WorkbookInput;
  period: string;
  /** Tabs of the period read now (values); others are ignored. */
  existing: ExistingTab[];
  /** Every tab of the period found (by identity), read or not: they keep their names. */
  known?: {name: string; identity: TabIdentity}[];
  /** Names of every sheet of the spreadsheet: a new tab's name differs from them all. */
  sheetNames?: readonly string[];
  assign: AssignFn;
  /** HR's email (Email HR or the user running the add-on): always an editor of the inputs. */
  hrEmail: string;
  lang: Lang;
}

const STALE_PREFIX = 'TIDAK BERLAKU: ';

/** The Kode of the Ringkasan rows (C's appraise reads these). */
export const RINGKASAN = {
  hasilKerja: 'HK',
  perilaku: 'PK',
  inovasi: 'IN',
} as const;

export function rowKey(nip: unknown, jenis: unknown, kode: unknown): string {
  const clean = (v: unknown) => cellText(v).toLowerCase().replace(/\s+/g, ' ');
  return `${cellText(nip).replace(/[\s.]+/g, '')}|${clean(jenis)}|${clean(kode)}`;
}

/** The label of a new tab's name: the supervisor's short name, or the unit's name. */
function tabLabel(input: WorkbookInput, mode: TabMode, key: string): string {
  if (mode === 'unit') return input.units.find(u => u.kode === key)?.nama ?? '';
  const nama = input.employees.find(e => e.nip === key)?.nama ?? '';
  return shortPersonName(nama);
}

interface ExistingRow {
  tab: string;
  cells: unknown[];
  typed: boolean;
  used: boolean;
  /** The tab whose plan took this row's typed cells (it moved there). */
  takenBy?: string;
}

interface ParsedTab {
  name: string;
  header: string[];
  /** Normalised header -> 0-based column in the existing tab. */
  index: Record<string, number>;
  rows: ExistingRow[];
  rowCount: number;
}

function parseExisting(tab: ExistingTab): ParsedTab {
  const headerRow = (tab.values[0] ?? []).map(cellText);
  while (headerRow.length && headerRow[headerRow.length - 1] === '') {
    headerRow.pop();
  }
  // Keep the user's header (order and own columns); append contract headers it lacks.
  const present = headerColumns(headerRow);
  const header = [...headerRow];
  for (const h of HEADERS.penilaian) {
    if (!(normalizeHeader(h) in present)) header.push(h);
  }
  const index: Record<string, number> = {};
  header.forEach((h, i) => {
    const k = normalizeHeader(h);
    if (k && !(k in index)) index[k] = i;
  });
  const contract = new Set(HEADERS.penilaian.map(normalizeHeader));
  const inputs = new Set(PENILAIAN_INPUT_HEADERS.map(normalizeHeader));
  const rows: ExistingRow[] = [];
  for (let r = 1; r < tab.values.length; r++) {
    const source = tab.values[r];
    if (isBlankRow(source)) continue;
    const cells = header.map((_, i) => source[i] ?? '');
    // Typed = an input column, or a column of the user's own, holds something.
    const typed = header.some((h, i) => {
      const k = normalizeHeader(h);
      return (inputs.has(k) || !contract.has(k)) && cellText(cells[i]) !== '';
    });
    rows.push({tab: tab.name, cells, typed, used: false});
  }
  return {name: tab.name, header, index, rows, rowCount: tab.values.length};
}

function sortEmployees(list: Employee[]): Employee[] {
  return [...list].sort(
    (a, b) =>
      a.nama.localeCompare(b.nama, 'id', {sensitivity: 'base'}) ||
      a.nip.localeCompare(b.nip),
  );
}

interface GeneratedRow {
  kind: RowKind;
  /** Contract cells keyed by header. */
  cells: Record<string, unknown>;
}

function generatedRows(
  employee: Employee,
  period: string,
  input: WorkbookInput,
  assign: AssignFn,
  lang: Lang,
): GeneratedRow[] {
  const base = {Periode: period, NIP: employee.nip, Nama: employee.nama};
  const rows: GeneratedRow[] = [];
  for (const {indicator, target} of assign(employee.nip)) {
    rows.push({
      kind: 'hasil',
      cells: {
        ...base,
        Jenis: 'Hasil Kerja',
        Kode: indicator.kode,
        Uraian:
          indicator.jenis === 'Tambahan'
            ? t(lang, 'lang.tab.tambahan', {uraian: indicator.indikator})
            : indicator.indikator,
        Satuan: indicator.satuan,
        Target: target ?? '',
      },
    });
  }
  for (const aspect of input.aspects) {
    rows.push({
      kind: 'perilaku',
      cells: {
        ...base,
        Jenis: 'Perilaku',
        Kode: aspect.kode,
        Uraian: aspect.aspek,
      },
    });
  }
  const ringkasan = (kode: string, key: string, kind: RowKind) =>
    rows.push({
      kind,
      cells: {...base, Jenis: 'Ringkasan', Kode: kode, Uraian: t(lang, key)},
    });
  ringkasan(RINGKASAN.hasilKerja, 'workflow.tabs.ringkasanHK', 'ringkasan');
  ringkasan(RINGKASAN.perilaku, 'workflow.tabs.ringkasanPK', 'ringkasan');
  if (input.settings.model === 'NUMERIK') {
    ringkasan(RINGKASAN.inovasi, 'workflow.tabs.inovasi', 'inovasi');
  }
  return rows;
}

function appraiserEmails(
  input: WorkbookInput,
  key: string,
  hrEmail: string,
): string[] {
  const emailOf = (nip: string) =>
    input.employees.find(e => e.nip === nip)?.email ?? '';
  let appraiser = '';
  if (input.settings.tabPenilaian === 'Per Unit') {
    const head = input.units.find(u => u.kode === key)?.nipKepala ?? '';
    appraiser = head ? emailOf(head) : '';
  } else {
    appraiser = emailOf(key);
  }
  const list = [appraiser, ...hrEmails(hrEmail)]
    .map(e => e.trim().toLowerCase())
    .filter(e => e.includes('@'));
  return [...new Set(list)];
}

type Copy = {row: ExistingRow; tab: ParsedTab};

function inputsOf(copy: Copy): string {
  return PENILAIAN_INPUT_HEADERS.map(h => {
    const i = copy.tab.index[normalizeHeader(h)];
    return i === undefined ? '' : cellText(copy.row.cells[i]);
  }).join('\u0001');
}

/**
 * The existing copy of a row that tab `name` takes: its own copy first (after a move half done,
 * the destination already holds it), else the first one unused. Other copies with the same
 * inputs go with it (dropped when taken from the tab itself, else lent until `name` is written);
 * a copy whose inputs differ stays where it is and is kept as stale, so nothing typed is lost.
 */
function pickCopy(copies: Copy[] | undefined, name: string): Copy | undefined {
  const free = (copies ?? []).filter(c => !c.row.used);
  const own = (c: Copy) => c.tab.name === name;
  const chosen =
    free.find(c => own(c) && c.row.typed) ??
    free.find(c => c.row.typed) ??
    free.find(own) ??
    free[0];
  if (!chosen) return undefined;
  const same = inputsOf(chosen);
  for (const copy of free) {
    if (copy !== chosen && inputsOf(copy) !== same) continue;
    copy.row.used = true;
    if (copy.tab.name !== name && chosen.tab.name !== name)
      copy.row.takenBy = name;
  }
  return chosen;
}

/** Plans every tab of the period: the tabs it needs, plus existing ones that keep typed rows. */
export function planTabs(args: PlanTabsArgs): TabsPlan {
  const {input, period, assign, hrEmail, lang} = args;
  const perUnit = input.settings.tabPenilaian === 'Per Unit';
  const mode: TabMode = perUnit ? 'unit' : 'atasan';
  // The period's tabs by name: the ones found by identity, else old names read from the name.
  const known = new Map<string, TabIdentity>();
  for (const tab of args.known ?? []) known.set(tab.name, tab.identity);
  for (const tab of args.existing) {
    const legacy = known.has(tab.name) ? null : legacyIdentity(tab.name);
    if (legacy && legacy.period === period) known.set(tab.name, legacy);
  }
  const nameOf = new Map<string, string>();
  for (const [name, id] of known)
    if (id.period === period && id.mode === mode && !nameOf.has(id.key))
      nameOf.set(id.key, name);
  const taken = new Set(
    [...(args.sheetNames ?? []), ...known.keys()].map(n => n.toLowerCase()),
  );
  const parsed = args.existing
    .filter(tab => known.get(tab.name)?.period === period)
    .map(parseExisting);
  const parsedByName = new Map(parsed.map(p => [p.name, p]));

  // Typed values are found by NIP + Jenis + Kode in any tab of the period; first one wins.
  const byKey = new Map<string, {row: ExistingRow; tab: ParsedTab}[]>();
  for (const tab of parsed) {
    const col = (h: string) => tab.index[normalizeHeader(h)];
    for (const row of tab.rows) {
      const key = rowKey(
        row.cells[col('NIP')],
        row.cells[col('Jenis')],
        row.cells[col('Kode')],
      );
      const list = byKey.get(key) ?? [];
      list.push({row, tab});
      byKey.set(key, list);
    }
  }

  const active = sortEmployees(
    input.employees.filter(e => e.aktif && e.nip !== ''),
  );
  const groups = new Map<string, Employee[]>();
  const withoutKey: Employee[] = [];
  for (const employee of active) {
    const key = perUnit ? employee.kodeUnit : employee.nipAtasan;
    if (!key) {
      withoutKey.push(employee);
      continue;
    }
    const list = groups.get(key) ?? [];
    list.push(employee);
    groups.set(key, list);
  }

  const tabs: TabPlan[] = [];
  const staleMarker = t(lang, 'workflow.tabs.notApplicable') || STALE_PREFIX;
  const contractGenerated = HEADERS.penilaian.filter(
    h => !(PENILAIAN_INPUT_HEADERS as readonly string[]).includes(h),
  );
  // Phase 1: every tab's generated rows, consuming typed rows wherever they are.
  const build = (
    name: string,
    identity: TabIdentity,
    employees: Employee[],
  ) => {
    const key = identity.key;
    const old = parsedByName.get(name);
    const header = old ? old.header : [...HEADERS.penilaian];
    const index: Record<string, number> = {};
    header.forEach((h, i) => {
      const k = normalizeHeader(h);
      if (k && !(k in index)) index[k] = i;
    });
    const values: unknown[][] = [header];
    const kinds: RowKind[] = [];
    for (const employee of employees) {
      for (const generated of generatedRows(
        employee,
        period,
        input,
        assign,
        lang,
      )) {
        const c = generated.cells;
        const match = pickCopy(byKey.get(rowKey(c.NIP, c.Jenis, c.Kode)), name);
        let row: unknown[];
        if (match) {
          // Carry every non-generated cell (inputs and the user's own columns) over by header.
          row = header.map(h => {
            const from = match.tab.index[normalizeHeader(h)];
            return from === undefined ? '' : (match.row.cells[from] ?? '');
          });
        } else {
          row = header.map(() => '');
        }
        for (const h of contractGenerated) {
          row[index[normalizeHeader(h)]] = c[h] ?? '';
        }
        values.push(row);
        kinds.push(generated.kind);
      }
    }
    const columns: Record<string, number> = {};
    for (const h of HEADERS.penilaian)
      columns[h] = index[normalizeHeader(h)] + 1;
    tabs.push({
      name,
      identity,
      key,
      exists: !!old,
      changed: true,
      values,
      previousRows: old ? old.rowCount : 0,
      kinds,
      columns,
      editors: appraiserEmails(input, key, hrEmail),
      employees: employees.length,
      staleRows: 0,
      lent: [],
    });
  };

  const keys = [...groups.keys()].sort();
  for (const key of keys) {
    const name =
      nameOf.get(key) ??
      newTabName(period, tabLabel(input, mode, key), key, taken);
    build(name, {period, mode, key}, groups.get(key)!);
  }
  // Existing tabs no longer needed: rewritten only to drop untyped rows and mark typed ones.
  const planned = new Set(tabs.map(p => p.name));
  for (const tab of parsed) {
    if (!planned.has(tab.name)) build(tab.name, known.get(tab.name)!, []);
  }
  // Phase 2: rows of a tab that nothing regenerated are kept (marked) when something was typed.
  for (const plan of tabs) {
    const old = parsedByName.get(plan.name);
    if (old) {
      const uraian = old.index[normalizeHeader('Uraian')];
      for (const row of old.rows) {
        if (row.takenBy && row.takenBy !== plan.name) {
          if (row.typed) plan.lent.push({to: row.takenBy, cells: row.cells});
          continue;
        }
        if (row.used || !row.typed) continue;
        row.used = true;
        const cells = [...row.cells];
        const text = cellText(cells[uraian]);
        if (!text.startsWith(STALE_PREFIX) && !text.startsWith(staleMarker)) {
          cells[uraian] = staleMarker + text;
        }
        plan.values.push(cells);
        plan.kinds.push('stale');
        plan.staleRows++;
      }
    }
    plan.changed =
      !old ||
      !sameTab(
        plan.values,
        args.existing.find(e => e.name === plan.name),
      );
  }
  return {tabs, employees: active.length - withoutKey.length, withoutKey};
}
