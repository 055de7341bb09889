// The checks the settings form makes before saving (the server checks again): same limits as
// the Pengaturan sheet's validation, worded for the field that is wrong.
import type {SettingsDto} from '../src/core/api';
import type {Params} from './i18n';

export type SettingsErrors = Partial<Record<keyof SettingsDto, string>>;

export type NumberField =
  | 'ambangDiAtas'
  | 'ambangSesuai'
  | 'batasCapaian'
  | 'bobotHasilKerja'
  | 'bobotPerilaku';

/** The form as typed: numbers stay text until saved, so a half-typed number is not lost. */
export type SettingsDraft = Omit<SettingsDto, NumberField> &
  Record<NumberField, string>;

const NUMBER_FIELDS: NumberField[] = [
  'ambangDiAtas',
  'ambangSesuai',
  'batasCapaian',
  'bobotHasilKerja',
  'bobotPerilaku',
];

export function toDraft(settings: SettingsDto): SettingsDraft {
  const draft = {...settings} as unknown as SettingsDraft;
  for (const field of NUMBER_FIELDS) draft[field] = String(settings[field]);
  return draft;
}

/** The draft as saved: a decimal comma is accepted, an empty number is NaN (so it is reported). */
export function fromDraft(draft: SettingsDraft): SettingsDto {
  const settings = {
    ...draft,
    emailHr: draft.emailHr.trim(),
  } as unknown as SettingsDto;
  for (const field of NUMBER_FIELDS) {
    const raw = draft[field].replace(',', '.');
    settings[field] = raw.trim() === '' ? NaN : Number(raw);
  }
  return settings;
}

export function validateSettings(
  settings: SettingsDto,
  t: (key: string, params?: Params) => string,
): SettingsErrors {
  const errors: SettingsErrors = {};
  const range = (field: NumberField, min: number, max: number) => {
    const value = settings[field];
    if (!Number.isFinite(value) || value < min || value > max) {
      errors[field] = t('sidebar.settings.invalidNumber', {
        field: t(`sidebar.settings.${field}`),
        min,
        max,
      });
    }
  };
  range('ambangDiAtas', 0, 1000);
  range('ambangSesuai', 0, 1000);
  range('batasCapaian', 100, 1000);
  range('bobotHasilKerja', 0, 100);
  range('bobotPerilaku', 0, 100);
  if (
    !errors.ambangDiAtas &&
    !errors.ambangSesuai &&
    settings.ambangDiAtas <= settings.ambangSesuai
  ) {
    errors.ambangDiAtas = t('sidebar.settings.thresholdOrder');
  }
  if (
    !errors.batasCapaian &&
    !errors.ambangDiAtas &&
    settings.batasCapaian < settings.ambangDiAtas
  ) {
    errors.batasCapaian = t('sidebar.settings.capBelowThreshold');
  }
  const sum = settings.bobotHasilKerja + settings.bobotPerilaku;
  if (!errors.bobotHasilKerja && !errors.bobotPerilaku && sum !== 100) {
    errors.bobotPerilaku = t('sidebar.settings.weightsSum', {sum});
  }
  const email = settings.emailHr;
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    errors.emailHr = t('sidebar.settings.invalidEmail', {email});
  }
  return errors;
}
