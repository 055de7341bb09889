// Every Apps Script entry point, by name: menu actions and simple triggers, installable trigger
// handlers, the sidebar's google.script.run targets, custom functions. scripts/build.mjs turns
// each name exported here into a real top-level function of dist/Code.js, keeping a custom
// function's JSDoc (Sheets needs `@customfunction` there). The build fails on `export *`, on a name
// exported twice and on anything that is not a function declaration: list entry points only.

export {
  onOpen,
  onInstall,
  showSidebar,
  menuSetup,
  menuCreateTabs,
  menuValidate,
  menuRecompute,
  menuSendFeedback,
  menuArchive,
  menuClosePeriod,
  menuInstallTriggers,
  menuRemoveTriggers,
} from './menu';

export {onEditAudit, hourlyMaintenance} from './triggers';
export {onFormSubmitKinerja} from './forms';
export {menuCreateForms} from './menu';
export {onEdit} from './edit-marks';

// One per member of SidebarApi (src/core/api.ts).
export {
  apiGetState,
  apiSetupSheets,
  apiGetSummary,
  apiValidate,
  apiSelectCell,
  apiCreateTabs,
  apiStartTabs,
  apiContinueTabs,
  apiGetTabsStatus,
  apiArchive,
  apiClosePeriod,
  apiRecompute,
  apiListEmployees,
  apiPreviewEmail,
  apiTestSend,
  apiStartSend,
  apiContinueSend,
  apiGetSendStatus,
  apiSendPlan,
  apiResendOne,
  apiResendChanged,
  apiReminderPlan,
  apiSendReminders,
  apiSaveSettings,
} from './sidebar-api';
export {
  apiDokumenPegawai,
  apiDokumenUnit,
  apiEksporSiasn,
  apiCreateForms,
  apiPublik,
  apiDecideAppeal,
} from './output-api';

// For the CLI: many employees' documents in one execution.
export {apiDokumenBatch} from './output-api';

// For the CLI (every employee's preview in one execution); not called by the sidebar.
export {apiPreviewAllEmails} from './sidebar-api';

export {ASN_SCORE, ASN_PREDIKAT} from './custom-functions/lookups';

// TPP (DOMAIN §9): sidebar and CLI actions, the menu item, the custom function.
export {apiComputeTpp, apiImportPresensi, menuComputeTpp} from './tpp-api';
export {ASN_TPP} from './custom-functions/tpp';

export {
  ASN_CAPAIAN,
  ASN_KUADRAN,
  ASN_IKM,
  ASN_NIP,
} from './custom-functions/calculators';
