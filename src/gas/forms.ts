// The three forms of SHEETS.md "Forms", created once on HR's request and linked to this
// spreadsheet (FormApp, https://developers.google.com/apps-script/reference/forms/form-app), with
// one installable form-submit trigger for all three (an add-on may have one trigger per type per
// user per document). Their ids stay in the document properties, so running again reports them.
// A response is told apart by its sheet's headers (SHEETS.md: read by header text).

import type {FormsResult} from '../core/api';
import {type FormDef, type FormKey, formDefs} from '../core/forms';
import {t} from '../core/i18n';
import {SHEET, normalizeHeader} from '../sheets/schema';
import {requireHr} from './identity';
import {PROP_SKM_SHEET, recomputeIkm} from './ikm-sheet';
import {interfaceLang} from './settings';
import {activeSpreadsheet, contractSheet, readValues} from './workbook';

export const SUBMIT_HANDLER = 'onFormSubmitKinerja';
const PROP_PREFIX = 'form:';

/** The unit codes of the Unit sheet, in sheet order. */
function unitCodes(): string[] {
  const sheet = contractSheet(activeSpreadsheet(), SHEET.unit);
  const [head = [], ...rows] = sheet ? readValues(sheet) : [];
  const col = head.findIndex(h => normalizeHeader(h) === 'kode unit');
  const codes = rows
    .map(r => String(r[col] ?? '').trim())
    .filter(code => col >= 0 && code !== '');
  return [...new Set(codes)];
}

function openForm(id: string | null): GoogleAppsScript.Forms.Form | null {
  if (!id) return null;
  try {
    return FormApp.openById(id);
  } catch {
    // Deleted in Drive: made again.
    return null;
  }
}

function buildForm(def: FormDef, ssId: string): GoogleAppsScript.Forms.Form {
  const form = FormApp.create(def.title).setTitle(def.title);
  form.setCollectEmail(def.collectEmail);
  for (const q of def.questions) {
    if (q.kind === 'text')
      form.addTextItem().setTitle(q.title).setRequired(q.required);
    else if (q.kind === 'scale')
      form
        .addScaleItem()
        .setTitle(q.title)
        .setBounds(q.bounds![0], q.bounds![1])
        .setRequired(q.required);
    else
      (q.kind === 'list' ? form.addListItem() : form.addMultipleChoiceItem())
        .setTitle(q.title)
        .setChoiceValues([...q.choices!])
        .setRequired(q.required);
  }
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ssId);
  return form;
}

/** The form-submit trigger of this user on this document, installed when missing. */
function ensureSubmitTrigger(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): void {
  const has = ScriptApp.getUserTriggers(ss).some(
    tr =>
      tr.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT &&
      tr.getHandlerFunction() === SUBMIT_HANDLER,
  );
  if (!has)
    ScriptApp.newTrigger(SUBMIT_HANDLER)
      .forSpreadsheet(ss)
      .onFormSubmit()
      .create();
}

/** Creates the forms not made yet (HR only); the ones that exist are reported, not made twice. */
export function createForms(): FormsResult {
  requireHr('forms.action');
  const before = new Set(
    activeSpreadsheet()
      .getSheets()
      .map(s => s.getSheetId()),
  );
  const lang = interfaceLang();
  const ss = activeSpreadsheet();
  const props = PropertiesService.getDocumentProperties();
  const units = unitCodes();
  if (units.length === 0)
    return {ok: false, message: t(lang, 'forms.noUnits'), forms: []};
  const forms: FormsResult['forms'] = [];
  for (const def of formDefs(units)) {
    let form = openForm(props.getProperty(PROP_PREFIX + def.key));
    const created = form === null;
    if (!form) {
      form = buildForm(def, ss.getId());
      props.setProperty(PROP_PREFIX + def.key, form.getId());
      // The response sheet it just linked: the one sheet that was not there before.
      const added = ss.getSheets().filter(s => !before.has(s.getSheetId()));
      if (def.key === 'skm' && added.length === 1)
        props.setProperty(PROP_SKM_SHEET, String(added[0].getSheetId()));
      added.forEach(s => before.add(s.getSheetId()));
    }
    forms.push({
      key: def.key,
      title: def.title,
      id: form.getId(),
      url: form.getPublishedUrl(),
      created,
    });
  }
  ensureSubmitTrigger(ss);
  const made = forms.filter(f => f.created).length;
  return {
    ok: true,
    message: t(lang, 'forms.done', {
      created: made,
      kept: forms.length - made,
      urls: forms.map(f => `${f.title}: ${f.url}`).join('\n'),
    }),
    forms,
  };
}

/** Which form a response sheet belongs to, from its header row. */
export function formOfHeaders(headers: readonly unknown[]): FormKey | null {
  const names = new Set(headers.map(normalizeHeader));
  if (names.has('kode indikator') && names.has('realisasi')) return 'laporan';
  if (names.has('nip dinilai')) return 'rekan';
  if (names.has('kode unit') && names.has('u1 persyaratan')) return 'skm';
  return null;
}

/**
 * The installable form-submit handler: an SKM answer recomputes the IKM sheet. The other forms'
 * answers stay in their response sheets, read where SHEETS.md says.
 * @param {GoogleAppsScript.Events.SheetsOnFormSubmit} e the form-submit event
 */
export function onFormSubmitKinerja(
  e: GoogleAppsScript.Events.SheetsOnFormSubmit,
): void {
  if (!e || !e.range) return;
  const sheet = e.range.getSheet();
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  if (formOfHeaders(headers) === 'skm') recomputeIkm();
}
