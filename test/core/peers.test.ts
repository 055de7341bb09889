import {
  MIN_PEERS,
  type PeerAnswer,
  peerSummaryOf,
  peerSummaryText,
  summarizePeers,
} from '../../src/core/peers';
import {peerAnswers} from '../../src/sheets/masukan-rekan';

const NIP = '198001012005011001';
const ASPECTS = ['BO', 'AK'];
const options = {
  aspects: ASPECTS,
  emailOf: (nip: string) => (nip === NIP ? 'self@example.go.id' : ''),
};

function answer(
  rater: string,
  bo: string,
  ak: string,
  order: number,
  comment = '',
): PeerAnswer {
  return {
    raterEmail: rater,
    nip: NIP,
    period: '2026-TW1',
    ratings: {BO: bo, AK: ak},
    comment,
    order,
  };
}

describe('peer summaries (DOMAIN.md §11)', () => {
  it('shows nothing with 2 peers', () => {
    const s = summarizePeers(
      [
        answer('a@x.id', 'Di Atas Ekspektasi', 'Sesuai Ekspektasi', 1, 'rajin'),
        answer('b@x.id', 'Sesuai Ekspektasi', 'Sesuai Ekspektasi', 2),
      ],
      options,
    );
    const summary = peerSummaryOf(s, NIP, '2026-TW1')!;
    expect(MIN_PEERS).toBe(3);
    expect(summary.peers).toBe(2);
    expect(summary.shown).toBe(false);
    expect(summary.aspects).toEqual([]);
    expect(summary.comments).toEqual([]);
    const text = peerSummaryText(summary, 'id');
    expect(text).toBe('');
  });

  it('shows the shares with 3 peers, in whole percent', () => {
    const s = summarizePeers(
      [
        answer('a@x.id', 'Di Atas Ekspektasi', 'Sesuai Ekspektasi', 1, 'rajin'),
        answer('b@x.id', 'Sesuai Ekspektasi', 'Sesuai Ekspektasi', 2),
        answer(
          'c@x.id',
          'di atas  ekspektasi',
          'Di Bawah Ekspektasi',
          3,
          'Cepat',
        ),
      ],
      options,
    );
    const summary = peerSummaryOf(s, NIP, '2026-TW1')!;
    expect(summary.shown).toBe(true);
    expect(summary.aspects[0]).toEqual({
      code: 'BO',
      answered: 3,
      counts: {
        'Di Atas Ekspektasi': 2,
        'Sesuai Ekspektasi': 1,
        'Di Bawah Ekspektasi': 0,
      },
    });
    expect(peerSummaryText(summary, 'id')).toBe(
      '3 rekan · BO: di atas 67%, sesuai 33%, di bawah 0% · ' +
        'AK: di atas 0%, sesuai 67%, di bawah 33% · Komentar: "Cepat"; "rajin"',
    );
    expect(peerSummaryText(summary, 'en')).toMatch(/^3 peers · BO: above 67%/);
  });

  it('counts one rater once (the latest answer) and leaves self-ratings out', () => {
    const s = summarizePeers(
      [
        answer('a@x.id', 'Di Bawah Ekspektasi', 'Di Bawah Ekspektasi', 1),
        answer('A@X.id ', 'Di Atas Ekspektasi', 'Di Atas Ekspektasi', 5),
        answer('b@x.id', 'Sesuai Ekspektasi', 'Sesuai Ekspektasi', 2),
        answer(
          'self@example.go.id',
          'Di Atas Ekspektasi',
          'Di Atas Ekspektasi',
          3,
        ),
      ],
      options,
    );
    const summary = peerSummaryOf(s, NIP, '2026-TW1')!;
    expect(summary.peers).toBe(2);
    expect(summary.shown).toBe(false);
    const withThird = summarizePeers(
      [
        answer('a@x.id', 'Di Bawah Ekspektasi', 'Di Bawah Ekspektasi', 1),
        answer('A@X.id ', 'Di Atas Ekspektasi', 'Di Atas Ekspektasi', 5),
        answer('b@x.id', 'Sesuai Ekspektasi', 'Sesuai Ekspektasi', 2),
        answer('c@x.id', 'Sesuai Ekspektasi', 'typo', 4),
      ],
      options,
    );
    const three = peerSummaryOf(withThird, NIP, '2026-TW1')!;
    expect(three.peers).toBe(3);
    expect(three.aspects[0].counts['Di Atas Ekspektasi']).toBe(1);
    expect(three.aspects[0].counts['Di Bawah Ekspektasi']).toBe(0);
    // An unreadable rating is left out of that aspect's shares, not counted as a rating.
    expect(three.aspects[1].answered).toBe(2);
  });

  it('never puts a rater email into the text', () => {
    const s = summarizePeers(
      ['a@x.id', 'b@x.id', 'c@x.id'].map((r, i) =>
        answer(r, 'Sesuai Ekspektasi', 'Sesuai Ekspektasi', i, `oleh ${i}`),
      ),
      options,
    );
    const text = peerSummaryText(peerSummaryOf(s, NIP, '2026-TW1')!, 'en');
    expect(text).not.toMatch(/@/);
  });
});

describe('Masukan Rekan Kerja response sheet', () => {
  it('reads the answers by header text, aspects by their codes', () => {
    const table = [
      [
        'Timestamp',
        'Email Address',
        'NIP Dinilai',
        'Periode',
        'BO Berorientasi Pelayanan',
        'AK Akuntabel',
        'Komentar',
      ],
      [
        new Date(),
        ' B@X.ID',
        `'${NIP}`,
        '2026-tw1',
        'Sesuai Ekspektasi',
        'Di Atas Ekspektasi',
        'ok',
      ],
      [new Date(), '', NIP, '2026-TW1', 'Sesuai Ekspektasi', '', ''],
      [new Date(), 'c@x.id', NIP, 'bukan periode', 'Sesuai Ekspektasi', '', ''],
    ];
    const answers = peerAnswers(table, 10);
    expect(answers).toEqual([
      {
        raterEmail: 'b@x.id',
        nip: NIP,
        period: '2026-TW1',
        ratings: {BO: 'Sesuai Ekspektasi', AK: 'Di Atas Ekspektasi'},
        comment: 'ok',
        order: 10,
      },
    ]);
  });
});
