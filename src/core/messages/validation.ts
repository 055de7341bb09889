// Messages of the validation area (see src/core/i18n.ts). Keys are namespaced 'validation.*'.
import type {Catalogue} from '../i18n';

export const VALIDATION_MESSAGES: Catalogue = {};
