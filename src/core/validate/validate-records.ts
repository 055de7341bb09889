// Validation of the records one appraisal reads. Never throws: every problem is a Finding at a
// record's cell. The cell-level checks (values a cell cannot hold, choice lists, email syntax)
// belong to src/sheets, whose validateInput runs these with them.

import type {AppraisalInput, Finding} from '../types';
import {buildIndex, type AppraisalIndex} from '../appraise/records-index';
import {overrideProblemsOf} from '../appraise/period';
import {overrideFinding} from '../appraise/overrides';
import {checkTemplate} from './template';
import {FindingList, type CellName} from './finding-list';
import {
  checkAspectsAndTrainings,
  checkEmployees,
  checkIndicators,
  checkSkp,
  checkSupervisorLoops,
  checkUnits,
} from './master-data';
import {checkAssignments, checkTabs, periodsToCheck} from './appraisal-data';

export interface ValidateOptions {
  /** The index of `input` when the caller built it already (the pipeline appraises with it). */
  index?: AppraisalIndex;
  /**
   * Periods the caller appraises itself: their override problems come with that appraisal, so they
   * are not appraised a second time here only to find the same problems.
   */
  appraised?: readonly string[];
}

/** Every domain problem of the records, in the order found (duplicates kept; src/sheets merges). */
export function validateRecords(
  input: AppraisalInput,
  cellName: CellName,
  options: ValidateOptions = {},
): Finding[] {
  const list = new FindingList(cellName);
  const index = options.index ?? buildIndex(input);
  const appraised = new Set(options.appraised ?? []);
  checkUnits(input, index, list);
  checkEmployees(input, index, list);
  checkSupervisorLoops(index, list);
  checkIndicators(input, list);
  checkSkp(input, index, list);
  checkAspectsAndTrainings(input, index, list);
  const periods = periodsToCheck(input);
  checkAssignments(index, periods, list);
  checkTabs(input, index, list);
  checkTemplate(input.template, list);
  for (const period of periods) {
    if (appraised.has(period.code)) continue;
    for (const problem of overrideProblemsOf(index, period)) {
      list.add(overrideFinding(problem));
    }
  }
  return list.findings;
}
