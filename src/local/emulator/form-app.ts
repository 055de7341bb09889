// FormApp: forms, their items and the response sheet linked to this spreadsheet, kept as data in
// workbook.meta.forms (so they survive an .xlsx round trip). Reference:
// https://developers.google.com/apps-script/reference/forms/form-app (create, openById,
// DestinationType, ItemType), .../forms/form (setTitle, setDescription, setCollectEmail,
// setDestination, getId, getPublishedUrl, getEditUrl, add*Item), .../forms/text-item,
// .../forms/list-item and .../forms/multiple-choice-item (setChoiceValues), .../forms/scale-item
// (setBounds: "lower bound: 0 or 1; upper bound: 3 to 10"). A form linked with
// setDestination(SPREADSHEET, id) gets a new sheet "Form Responses N" whose header row is
// `Timestamp`, `Email Address` when the form collects emails, then the question titles
// (support.google.com/docs/answer/2917686); later items add their column at the end.
// Answers are submitted with emulator.submitForm (form-submit.ts), which fires the spreadsheet's
// installable form-submit triggers.
import {countMethods} from './calls';
import type {Env} from './env';
import type {SheetModel, Workbook} from './model';
import {Service} from './service';

export const FORMS_SCOPE = 'https://www.googleapis.com/auth/forms';

export const DestinationType = Object.freeze({SPREADSHEET: 'SPREADSHEET'});
export const ItemType = Object.freeze({
  TEXT: 'TEXT',
  LIST: 'LIST',
  MULTIPLE_CHOICE: 'MULTIPLE_CHOICE',
  SCALE: 'SCALE',
} as const);
type ItemKind = keyof typeof ItemType;

export interface FormItemModel {
  id: number;
  type: ItemKind;
  title: string;
  helpText: string;
  required: boolean;
  choices: string[];
  bounds: [number, number];
}

export interface FormModel {
  id: string;
  publishedId: string;
  title: string;
  description: string;
  collectEmail: boolean;
  destinationId: string | null;
  /** The linked response sheet's id and name (the name finds it again after a file round trip). */
  sheetId: number | null;
  sheetName: string | null;
  items: FormItemModel[];
}

export const RESPONSE_SHEET_PREFIX = 'Form Responses ';

/** The forms saved with the workbook. */
export function formModels(wb: Workbook): FormModel[] {
  if (!Array.isArray(wb.meta.forms)) wb.meta.forms = [];
  return wb.meta.forms as FormModel[];
}

function token(length: number): string {
  const chars =
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
  let out = '';
  for (let i = 0; i < length; i++)
    out += chars[Math.floor(Math.random() * chars.length)];
  return out;
}

/** The linked response sheet of a form, when it still exists. */
export function responseSheet(
  wb: Workbook,
  form: FormModel,
): SheetModel | null {
  if (form.destinationId !== wb.id) return null;
  return (
    (form.sheetId !== null ? wb.sheetById(form.sheetId) : undefined) ??
    (form.sheetName ? wb.sheetByName(form.sheetName) : undefined) ??
    null
  );
}

/** Header row of a linked response sheet: Timestamp, Email Address (when collected), titles. */
export function responseHeaders(form: FormModel): string[] {
  return [
    'Timestamp',
    ...(form.collectEmail ? ['Email Address'] : []),
    ...form.items.map(i => i.title),
  ];
}

/** Rewrites the response sheet's header row after the form changed (new item, new title). */
function syncHeaders(wb: Workbook, form: FormModel): void {
  const sheet = responseSheet(wb, form);
  if (!sheet) return;
  const headers = responseHeaders(form);
  if (headers.length > sheet.maxCols) sheet.maxCols = headers.length;
  headers.forEach((h, c) => sheet.set('value', 1, c + 1, h));
}

export class FormApp extends Service {
  DestinationType = DestinationType;
  ItemType = ItemType;

  create(title: string): Form {
    this._env.requireScope('FormApp.create', FORMS_SCOPE);
    const model: FormModel = {
      id: '1' + token(43),
      publishedId: '1FAIpQL' + token(49),
      title: String(title),
      description: '',
      collectEmail: false,
      destinationId: null,
      sheetId: null,
      sheetName: null,
      items: [],
    };
    formModels(this._env.workbook).push(model);
    return new Form(this._env, model);
  }
  openById(id: string): Form {
    this._env.requireScope('FormApp.openById', FORMS_SCOPE);
    const model = formModels(this._env.workbook).find(f => f.id === id);
    // Google's text for an id nobody can open.
    if (!model)
      throw this._env.error(
        'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.',
      );
    return new Form(this._env, model);
  }
  toString(): string {
    return 'FormApp';
  }
}

export class Form extends Service {
  constructor(
    env: Env,
    public _model: FormModel,
  ) {
    super(env);
  }
  getId(): string {
    return this._model.id;
  }
  getTitle(): string {
    return this._model.title;
  }
  setTitle(title: string): Form {
    this._model.title = String(title);
    return this;
  }
  getDescription(): string {
    return this._model.description;
  }
  setDescription(description: string): Form {
    this._model.description = String(description);
    return this;
  }
  collectsEmail(): boolean {
    return this._model.collectEmail;
  }
  setCollectEmail(collect: boolean): Form {
    this._model.collectEmail = Boolean(collect);
    syncHeaders(this._env.workbook, this._model);
    return this;
  }
  getPublishedUrl(): string {
    return `https://docs.google.com/forms/d/e/${this._model.publishedId}/viewform`;
  }
  getEditUrl(): string {
    return `https://docs.google.com/forms/d/${this._model.id}/edit`;
  }
  getDestinationId(): string {
    // Google throws when the form has no destination.
    if (this._model.destinationId === null)
      throw this._env.error(
        'This form does not currently have a response destination.',
      );
    return this._model.destinationId;
  }
  getDestinationType(): string {
    if (this._model.destinationId === null)
      throw this._env.error(
        'This form does not currently have a response destination.',
      );
    return DestinationType.SPREADSHEET;
  }
  setDestination(type: string, id: string): Form {
    const wb = this._env.workbook;
    if (type !== DestinationType.SPREADSHEET)
      throw this._env.error('Invalid argument: type');
    // Only this spreadsheet exists in the emulator; another id is one the user cannot open.
    if (id !== wb.id)
      throw this._env.error(
        'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.',
      );
    if (responseSheet(wb, this._model)) return this;
    let n = 1;
    while (wb.sheetByName(RESPONSE_SHEET_PREFIX + n)) n++;
    // Google puts the new response sheet first.
    const sheet = wb.addSheet(RESPONSE_SHEET_PREFIX + n, 0);
    sheet.frozenRows = 1;
    sheet.reshaped = true;
    this._model.destinationId = id;
    this._model.sheetId = sheet.id;
    this._model.sheetName = sheet.name;
    syncHeaders(wb, this._model);
    return this;
  }
  getItems(): FormItem[] {
    return this._env.list(this._model.items.map(i => this._wrap(i)));
  }
  _wrap(item: FormItemModel): FormItem {
    const Kind = {
      TEXT: TextItem,
      LIST: ListItem,
      MULTIPLE_CHOICE: MultipleChoiceItem,
      SCALE: ScaleItem,
    }[item.type];
    return new Kind(this._env, this._model, item);
  }
  _add(type: ItemKind): FormItemModel {
    const item: FormItemModel = {
      id: 1e8 + this._env.workbook.nextId++,
      type,
      title: '',
      helpText: '',
      required: false,
      choices: [],
      bounds: [1, 5],
    };
    this._model.items.push(item);
    syncHeaders(this._env.workbook, this._model);
    return item;
  }
  addTextItem(): TextItem {
    return new TextItem(this._env, this._model, this._add('TEXT'));
  }
  addListItem(): ListItem {
    return new ListItem(this._env, this._model, this._add('LIST'));
  }
  addMultipleChoiceItem(): MultipleChoiceItem {
    return new MultipleChoiceItem(
      this._env,
      this._model,
      this._add('MULTIPLE_CHOICE'),
    );
  }
  addScaleItem(): ScaleItem {
    return new ScaleItem(this._env, this._model, this._add('SCALE'));
  }
  toString(): string {
    return 'Form';
  }
}

export class FormItem extends Service {
  constructor(
    env: Env,
    public _form: FormModel,
    public _item: FormItemModel,
  ) {
    super(env);
  }
  getId(): number {
    return this._item.id;
  }
  getIndex(): number {
    return this._form.items.indexOf(this._item);
  }
  getType(): string {
    return this._item.type;
  }
  getTitle(): string {
    return this._item.title;
  }
  setTitle(title: string): this {
    this._item.title = String(title);
    syncHeaders(this._env.workbook, this._form);
    return this;
  }
  getHelpText(): string {
    return this._item.helpText;
  }
  setHelpText(text: string): this {
    this._item.helpText = String(text);
    return this;
  }
  isRequired(): boolean {
    return this._item.required;
  }
  setRequired(required: boolean): this {
    this._item.required = Boolean(required);
    return this;
  }
}

export class TextItem extends FormItem {
  toString(): string {
    return 'TextItem';
  }
}

export class Choice extends Service {
  constructor(
    env: Env,
    private _value: string,
  ) {
    super(env);
  }
  getValue(): string {
    return this._value;
  }
  toString(): string {
    return 'Choice';
  }
}

export class ChoiceItem extends FormItem {
  setChoiceValues(values: string[]): this {
    // Google refuses an empty list of choices.
    if (!Array.isArray(values) && !(values && typeof values === 'object'))
      throw this._env.error('Invalid argument: values');
    const list = Array.from(values as ArrayLike<unknown>, String);
    if (list.length === 0) throw this._env.error('Invalid data updating form.');
    this._item.choices = list;
    return this;
  }
  getChoices(): Choice[] {
    return this._env.list(
      this._item.choices.map(v => new Choice(this._env, v)),
    );
  }
}

export class ListItem extends ChoiceItem {
  toString(): string {
    return 'ListItem';
  }
}

export class MultipleChoiceItem extends ChoiceItem {
  toString(): string {
    return 'MultipleChoiceItem';
  }
}

export class ScaleItem extends FormItem {
  /** "lower: 0 or 1; upper: 3 to 10" (developers.google.com/apps-script/reference/forms/scale-item). */
  setBounds(lower: number, upper: number): ScaleItem {
    if (
      (lower !== 0 && lower !== 1) ||
      !Number.isInteger(upper) ||
      upper < 3 ||
      upper > 10
    )
      throw this._env.error('Invalid data updating form.');
    this._item.bounds = [lower, upper];
    return this;
  }
  getLowerBound(): number {
    return this._item.bounds[0];
  }
  getUpperBound(): number {
    return this._item.bounds[1];
  }
  toString(): string {
    return 'ScaleItem';
  }
}

for (const [cls, name] of [
  [FormApp, 'FormApp'],
  [Form, 'Form'],
  [FormItem, 'Item'],
  [ChoiceItem, 'Item'],
  [TextItem, 'TextItem'],
  [ListItem, 'ListItem'],
  [MultipleChoiceItem, 'MultipleChoiceItem'],
  [ScaleItem, 'ScaleItem'],
  [Choice, 'Choice'],
] as const) {
  countMethods(cls, name);
}
