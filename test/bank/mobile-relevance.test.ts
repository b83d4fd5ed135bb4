// The mobile file is about mobile: every question names a mobile platform, tool or concept.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeedBank } from '../../src/bank/load-seed-bank.js';
import type { TechnicalQuestion } from '../../src/domain/types.js';
import { mentionsMobile } from './mobile-terms.js';

let mobile: TechnicalQuestion[];
beforeAll(async () => {
  mobile = (await loadSeedBank()).technical.filter((q) => q.position === 'mobile');
});

describe('mobile questions', () => {
  it('recognises mobile wording and rejects general wording', () => {
    expect(mentionsMobile('How does the Android activity lifecycle handle rotation?')).toBe(true);
    expect(mentionsMobile('앱이 백그라운드로 갈 때 어떤 일이 일어나나요?')).toBe(true);
    expect(mentionsMobile('Flutter에서 setState는 무슨 일을 하나요?')).toBe(true);
    expect(mentionsMobile('How does approval work?')).toBe(false);
    expect(mentionsMobile('What is the difference between TCP and UDP?')).toBe(false);
    expect(mentionsMobile('Explain how a hash map handles collisions.')).toBe(false);
  });

  it('every question in the mobile file mentions a mobile concept', () => {
    expect(mobile.length).toBeGreaterThan(0);
    const offTopic = mobile
      .filter((q) => !mentionsMobile(q.question))
      .map((q) => `${q.id}/${q.language}: ${q.question}`);
    expect(offTopic).toEqual([]);
  });
});
