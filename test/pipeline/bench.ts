// Quick benchmark (not a test): parseWorkbook + appraisePeriod (+ validateInput) on 10,000
// employees x 8 indicators. Run:
//   npx esbuild test/pipeline/bench.ts --bundle --platform=node --outfile=/tmp/bench.js && node /tmp/bench.js
import {parseWorkbook, type RawWorkbook} from '../../src/sheets/read';
import {appraisePeriod} from '../../src/core/appraise/period';
import {validateInput} from '../../src/sheets/validate';
import {hasilRows} from '../../src/sheets/hasil';
import {BERAKHLAK} from '../../src/core/berakhlak';
import {HEADERS} from '../../src/sheets/schema';

const EMPLOYEES = 10_000;
const UNITS = 100;
const INDICATORS = 8;
const RATINGS = [
  'Di Atas Ekspektasi',
  'Sesuai Ekspektasi',
  'Di Bawah Ekspektasi',
];

function build(): RawWorkbook {
  const unit: unknown[][] = [[...HEADERS.unit]];
  const indikator: unknown[][] = [[...HEADERS.indikator]];
  for (let u = 0; u < UNITS; u++) {
    unit.push([`U${u}`, `Unit ${u}`, '', '', 'Baik']);
    for (let k = 0; k < INDICATORS; k++) {
      indikator.push([
        `U${u}-I${k}`,
        `U${u}`,
        'RHK',
        `Indikator ${k}`,
        'dokumen',
        k % 3 ? 'Naik' : 'Turun',
        k < 6 ? 'Utama' : 'Tambahan',
        'Jumlah',
        40,
        10,
        10,
        10,
        10,
        k < 6 ? (k < 4 ? 20 : 10) : '',
      ]);
    }
  }
  const pegawai: unknown[][] = [[...HEADERS.pegawai]];
  const tabs = new Map<string, unknown[][]>();
  const nips: string[] = [];
  for (let i = 0; i < EMPLOYEES; i++)
    nips.push(
      `19800101200501${i < 5000 ? 1 : 2}${String(i % 1000).padStart(3, '0')}` +
        '',
    );
  // Unique 18-digit NIPs: vary the birth day and month with i.
  for (let i = 0; i < EMPLOYEES; i++) {
    const month = String((Math.floor(i / 1000) % 12) + 1).padStart(2, '0');
    const day = String((Math.floor(i / 12000) % 28) + 1).padStart(2, '0');
    nips[i] =
      `1980${month}${day}200501${(i % 2) + 1}${String(i % 1000).padStart(3, '0')}`;
  }
  for (let i = 0; i < EMPLOYEES; i++) {
    const u = i % UNITS;
    const head = nips[u];
    const atasan = i < UNITS ? '' : head;
    pegawai.push([
      nips[i],
      `Pegawai ${i}`,
      'Staf',
      `U${u}`,
      atasan,
      `p${i}@contoh.go.id`,
      'PNS',
      'Ya',
    ]);
    const tabName = `Penilaian 2026-TW1 ${atasan || 'TOP'}`;
    let tab = tabs.get(tabName);
    if (!tab) tabs.set(tabName, (tab = [[...HEADERS.penilaian]]));
    for (let k = 0; k < INDICATORS; k++) {
      tab.push([
        '2026-TW1',
        nips[i],
        `Pegawai ${i}`,
        'Hasil Kerja',
        `U${u}-I${k}`,
        '',
        '',
        10,
        String(8 + ((i + k) % 5)).replace('.', ','),
        '',
        '',
        '',
        '',
      ]);
    }
    BERAKHLAK.forEach(([kode], a) =>
      tab!.push([
        '2026-TW1',
        nips[i],
        '',
        'Perilaku',
        kode,
        '',
        '',
        '',
        '',
        RATINGS[(i + a) % 3],
        '',
        '',
        '',
      ]),
    );
    tab.push([
      '2026-TW1',
      nips[i],
      '',
      'Ringkasan',
      'HK',
      '',
      '',
      '',
      '',
      '',
      '',
      'Baik',
      '',
    ]);
    tab.push([
      '2026-TW1',
      nips[i],
      '',
      'Ringkasan',
      'PK',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
  }
  return {
    tables: {
      pengaturan: [
        ['Kunci', 'Nilai'],
        ['Periode Aktif', '2026-TW1'],
      ],
      unit,
      pegawai,
      indikator,
      skp: [[...HEADERS.skp]],
    },
    tabs: [...tabs].map(([name, values]) => ({name, values})),
  };
}

const raw = build();
const rows = raw.tabs.reduce((n, t) => n + t.values.length - 1, 0);
// Wall time and this process's CPU time (the latter is what counts on a busy machine).
const time = <T>(label: string, f: () => T): T => {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const out = f();
  const used = process.cpuUsage(cpu);
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const cpuMs = (used.user + used.system) / 1000;
  console.log(
    `${label}: ${wall.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU`,
  );
  return out;
};
console.log(
  `${EMPLOYEES} employees, ${EMPLOYEES * INDICATORS} assignments, ${rows} appraisal rows`,
);
for (let run = 1; run <= 2; run++) {
  const {input} = time(`run ${run} parseWorkbook`, () => parseWorkbook(raw));
  const result = time(`run ${run} appraisePeriod`, () =>
    appraisePeriod(input, '2026-TW1'),
  );
  const issues = time(`run ${run} validateInput`, () => validateInput(input));
  time(`run ${run} hasilRows`, () => hasilRows(result.results, 'id'));
  const complete = result.results.filter(r => r.status === 'Lengkap').length;
  console.log(
    `  results ${result.results.length}, complete ${complete}, appraisal findings ${result.findings.length}, validation issues ${issues.length}`,
  );
}
