// The sidebar <-> server contract (google.script.run targets in src/gas/sidebar-api.ts).
// google.script.run passes primitives, arrays and plain objects only: no Date, no class instances.
// Times travel as ISO strings; all user-facing text arrives already in the interface language.

import type {TppApi} from './api-tpp';
import type {Role} from './roles';
import type {Issue, Lang, Model, Predikat} from './types';

export interface SettingsDto {
  model: Model;
  ambangDiAtas: number;
  ambangSesuai: number;
  batasCapaian: number;
  bobotHasilKerja: number;
  bobotPerilaku: number;
  bahasa: Lang;
  tembusanAtasan: boolean;
  tabPenilaian: 'Per Atasan' | 'Per Unit';
  emailHr: string;
}

export interface SidebarState {
  lang: Lang;
  namaInstansi: string;
  userEmail: string;
  activePeriod: string;
  /** Periods offered in the picker (active year's quarters, semesters, year, plus periods found in tabs and Hasil). */
  periods: string[];
  settings: SettingsDto;
  /** Whether the contract sheets exist (else the sidebar offers "Siapkan Lembar"). */
  ready: boolean;
}

export interface ProgressRow {
  /** Supervisor NIP or unit code. */
  key: string;
  label: string;
  done: number;
  total: number;
}

export interface SummaryDto {
  period: string;
  /** Completion per supervisor (or per unit, following Tab Penilaian). */
  completion: ProgressRow[];
  /** Count of employees per predikat in Hasil for this period; 'Belum lengkap' counts incomplete ones. */
  distribution: {label: Predikat | 'Belum lengkap'; count: number}[];
  /** Distribution-curve warnings, already in the interface language. */
  curveWarnings: string[];
  /** ISO time of the last recompute of this period, or null. */
  lastComputed: string | null;
  /** Inputs changed since the last recompute. */
  stale: boolean;
  employees: number;
  /** The acting user's role: a supervisor sees their own progress rows and tabs only. */
  role: Role;
  /** A supervisor's own tabs of the period (Tab saya); every tab of the period for HR. */
  myTabs: string[];
}

export interface ValidationDto {
  issues: (Issue & {text: string})[];
  errors: number;
  warnings: number;
}

export interface ActionResult {
  ok: boolean;
  /** Human message in the interface language. */
  message: string;
}

export interface TabsResult extends ActionResult {
  tabs: string[];
  employees: number;
}

export interface RecomputeResult extends ActionResult {
  employees: number;
  complete: number;
  errors: number;
  warnings: number;
}

export interface EmployeeListItem {
  nip: string;
  nama: string;
  kodeUnit: string;
  predikat: Predikat | null;
  status: string;
  email: string;
  /** Log Email status for this period, if any. */
  emailStatus: string;
}

export interface EmailPreview {
  to: string;
  cc: string;
  subject: string;
  html: string;
  text: string;
  /** Why this employee would be skipped when sending, or '' if it would be sent. */
  skipReason: string;
  /** Template problems worth fixing before sending (e.g. unknown placeholders). */
  warnings?: string[];
}

/** One employee's feedback email in a preview of everyone (apiPreviewAllEmails). */
export interface EmployeePreview {
  nip: string;
  nama: string;
  preview: EmailPreview;
}

export interface SendStatus {
  jobId: string;
  period: string;
  state: 'running' | 'paused-quota' | 'done' | 'error' | 'idle';
  total: number;
  sent: number;
  skipped: number;
  failed: number;
  /** Rows marked as sending but never confirmed (a crash): HR must check them; never resent automatically. */
  uncertain: number;
  remaining: number;
  remainingQuota: number;
  message: string;
}

/** One reason of the send plan: how many are not sent for it, and a few of their names. */
export interface SendPlanReason {
  /** alreadySent | uncertain | incomplete | noHasil | outdated | noPredikat | invalidEmail */
  reason: string;
  label: string;
  count: number;
  names: string[];
}

/** Before sending (apiSendPlan): how many a normal send sends and why the rest are not. */
export interface SendPlan {
  ok: boolean;
  period: string;
  /** Active employees of the period. */
  total: number;
  /** Emails a normal send (Kirim) sends now. */
  send: number;
  /** Emails a resend to everyone would send (every complete, computed result). */
  resendAll: number;
  /** Already sent, but their email today differs from the one sent (Sidik). */
  changed: number;
  changedNips: string[];
  changedNames: string[];
  reasons: SendPlanReason[];
  remainingQuota: number;
  /** The plan as text (or why there is none), in the interface language. */
  message: string;
}

/** One supervisor's reminder: the employees with empty inputs and how many each. */
export interface ReminderItem {
  nip: string;
  nama: string;
  email: string;
  employees: {nip: string; nama: string; empty: number}[];
  /** '' when it goes out now; else why not (sent within the interval, no address, quota). */
  holdReason: string;
}

export interface ReminderPlan {
  ok: boolean;
  period: string;
  intervalDays: number;
  /** Reminders sent now by apiSendReminders. */
  send: number;
  items: ReminderItem[];
  remainingQuota: number;
  message: string;
}

export interface ReminderResult extends ActionResult {
  sent: number;
  failed: number;
  held: number;
}

/** Every server function the sidebar calls. Implemented in src/gas, shimmed over HTTP locally. */
export interface SidebarApi extends TppApi {
  apiGetState(): SidebarState;
  apiSetupSheets(): ActionResult;
  apiGetSummary(period: string): SummaryDto;
  apiValidate(period?: string): ValidationDto;
  apiSelectCell(sheet: string, cell: string): ActionResult;
  apiCreateTabs(period: string): TabsResult;
  apiStartTabs(period: string): TabsStatus;
  apiContinueTabs(): TabsStatus;
  apiGetTabsStatus(): TabsStatus;
  apiArchive(): ArchiveStatus;
  apiClosePeriod(period: string): CloseStatus;
  apiRecompute(period: string): RecomputeResult;
  apiListEmployees(period: string): EmployeeListItem[];
  apiPreviewEmail(period: string, nip: string): EmailPreview;
  apiTestSend(period: string, nip: string): ActionResult;
  apiStartSend(period: string, resend: boolean): SendStatus;
  apiContinueSend(): SendStatus;
  apiGetSendStatus(): SendStatus;
  apiSendPlan(period: string): SendPlan;
  apiResendOne(period: string, nip: string): SendStatus;
  apiResendChanged(period: string): SendStatus;
  apiReminderPlan(period: string): ReminderPlan;
  apiSendReminders(period: string): ReminderResult;
  apiSaveSettings(settings: SettingsDto): ActionResult;
  apiDokumenPegawai(period: string, nip: string, jenis: string): DokumenFile;
  apiDokumenUnit(
    period: string,
    unit: string,
    jenis: string,
    part: number,
  ): DokumenFile;
  apiEksporSiasn(period: string): SiasnExport;
  /** The Publik sheet rewritten (aggregates only) and returned for the public page. */
  apiPublik(): PublikView;
  /** Decides an appeal as the acting user (HR or the supervisor's own supervisor). */
  apiDecideAppeal(
    nip: string,
    period: string,
    keputusan: string,
    predikatBaru: string,
  ): ActionResult;
  apiCreateForms(): FormsResult;
}

/** The three forms (SHEETS.md "Forms"): made now or found from an earlier run. */
export interface FormsResult extends ActionResult {
  forms: {
    key: string;
    title: string;
    id: string;
    url: string;
    created: boolean;
  }[];
}

/** A file made on the server for the browser to download (base64: google.script.run carries strings). */
export interface DokumenFile extends ActionResult {
  name: string;
  mimeType: string;
  base64: string;
  /** Documents inside (1 for a PDF). */
  count: number;
  /** A unit's bundle comes in parts: this part (0-based) and how many. */
  part: number;
  parts: number;
}

/** The SIASN export: a table, header row first. */
/** The Publik sheet as written (header first), with what the public page needs around it. */
export interface PublikView extends ActionResult {
  lang: Lang;
  instansi: string;
  rows: (string | number)[][];
}

export interface SiasnExport extends ActionResult {
  rows: (string | number)[][];
}

/** The resumable tab job (Buat Tab Penilaian): progress of its chunks. */
export interface TabsStatus extends TabsResult {
  jobId: string;
  period: string;
  state: 'running' | 'done' | 'error' | 'idle';
  /** Tabs finished and planned in all (this pass). */
  done: number;
  total: number;
  created: number;
  /** Estimated pessimistic seconds of the last chunk (docs/PLATFORM-LIMITS.md §8). */
  chunkSeconds: number;
}

/** One chunk of the archive of past years (copy, check, then remove). */
export interface ArchiveStatus extends ActionResult {
  state: 'running' | 'done' | 'error' | 'idle';
  done: number;
  total: number;
}

/** Closing a period (Tutup Periode): tabs moved to Arsip Penilaian, chunk by chunk. */
export interface CloseStatus extends ArchiveStatus {
  period: string;
  /** Input rows moved so far. */
  rows: number;
}
