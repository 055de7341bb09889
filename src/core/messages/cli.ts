// Messages of the cli area (see src/core/i18n.ts). Keys are namespaced 'cli.*'.
import type {Catalogue} from '../i18n';

export const CLI_MESSAGES: Catalogue = {};
