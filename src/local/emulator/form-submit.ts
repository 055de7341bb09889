// One response submitted to a form linked to this spreadsheet: checked as the form would (required
// questions, a list's choices, a scale's bounds), appended to the response sheet as a new row, and
// described by the spreadsheet form-submit event of
// https://developers.google.com/apps-script/guides/triggers/events ("Form submit": authMode,
// namedValues {question: [answers]}, range of the new row, triggerUid, values in column order).
// Answers land in the sheet as typed text does (a number becomes a number, unless the column is
// formatted '@'); an answer starting with '=' stays text: a form answer never becomes a formula.
import {parseCellText} from './cell-input';
import {pad, zonedParts} from './dates';
import type {Env} from './env';
import {
  type FormModel,
  formModels,
  responseHeaders,
  responseSheet,
} from './form-app';
import {Range} from './range';

export interface FormAnswers {
  /** Answers by question title; blank or missing = not answered. */
  answers: Record<string, string>;
  /** The respondent's address, for a form that collects emails. */
  email?: string;
}

export interface SubmittedResponse {
  range: Range;
  values: string[];
  namedValues: Record<string, string[]>;
}

/** The form a submit names (its id or its title). */
export function findForm(env: Env, idOrTitle: string): FormModel {
  const form = formModels(env.workbook).find(
    f => f.id === idOrTitle || f.title === idOrTitle,
  );
  if (!form) throw new Error(`No form ${idOrTitle} in this spreadsheet.`);
  return form;
}

/** The timestamp as the response sheet shows it in en_US (M/d/yyyy H:mm:ss, spreadsheet zone). */
function stamp(when: Date, tz: string): string {
  const p = zonedParts(when, tz);
  return `${p.month}/${p.day}/${p.year} ${p.hour}:${pad(p.minute, 2)}:${pad(p.second, 2)}`;
}

/** The answers checked in form order; throws (like the form's page) naming the question. */
function checkedAnswers(form: FormModel, input: FormAnswers): string[] {
  const known = new Set(form.items.map(i => i.title));
  for (const title of Object.keys(input.answers)) {
    if (!known.has(title))
      throw new Error(`Form "${form.title}" has no question "${title}".`);
  }
  return form.items.map(item => {
    const answer = String(input.answers[item.title] ?? '').trim();
    if (answer === '') {
      if (item.required)
        throw new Error(`"${item.title}": This is a required question`);
      return '';
    }
    if (
      (item.type === 'LIST' || item.type === 'MULTIPLE_CHOICE') &&
      !item.choices.includes(answer)
    )
      throw new Error(`"${item.title}": "${answer}" is not one of the choices`);
    if (item.type === 'SCALE') {
      const n = Number(answer);
      if (!Number.isInteger(n) || n < item.bounds[0] || n > item.bounds[1])
        throw new Error(
          `"${item.title}": "${answer}" is not on the scale ${item.bounds[0]}-${item.bounds[1]}`,
        );
    }
    return answer;
  });
}

/** Appends one response to the form's response sheet and returns its event fields. */
export function recordResponse(
  env: Env,
  form: FormModel,
  input: FormAnswers,
): SubmittedResponse {
  const wb = env.workbook;
  const sheet = responseSheet(wb, form);
  if (!sheet)
    throw new Error(`Form "${form.title}" is not linked to this spreadsheet.`);
  const email = String(input.email ?? '').trim();
  if (form.collectEmail && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
    throw new Error('"Email Address": a valid email address is required');
  const answers = checkedAnswers(form, input);
  const when = env.now();
  const texts = [
    stamp(when, wb.timeZone),
    ...(form.collectEmail ? [email] : []),
    ...answers,
  ];
  const row = Math.max(sheet.lastRow(), 1) + 1;
  if (row > sheet.maxRows) sheet.maxRows = row;
  if (texts.length > sheet.maxCols) sheet.maxCols = texts.length;
  sheet.set('value', row, 1, new Date(when.getTime()));
  sheet.set('numberFormat', row, 1, 'M/d/yyyy H:mm:ss');
  texts.forEach((text, c) => {
    if (c === 0) return;
    const format = sheet.get('numberFormat', row, c + 1);
    const parsed = text.startsWith('=')
      ? {value: text}
      : parseCellText(text, format, wb.timeZone, wb.locale);
    sheet.set('value', row, c + 1, parsed.value ?? '');
  });
  const headers = responseHeaders(form);
  const namedValues: Record<string, string[]> = {};
  headers.forEach((h, c) => (namedValues[h] = env.list([texts[c]])));
  const range = new Range(env, sheet, {
    row,
    col: 1,
    numRows: 1,
    numCols: texts.length,
  });
  return {range, values: env.list(texts), namedValues: env.object(namedValues)};
}
