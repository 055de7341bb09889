// Messages added for issue 12, "one language at a time": sheet-side texts that used to fall back
// to Google's English or to Bahasa Indonesia whatever `Bahasa` said. Keys are namespaced 'lang.*'.
import type {Catalogue} from '../i18n';

export const LANGUAGE_MESSAGES: Catalogue = {
  // Help text of a dropdown that refuses other values (Sheets shows it instead of its own text).
  'lang.listHelp': {
    id: 'Pilih salah satu: {values}.',
    en: 'Pick one of: {values}.',
  },
  // Uraian of an additional (Tambahan) indicator in an appraisal tab.
  'lang.tab.tambahan': {
    id: '{uraian} (Tambahan)',
    en: '{uraian} (additional)',
  },
};
