// User-visible text for the slack area, in English and Korean.
import { defineMessages } from '../define-messages.js';

export const slackMessages = defineMessages({
  en: {
    'slack.placeholder_remove_me': '',
  },
  ko: {
    'slack.placeholder_remove_me': '',
  },
});
