// User-visible text for the report area, in English and Korean.
import { defineMessages } from '../define-messages.js';

export const reportMessages = defineMessages({
  en: {
    'report.placeholder_remove_me': '',
  },
  ko: {
    'report.placeholder_remove_me': '',
  },
});
