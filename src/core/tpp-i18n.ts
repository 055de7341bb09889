// Translator of the TPP texts (src/core/messages/tpp.ts) while they are not yet in CATALOGUE (see
// that file). When the wiring registers TPP_MESSAGES in src/core/i18n.ts, this becomes `msg`.
import {translator} from './i18n';
import {TPP_MESSAGES} from './messages/tpp';

export const {msg: tppMsg} = translator(TPP_MESSAGES);
