// Set-up of the TPP sheets (DOMAIN §9, docs/SHEETS.md): TPP (Kunci | Nilai with the defaults),
// Kelas Jabatan (empty: the amounts are the region's own), Presensi (input) and Hasil TPP (output).
// Kept apart from setup-plan.ts so that other sheets' additions merge without touching these.
import type {SheetSpec} from './setup-plan';
import {HEADERS, SHEET} from './schema';

export const TPP_SHEET_SPECS: readonly SheetSpec[] = [
  {
    key: 'tpp',
    name: SHEET.tpp,
    headers: HEADERS.tpp,
    textColumns: [],
    lists: {},
    output: false,
    widths: {Kunci: 200, Nilai: 120},
  },
  {
    key: 'kelasJabatan',
    name: SHEET.kelasJabatan,
    headers: HEADERS.kelasJabatan,
    textColumns: [],
    lists: {},
    output: false,
    widths: {'Besaran TPP': 140},
  },
  {
    key: 'presensi',
    name: SHEET.presensi,
    headers: HEADERS.presensi,
    // Periode as text: 2026-03 typed into a number cell would become a date.
    textColumns: ['Periode', 'NIP'],
    lists: {},
    output: false,
    widths: {NIP: 170},
  },
  {
    key: 'hasilTpp',
    name: SHEET.hasilTpp,
    headers: HEADERS.hasilTpp,
    textColumns: ['Periode', 'NIP'],
    lists: {},
    output: true,
    widths: {NIP: 170, Nama: 200, Keterangan: 360},
  },
];
