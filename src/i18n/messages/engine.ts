// User-visible text for the engine area, in English and Korean.
import { defineMessages } from '../define-messages.js';

export const engineMessages = defineMessages({
  en: {
    'engine.placeholder_remove_me': '',
  },
  ko: {
    'engine.placeholder_remove_me': '',
  },
});
