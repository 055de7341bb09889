import {tr} from '../../sidebar/i18n';
import {
  fromDraft,
  SettingsDraft,
  toDraft,
  validateSettings,
} from '../../sidebar/settings-rules';
import {SETTINGS} from '../browser/mock-api';

const t = (key: string, params?: Record<string, string | number>) =>
  tr('en', key, params);

function check(typed: Partial<SettingsDraft>) {
  return validateSettings(fromDraft({...toDraft(SETTINGS), ...typed}), t);
}

describe('settings form rules', () => {
  it('round-trips the saved settings through the typed form', () => {
    expect(fromDraft(toDraft(SETTINGS))).toEqual(SETTINGS);
    expect(check({})).toEqual({});
  });

  it('reads a decimal comma and trims the HR address', () => {
    const settings = fromDraft({
      ...toDraft(SETTINGS),
      ambangDiAtas: '110,5',
      emailHr: '  sdm@example.go.id ',
    });
    expect(settings.ambangDiAtas).toBe(110.5);
    expect(settings.emailHr).toBe('sdm@example.go.id');
  });

  it('reports an empty or out-of-range number on its own field', () => {
    expect(check({batasCapaian: ''})).toEqual({
      batasCapaian: 'Achievement cap (%): enter a number from 100 to 1000.',
    });
    expect(Object.keys(check({bobotPerilaku: '101'}))).toEqual([
      'bobotPerilaku',
    ]);
  });

  it('checks the thresholds against each other and the weights sum', () => {
    expect(check({ambangDiAtas: '100'})).toEqual({
      ambangDiAtas: t('sidebar.settings.thresholdOrder'),
    });
    expect(check({batasCapaian: '105'})).toEqual({
      batasCapaian: t('sidebar.settings.capBelowThreshold'),
    });
    expect(check({bobotHasilKerja: '60'})).toEqual({
      bobotPerilaku:
        'Weight of work results + weight of behaviour must be 100 (now 90).',
    });
  });

  it('accepts an empty HR address but not a malformed one', () => {
    expect(check({emailHr: ''})).toEqual({});
    expect(check({emailHr: 'not-an-email'})).toEqual({
      emailHr: 'Invalid HR email: not-an-email',
    });
  });
});
