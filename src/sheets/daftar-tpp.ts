// The printable payment list `Daftar TPP` (one section per unit: title, header, a row per
// employee, the unit's total, a blank line) and the per-unit TPP block of Rekap, both from the
// month's Hasil TPP rows. Only amounts that are known are summed; a blank Jumlah stays blank.
import type {Lang} from '../core/types';
import {compareCodes} from '../core/codes';
import {msg} from '../core/i18n';
import {tppMsg} from '../core/tpp-i18n';
import {HEADERS} from './schema';
import {safeCellText} from './write';
import type {TppComputed} from './hasil-tpp';

interface UnitTotal {
  kode: string;
  rows: TppComputed[];
  paid: number;
  kinerja: number;
  disiplin: number;
  jumlah: number;
}

function byUnit(computed: readonly TppComputed[]): UnitTotal[] {
  const units = new Map<string, UnitTotal>();
  for (const c of computed) {
    const kode = c.person.kodeUnit;
    let u = units.get(kode);
    if (!u) {
      u = {kode, rows: [], paid: 0, kinerja: 0, disiplin: 0, jumlah: 0};
      units.set(kode, u);
    }
    u.rows.push(c);
    if (c.tpp.jumlahTpp !== null) {
      u.paid++;
      u.kinerja += c.tpp.tppKinerja ?? 0;
      u.disiplin += c.tpp.tppDisiplin ?? 0;
      u.jumlah += c.tpp.jumlahTpp;
    }
  }
  return [...units.values()].sort((a, b) => compareCodes(a.kode, b.kode));
}

/** Title text of the Rekap TPP block: it also marks where the block starts in Rekap. */
export function rekapTppTitle(month: string, lang: Lang): string {
  return tppMsg('tpp.rekap.title', {periode: month})[lang];
}

export const REKAP_TPP_HEADERS = [
  'Kode Unit',
  'Nama Unit',
  'Pegawai',
  'Dibayar',
  'TPP Kinerja',
  'TPP Disiplin',
  'Jumlah TPP',
] as const;

/** The Rekap TPP block: a title row, the header, a row per unit and the total. */
export function rekapTppRows(
  month: string,
  computed: readonly TppComputed[],
  unitNames: ReadonlyMap<string, string>,
  lang: Lang,
): unknown[][] {
  const units = byUnit(computed);
  const total = units.reduce(
    (t, u) => ({
      pegawai: t.pegawai + u.rows.length,
      paid: t.paid + u.paid,
      kinerja: t.kinerja + u.kinerja,
      disiplin: t.disiplin + u.disiplin,
      jumlah: t.jumlah + u.jumlah,
    }),
    {pegawai: 0, paid: 0, kinerja: 0, disiplin: 0, jumlah: 0},
  );
  return [
    [rekapTppTitle(month, lang)],
    [...REKAP_TPP_HEADERS],
    ...units.map(u => [
      safeCellText(u.kode),
      safeCellText(unitNames.get(u.kode) ?? ''),
      u.rows.length,
      u.paid,
      u.kinerja,
      u.disiplin,
      u.jumlah,
    ]),
    [
      '',
      msg('validation.output.total')[lang],
      total.pegawai,
      total.paid,
      total.kinerja,
      total.disiplin,
      total.jumlah,
    ],
  ];
}

/** Rekap with its TPP block replaced: rows from the block's title down dropped, the new appended. */
export function withRekapTpp(
  rekap: readonly (readonly unknown[])[],
  block: unknown[][],
): unknown[][] {
  const titles = new Set(
    (['id', 'en'] as const).map(l =>
      String(tppMsg('tpp.rekap.title', {periode: ''})[l]).trim(),
    ),
  );
  const start = rekap.findIndex(row => {
    const text = String(row[0] ?? '');
    return [...titles].some(t => text.startsWith(t));
  });
  const kept = (start < 0 ? rekap : rekap.slice(0, start)).map(r => [...r]);
  while (
    kept.length &&
    kept[kept.length - 1].every(v => v === '' || v === null)
  )
    kept.pop();
  return kept.length ? [...kept, [], ...block] : block;
}

/** The Daftar TPP sheet of a month, one section per unit. */
export function daftarTppRows(
  month: string,
  computed: readonly TppComputed[],
  unitNames: ReadonlyMap<string, string>,
  namaInstansi: string,
  lang: Lang,
): unknown[][] {
  const out: unknown[][] = [];
  for (const u of byUnit(computed)) {
    out.push([
      safeCellText(
        tppMsg('tpp.daftar.title', {
          instansi: namaInstansi,
          unit: unitNames.get(u.kode) ?? u.kode,
          kode: u.kode,
          periode: month,
        })[lang],
      ),
    ]);
    out.push([...HEADERS.daftarTpp]);
    u.rows.forEach(({person, tpp}, i) =>
      out.push([
        i + 1,
        person.nip,
        safeCellText(person.nama),
        person.kelasJabatan ?? '',
        tpp.tppKinerja ?? '',
        tpp.tppDisiplin ?? '',
        tpp.jumlahTpp ?? '',
        safeCellText(tpp.keterangan[lang]),
        '',
      ]),
    );
    out.push([
      '',
      '',
      msg('validation.output.total')[lang],
      '',
      u.kinerja,
      u.disiplin,
      u.jumlah,
      '',
      '',
    ]);
    out.push([]);
  }
  return out;
}
