// User-visible text for the llm area, in English and Korean.
import { defineMessages } from '../define-messages.js';

export const llmMessages = defineMessages({
  en: {
    'llm.placeholder_remove_me': '',
  },
  ko: {
    'llm.placeholder_remove_me': '',
  },
});
