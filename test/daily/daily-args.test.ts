// `/interview daily set` words are read by their shape, in any order; a word that fits nothing is refused by name.
import { describe, expect, it } from 'vitest';
import { readDailySetup } from '../../commands/daily-args.js';
import { UserError } from '../../src/errors.js';

describe('daily set arguments', () => {
  it('reads a channel, time, zone, position and language whatever slot they landed in', () => {
    expect(readDailySetup(['09:00', 'Asia/Seoul', 'backend ko'])).toEqual({
      time: '09:00',
      timeZone: 'Asia/Seoul',
      positions: 'be',
      language: 'ko',
    });
    expect(readDailySetup(['<#C0STUDY>', undefined, 'mixed'])).toEqual({
      channel: 'C0STUDY',
      positions: 'mixed',
    });
    expect(readDailySetup(['<#1300000000000000003>'])).toEqual({ channel: '1300000000000000003' });
  });

  it('refuses a bad time, an unknown zone, a bare channel name and a stray word with a message naming it', () => {
    const keyOf = (words: string[]) => {
      try {
        readDailySetup(words);
      } catch (error) {
        return error instanceof UserError ? [error.key, error.params.value] : error;
      }
      return undefined;
    };
    expect(keyOf(['25:00'])).toEqual(['daily.bad_time', '25:00']);
    expect(keyOf(['Mars/Olympus'])).toEqual(['daily.bad_timezone', 'Mars/Olympus']);
    expect(keyOf(['#study'])).toEqual(['daily.not_found', undefined]);
    expect(keyOf(['tomorrow'])).toEqual(['daily.unknown_word', 'tomorrow']);
  });
});
