// Monthly periods and `Siklus Evaluasi` (issue 13): the cycle/period mismatches and months outside
// `Tahun`.
import type {Catalogue} from '../i18n';

export const PERIOD_MESSAGES: Catalogue = {
  'period.cycle.quarterTab': {
    id: 'Siklus Evaluasi = Bulanan: tab penilaian dibuat per bulan (mis. {example}), bukan untuk {periode}. Triwulan dihitung dari bulan-bulannya; ubah Siklus Evaluasi di Pengaturan untuk tab triwulanan',
    en: 'Siklus Evaluasi = Bulanan: appraisal tabs are made per month (e.g. {example}), not for {periode}. A quarter is computed from its months; change Siklus Evaluasi in Pengaturan for quarterly tabs',
  },
  'period.cycle.monthTab': {
    id: 'Siklus Evaluasi = Triwulanan: tab penilaian dibuat per triwulan (mis. {example}), bukan untuk bulan {periode}. Ubah Siklus Evaluasi di Pengaturan menjadi Bulanan untuk tab bulanan',
    en: 'Siklus Evaluasi = Triwulanan: appraisal tabs are made per quarter (e.g. {example}), not for the month {periode}. Set Siklus Evaluasi in Pengaturan to Bulanan for monthly tabs',
  },
  'period.outsideYear': {
    id: 'Bulan {periode} di luar Tahun {tahun}',
    en: 'Month {periode} is outside Tahun {tahun}',
  },
};
