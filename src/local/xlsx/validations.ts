// Data validation rules between the emulator (Apps Script criteria, per cell) and Excel (typed
// rules per address); the meta sheet keeps the exact rules, Excel's are for other readers.
import ExcelJS from 'exceljs';
import type {SheetModel, ValidationModel} from '../emulator/model';
import type {SheetMeta} from './meta';

export function validationRuns(sheet: SheetModel): SheetMeta['validations'] {
  const rules: ValidationModel[] = [];
  const index = new Map<ValidationModel, number>();
  const runs: [number, number, number, number][] = [];
  const grid = sheet.layers.validation;
  // Per column, consecutive rows holding the same rule object become one run.
  const open = new Map<number, [number, number, number, number]>();
  for (let r = 0; r < grid.length; r++) {
    const cells = grid[r];
    for (const [c, run] of open) {
      if (!cells || cells[c] === undefined || index.get(cells[c]!) !== run[0]) {
        runs.push(run);
        open.delete(c);
      }
    }
    if (!cells) continue;
    for (let c = 0; c < cells.length; c++) {
      const rule = cells[c];
      if (!rule) continue;
      let i = index.get(rule);
      if (i === undefined) {
        i = rules.length;
        rules.push(rule);
        index.set(rule, i);
      }
      const run = open.get(c);
      if (run && run[0] === i && run[1] + run[3] === r + 1) run[3]++;
      else open.set(c, [i, r + 1, c + 1, 1]);
    }
  }
  runs.push(...open.values());
  return {rules, runs};
}

export function excelValidation(
  rule: ValidationModel,
): ExcelJS.DataValidation | null {
  const common = {
    allowBlank: true,
    showErrorMessage: !rule.allowInvalid,
    errorStyle: rule.allowInvalid ? 'warning' : 'stop',
    showInputMessage: Boolean(rule.helpText),
    prompt: rule.helpText || undefined,
  } as const;
  const [a, b] = rule.args as number[];
  switch (rule.criteria) {
    case 'VALUE_IN_LIST': {
      const list = (rule.args[0] as string[])
        .map(v => v.replace(/"/g, '""'))
        .join(',');
      return {...common, type: 'list', formulae: [`"${list}"`]};
    }
    case 'VALUE_IN_RANGE':
      return {...common, type: 'list', formulae: [String(rule.args[0])]};
    case 'NUMBER_BETWEEN':
      return {
        ...common,
        type: 'decimal',
        operator: 'between',
        formulae: [a, b],
      };
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return {
        ...common,
        type: 'decimal',
        operator: 'greaterThanOrEqual',
        formulae: [a],
      };
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return {
        ...common,
        type: 'decimal',
        operator: 'lessThanOrEqual',
        formulae: [a],
      };
    case 'NUMBER_GREATER_THAN':
      return {
        ...common,
        type: 'decimal',
        operator: 'greaterThan',
        formulae: [a],
      };
    default:
      return null;
  }
}

export function validationFromExcel(
  dv: ExcelJS.DataValidation,
): ValidationModel | null {
  const base = {allowInvalid: !dv.showErrorMessage, helpText: dv.prompt ?? ''};
  const f = dv.formulae ?? [];
  if (dv.type === 'list' && typeof f[0] === 'string' && f[0].startsWith('"')) {
    const items = f[0]
      .slice(1, -1)
      .split(',')
      .map(s => s.replace(/""/g, '"'));
    return {...base, criteria: 'VALUE_IN_LIST', args: [items, true]};
  }
  if (dv.type === 'list')
    return {...base, criteria: 'VALUE_IN_RANGE', args: [String(f[0]), true]};
  if (dv.type === 'decimal' || dv.type === 'whole') {
    const nums = f.map(Number);
    const byOperator: Record<string, string> = {
      between: 'NUMBER_BETWEEN',
      greaterThanOrEqual: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      lessThanOrEqual: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
      greaterThan: 'NUMBER_GREATER_THAN',
    };
    const criteria = byOperator[dv.operator ?? 'between'];
    return criteria ? {...base, criteria, args: nums} : null;
  }
  return null;
}
