// User-visible text for the bank area, in English and Korean.
import { defineMessages } from '../define-messages.js';

export const bankMessages = defineMessages({
  en: {
    'bank.placeholder_remove_me': '',
  },
  ko: {
    'bank.placeholder_remove_me': '',
  },
});
