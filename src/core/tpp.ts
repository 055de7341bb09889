// TPP of one employee for one month (DOMAIN §9). Pure: src/sheets reads Pegawai, Kelas Jabatan,
// Presensi, TPP and Hasil, and writes the result as a Hasil TPP row.
//
// Blank versus zero: an amount is null (blank in Hasil TPP) when it cannot be known yet — no
// Presensi row (TPP Disiplin and Jumlah), no class or a class missing from Kelas Jabatan (every
// amount) — so nothing is ever paid on a guess. PPPK with `TPP untuk PPPK` = Tidak is a decided
// "nothing": the amounts are 0.

import type {EmployeeStatus, Predikat, SourceRef} from './types';
import type {Message} from './i18n';
import {roundTo} from './numbers';
import {persenFor, type KelasJabatan, type TppSettings} from './tpp-settings';
import {tppMsg} from './tpp-i18n';

export type {SiklusEvaluasi} from './period';
import type {SiklusEvaluasi} from './period';

/** One row of the Presensi sheet: counts of one employee's month, as the attendance system gives them. */
export interface PresensiRow {
  /** `YYYY-MM` as typed (validation reports anything else). */
  periode: string;
  nip: string;
  /** Counts; null = blank cell (counts as 0; a blank Hari Kerja skips the overflow check). */
  hariKerja: number | null;
  hadir: number | null;
  /** Tanpa keterangan (days absent without notice). */
  tk: number | null;
  /** Terlambat masuk, bands 1-4. */
  tm: [number | null, number | null, number | null, number | null];
  /** Pulang cepat (sebelum waktu), bands 1-4. */
  pc: [number | null, number | null, number | null, number | null];
  cuti: number | null;
  dinasLuar: number | null;
  src?: SourceRef;
}

/** What the TPP computation needs of an employee (from Pegawai). */
export interface TppEmployee {
  nip: string;
  status: EmployeeStatus;
  /** `Kelas Jabatan` of Pegawai; null when blank. */
  kelasJabatan: number | null;
}

/** One Hasil TPP row's figures. Percents as numbers of percent (5.5 = 5,5 %); amounts in rupiah. */
export interface TppMonth {
  besaran: number | null;
  predikat: Predikat | null;
  persenKinerja: number | null;
  potonganDisiplin: number | null;
  tppKinerja: number | null;
  tppDisiplin: number | null;
  jumlahTpp: number | null;
  /** Every reason of the row joined with '; ' in each language; '' in both when there is none. */
  keterangan: Message;
}

/** A month code 'YYYY-MM' (tolerant of spaces and / . _ as separator), or null. */
export function parseMonth(
  text: unknown,
): {code: string; year: number; month: number} | null {
  if (typeof text !== 'string') return null;
  const match = /^(\d{4})[-/_.]?(\d{1,2})$/.exec(
    text.replace(/[\s\u00a0]+/g, ''),
  );
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (year < 1900 || year > 2999 || month < 1 || month > 12) return null;
  return {code: `${year}-${String(month).padStart(2, '0')}`, year, month};
}

/** The quarter that contains a month: '2026-05' -> '2026-TW2'; null when it is not a month. */
export function quarterOfMonth(month: string): string | null {
  const parsed = parseMonth(month);
  return parsed ? `${parsed.year}-TW${Math.ceil(parsed.month / 3)}` : null;
}

/**
 * The predikat that pays month m: Hasil's predikat for m itself when `Siklus Evaluasi` = Bulanan,
 * else for the quarter that contains m. `lookup(periodCode)` answers from Hasil (null = none yet,
 * Belum lengkap). Null also when `month` is not a month.
 */
export function predikatForMonth(
  month: string,
  cycle: SiklusEvaluasi,
  lookup: (period: string) => Predikat | null,
): Predikat | null {
  const parsed = parseMonth(month);
  if (!parsed) return null;
  return lookup(
    cycle === 'Bulanan'
      ? parsed.code
      : `${parsed.year}-TW${Math.ceil(parsed.month / 3)}`,
  );
}

/** Rupiah rounded half up (amounts are never negative), float noise cleaned first by roundTo. */
export function roundRupiah(value: number): number {
  return roundTo(value, 0);
}

/** The uncapped deduction in percent: TK·Potongan TK + Σ TMk·Potongan TMk + Σ PCk·Potongan PCk. */
export function rawPotongan(row: PresensiRow, settings: TppSettings): number {
  let total = (row.tk ?? 0) * settings.potonganTk;
  for (let k = 0; k < 4; k++) {
    total += (row.tm[k] ?? 0) * settings.potonganTm[k];
    total += (row.pc[k] ?? 0) * settings.potonganPc[k];
  }
  // Settings such as 0,3 are not exact in binary: keep the sum as a person would write it.
  return roundTo(total, 6);
}

/** The inputs of one employee's month. */
export interface TppMonthInput {
  /** The month, `YYYY-MM` (named in Keterangan). */
  periode: string;
  employee: TppEmployee;
  kelas: KelasJabatan;
  /** From predikatForMonth; null = Belum lengkap. */
  predikat: Predikat | null;
  /** The employee's Presensi row for the month; null when none was imported. */
  presensi: PresensiRow | null;
  settings: TppSettings;
}

function joined(messages: Message[]): Message {
  return {
    id: messages.map(m => m.id).join('; '),
    en: messages.map(m => m.en).join('; '),
  };
}

const blank = (
  predikat: Predikat | null,
  besaran: number | null,
  reason: Message,
): TppMonth => ({
  besaran,
  predikat,
  persenKinerja: null,
  potonganDisiplin: null,
  tppKinerja: null,
  tppDisiplin: null,
  jumlahTpp: null,
  keterangan: joined([reason]),
});

/** One employee's TPP for one month, exactly as DOMAIN §9 says. */
export function computeTppMonth(input: TppMonthInput): TppMonth {
  const {employee, settings, predikat, presensi} = input;
  const kelas = employee.kelasJabatan;
  if (kelas === null)
    return blank(predikat, null, tppMsg('tpp.keterangan.noClass'));
  const besaran = input.kelas.get(kelas);
  if (besaran === undefined) {
    return blank(
      predikat,
      null,
      tppMsg('tpp.keterangan.classUnknown', {kelas}),
    );
  }
  if (employee.status === 'PPPK' && !settings.tppUntukPppk) {
    return {
      ...blank(predikat, besaran, tppMsg('tpp.keterangan.pppkOff')),
      tppKinerja: 0,
      tppDisiplin: 0,
      jumlahTpp: 0,
    };
  }
  const reasons: Message[] = [];
  const persenKinerja = persenFor(settings, predikat);
  if (predikat === null) {
    reasons.push(
      tppMsg('tpp.keterangan.belumLengkap', {
        periode: input.periode,
        persen: String(persenKinerja).replace('.', ','),
      }),
    );
  }
  // One product of exact inputs, one division: 5.000.000 × 60 × 100 / 10.000, not 5e6 × 0,6 × 1.
  const tppKinerja = roundRupiah(
    (besaran * settings.bobotKinerja * persenKinerja) / 10000,
  );
  if (!presensi) {
    reasons.push(tppMsg('tpp.keterangan.presensiMissing'));
    return {
      besaran,
      predikat,
      persenKinerja,
      potonganDisiplin: null,
      tppKinerja,
      tppDisiplin: null,
      jumlahTpp: null,
      keterangan: joined(reasons),
    };
  }
  const raw = rawPotongan(presensi, settings);
  const potongan = Math.min(100, raw);
  if (raw > 100) {
    reasons.push(
      tppMsg('tpp.keterangan.capped', {total: String(raw).replace('.', ',')}),
    );
  }
  const tppDisiplin = roundRupiah(
    (besaran * settings.bobotDisiplin * roundTo(100 - potongan, 6)) / 10000,
  );
  return {
    besaran,
    predikat,
    persenKinerja,
    potonganDisiplin: potongan,
    tppKinerja,
    tppDisiplin,
    jumlahTpp: tppKinerja + tppDisiplin,
    keterangan: joined(reasons),
  };
}
