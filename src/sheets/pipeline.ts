// The one path from a workbook's values to a period's results: read -> validate -> appraise.
// Pure: the caller reads the tables (one getValues each) and writes what it needs.

import type {EmployeeResult, Issue} from '../core/types';
import {appraisePeriod} from '../core/appraise/period';
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
  const {results, findings} = appraisePeriod(input, periodCode);
  const issues = mergeIssues(
    readIssues,
    validateInput(input),
    issuesOf(findings, input.columns),
  );
  return {input, results, issues};
}
