// Translation for Node code (CLI, workbench page): core's catalogue plus the texts only Node shows.
import {CATALOGUE, translator, type Catalogue} from '../core/i18n';
import {CLI_MESSAGES} from './messages/cli';
import {WORKBENCH_MESSAGES} from './messages/workbench';

/** Every message Node code may show: core's, the CLI's and the workbench page's. */
export const LOCAL_CATALOGUE: Catalogue = {
  ...CATALOGUE,
  ...CLI_MESSAGES,
  ...WORKBENCH_MESSAGES,
};

export const {msg, t} = translator(LOCAL_CATALOGUE);
