// Sidebar and CLI entry points for what leaves the workbook: official documents, the SIASN export,
// the three forms, the public view and appeal decisions (entry points of src/gas/index.ts).
import type {
  ActionResult,
  DokumenFile,
  FormsResult,
  PublikView,
  SiasnExport,
} from '../core/api';
import {EMPTY_FILE, failure, plain} from './api-result';
import {documentBatch, employeeDocument, unitDocuments} from './dokumen';
import {siasnExport} from './ekspor';
import {createForms} from './forms';
import {requireHr} from './identity';
import {decideAppeal} from './keberatan-decide';
import {publikView} from './publik';
import {interfaceLang} from './settings';

/**
 * One employee's official document as a PDF (base64), for the sidebar's Dokumen panel.
 * @param {string} period e.g. 2026-TW1
 * @param {string} nip the employee's NIP
 * @param {string} jenis evaluasi or skp
 */
export function apiDokumenPegawai(
  period: string,
  nip: string,
  jenis: string,
): DokumenFile {
  try {
    requireHr('role.action.dokumen');
    return plain(employeeDocument(period, nip, jenis));
  } catch (e) {
    return {...failure(interfaceLang(), e), ...EMPTY_FILE};
  }
}

/**
 * A unit's documents as one ZIP (base64), in parts of at most 60 documents.
 * @param {string} period e.g. 2026-TW1
 * @param {string} unit Kode Unit
 * @param {string} jenis evaluasi or skp
 * @param {number} part 0-based part
 */
export function apiDokumenUnit(
  period: string,
  unit: string,
  jenis: string,
  part: number,
): DokumenFile {
  try {
    requireHr('role.action.dokumen');
    return plain(unitDocuments(period, unit, jenis, part));
  } catch (e) {
    return {...failure(interfaceLang(), e), ...EMPTY_FILE};
  }
}

/**
 * For the CLI: the PDFs of some employees (every active one when the list is empty).
 * @param {string} period e.g. 2026-TW1
 * @param {string} jenis evaluasi or skp
 * @param {string[]} nips NIPs
 */
export function apiDokumenBatch(
  period: string,
  jenis: string,
  nips: string[],
): {ok: boolean; message: string; files: {name: string; base64: string}[]} {
  try {
    requireHr('role.action.dokumen');
    return plain(documentBatch(period, jenis, nips));
  } catch (e) {
    return {...failure(interfaceLang(), e), files: []};
  }
}

/**
 * The SIASN export of a period (every period when blank): a table, header first.
 * @param {string} period e.g. 2026-TW1, or ''
 */
export function apiEksporSiasn(period: string): SiasnExport {
  try {
    requireHr('role.action.ekspor');
    return plain(siasnExport(String(period ?? '').trim()));
  } catch (e) {
    return {...failure(interfaceLang(), e), rows: []};
  }
}

/** The three forms of SHEETS.md "Forms", created once (HR only); later calls report them. */
export function apiCreateForms(): FormsResult {
  try {
    return plain(createForms());
  } catch (e) {
    return {...failure(interfaceLang(), e), forms: []};
  }
}

/** Rewrites the Publik sheet (aggregates only) and returns it for the public page. */
export function apiPublik(): PublikView {
  try {
    requireHr('role.action.publik');
    return plain(publikView());
  } catch (e) {
    const lang = interfaceLang();
    return {...failure(lang, e), lang, instansi: '', rows: []};
  }
}

/**
 * Decides an appeal as the acting user (HR or the supervisor's own supervisor; others refused).
 * @param {string} keputusan Diterima or Ditolak
 */
export function apiDecideAppeal(
  nip: string,
  period: string,
  keputusan: string,
  predikatBaru: string,
): ActionResult {
  try {
    return plain(
      decideAppeal(
        String(nip ?? ''),
        String(period ?? ''),
        String(keputusan ?? ''),
        String(predikatBaru ?? ''),
      ),
    );
  } catch (e) {
    return failure(interfaceLang(), e);
  }
}
