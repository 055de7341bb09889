// Checks of the master data (Unit, Pegawai, Indikator, SKP, Perilaku, Pelatihan): required codes,
// duplicates, references between sheets, supervisor loops, targets and weights in range.

import type {AppraisalInput, Employee, SourceRef} from '../types';
import {parseNip} from '../nip';
import type {AppraisalIndex} from '../appraise/records-index';
import {type FindingList, firstOccurrences} from './finding-list';

export function checkUnits(
  input: AppraisalInput,
  index: AppraisalIndex,
  list: FindingList,
): void {
  firstOccurrences(
    input.units,
    u => u.kode,
    (u, first, kode) =>
      list.at(u.src, 'Kode Unit', 'validation.unit.duplicate', {
        kode,
        row: first.src.row,
      }),
  );
  for (const unit of input.units) {
    checkName(unit.src, 'Nama Unit', unit.nama, list);
    if (unit.kode === '') {
      list.at(unit.src, 'Kode Unit', 'validation.value.blankRequired', {
        header: 'Kode Unit',
      });
    }
    if (unit.induk && !index.units.has(unit.induk)) {
      list.at(
        unit.src,
        'Induk',
        'validation.unit.indukUnknown',
        {kode: unit.induk},
        'Peringatan',
      );
    }
    if (unit.nipKepala && !index.employees.has(unit.nipKepala)) {
      list.at(
        unit.src,
        'NIP Kepala',
        'validation.unit.kepalaUnknown',
        {nip: unit.nipKepala},
        'Peringatan',
      );
    }
  }
}

/**
 * A name: not blank (Galat) and, when it starts like a formula (= + - @), a warning: the add-on
 * writes it as text everywhere (issue 11), but HR should see a name such as `=HYPERLINK(...)`.
 */
export function checkName(
  src: SourceRef,
  header: string,
  name: string,
  list: FindingList,
): void {
  if (name === '') {
    list.at(src, header, 'validation.value.blankRequired', {header});
  } else if (/^[=+\-@]/.test(name)) {
    list.at(
      src,
      header,
      'validation.nama.formula',
      {
        first: name[0],
        value: name.length > 60 ? name.slice(0, 60) + '…' : name,
      },
      'Peringatan',
    );
  }
}

function storedAsNumber(src: SourceRef, header: string): boolean {
  return !!src.invalid?.some(
    c => c.header === header && c.problem === 'storedAsNumber',
  );
}

export function checkEmployees(
  input: AppraisalInput,
  index: AppraisalIndex,
  list: FindingList,
): void {
  firstOccurrences(
    input.employees,
    e => e.nip,
    (e, first, nip) =>
      list.at(e.src, 'NIP', 'validation.nip.duplicate', {
        nip,
        row: first.src.row,
      }),
  );
  for (const e of input.employees) {
    if (storedAsNumber(e.src, 'NIP')) {
      // Reported as such (src/sheets/validate.ts); read as blank, so left out of the appraisal.
    } else if (e.nip === '') {
      list.at(e.src, 'NIP', 'validation.value.blankRequired', {header: 'NIP'});
    } else {
      const parsed = parseNip(e.nip, e.status);
      if (!parsed.ok)
        list.add({
          at: {src: e.src, header: 'NIP'},
          message: parsed.error,
          level: 'Galat',
        });
    }
    checkName(e.src, 'Nama', e.nama, list);
    if (e.kodeUnit === '') {
      list.at(e.src, 'Kode Unit', 'validation.value.blankRequired', {
        header: 'Kode Unit',
      });
    } else if (!index.units.has(e.kodeUnit)) {
      list.at(e.src, 'Kode Unit', 'validation.unit.unknown', {
        kode: e.kodeUnit,
      });
    }
    if (!e.aktif) continue;
    if (storedAsNumber(e.src, 'NIP Atasan')) {
      // Reported as such; no supervisor until it is typed as text.
    } else if (e.nipAtasan === '') {
      list.at(e.src, 'NIP Atasan', 'validation.atasan.blank', {}, 'Peringatan');
    } else if (e.nipAtasan === e.nip) {
      list.at(e.src, 'NIP Atasan', 'validation.atasan.self');
    } else {
      const supervisor = index.employees.get(e.nipAtasan);
      if (!supervisor) {
        list.at(e.src, 'NIP Atasan', 'validation.atasan.unknown', {
          nip: e.nipAtasan,
        });
      } else if (!supervisor.aktif) {
        list.at(
          e.src,
          'NIP Atasan',
          'validation.atasan.inactive',
          {nip: supervisor.nip, nama: supervisor.nama},
          'Peringatan',
        );
      }
    }
  }
}

/**
 * Supervisor loops (A -> B -> A). Each employee has at most one supervisor, so following the links
 * from every employee finds each loop once: reported at the NIP Atasan cell of the loop member
 * that comes first in the sheet. Self-supervision is reported separately.
 */
export function checkSupervisorLoops(
  index: AppraisalIndex,
  list: FindingList,
): void {
  const state = new Map<string, 'visiting' | 'done'>();
  for (const start of index.employees.values()) {
    const path: Employee[] = [];
    let current: Employee | undefined = start;
    while (current && !state.has(current.nip)) {
      state.set(current.nip, 'visiting');
      path.push(current);
      current =
        current.nipAtasan && current.nipAtasan !== current.nip
          ? index.employees.get(current.nipAtasan)
          : undefined;
    }
    if (current && state.get(current.nip) === 'visiting') {
      const loop = path.slice(path.indexOf(current));
      const shown = [...loop.map(e => e.nip), current.nip];
      const cycle =
        shown.length > 7 ? [...shown.slice(0, 6), '…', current.nip] : shown;
      const anchor = [...loop].sort((a, b) => a.src.row - b.src.row)[0];
      list.at(anchor.src, 'NIP Atasan', 'validation.atasan.cycle', {
        cycle: cycle.join(' → '),
      });
    }
    for (const e of path) state.set(e.nip, 'done');
  }
}

export function checkIndicators(
  input: AppraisalInput,
  list: FindingList,
): void {
  const unitCodes = new Set(input.units.map(u => u.kode));
  firstOccurrences(
    input.indicators,
    i => i.kode,
    (i, first, kode) =>
      list.at(i.src, 'Kode', 'validation.indikator.duplicate', {
        kode,
        row: first.src.row,
      }),
  );
  for (const ind of input.indicators) {
    if (ind.kode === '') {
      list.at(ind.src, 'Kode', 'validation.value.blankRequired', {
        header: 'Kode',
      });
    }
    if (ind.kodeUnit === '') {
      list.at(ind.src, 'Kode Unit', 'validation.value.blankRequired', {
        header: 'Kode Unit',
      });
    } else if (!unitCodes.has(ind.kodeUnit)) {
      list.at(ind.src, 'Kode Unit', 'validation.unit.unknown', {
        kode: ind.kodeUnit,
      });
    }
    const targets: [string, number | null][] = [
      ['Target Tahunan', ind.targetTahunan],
      ['Target TW1', ind.targetTriwulan[0]],
      ['Target TW2', ind.targetTriwulan[1]],
      ['Target TW3', ind.targetTriwulan[2]],
      ['Target TW4', ind.targetTriwulan[3]],
      ['Target Bulanan', ind.targetBulanan ?? null],
    ];
    for (const [header, value] of targets) {
      if (value !== null && value <= 0) {
        list.at(ind.src, header, 'validation.target.notPositive', {
          header,
          value,
        });
      }
    }
    checkBobot(ind.src, ind.bobot, list);
    if (ind.jenis === 'Tambahan' && ind.bobot !== null && ind.bobot !== 0) {
      list.at(ind.src, 'Bobot', 'validation.bobot.tambahan', {}, 'Peringatan');
    }
  }
}

function checkBobot(
  src: SourceRef,
  bobot: number | null,
  list: FindingList,
): void {
  if (bobot !== null && (bobot < 0 || bobot > 100)) {
    list.at(src, 'Bobot', 'validation.bobot.range', {value: bobot});
  }
}

export function checkSkp(
  input: AppraisalInput,
  index: AppraisalIndex,
  list: FindingList,
): void {
  firstOccurrences(
    input.skp,
    s => (s.nip && s.kodeIndikator ? `${s.nip}\u0000${s.kodeIndikator}` : ''),
    (s, first) =>
      list.at(
        s.src,
        'Kode Indikator',
        'validation.skp.duplicate',
        {kode: s.kodeIndikator, nip: s.nip, row: first.src.row},
        'Peringatan',
      ),
  );
  for (const s of input.skp) {
    if (storedAsNumber(s.src, 'NIP')) {
      // Reported as such; the row is left out until the NIP is typed as text.
    } else if (s.nip === '') {
      list.at(s.src, 'NIP', 'validation.value.blankRequired', {header: 'NIP'});
    } else if (!index.employees.has(s.nip)) {
      list.at(s.src, 'NIP', 'validation.skp.nipUnknown', {nip: s.nip});
    }
    if (s.kodeIndikator === '') {
      list.at(s.src, 'Kode Indikator', 'validation.value.blankRequired', {
        header: 'Kode Indikator',
      });
    } else if (!index.indicators.has(s.kodeIndikator)) {
      list.at(s.src, 'Kode Indikator', 'validation.indikator.unknown', {
        kode: s.kodeIndikator,
      });
    }
    if (s.target !== null && s.target <= 0) {
      list.at(s.src, 'Target', 'validation.target.notPositive', {
        header: 'Target',
        value: s.target,
      });
    }
    checkBobot(s.src, s.bobot, list);
  }
}

export function checkAspectsAndTrainings(
  input: AppraisalInput,
  index: AppraisalIndex,
  list: FindingList,
): void {
  firstOccurrences(
    input.aspects.filter(a => a.src),
    a => a.kode.toUpperCase(),
    (a, first) =>
      list.at(a.src as SourceRef, 'Kode', 'validation.aspek.duplicate', {
        kode: a.kode,
        row: (first.src as SourceRef).row,
      }),
  );
  const aspectCodes = new Set(input.aspects.map(a => a.kode));
  for (const t of input.trainings) {
    if (
      t.src &&
      t.kode &&
      !index.indicators.has(t.kode) &&
      !aspectCodes.has(t.kode)
    ) {
      list.at(
        t.src,
        'Kode',
        'validation.pelatihan.kodeUnknown',
        {kode: t.kode},
        'Peringatan',
      );
    }
  }
}

/** The periods to check targets and overrides for: Periode Aktif and every period in the tabs. */
