// Where the adapter's own notices go among the core's replies to a command, so the replies never contradict each other.
import { describe, expect, it } from 'vitest';
import { isCheckYourDms, placeNotices } from '../../adapters/discord/command-notices.js';
import { t } from '../../src/i18n/index.js';

const thread = { message: { text: 'The interview is in a private thread.' }, replaces: isCheckYourDms };

describe('discord command notices', () => {
  it('recognises the core’s “check your DMs” reply in English and Korean, for any position', () => {
    for (const position of ['Backend', 'AI / ML (data)', '백엔드']) {
      expect(isCheckYourDms({ text: t('en', 'engine.started_elsewhere', { position }) })).toBe(true);
      expect(isCheckYourDms({ text: t('ko', 'engine.started_elsewhere', { position }) })).toBe(true);
    }
  });

  it('does not mistake other replies for it', () => {
    expect(isCheckYourDms({ text: t('en', 'engine.wrong_place') })).toBe(false);
    expect(isCheckYourDms({ text: 'Your interview has started.' })).toBe(false);
    expect(isCheckYourDms({ title: 'Status' })).toBe(false);
  });

  it('puts a notice in place of the reply it replaces, keeping the order of the rest', () => {
    const replies = [
      { text: 'Got your CV.' },
      { text: t('en', 'engine.started_elsewhere', { position: 'Backend' }) },
      { text: 'Good luck.' },
    ];
    expect(placeNotices(replies, [thread]).map((r) => r.text)).toEqual([
      'Got your CV.',
      'The interview is in a private thread.',
      'Good luck.',
    ]);
  });

  it('adds a notice after the replies when nothing matches or it replaces nothing', () => {
    const plain = { message: { text: 'By the way.' } };
    expect(placeNotices([{ text: 'Started.' }], [thread, plain]).map((r) => r.text)).toEqual([
      'Started.',
      'The interview is in a private thread.',
      'By the way.',
    ]);
  });
});
