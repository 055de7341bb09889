// The sidebar's and the menu's TPP actions (entry points of src/gas/index.ts).
import {t} from '../core/i18n';
import {
  computeTpp,
  importPresensiMonth,
  latestPresensiMonth,
  type TppRunResult,
} from './tpp';
import {RoleRefused, requireHr} from './identity';
import {interfaceLang} from './settings';
import {runMenuAction} from './ui';

/** HR only (SHEETS.md, Roles): a refusal is thrown on, as every sidebar action does. */
function guarded(action: string, run: () => TppRunResult): TppRunResult {
  requireHr(action);
  try {
    return JSON.parse(JSON.stringify(run())) as TppRunResult;
  } catch (e) {
    if (e instanceof RoleRefused) throw e;
    return {
      ok: false,
      message: t(interfaceLang(), 'workflow.error.unexpected', {
        error: e instanceof Error ? e.message : String(e),
      }),
      issues: [],
      errors: 0,
    };
  }
}

/**
 * Computes TPP of a month and writes Hasil TPP (that month's rows), Validasi, Rekap and Daftar TPP.
 * @param {string} month e.g. 2026-03
 */
export function apiComputeTpp(month: string): TppRunResult {
  return guarded('tpp.menu', () => computeTpp(String(month ?? '')));
}

/**
 * Imports a month of attendance from CSV text (pasted, or a file read in the browser).
 * @param {string} month e.g. 2026-03
 * @param {string} csv the export's text, header row first
 * @param {string} name the file's name (problems name its cells), '' for pasted text
 */
export function apiImportPresensi(
  month: string,
  csv: string,
  name: string,
): TppRunResult {
  return guarded('tpp.action.import', () =>
    importPresensiMonth(
      String(month ?? ''),
      String(csv ?? ''),
      String(name || 'Tempel'),
    ),
  );
}

/** Menu: TPP of the latest month with attendance. */
export function menuComputeTpp(): void {
  runMenuAction(interfaceLang, () => {
    requireHr('tpp.menu');
    return computeTpp(latestPresensiMonth());
  });
}
