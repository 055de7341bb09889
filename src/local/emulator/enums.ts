// Apps Script enums of the Spreadsheet service and its Ui.
// Apps Script enum values compare by identity; strings do too and print the same name.
const enumOf = <T extends string>(...names: T[]) =>
  Object.freeze(Object.fromEntries(names.map(n => [n, n]))) as {
    readonly [K in T]: K;
  };

export const ProtectionType = enumOf('RANGE', 'SHEET');
export const DataValidationCriteria = enumOf(
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'NUMBER_BETWEEN',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'DATE_IS_VALID_DATE',
  'CHECKBOX',
  'CUSTOM_FORMULA',
);
export const BorderStyle = enumOf(
  'DOTTED',
  'DASHED',
  'SOLID',
  'SOLID_MEDIUM',
  'SOLID_THICK',
  'DOUBLE',
);
export const WrapStrategy = enumOf('WRAP', 'OVERFLOW', 'CLIP');
export const Button = enumOf('CLOSE', 'OK', 'CANCEL', 'YES', 'NO');
export const ButtonSet = enumOf('OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL');
