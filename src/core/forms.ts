// The three forms of SHEETS.md "Forms": their question titles (the response sheets' headers, a
// public contract) and how each question is answered. Pure data: src/gas/forms.ts builds them.

import {BERAKHLAK} from './berakhlak';
import {IKM_ELEMENTS} from './ikm';
import {DI_ATAS, DI_BAWAH, SESUAI} from './rating';

export type FormKey = 'laporan' | 'rekan' | 'skm';
export const FORM_KEYS: readonly FormKey[] = ['laporan', 'rekan', 'skm'];

export type QuestionKind = 'text' | 'list' | 'choice' | 'scale';
export interface Question {
  title: string;
  kind: QuestionKind;
  required: boolean;
  /** list / choice: the values; scale: [lower, upper]. */
  choices?: readonly string[];
  bounds?: readonly [number, number];
}

export interface FormDef {
  key: FormKey;
  title: string;
  collectEmail: boolean;
  questions: Question[];
}

const text = (title: string, required = true): Question => ({
  title,
  kind: 'text',
  required,
});

/** `U1 Persyaratan` … `U9 Sarana dan Prasarana`. */
export const SKM_TITLES: readonly string[] = IKM_ELEMENTS.map(
  (name, i) => `U${i + 1} ${name}`,
);

/** `BO Berorientasi Pelayanan` … (one per BerAKHLAK aspect). */
export const REKAN_ASPECT_TITLES: readonly string[] = BERAKHLAK.map(
  ([code, name]) => `${code} ${name}`,
);

/** The peer ratings (the three of PermenPANRB 6/2022). */
export const REKAN_RATINGS: readonly string[] = [DI_ATAS, SESUAI, DI_BAWAH];

/** The forms in order; the SKM's unit list comes from the Unit sheet. */
export function formDefs(units: readonly string[]): FormDef[] {
  return [
    {
      key: 'laporan',
      title: 'Laporan Pegawai',
      collectEmail: false,
      questions: [
        text('NIP'),
        text('Periode'),
        text('Kode Indikator'),
        text('Realisasi'),
        text('Bukti Dukung', false),
      ],
    },
    {
      key: 'rekan',
      title: 'Masukan Rekan Kerja',
      collectEmail: true,
      questions: [
        text('NIP Dinilai'),
        text('Periode'),
        ...REKAN_ASPECT_TITLES.map((title): Question => ({
          title,
          kind: 'choice',
          required: true,
          choices: REKAN_RATINGS,
        })),
        text('Komentar', false),
      ],
    },
    {
      key: 'skm',
      title: 'Survei Kepuasan Masyarakat',
      collectEmail: false,
      questions: [
        {title: 'Kode Unit', kind: 'list', required: true, choices: units},
        text('Periode'),
        ...SKM_TITLES.map((title): Question => ({
          title,
          kind: 'scale',
          required: true,
          bounds: [1, 4],
        })),
        text('Saran', false),
      ],
    },
  ];
}
