// Messages of the workflow area (see src/core/i18n.ts). Keys are namespaced 'workflow.*'.
import type {Catalogue} from '../i18n';

export const WORKFLOW_MESSAGES: Catalogue = {};
