// The forms of SHEETS.md "Forms" (issue 15): creating them and what the answers do.
import type {Catalogue} from '../i18n';

export const FORMS_MESSAGES: Catalogue = {
  'forms.action': {id: 'Buat Formulir', en: 'Create Forms'},
  'forms.menu': {id: 'Buat Formulir', en: 'Create Forms'},
  'forms.noUnits': {
    id: 'Unit!A2: isi Kode Unit dulu; daftar unit Survei Kepuasan Masyarakat diambil dari sana.',
    en: 'Unit!A2: fill in Kode Unit first; the unit list of the citizen survey comes from there.',
  },
  'forms.done': {
    id: 'Formulir dibuat: {created}, sudah ada: {kept}.\n{urls}',
    en: 'Forms created: {created}, already there: {kept}.\n{urls}',
  },
  'peers.count': {id: '{count} rekan', en: '{count} peers'},
  'peers.above': {id: 'di atas', en: 'above'},
  'peers.meets': {id: 'sesuai', en: 'meets'},
  'peers.below': {id: 'di bawah', en: 'below'},
  'peers.comments': {id: 'Komentar: {comments}', en: 'Comments: {comments}'},
};
