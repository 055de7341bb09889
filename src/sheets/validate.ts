// Validation of the workbook input: the cell-level checks (a value its column cannot hold, a
// choice list, an email's syntax) plus the domain checks of core's validateRecords, as Issues at
// `Sheet!A1`. Never throws. Complements parseWorkbook, which reports missing sheets/headers and
// Pengaturan values: callers show `mergeIssues(parsed.issues, validateInput(parsed.input))`.

import type {CellRef, Issue, SourceRef} from '../core/types';
import {
  type ValidateOptions,
  validateRecords,
} from '../core/validate/validate-records';
import type {WorkbookInput} from './read';
import {CHOICES, YA_TIDAK, isEmail} from './values';
import {SHEET} from './schema';
import {cellOf, choiceKey, makeIssue} from './table';
import {IssueList, sortIssues} from './issues';

export const NUMBER_HEADERS = new Set([
  'Target',
  'Target Tahunan',
  'Target TW1',
  'Target TW2',
  'Target TW3',
  'Target TW4',
  'Target Bulanan',
  'Bobot',
]);

export function validateInput(
  input: WorkbookInput,
  options: ValidateOptions = {},
): Issue[] {
  const {columns} = input;
  const list = new IssueList(columns);
  unreadableCells(input, list);
  const cellName = ({src, header}: CellRef) =>
    `${src.sheet}!${cellOf(columns, src, header)}`;
  for (const finding of validateRecords(input, cellName, options)) {
    list.addFinding(finding);
  }
  emailCells(input, list);
  inovasiCells(input, list);
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
        const isTab =
          group === input.appraisals && src.sheet !== SHEET.arsipPenilaian;
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

/** The Email of each active employee: filled (when the column exists) and an address. */
function emailCells(input: WorkbookInput, list: IssueList): void {
  for (const e of input.employees) {
    if (!e.aktif) continue;
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

const YA_TIDAK_KEYS = new Set(Object.keys(YA_TIDAK));

/** The Rating of each Ringkasan row `IN` (innovation, model NUMERIK): blank, Ya or Tidak. */
function inovasiCells(input: WorkbookInput, list: IssueList): void {
  for (const row of input.appraisals) {
    if (row.src.invalid?.some(c => c.header === 'Jenis')) continue;
    if (row.jenis !== 'Ringkasan' || row.kode.toUpperCase() !== 'IN') continue;
    const key =
      typeof row.rating === 'boolean'
        ? String(row.rating)
        : choiceKey(row.rating);
    if (key !== '' && !YA_TIDAK_KEYS.has(key)) {
      list.at(row.src, 'Rating', 'validation.tab.inovasiInvalid', {
        value:
          row.rating === null || row.rating === undefined
            ? ''
            : String(row.rating).trim(),
      });
    }
  }
}
