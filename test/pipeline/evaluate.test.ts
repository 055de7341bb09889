// The one pipeline (read -> validate -> appraise) appraises each employee once per evaluation:
// validation takes the evaluated period's override problems from the appraisal (issue 10).
import * as employeeModule from '../../src/core/appraise/employee';
import {evaluatePeriod} from '../../src/sheets/pipeline';
import {parseWorkbook} from '../../src/sheets/read';
import {validateInput} from '../../src/sheets/validate';
import {issuesOf, mergeIssues} from '../../src/sheets/issues';
import {appraisePeriod} from '../../src/core/appraise/period';
import {TODAY, cloneRaw, fixture} from './fixture';

const line = (i: {sheet: string; cell: string; message: {id: string}}) =>
  `${i.sheet}!${i.cell}: ${i.message.id}`;

describe('evaluatePeriod', () => {
  afterEach(() => jest.restoreAllMocks());

  it('appraises every active employee exactly once', () => {
    const raw = cloneRaw(fixture());
    const spy = jest.spyOn(employeeModule, 'appraiseEmployee');
    const {results} = evaluatePeriod(raw, '2026-TW1', TODAY);
    expect(results.length).toBeGreaterThan(0);
    const periods = spy.mock.calls.map(c => c[2].code);
    expect(periods.filter(p => p === '2026-TW1')).toHaveLength(results.length);
    // The fixture's TW2 tab (another period named in the tabs) is checked for overrides, but only
    // for the people with rows in it.
    const tw2 = new Set(
      raw.tabs
        .filter(t => t.name.includes('2026-TW2'))
        .flatMap(t => t.values.slice(1).map(r => String(r[1]))),
    );
    expect(periods.filter(p => p === '2026-TW2')).toHaveLength(tw2.size);
  });

  it('finds the same issues as validating and appraising separately', () => {
    const raw = cloneRaw(fixture());
    // An override without Alasan: a problem both the appraisal and the validation see.
    raw.tabs[0].values[25][9] = 'Sesuai Ekspektasi';
    const {issues} = evaluatePeriod(raw, '2026-TW1', TODAY);
    const {input, issues: readIssues} = parseWorkbook(raw, TODAY);
    const separate = mergeIssues(
      readIssues,
      validateInput(input),
      issuesOf(appraisePeriod(input, '2026-TW1').findings, input.columns),
    );
    expect(issues.map(line)).toEqual(separate.map(line));
    expect(issues.map(line)).toContainEqual(
      expect.stringContaining('tanpa Alasan'),
    );
  });

  it('still checks the override problems of another period named in the tabs', () => {
    const raw = cloneRaw(fixture());
    raw.tabs[0].values[25][9] = 'Sesuai Ekspektasi';
    // Evaluating the semester: the TW1 override problem still comes from validation.
    const {issues} = evaluatePeriod(raw, '2026-S1', TODAY);
    expect(issues.map(line)).toContainEqual(
      expect.stringContaining('tanpa Alasan'),
    );
  });
});
