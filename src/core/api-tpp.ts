// The TPP part of the sidebar's server API (DOMAIN §9), implemented in src/gas/tpp-api.ts.
import type {ActionResult} from './api';

/** What an import or a TPP computation did. */
export interface TppRunResult extends ActionResult {
  /** Problems as `Sheet!Cell: message`; an import names the export's own cells. */
  issues: string[];
  /** How many of them are errors (Galat). */
  errors: number;
}

export interface TppApi {
  /** Hasil TPP of a month (YYYY-MM): that month's rows, Validasi, Rekap, Daftar TPP. */
  apiComputeTpp(month: string): TppRunResult;
  /** A month of attendance from CSV text (pasted or read in the browser); `name` labels its cells. */
  apiImportPresensi(month: string, csv: string, name: string): TppRunResult;
}
