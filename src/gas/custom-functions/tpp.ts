// ASN_TPP: a NIP's Jumlah TPP of a month from Hasil TPP, through the cached index of tpp-cache.ts
// (one cache read per cell; the sheet is read once when the month is not cached).
import {normalizeNip, numberLostDigits} from '../../core/nip';
import {parseMonth} from '../../core/tpp';
import {fail, isBlank, makeLangSource, perRow} from './args';
import {latestTppMonth, makeTppLookup} from '../tpp-cache';

/**
 * Jumlah TPP pegawai untuk satu bulan dari sheet Hasil TPP (hasil Hitung TPP terakhir).
 * Dengan rentang NIP, hasilnya satu nilai per baris.
 * Contoh: =ASN_TPP(A2; "2026-03") atau =ASN_TPP(A2:A200; "2026-03")
 *
 * @param {string|Array<Array<string>>} nip NIP pegawai (teks 18 digit) atau rentang NIP.
 * @param {string} periode Opsional. Bulan seperti 2026-03; kosong = bulan terakhir di Hasil TPP.
 * @return {number|Array<Array<number>>} Jumlah TPP dalam rupiah, atau pesan galat per baris untuk rentang.
 * @customfunction
 */
export function ASN_TPP(nip: unknown, periode?: unknown): unknown {
  const lookup = makeTppLookup();
  let latest: string | null | undefined;
  return perRow('ASN_TPP', [nip, periode], makeLangSource(), 1, values => {
    const [nipValue, periodValue] = values;
    if (isBlank(nipValue)) return '';
    if (numberLostDigits(nipValue))
      throw fail('core.nip.storedAsNumber', {value: String(nipValue)});
    const id = normalizeNip(nipValue);
    let month: string;
    if (isBlank(periodValue)) {
      month = (latest ??= latestTppMonth()) ?? '';
    } else {
      const parsed = parseMonth(
        periodValue instanceof Date
          ? `${periodValue.getFullYear()}-${periodValue.getMonth() + 1}`
          : String(periodValue),
      );
      if (!parsed)
        throw fail('tpp.month.invalid', {value: String(periodValue).trim()});
      month = parsed.code;
    }
    const amount = lookup(id, month);
    if (amount === undefined)
      throw fail('tpp.fn.notFound', {nip: id, periode: month});
    if (amount === '') throw fail('tpp.fn.noAmount', {nip: id, periode: month});
    return amount;
  });
}
