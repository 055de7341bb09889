// One active employee in one period: hasil kerja, perilaku, overrides, nilai akhir and predikat,
// follow-up and training advice, as one EmployeeResult (DOMAIN §2-§5, §8).
//
// Model NUMERIK: Ringkasan row `IN` holds the innovation (Ya/Tidak, blank = Tidak). Only complete
// results get Nilai Akhir and predikat.

import type {
  Employee,
  EmployeeResult,
  FollowUp,
  Predikat,
  Rating,
} from '../types';
import {msg, type Message} from '../i18n';
import type {Period} from '../period';
import {kuadranPredikat} from '../rating';
import {nilaiAkhirNumerik, predikatNumerik} from '../numerik';
import {angkaKreditOf} from '../angka-kredit';
import {periodRowsOf, type AppraisalIndex} from './records-index';
import {appraiseHasilKerja} from './hasil-kerja';
import {appraisePerilaku, behaviourRowsOf} from './perilaku';
import {effectiveRating, type OverrideProblem} from './overrides';
import {adviseTrainings} from './training';

export interface EmployeeAppraisal {
  result: EmployeeResult;
  overrideProblems: OverrideProblem[];
}

const COACHING: ReadonlySet<Predikat> = new Set<Predikat>([
  'Butuh Perbaikan',
  'Kurang/Misconduct',
  'Kurang',
  'Sangat Kurang',
]);

export function followUpOf(predikat: Predikat | null): FollowUp {
  if (predikat === 'Sangat Baik') return 'Penghargaan';
  return predikat && COACHING.has(predikat) ? 'Pembinaan' : null;
}

export function appraiseEmployee(
  index: AppraisalIndex,
  employee: Employee,
  period: Period,
): EmployeeAppraisal {
  const {settings} = index.input;
  const numerik = settings.model === 'NUMERIK';
  const rows = periodRowsOf(index, employee.nip, period);
  const anyRows = !!rows.own || rows.ofSubs.some(r => !!r);
  const hasilKerja = appraiseHasilKerja(index, employee, rows);
  const behaviourRows = behaviourRowsOf(rows);
  const perilaku = appraisePerilaku(index, behaviourRows);

  const overrideProblems: OverrideProblem[] = [];
  const ratingHasilKerja = effectiveRating(
    behaviourRows,
    'HK',
    hasilKerja.suggestedHasilKerja,
    overrideProblems,
  );
  const ratingPerilaku = numerik
    ? null
    : effectiveRating(
        behaviourRows,
        'PK',
        perilaku.suggestedPerilaku,
        overrideProblems,
      );

  const complete = hasilKerja.complete && perilaku.complete;
  let nilaiAkhir: number | null = null;
  let predikat: Predikat | null = null;
  if (complete) {
    if (numerik) {
      nilaiAkhir = nilaiAkhirNumerik(
        hasilKerja.capaianHasilKerja as number,
        perilaku.nilaiPerilaku as number,
        settings.bobotHasilKerja,
        settings.bobotPerilaku,
      );
      const inovasi = behaviourRows?.ringkasan.get('IN');
      const adaInovasi = /^\s*(ya|yes|y|true)\s*$/i.test(
        String(inovasi?.rating ?? ''),
      );
      predikat = predikatNumerik(nilaiAkhir, adaInovasi);
    } else {
      nilaiAkhir = hasilKerja.capaianHasilKerja;
      predikat = kuadranPredikat(
        ratingHasilKerja as Rating,
        ratingPerilaku as Rating,
      );
    }
  }

  const supervisor = index.employees.get(employee.nipAtasan);
  const unit = index.units.get(employee.kodeUnit);
  const feedback = ['HK', 'PK']
    .map(code => behaviourRows?.ringkasan.get(code)?.umpanBalik.trim() ?? '')
    .filter(text => text !== '');
  return {
    overrideProblems,
    result: {
      periode: period.code,
      nip: employee.nip,
      nama: employee.nama,
      jabatan: employee.jabatan,
      email: employee.email,
      kodeUnit: employee.kodeUnit,
      namaUnit: unit?.nama ?? '',
      nipAtasan: employee.nipAtasan,
      namaAtasan: supervisor?.nama ?? '',
      emailAtasan: supervisor?.email ?? '',
      capaianHasilKerja: hasilKerja.capaianHasilKerja,
      suggestedHasilKerja: hasilKerja.suggestedHasilKerja,
      ratingHasilKerja,
      suggestedPerilaku: perilaku.suggestedPerilaku,
      ratingPerilaku,
      nilaiPerilaku: perilaku.nilaiPerilaku,
      nilaiAkhir,
      predikat,
      peringkatUnit: null,
      status: complete ? 'Lengkap' : 'Belum lengkap',
      missing: complete
        ? []
        : anyRows
          ? dedupeMessages([...hasilKerja.missing, ...perilaku.missing])
          : [msg('validation.missing.noAppraisal', {periode: period.code})],
      followUp: followUpOf(predikat),
      indicators: hasilKerja.indicators,
      aspects: perilaku.aspects,
      umpanBalik: [...new Set(feedback)].join('\n'),
      trainings: adviseTrainings(
        index,
        hasilKerja.indicators,
        perilaku.aspects,
      ),
      angkaKredit: complete
        ? angkaKreditOf(employee.jabatan, predikat, period)
        : null,
    },
  };
}

function dedupeMessages(messages: Message[]): Message[] {
  const seen = new Set<string>();
  return messages.filter(m =>
    seen.has(m.id) ? false : (seen.add(m.id), true),
  );
}
