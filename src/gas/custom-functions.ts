// Custom functions for formulas in the workbook (SHEETS.md "Custom functions"). src/gas/index.ts
// lists each as an entry point: it becomes a top-level function of dist/Code.js with its JSDoc, so
// `@customfunction` makes Sheets offer it in autocomplete.
//
// A custom function may only read the spreadsheet and use Cache, Lock, Properties and Utilities
// (ARCHITECTURE.md). A single value gives a single result and a problem is thrown as an Error
// (Sheets shows #ERROR! with the message as tooltip). A range gives one result per row and a problem
// in one row becomes that row's cell text, so one bad row does not blank the whole column.

import {msg} from '../core/i18n';
import type {Message, Params} from '../core/i18n';
import {capaian, DEFAULT_BATAS_CAPAIAN} from '../core/capaian';
import {
  IKM_ELEMENTS,
  ikm,
  parseIkmBobot,
  parseIkmBobotStrict,
} from '../core/ikm';
import {normalizeNip, numberLostDigits, parseNip} from '../core/nip';
import {parseNumberStrict} from '../core/numbers';
import {normalizePeriod} from '../core/period';
import {kuadranPredikat, parseRating} from '../core/rating';
import type {Arah, EmployeeStatus, Lang, Rating} from '../core/types';
import {HasilError, buildHasilIndex, type HasilIndex} from '../sheets/hasil';
import {readPengaturanBasics} from '../sheets/pengaturan';
import {
  readHasilIndex,
  readHasilSettings,
  readPengaturanValues,
  readSettingsProperty,
} from './hasil-cache';

/** A problem with one input, in both languages until the language is known. */
class InputError extends Error {
  constructor(readonly text: Message) {
    super(text.id);
  }
}

function fail(key: string, params: Params = {}): InputError {
  return new InputError(msg(key, params));
}

/** The interface language for messages, looked up (cache, else Pengaturan) only when a message is needed. */
function makeLangSource(): () => Lang {
  let lang: Lang | undefined;
  return () => (lang ??= readHasilSettings().lang);
}

function messageOf(error: unknown, lang: () => Lang): string {
  if (error instanceof InputError) return error.text[lang()];
  if (error instanceof HasilError) return msg(error.key, error.params)[lang()];
  return error instanceof Error ? error.message : String(error);
}

function isBlank(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '')
  );
}

/** The value of row `row` of an argument: a range gives its row (first column), a single value repeats. */
function valueAt(arg: unknown, row: number): unknown {
  if (!Array.isArray(arg)) return arg;
  const cells = (arg.length === 1 ? arg[0] : arg[row]) as unknown;
  return Array.isArray(cells) ? cells[0] : cells;
}

/**
 * Runs `compute` once per row. With no range argument it returns the single result and throws a
 * problem; with ranges (all of the same number of rows, or one row, which is repeated) it returns
 * one row per input row and writes a problem as that row's text.
 */
function perRow<T>(
  name: string,
  args: unknown[],
  lang: () => Lang,
  width: number,
  compute: (values: unknown[]) => T | T[],
): unknown {
  const ranges = args.filter(Array.isArray) as unknown[][];
  if (ranges.length === 0) {
    try {
      return compute(args);
    } catch (e) {
      throw new Error(messageOf(e, lang));
    }
  }
  const rows = Math.max(...ranges.map(r => r.length));
  // An empty range: Sheets shows an empty array as an error, so give one blank cell instead.
  if (rows === 0) return '';
  if (ranges.some(r => r.length !== rows && r.length !== 1)) {
    throw new Error(msg('core.fn.sizeMismatch', {name, rows})[lang()]);
  }
  const padding = (first: unknown) => [
    first,
    ...Array.from({length: width - 1}, () => ''),
  ];
  const out: unknown[][] = [];
  for (let row = 0; row < rows; row++) {
    try {
      const result = compute(args.map(arg => valueAt(arg, row)));
      out.push(Array.isArray(result) ? result : padding(result));
    } catch (e) {
      out.push(padding(messageOf(e, lang)));
    }
  }
  return out;
}

function readNumber(value: unknown, label: string): number | null {
  const parsed = parseNumberStrict(value);
  if (parsed.kind === 'blank') return null;
  if (parsed.kind === 'invalid') {
    throw fail('core.fn.badNumber', {name: label, value: parsed.text});
  }
  return parsed.value;
}

function readArah(value: unknown): Arah {
  if (isBlank(value)) return 'Naik';
  const text = String(value).trim().toLowerCase();
  if (text === 'naik') return 'Naik';
  if (text === 'turun') return 'Turun';
  throw fail('core.fn.badArah', {value: String(value).trim()});
}

function readRating(value: unknown): Rating | null {
  const rating = parseRating(value);
  if (rating === 'invalid') {
    throw fail('core.fn.badRating', {value: String(value).trim()});
  }
  return rating;
}

/** The result of one NIP in one period from the Hasil index. */
function lookupHasil(
  index: HasilIndex,
  defaultPeriode: () => string,
  nipValue: unknown,
  periodeValue: unknown,
  what: 'nilai' | 'predikat',
): number | string {
  if (isBlank(nipValue)) return '';
  if (numberLostDigits(nipValue)) {
    throw fail('core.nip.storedAsNumber', {value: String(nipValue)});
  }
  const nip = normalizeNip(nipValue);
  let periode: string;
  if (isBlank(periodeValue)) {
    periode = defaultPeriode();
  } else {
    const parsed = normalizePeriod(periodeValue);
    if (!parsed) {
      throw fail('core.fn.badPeriod', {value: String(periodeValue).trim()});
    }
    periode = parsed;
  }
  const periods = Object.prototype.hasOwnProperty.call(index.byNip, nip)
    ? index.byNip[nip]
    : undefined;
  const cell =
    periods && Object.prototype.hasOwnProperty.call(periods, periode)
      ? periods[periode]
      : undefined;
  if (!cell) throw fail('core.fn.nipNotFound', {nip, periode});
  const value = what === 'nilai' ? cell[0] : cell[1];
  if (value === null || value === '') {
    throw fail('core.fn.noValue', {
      nip,
      periode,
      what: what === 'nilai' ? 'Nilai Akhir' : 'Predikat',
    });
  }
  return value;
}

/**
 * The index of a Hasil range passed as `data_hasil` (header row included, columns found by their
 * header text). Anything else (one cell, a range without those headers) is a clear error.
 */
function indexOfRange(name: string, dataHasil: unknown): HasilIndex {
  const table = Array.isArray(dataHasil) ? (dataHasil as unknown[][]) : null;
  try {
    if (!table || !Array.isArray(table[0])) throw new Error('not a range');
    return buildHasilIndex(table);
  } catch {
    throw fail('core.fn.badHasilRange', {name});
  }
}

function hasilFunction(
  name: string,
  nip: unknown,
  periode: unknown,
  what: 'nilai' | 'predikat',
  dataHasil: unknown,
): unknown {
  // With data_hasil the values come as an argument (Sheets recalculates the formula whenever Hasil
  // changes) and no sheet is read at all: the defaults come from the property, else built in.
  const given = !isBlank(dataHasil);
  const settings = given ? () => readSettingsProperty() : readHasilSettings;
  let lang: Lang | undefined;
  const langOf = () => (lang ??= settings()?.lang ?? 'id');
  let index: HasilIndex;
  try {
    index = given ? indexOfRange(name, dataHasil) : readHasilIndex();
  } catch (e) {
    throw new Error(messageOf(e, langOf));
  }
  // Periode Aktif comes from the kinerja.settings property (Pengaturan only before the first
  // recompute), looked up once and only when some row leaves the period blank.
  let fallback: string | undefined;
  const defaultPeriode = () =>
    (fallback ??= settings()?.periodeAktif ?? index.latest ?? '');
  return perRow(name, [nip, periode], langOf, 1, values =>
    lookupHasil(index, defaultPeriode, values[0], values[1], what),
  );
}

/**
 * Nilai Akhir pegawai dari sheet Hasil (hasil Hitung Ulang terakhir).
 * Dengan rentang NIP, hasilnya satu nilai per baris.
 * Sheets menghitung ulang rumus hanya bila argumennya berubah: isi data_hasil (misalnya Hasil!A:M)
 * agar nilainya ikut berubah setiap kali Hitung Ulang menulis Hasil.
 * Contoh: =ASN_SCORE(A2; "2026-TW1"), =ASN_SCORE(A2:A200) atau =ASN_SCORE(A2; ; Hasil!A:M)
 *
 * @param {string|Array<Array<string>>} nip NIP pegawai (teks 18 digit) atau rentang NIP.
 * @param {string} periode Opsional. Periode seperti 2026-TW1, 2026-S1 atau 2026; kosong = Periode Aktif di Pengaturan (atau periode terakhir di Hasil).
 * @param {Array<Array<string>>} data_hasil Opsional. Rentang sheet Hasil termasuk baris judul, misalnya Hasil!A:M; bila diisi, nilai dibaca dari rentang ini dan ikut diperbarui setiap Hasil berubah.
 * @return {number|Array<Array<number>>} Nilai Akhir, atau pesan galat per baris untuk rentang.
 * @customfunction
 */
export function ASN_SCORE(
  nip: unknown,
  periode?: unknown,
  data_hasil?: unknown,
): unknown {
  return hasilFunction('ASN_SCORE', nip, periode, 'nilai', data_hasil);
}

/**
 * Predikat kinerja pegawai dari sheet Hasil (Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang).
 * Dengan rentang NIP, hasilnya satu predikat per baris.
 * Sheets menghitung ulang rumus hanya bila argumennya berubah: isi data_hasil (misalnya Hasil!A:M)
 * agar predikat ikut berubah setiap kali Hitung Ulang menulis Hasil.
 * Contoh: =ASN_PREDIKAT(A2; "2026-TW1"), =ASN_PREDIKAT(A2:A200) atau =ASN_PREDIKAT(A2; ; Hasil!A:M)
 *
 * @param {string|Array<Array<string>>} nip NIP pegawai (teks 18 digit) atau rentang NIP.
 * @param {string} periode Opsional. Periode seperti 2026-TW1, 2026-S1 atau 2026; kosong = Periode Aktif di Pengaturan (atau periode terakhir di Hasil).
 * @param {Array<Array<string>>} data_hasil Opsional. Rentang sheet Hasil termasuk baris judul, misalnya Hasil!A:M; bila diisi, predikat dibaca dari rentang ini dan ikut diperbarui setiap Hasil berubah.
 * @return {string|Array<Array<string>>} Predikat, atau pesan galat per baris untuk rentang.
 * @customfunction
 */
export function ASN_PREDIKAT(
  nip: unknown,
  periode?: unknown,
  data_hasil?: unknown,
): unknown {
  return hasilFunction('ASN_PREDIKAT', nip, periode, 'predikat', data_hasil);
}

/**
 * Capaian indikator dalam persen (PermenPANRB 8/2021): Naik = realisasi / target × 100,
 * Turun = (2 − realisasi / target) × 100, paling rendah 0 dan paling tinggi batas (120).
 * Rentang dipasangkan baris demi baris; nilai tunggal dipakai untuk semua baris.
 * Contoh: =ASN_CAPAIAN(9; 8; "Turun") menghasilkan 87,5
 *
 * @param {number|Array<Array<number>>} realisasi Realisasi (angka atau teks seperti 87,5) atau rentang.
 * @param {number|Array<Array<number>>} target Target, lebih dari 0, atau rentang.
 * @param {string|Array<Array<string>>} arah Opsional. Naik (makin tinggi makin baik, bawaan) atau Turun.
 * @param {number} batas Opsional. Batas capaian, bawaan 120.
 * @return {number|Array<Array<number>>} Capaian (%) tanpa pembulatan.
 * @customfunction
 */
export function ASN_CAPAIAN(
  realisasi: unknown,
  target: unknown,
  arah?: unknown,
  batas?: unknown,
): unknown {
  return perRow(
    'ASN_CAPAIAN',
    [realisasi, target, arah, batas],
    makeLangSource(),
    1,
    ([r, t, a, b]) => {
      const real = readNumber(r, 'Realisasi');
      if (real === null) return '';
      const targetValue = readNumber(t, 'Target');
      if (targetValue === null) {
        throw fail('core.fn.blank', {name: 'Target'});
      }
      if (targetValue <= 0) {
        throw fail('core.fn.badTarget', {value: targetValue});
      }
      const limit = readNumber(b, 'Batas') ?? DEFAULT_BATAS_CAPAIAN;
      if (limit <= 0) {
        throw fail('core.fn.badNumber', {name: 'Batas', value: limit});
      }
      return capaian(real, targetValue, readArah(a), limit) as number;
    },
  );
}

/**
 * Predikat kinerja dari kuadran PermenPANRB 6/2022: rating hasil kerja × rating perilaku.
 * Rating: Di Atas Ekspektasi, Sesuai Ekspektasi, Di Bawah Ekspektasi (boleh disingkat: Di Atas, Sesuai, Di Bawah).
 * Contoh: =ASN_KUADRAN("Di Atas Ekspektasi"; "Sesuai Ekspektasi") menghasilkan Baik
 *
 * @param {string|Array<Array<string>>} rating_hasil Rating hasil kerja atau rentangnya.
 * @param {string|Array<Array<string>>} rating_perilaku Rating perilaku kerja atau rentangnya.
 * @return {string|Array<Array<string>>} Predikat kinerja.
 * @customfunction
 */
export function ASN_KUADRAN(
  rating_hasil: unknown,
  rating_perilaku: unknown,
): unknown {
  return perRow(
    'ASN_KUADRAN',
    [rating_hasil, rating_perilaku],
    makeLangSource(),
    1,
    ([hasil, perilaku]) => {
      const hasilRating = readRating(hasil);
      const perilakuRating = readRating(perilaku);
      if (hasilRating === null || perilakuRating === null) return '';
      return kuadranPredikat(hasilRating, perilakuRating);
    },
  );
}

/**
 * Indeks Kepuasan Masyarakat (PermenPANRB 14/2017) dari jawaban survei: satu baris per responden,
 * 9 kolom unsur, nilai 1-4 (sel kosong diabaikan). IKM = Σ(NRR × bobot) × 25.
 * Jika dengan_mutu = TRUE hasilnya satu baris tiga kolom: IKM, mutu (A/B/C/D) dan kinerja unit.
 * Contoh: =ASN_IKM(B2:J30) atau =ASN_IKM(B2:J30; "1/9"; TRUE)
 *
 * @param {Array<Array<number>>} jawaban Rentang jawaban: responden × 9 unsur.
 * @param {string} bobot Opsional. Bobot tiap unsur, misalnya 1/9 atau 0,111; kosong = Bobot IKM di Pengaturan (bawaan 1/9).
 * @param {boolean} dengan_mutu Opsional. TRUE untuk menambahkan mutu dan kinerja di sebelah kanan.
 * @return {number|Array<Array<string>>} Nilai IKM (tanpa pembulatan), atau IKM, mutu dan kinerja.
 * @customfunction
 */
export function ASN_IKM(
  jawaban: unknown,
  bobot?: unknown,
  dengan_mutu?: unknown,
): unknown {
  let settings: ReturnType<typeof readPengaturanBasics> | null = null;
  const pengaturan = () =>
    (settings ??= readPengaturanBasics(readPengaturanValues()));
  const lang = () => {
    try {
      return pengaturan().lang;
    } catch {
      return 'id' as Lang;
    }
  };
  try {
    const table = (
      Array.isArray(jawaban) ? jawaban : [[jawaban]]
    ) as unknown[][];
    const columns = table[0]?.length ?? 0;
    if (columns !== IKM_ELEMENTS.length) {
      throw fail('core.fn.ikmColumns', {count: columns});
    }
    const answers = table.map((row, r) =>
      row.map((cell, c) => {
        const value = readNumber(cell, 'IKM');
        if (value !== null && ![1, 2, 3, 4].includes(value)) {
          throw fail('core.fn.ikmAnswer', {
            row: r + 1,
            column: c + 1,
            value: String(cell),
          });
        }
        return value;
      }),
    );
    let weight: number;
    if (isBlank(bobot)) {
      weight = parseIkmBobot(pengaturan().values['bobot ikm']);
    } else {
      const parsed = parseIkmBobotStrict(bobot);
      if (parsed === null) {
        throw fail('core.fn.badBobot', {value: String(bobot).trim()});
      }
      weight = parsed;
    }
    const result = ikm(answers, weight);
    if (result.ikm === null) {
      const missing = result.nrr.findIndex(n => n === null);
      throw fail('core.fn.ikmIncomplete', {
        element: IKM_ELEMENTS[missing],
      });
    }
    const withMutu =
      dengan_mutu === true ||
      (typeof dengan_mutu === 'string' &&
        ['true', 'ya', 'yes', '1'].includes(dengan_mutu.trim().toLowerCase()));
    return withMutu ? [[result.ikm, result.mutu, result.kinerja]] : result.ikm;
  } catch (e) {
    throw new Error(messageOf(e, lang));
  }
}

function readStatus(value: unknown): EmployeeStatus | null {
  const text = String(value ?? '')
    .trim()
    .toUpperCase();
  return text === 'PNS' || text === 'PPPK' ? text : null;
}

/**
 * Membaca NIP (Perka BKN 22/2007): tanggal lahir, TMT CPNS (tttt-bb), jenis kelamin dan status.
 * Hasilnya satu baris empat kolom per NIP, atau pesan yang menjelaskan kesalahan NIP.
 * Jika status kosong: PNS bila NIP sah sebagai PNS, jika tidak PPPK bila sah sebagai PPPK (digit 9-14 PPPK bukan TMT).
 * Contoh: =ASN_NIP("19660801 198803 1 001") menghasilkan 01/08/1966, 1988-03, Pria, PNS
 *
 * @param {string|Array<Array<string>>} nip NIP (teks; spasi dan titik boleh) atau rentang NIP.
 * @param {string|Array<Array<string>>} status Opsional. PNS atau PPPK.
 * @return {Array<Array<string>>} Tanggal lahir, TMT, jenis kelamin, status; atau pesan kesalahan.
 * @customfunction
 */
export function ASN_NIP(nip: unknown, status?: unknown): unknown {
  const result = perRow(
    'ASN_NIP',
    [nip, status],
    makeLangSource(),
    4,
    ([value, statusValue]) => {
      if (isBlank(value)) return ['', '', '', ''];
      const wanted = readStatus(statusValue);
      let parsed = parseNip(value, wanted ?? 'PNS');
      if (!parsed.ok && wanted === null && parsed.code === 'tmt') {
        const asPppk = parseNip(value, 'PPPK');
        if (asPppk.ok) parsed = asPppk;
      }
      if (!parsed.ok) throw new InputError(parsed.error);
      const info = parsed.info;
      const {year, month, day} = info.birthDate;
      const tmt = info.tmt
        ? `${info.tmt.year}-${String(info.tmt.month).padStart(2, '0')}`
        : '';
      // Midnight in the script time zone (Asia/Jakarta, appsscript.json), which Sheets shows as that day.
      return [new Date(year, month - 1, day), tmt, info.gender, info.status];
    },
  );
  // A single NIP still spills one row of four cells.
  return Array.isArray(result) && !Array.isArray(nip) ? [result] : result;
}
