// The TPP settings (DOMAIN §9; sheet `TPP`, two columns `Kunci | Nilai`, docs/SHEETS.md) and the
// job classes (sheet `Kelas Jabatan`, `Kelas | Besaran TPP`). Pure: src/sheets reads the cells and
// hands the pairs here; set-up writes TPP_DEFAULT_ROWS.

import type {Finding, Predikat, SourceRef} from './types';
import {parseNumberStrict} from './numbers';
import {tppMsg} from './tpp-i18n';

/** The predikat whose `Persen <predikat>` key exists. NUMERIK's 'Kurang' reads Kurang/Misconduct. */
export type PersenPredikat = Exclude<Predikat, 'Kurang'>;

export interface TppSettings {
  /** Percent of B paid for performance (`Bobot Kinerja`). */
  bobotKinerja: number;
  /** Percent of B paid for discipline (`Bobot Disiplin`). */
  bobotDisiplin: number;
  /** `Persen <predikat>`: percent of the kinerja part paid for each predikat. */
  persen: Record<PersenPredikat, number>;
  /** `Persen Belum Lengkap`: the percent when the month has no predikat yet. */
  persenBelumLengkap: number;
  /** `Potongan TK`: percent per day absent without notice. */
  potonganTk: number;
  /** `Potongan TM1`..`TM4`: percent per late arrival in each band. */
  potonganTm: [number, number, number, number];
  /** `Potongan PC1`..`PC4`: percent per early departure in each band. */
  potonganPc: [number, number, number, number];
  /** `TPP untuk PPPK` (Ya/Tidak). */
  tppUntukPppk: boolean;
}

type NumberKey = Exclude<keyof TppSettings, 'tppUntukPppk'>;

/** One key of the TPP sheet: its text, default (as set-up writes it) and where it goes. */
interface TppKey {
  key: string;
  value: number | 'Ya';
  /** Upper bound (percent of a whole); potongan per occurrence has none. */
  max?: number;
  set(settings: TppSettings, value: number | boolean): void;
}

function plain(
  field: 'bobotKinerja' | 'bobotDisiplin' | 'persenBelumLengkap' | 'potonganTk',
) {
  return (s: TppSettings, v: number | boolean) => {
    s[field] = v as number;
  };
}
function persen(predikat: PersenPredikat) {
  return (s: TppSettings, v: number | boolean) => {
    s.persen[predikat] = v as number;
  };
}
function band(field: 'potonganTm' | 'potonganPc', index: number) {
  return (s: TppSettings, v: number | boolean) => {
    s[field][index] = v as number;
  };
}

/** Every key of the TPP sheet in the order set-up writes them, with the project defaults. */
export const TPP_KEYS: readonly TppKey[] = [
  {key: 'Bobot Kinerja', value: 60, max: 100, set: plain('bobotKinerja')},
  {key: 'Bobot Disiplin', value: 40, max: 100, set: plain('bobotDisiplin')},
  {key: 'Persen Sangat Baik', value: 100, max: 100, set: persen('Sangat Baik')},
  {key: 'Persen Baik', value: 100, max: 100, set: persen('Baik')},
  {
    key: 'Persen Butuh Perbaikan',
    value: 80,
    max: 100,
    set: persen('Butuh Perbaikan'),
  },
  {
    key: 'Persen Kurang/Misconduct',
    value: 60,
    max: 100,
    set: persen('Kurang/Misconduct'),
  },
  {
    key: 'Persen Sangat Kurang',
    value: 40,
    max: 100,
    set: persen('Sangat Kurang'),
  },
  {
    key: 'Persen Belum Lengkap',
    value: 0,
    max: 100,
    set: plain('persenBelumLengkap'),
  },
  {key: 'Potongan TK', value: 3, set: plain('potonganTk')},
  {key: 'Potongan TM1', value: 0.5, set: band('potonganTm', 0)},
  {key: 'Potongan TM2', value: 1, set: band('potonganTm', 1)},
  {key: 'Potongan TM3', value: 1.25, set: band('potonganTm', 2)},
  {key: 'Potongan TM4', value: 1.5, set: band('potonganTm', 3)},
  {key: 'Potongan PC1', value: 0.5, set: band('potonganPc', 0)},
  {key: 'Potongan PC2', value: 1, set: band('potonganPc', 1)},
  {key: 'Potongan PC3', value: 1.25, set: band('potonganPc', 2)},
  {key: 'Potongan PC4', value: 1.5, set: band('potonganPc', 3)},
  {
    key: 'TPP untuk PPPK',
    value: 'Ya',
    set: (s, v) => (s.tppUntukPppk = v as boolean),
  },
];

/** The `Kunci | Nilai` rows set-up writes into a new TPP sheet. */
export const TPP_DEFAULT_ROWS: readonly (readonly [string, number | string])[] =
  TPP_KEYS.map(k => [k.key, k.value] as const);

/** The project defaults of DOMAIN §9. A fresh object each call: callers may change it. */
export function defaultTppSettings(): TppSettings {
  const settings = {
    persen: {},
    potonganTm: [0, 0, 0, 0],
    potonganPc: [0, 0, 0, 0],
  } as unknown as TppSettings;
  for (const k of TPP_KEYS) k.set(settings, k.value === 'Ya' ? true : k.value);
  return settings;
}

/** One `Kunci | Nilai` row of the TPP sheet as read (src/sheets fills `src`). */
export interface TppSettingRow {
  key: unknown;
  value: unknown;
  src?: SourceRef;
}

const keyText = (text: unknown) =>
  String(text ?? '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
const BY_KEY = new Map(TPP_KEYS.map(k => [keyText(k.key), k]));

function readValue(k: TppKey, value: unknown): number | boolean | null {
  if (k.value === 'Ya') {
    const text = keyText(value);
    return text === 'ya' ? true : text === 'tidak' ? false : null;
  }
  const parsed = parseNumberStrict(value);
  if (parsed.kind !== 'number' || parsed.value < 0) return null;
  if (k.max !== undefined && parsed.value > k.max) return null;
  return parsed.value;
}

/**
 * The settings from the TPP sheet's rows: a key left out or blank takes its default; a value that
 * is not valid (not a number, negative, a percent above 100, Ya/Tidak misspelt) takes its default
 * with a Galat at its Nilai cell; weights not totalling 100 are a Peringatan. Unknown keys are
 * ignored (people may keep notes there).
 */
export function readTppSettings(rows: readonly TppSettingRow[]): {
  settings: TppSettings;
  findings: Finding[];
} {
  const settings = defaultTppSettings();
  const findings: Finding[] = [];
  const place = (src?: SourceRef) =>
    src ? {src, header: 'Nilai'} : {sheet: 'TPP'};
  const weightSrc: Partial<Record<NumberKey, SourceRef>> = {};
  for (const row of rows) {
    const k = BY_KEY.get(keyText(row.key));
    if (!k) continue;
    if (
      row.value === null ||
      row.value === undefined ||
      String(row.value).trim() === ''
    )
      continue;
    const value = readValue(k, row.value);
    if (value === null) {
      findings.push({
        at: place(row.src),
        message: tppMsg('tpp.setting.invalid', {
          key: k.key,
          value: String(row.value),
          fallback: String(k.value).replace('.', ','),
        }),
        level: 'Galat',
      });
      continue;
    }
    k.set(settings, value);
    if (k.key === 'Bobot Kinerja') weightSrc.bobotKinerja = row.src;
  }
  const total = settings.bobotKinerja + settings.bobotDisiplin;
  if (Math.abs(total - 100) > 1e-9) {
    findings.push({
      at: place(weightSrc.bobotKinerja),
      message: tppMsg('tpp.setting.bobotSum', {
        kinerja: settings.bobotKinerja,
        disiplin: settings.bobotDisiplin,
        total,
      }),
      level: 'Peringatan',
    });
  }
  return {settings, findings};
}

/** The percent of the kinerja part for a predikat (NUMERIK's 'Kurang' uses Kurang/Misconduct). */
export function persenFor(
  settings: TppSettings,
  predikat: Predikat | null,
): number {
  if (predikat === null) return settings.persenBelumLengkap;
  return settings.persen[
    predikat === 'Kurang' ? 'Kurang/Misconduct' : predikat
  ];
}

/** Kelas Jabatan -> Besaran TPP (rupiah per month). */
export type KelasJabatan = ReadonlyMap<number, number>;
