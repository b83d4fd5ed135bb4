// Specification of the text analysis under the offline evaluator: stemming, stop words, Korean particles.
import { describe, expect, it } from 'vitest';
import { porterStem } from '../../../src/llm/offline/text/porter-stemmer.js';
import { analyse, termSet } from '../../../src/llm/offline/text/tokenize.js';

describe('text analysis', () => {
  it('stems English inflections onto one term, as Porter does', () => {
    expect(['caching', 'cached', 'caches'].map(porterStem)).toEqual(['cach', 'cach', 'cach']);
    expect(porterStem('relational')).toBe('relat');
    expect(porterStem('generalization')).toBe('gener');
  });

  it('drops stop words, keeps technical tokens and spells out common abbreviations', () => {
    expect([...termSet("It's the DB's B-tree in C++ and Node.js")]).toEqual([
      'databas',
      'b-tree',
      'c++',
      'node',
      'javascript',
    ]);
  });

  it('strips Korean particles and endings so the same word meets itself', () => {
    const withParticle = termSet('인덱스를 사용합니다');
    const bare = termSet('인덱스 사용');
    expect(withParticle).toEqual(bare);
    expect(termSet('API를 호출')).toEqual(termSet('API 호출'));
  });

  it('keeps each term pointing at the original text', () => {
    const text = 'Redis는 캐시로 쓰입니다';
    for (const term of analyse(text)) expect(text.slice(term.start, term.end).length).toBeGreaterThan(0);
    expect(analyse(text)[0]).toEqual({ term: 'redi', start: 0, end: 5 });
  });
});
