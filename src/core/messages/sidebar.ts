// Messages of the sidebar area (see src/core/i18n.ts). Keys are namespaced 'sidebar.*'.
import type {Catalogue} from '../i18n';

export const SIDEBAR_MESSAGES: Catalogue = {};
