// Read `/interview daily set` words by their shape, in any order: a channel, a time, a time zone, a
// position and a language, however a text platform's positional parsing distributed them.
import { isValidTimeZone, parseClockTime } from '../src/daily/local-time.js';
import { UserError } from '../src/errors.js';
import type { TextOptionSpec } from './define-command.js';
import { languageOption, positionOption } from './options.js';

export interface DailySetupWords {
  channel?: string | undefined;
  time?: string | undefined;
  timeZone?: string | undefined;
  /** A position code or "mixed". */
  positions?: string | undefined;
  language?: 'en' | 'ko' | undefined;
}

const MIXED = ['mixed', 'all', '전체', '혼합'];

function choiceOf(spec: Pick<TextOptionSpec, 'choices'>, word: string): string | undefined {
  const wanted = word.toLowerCase();
  return spec.choices?.find(
    (c) =>
      c.value === wanted ||
      c.aliases?.includes(wanted) ||
      c.label.en.toLowerCase() === wanted ||
      c.label.ko === wanted,
  )?.value;
}

/** A channel named as a platform mention (`<#C123|study>`, `<#123>`) or a bare channel id. */
function channelOf(word: string): string | undefined {
  const mention = /^<#([A-Za-z0-9]+)(?:\|[^>]*)?>$/.exec(word);
  if (mention) return mention[1];
  if (/^[CG][A-Z0-9]{6,}$/.test(word) || /^\d{15,21}$/.test(word)) return word;
  return undefined;
}

/** Classify every word; a word that is none of them is refused by name, so nothing is silently dropped. */
export function readDailySetup(values: (string | undefined)[]): DailySetupWords {
  const words = values.flatMap((value) => (value ? value.split(/\s+/).filter(Boolean) : []));
  const setup: DailySetupWords = {};
  for (const word of words) {
    const channel = channelOf(word);
    const time = parseClockTime(word);
    const position = MIXED.includes(word.toLowerCase()) ? 'mixed' : choiceOf(positionOption, word);
    const language = choiceOf(languageOption(false), word) as 'en' | 'ko' | undefined;
    if (channel) setup.channel = channel;
    else if (time) setup.time = time;
    else if (position) setup.positions = position;
    else if (language) setup.language = language;
    else if (/^#/.test(word)) throw new UserError('daily.not_found');
    else if (/^\d{1,2}:?\d{2}$/.test(word))
      throw new UserError('daily.bad_time', { value: word.slice(0, 40) });
    else if (isValidTimeZone(word)) setup.timeZone = word;
    else if (word.includes('/')) throw new UserError('daily.bad_timezone', { value: word.slice(0, 60) });
    else throw new UserError('daily.unknown_word', { value: word.slice(0, 40) });
  }
  return setup;
}
