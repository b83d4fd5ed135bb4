// User-visible text for the discord area, in English and Korean.
import { defineMessages } from '../define-messages.js';

export const discordMessages = defineMessages({
  en: {
    'discord.placeholder_remove_me': '',
  },
  ko: {
    'discord.placeholder_remove_me': '',
  },
});
