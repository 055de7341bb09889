// The calculating custom functions: ASN_CAPAIAN, ASN_KUADRAN, ASN_IKM and ASN_NIP, each the rule of
// a regulation applied to its arguments. Each is an entry point of src/gas/index.ts: it becomes a
// top-level function of dist/Code.js with its JSDoc, so `@customfunction` makes Sheets offer it.

import {capaian, DEFAULT_BATAS_CAPAIAN} from '../../core/capaian';
import {
  IKM_ELEMENTS,
  ikm,
  parseIkmBobot,
  parseIkmBobotStrict,
} from '../../core/ikm';
import {parseNip} from '../../core/nip';
import {kuadranPredikat} from '../../core/rating';
import type {Lang} from '../../core/types';
import {readPengaturanBasics} from '../../sheets/pengaturan';
import {readPengaturanValues} from '../hasil-cache';
import {
  InputError,
  fail,
  isBlank,
  makeLangSource,
  messageOf,
  perRow,
  readArah,
  readNumber,
  readRating,
  readStatus,
} from './args';

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
