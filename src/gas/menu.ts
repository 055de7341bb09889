// onOpen / onInstall and the "Kinerja ASN" menu actions.

/**
 * Builds the add-on menu when the spreadsheet opens.
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e the open event
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  void e;
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Buka Panel', 'showSidebar')
    .addToUi();
}

/**
 * Runs when the add-on is installed: same as opening.
 * @param {GoogleAppsScript.Events.AddonOnInstall} e the install event
 */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/** Opens the Kinerja ASN sidebar. */
export function showSidebar(): void {
  const html =
    HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Kinerja ASN');
  SpreadsheetApp.getUi().showSidebar(html);
}
