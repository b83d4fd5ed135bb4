// User-visible text for the platform area, in English and Korean.
import { defineMessages } from '../define-messages.js';

export const platformMessages = defineMessages({
  en: {
    'platform.placeholder_remove_me': '',
  },
  ko: {
    'platform.placeholder_remove_me': '',
  },
});
