// DataValidationBuilder and DataValidation (SpreadsheetApp.newDataValidation()), and whether a
// typed value satisfies a rule.
import {countMethods} from './calls';
import type {Env} from './env';
import {isDate} from './dates';
import type {CellValue, ValidationModel} from './model';
import {rectToA1} from './a1';
import type {Range} from './range';
import {Service} from './service';

export class DataValidationBuilder extends Service {
  _model: ValidationModel = {
    criteria: '',
    args: [],
    allowInvalid: true,
    helpText: '',
  };

  _set(criteria: string, args: unknown[]): DataValidationBuilder {
    this._model = {...this._model, criteria, args};
    return this;
  }
  requireValueInList(
    values: string[],
    showDropdown = true,
  ): DataValidationBuilder {
    return this._set('VALUE_IN_LIST', [[...values].map(String), showDropdown]);
  }
  requireValueInRange(
    range: Range,
    showDropdown = true,
  ): DataValidationBuilder {
    const a1 = `'${range._sheet.name}'!${rectToA1(range._rect())}`;
    return this._set('VALUE_IN_RANGE', [a1, showDropdown]);
  }
  requireNumberBetween(start: number, end: number): DataValidationBuilder {
    return this._set('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilder {
    return this._set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  requireNumberGreaterThan(number: number): DataValidationBuilder {
    return this._set('NUMBER_GREATER_THAN', [number]);
  }
  requireNumberLessThanOrEqualTo(number: number): DataValidationBuilder {
    return this._set('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  requireTextIsEmail(): DataValidationBuilder {
    return this._set('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): DataValidationBuilder {
    return this._set('TEXT_IS_VALID_URL', []);
  }
  requireDate(): DataValidationBuilder {
    return this._set('DATE_IS_VALID_DATE', []);
  }
  requireCheckbox(): DataValidationBuilder {
    return this._set('CHECKBOX', []);
  }
  requireFormulaSatisfied(formula: string): DataValidationBuilder {
    return this._set('CUSTOM_FORMULA', [String(formula)]);
  }
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder {
    this._model = {...this._model, allowInvalid: Boolean(allowInvalidData)};
    return this;
  }
  setHelpText(helpText: string): DataValidationBuilder {
    this._model = {...this._model, helpText: String(helpText)};
    return this;
  }
  build(): DataValidation {
    if (!this._model.criteria)
      throw this._env.error(
        'You must specify a criteria for the data validation rule.',
      );
    return new DataValidation(this._env, {...this._model});
  }
  toString(): string {
    return 'DataValidationBuilder';
  }
}

export class DataValidation extends Service {
  constructor(
    env: Env,
    public _model: ValidationModel,
  ) {
    super(env);
  }
  getCriteriaType(): string {
    return this._model.criteria;
  }
  getCriteriaValues(): unknown[] {
    return this._env.list(
      this._model.args.map(a => (Array.isArray(a) ? this._env.list(a) : a)),
    );
  }
  getAllowInvalid(): boolean {
    return this._model.allowInvalid;
  }
  getHelpText(): string {
    return this._model.helpText;
  }
  copy(): DataValidationBuilder {
    const b = new DataValidationBuilder(this._env);
    b._model = {...this._model};
    return b;
  }
  toString(): string {
    return 'DataValidation';
  }
}

/** Whether a typed value satisfies a rule (used when a person types: emulator.userEdit). */
export function satisfiesValidation(
  rule: ValidationModel,
  value: CellValue | undefined,
): boolean {
  if (value === undefined || value === '') return true;
  const n = typeof value === 'number' ? value : NaN;
  const [a, b] = rule.args as number[];
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return (rule.args[0] as string[]).includes(String(value));
    case 'NUMBER_BETWEEN':
      return n >= a && n <= b;
    case 'NUMBER_NOT_BETWEEN':
      return !(n >= a && n <= b);
    case 'NUMBER_GREATER_THAN':
      return n > a;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n >= a;
    case 'NUMBER_LESS_THAN':
      return n < a;
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n <= a;
    case 'NUMBER_EQUAL_TO':
      return n === a;
    case 'TEXT_IS_VALID_EMAIL':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(value));
    case 'TEXT_IS_VALID_URL':
      return /^https?:\/\/\S+$/i.test(String(value));
    case 'DATE_IS_VALID_DATE':
      return isDate(value);
    case 'CHECKBOX':
      return typeof value === 'boolean';
    default:
      return true; // ranges and custom formulas are not evaluated
  }
}

countMethods(DataValidationBuilder, 'DataValidationBuilder');
countMethods(DataValidation, 'DataValidation');
