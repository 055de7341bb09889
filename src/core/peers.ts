// Peer input (Masukan Rekan Kerja, DOMAIN.md §11; issue 15 item 3): an anonymous summary per
// employee and period. Input for the supervisor's perilaku rating, never a score of its own.
// Shown only with at least MIN_PEERS distinct raters; a rater never rates themselves; several
// answers of one rater count once (the latest); the summary never holds a rater's email, and the
// comments are sorted so their order does not tell who wrote which.

import {t} from './i18n';
import {DI_ATAS, DI_BAWAH, SESUAI} from './rating';
import type {Lang, Rating} from './types';

/** DOMAIN.md §11: fewer distinct peers than this show nothing. */
export const MIN_PEERS = 3;

export const PEER_RATINGS: readonly Rating[] = [DI_ATAS, SESUAI, DI_BAWAH];

/** One answer of the Masukan Rekan Kerja form, as read from its response sheet. */
export interface PeerAnswer {
  /** The rater's email (collected by the form); compared in lower case. */
  raterEmail: string;
  /** NIP Dinilai, normalised. */
  nip: string;
  /** Periode, normalised. */
  period: string;
  /** Aspect code (BO, AK, ...) → the answer as typed. */
  ratings: Record<string, string>;
  comment: string;
  /** Sheet order or timestamp: the later one of a rater's answers wins. */
  order: number;
}

export interface AspectShares {
  code: string;
  /** Raters who answered this aspect with one of the three ratings. */
  answered: number;
  counts: Record<Rating, number>;
}

export interface PeerSummary {
  nip: string;
  period: string;
  /** Distinct raters counted (self-ratings left out). */
  peers: number;
  /** False when peers < MIN_PEERS: then aspects and comments are empty. */
  shown: boolean;
  aspects: AspectShares[];
  comments: string[];
}

export interface SummarizeOptions {
  /** Aspect codes in the order the tab lists them. */
  aspects: readonly string[];
  /** The employee's own email (lower case), to leave out self-ratings; '' when unknown. */
  emailOf(nip: string): string;
}

/** Case- and space-insensitive match of a typed rating. */
function matchRating(raw: string): Rating | null {
  const text = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  return PEER_RATINGS.find(r => r.toLowerCase() === text) ?? null;
}

function peerKey(nip: string, period: string): string {
  return `${nip}|${period}`;
}

/** Summaries keyed `NIP|Periode`, one per employee and period with at least one valid answer. */
export function summarizePeers(
  answers: readonly PeerAnswer[],
  options: SummarizeOptions,
): Map<string, PeerSummary> {
  // The latest answer per (employee, period, rater).
  const latest = new Map<string, PeerAnswer>();
  for (const answer of answers) {
    const rater = answer.raterEmail.trim().toLowerCase();
    if (!rater || !answer.nip || !answer.period) continue;
    const own = options.emailOf(answer.nip).trim().toLowerCase();
    if (own && own === rater) continue;
    const key = `${peerKey(answer.nip, answer.period)}|${rater}`;
    const before = latest.get(key);
    if (!before || before.order <= answer.order) latest.set(key, answer);
  }
  const grouped = new Map<string, PeerAnswer[]>();
  for (const answer of latest.values()) {
    const key = peerKey(answer.nip, answer.period);
    const list = grouped.get(key) ?? [];
    list.push(answer);
    grouped.set(key, list);
  }
  const summaries = new Map<string, PeerSummary>();
  for (const [key, list] of grouped) {
    const {nip, period} = list[0];
    const shown = list.length >= MIN_PEERS;
    summaries.set(key, {
      nip,
      period,
      peers: list.length,
      shown,
      aspects: shown ? options.aspects.map(code => shares(code, list)) : [],
      comments: shown
        ? list
            .map(a => a.comment.trim())
            .filter(c => c !== '')
            .sort((a, b) => a.localeCompare(b))
        : [],
    });
  }
  return summaries;
}

function shares(code: string, list: readonly PeerAnswer[]): AspectShares {
  const counts = {[DI_ATAS]: 0, [SESUAI]: 0, [DI_BAWAH]: 0} as Record<
    Rating,
    number
  >;
  let answered = 0;
  for (const answer of list) {
    const rating = matchRating(answer.ratings[code] ?? '');
    if (!rating) continue;
    counts[rating]++;
    answered++;
  }
  return {code, answered, counts};
}

/** Whole percent of part in whole (0 when nobody answered). */
export function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 100) : 0;
}

/** The short rating words of the summary text. */
const SHORT = {
  [DI_ATAS]: 'peers.above',
  [SESUAI]: 'peers.meets',
  [DI_BAWAH]: 'peers.below',
} as Record<Rating, string>;

/**
 * The summary as one cell's text (the tab's `Masukan Rekan` column, the supervisor's email):
 * `3 rekan · BO: di atas 67%, sesuai 33%, di bawah 0% · … · Komentar: "…"`; '' under MIN_PEERS.
 */
export function peerSummaryText(summary: PeerSummary, lang: Lang): string {
  // Issue 15: with fewer peers the summary shows nothing, not even how many answered.
  if (!summary.shown) return '';
  const parts = [t(lang, 'peers.count', {count: summary.peers})];
  for (const aspect of summary.aspects) {
    if (aspect.answered === 0) continue;
    const ratings = PEER_RATINGS.map(
      r =>
        `${t(lang, SHORT[r])} ${percent(aspect.counts[r], aspect.answered)}%`,
    ).join(', ');
    parts.push(`${aspect.code}: ${ratings}`);
  }
  if (summary.comments.length > 0)
    parts.push(
      t(lang, 'peers.comments', {
        comments: summary.comments.map(c => `"${c}"`).join('; '),
      }),
    );
  return parts.join(' · ');
}

/** The summary of one employee and period, or null when nobody answered. */
export function peerSummaryOf(
  summaries: ReadonlyMap<string, PeerSummary>,
  nip: string,
  period: string,
): PeerSummary | null {
  return summaries.get(peerKey(nip, period)) ?? null;
}
