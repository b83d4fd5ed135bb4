// User-visible text for the offline area, in English and Korean.
import { defineMessages } from '../define-messages.js';

export const offlineMessages = defineMessages({
  en: {
    'offline.placeholder_remove_me': '',
  },
  ko: {
    'offline.placeholder_remove_me': '',
  },
});
