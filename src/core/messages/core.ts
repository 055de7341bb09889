// Messages of the core area (see src/core/i18n.ts). Keys are namespaced 'core.*'.
import type {Catalogue} from '../i18n';

export const CORE_MESSAGES: Catalogue = {};
