// Validation of the records one appraisal reads. Never throws: every problem is a Finding at a
// record's cell. The cell-level checks (values a cell cannot hold, choice lists, email syntax)
// belong to src/sheets, whose validateInput runs these with them.

import type {AppraisalInput, Finding} from '../types';
import {buildIndex} from '../appraise/records-index';
import {appraiseWithIndex} from '../appraise/period';
import {overrideFinding} from '../appraise/overrides';
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

/** Every domain problem of the records, in the order found (duplicates kept; src/sheets merges). */
export function validateRecords(
  input: AppraisalInput,
  cellName: CellName,
): Finding[] {
  const list = new FindingList(cellName);
  const index = buildIndex(input);
  checkUnits(input, index, list);
  checkEmployees(input, index, list);
  checkSupervisorLoops(index, list);
  checkIndicators(input, list);
  checkSkp(input, index, list);
  checkAspectsAndTrainings(input, index, list);
  const periods = periodsToCheck(input);
  checkAssignments(index, periods, list);
  checkTabs(input, index, list);
  for (const period of periods) {
    for (const problem of appraiseWithIndex(index, period).overrideProblems) {
      list.add(overrideFinding(problem));
    }
  }
  return list.findings;
}
