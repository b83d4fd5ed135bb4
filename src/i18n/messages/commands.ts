// User-visible text for the commands area, in English and Korean.
import { defineMessages } from '../define-messages.js';

export const commandMessages = defineMessages({
  en: {
    'commands.placeholder_remove_me': '',
  },
  ko: {
    'commands.placeholder_remove_me': '',
  },
});
