// The one path from a workbook's values to a period's results: read -> validate -> appraise.
// Pure: the caller reads the tables (one getValues each) and writes what it needs.

import type {EmployeeResult, Issue} from '../core/types';
import {appraisePeriod} from '../core/appraise/period';
import {buildIndex} from '../core/appraise/records-index';
import {normalizePeriod} from '../core/period';
import {parseWorkbook, type RawWorkbook, type WorkbookInput} from './read';
import {validateInput} from './validate';
import {issuesOf, mergeIssues} from './issues';

export interface Evaluation {
  input: WorkbookInput;
  results: EmployeeResult[];
  /** What reading, validating and appraising found, each once, in Validasi order. */
  issues: Issue[];
}

export function evaluatePeriod(
  raw: RawWorkbook,
  periodCode: string,
  now: Date,
): Evaluation {
  const {input, issues: readIssues} = parseWorkbook(raw, now);
  // One index and one appraisal of the period: validation checks the other periods named in the
  // tabs (and Periode Aktif) and takes this period's override problems from the appraisal.
  const index = buildIndex(input);
  const {results, findings} = appraisePeriod(input, periodCode, index);
  const appraised = normalizePeriod(periodCode);
  const issues = mergeIssues(
    readIssues,
    validateInput(input, {index, appraised: appraised ? [appraised] : []}),
    issuesOf(findings, input.columns),
  );
  return {input, results, issues};
}
