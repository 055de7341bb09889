// What the demo supervisors type into an appraisal tab (only into blank input cells).
import type {Rating} from '../core/types';
import {normalizeHeader} from '../sheets/schema';
import {ABOVE, BELOW, MEETS, demoRealisasi} from './appraisals';
import {Dice, hashText, seededRandom} from './random';
import {FEEDBACK, INDICATOR_NOTES, OVERRIDE_REASONS} from './texts';
import type {DemoWorkbook} from './types';

function driveLink(random: () => number): string {
  const alphabet =
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
  let id = '1';
  for (let i = 0; i < 32; i++)
    id += alphabet[Math.floor(random() * alphabet.length)];
  return `https://drive.google.com/file/d/${id}/view`;
}

/** One rating per aspect whose majority gives `overall` (suggestPerilaku's rule). */
function aspectRatings(overall: Rating, count: number, dice: Dice): Rating[] {
  const majority = Math.floor(count / 2) + 1;
  const ratings: Rating[] = [];
  for (let i = 0; i < count; i++) {
    if (overall === ABOVE) ratings.push(i < majority ? ABOVE : MEETS);
    else if (overall === BELOW) ratings.push(i < majority ? BELOW : MEETS);
    // Sesuai: mostly Sesuai with fewer than half Di Atas.
    else ratings.push(i < Math.min(2, majority - 1) ? ABOVE : MEETS);
  }
  return dice.shuffle(ratings);
}

/**
 * Fills an appraisal tab the way the demo supervisors would have: only blank input cells
 * (Realisasi, Rating, Bukti Dukung, Umpan Balik, Alasan), so values typed by a person stay.
 * `values` is the tab as getValues returns it (row 1 = headers); returns the changed copy.
 */
export function fillDemoTab(
  values: readonly (readonly unknown[])[],
  demo: Pick<DemoWorkbook, 'indicators' | 'plans' | 'seed'>,
): {values: unknown[][]; filled: number} {
  const out = values.map(row => [...row]);
  const header = (out[0] ?? []).map(normalizeHeader);
  const col = (name: string) => header.indexOf(normalizeHeader(name));
  const c = {
    nip: col('NIP'),
    jenis: col('Jenis'),
    kode: col('Kode'),
    target: col('Target'),
    realisasi: col('Realisasi'),
    rating: col('Rating'),
    bukti: col('Bukti Dukung'),
    umpan: col('Umpan Balik'),
    alasan: col('Alasan'),
  };
  if (Object.values(c).some(i => i < 0)) return {values: out, filled: 0};
  const byKode = new Map(demo.indicators.map(i => [i.kode, i]));
  let filled = 0;
  const put = (row: unknown[], index: number, value: unknown) => {
    if (String(row[index] ?? '').trim() !== '') return;
    row[index] = value;
    filled++;
  };

  // Rows grouped per employee, in tab order.
  const blocks = new Map<string, unknown[][]>();
  for (let r = 1; r < out.length; r++) {
    const nip = String(out[r][c.nip] ?? '').replace(/[\s.]/g, '');
    if (!nip) continue;
    const list = blocks.get(nip) ?? [];
    list.push(out[r]);
    blocks.set(nip, list);
  }

  for (const [nip, rows] of blocks) {
    const plan = demo.plans.get(nip);
    if (!plan || plan.fill === 'empty') continue;
    // Per-employee randomness: the same NIP gets the same inputs whatever the tab layout.
    const dice = new Dice(seededRandom(demo.seed * 7919 + hashText(nip)));
    const jenisOf = (row: unknown[]) =>
      String(row[c.jenis] ?? '')
        .trim()
        .toLowerCase();
    const hasilRows = rows.filter(row => jenisOf(row) === 'hasil kerja');
    const perilakuRows = rows.filter(row => jenisOf(row) === 'perilaku');
    const ringkasan = rows.filter(row => jenisOf(row) === 'ringkasan');

    // The realisasi suggest the planned rating, or a neighbour of it when the supervisor overrides.
    const suggested: Rating = plan.override
      ? plan.hasil === ABOVE
        ? MEETS
        : BELOW
      : plan.hasil;
    hasilRows.forEach((row, i) => {
      if (plan.fill === 'partial' && i % 2 === 1) return;
      const indicator = byKode.get(String(row[c.kode] ?? '').trim());
      const target = Number(row[c.target]);
      if (!indicator || !(target > 0)) return;
      // Tambahan results above plan would lift Sesuai to Di Atas (rule 3), so keep them below.
      const rating =
        indicator.jenis === 'Tambahan'
          ? suggested === ABOVE
            ? ABOVE
            : BELOW
          : suggested;
      put(
        row,
        c.realisasi,
        demoRealisasi(target, indicator, rating, dice.next),
      );
      if (plan.fill !== 'complete') return;
      if (dice.chance(0.4)) put(row, c.bukti, driveLink(dice.next));
      if (dice.chance(0.25))
        put(row, c.umpan, dice.pick(INDICATOR_NOTES[rating]));
    });
    if (plan.fill !== 'complete') continue;

    const aspects = aspectRatings(plan.perilaku, perilakuRows.length, dice);
    perilakuRows.forEach((row, i) => put(row, c.rating, aspects[i]));

    const hk = ringkasan.find(
      row =>
        String(row[c.kode] ?? '')
          .trim()
          .toUpperCase() === 'HK',
    );
    if (hk) {
      if (plan.predikat) put(hk, c.umpan, dice.pick(FEEDBACK[plan.predikat]));
      if (plan.override) {
        put(hk, c.rating, plan.hasil);
        put(hk, c.alasan, dice.pick(OVERRIDE_REASONS));
      }
    }
  }
  return {values: out, filled};
}
