// User-visible text for the cv area, in English and Korean.
import { defineMessages } from '../define-messages.js';

export const cvMessages = defineMessages({
  en: {
    'cv.placeholder_remove_me': '',
  },
  ko: {
    'cv.placeholder_remove_me': '',
  },
});
