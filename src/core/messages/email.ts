// Messages of the email area (see src/core/i18n.ts). Keys are namespaced 'email.*'.
import type {Catalogue} from '../i18n';

export const EMAIL_MESSAGES: Catalogue = {};
