// Specification of the pre-check that scores hopeless answers without any evaluator.
import { describe, expect, it } from 'vitest';
import { PRECHECK_SCORES, precheckAnswer } from '../../../src/llm/offline/precheck.js';

const question = 'How does a database index speed up queries, and what does it cost?';
const check = (answer: string, language: 'en' | 'ko' = 'en') =>
  precheckAnswer({ question, answer, language });

describe('answer pre-check', () => {
  it('calls whitespace and punctuation empty', () => {
    expect(check('')).toBe('empty');
    expect(check('  \n\t ')).toBe('empty');
    expect(check('... ?!')).toBe('empty');
  });

  it('calls a few words too short, in English and Korean', () => {
    expect(check("I don't know")).toBe('too_short');
    expect(check('잘 모르겠습니다.', 'ko')).toBe('too_short');
  });

  it('calls keyboard mashing, jamo laughter and repetition gibberish', () => {
    expect(check('asdf qwer zxcv hjkl poiuy')).toBe('gibberish');
    expect(check('ㅋㅋㅋㅋ ㅋㅋㅋ ㅎㅎ', 'ko')).toBe('gibberish');
    expect(check('index index index index index index index index')).toBe('gibberish');
    expect(check('a$$ %b% ###c @@d !!! ***e')).toBe('gibberish');
  });

  it('catches an answer that only restates the question', () => {
    expect(check('A database index speeds up queries and costs something, that is what it does.')).toBe(
      'restates_question',
    );
  });

  it('lets real answers through, including terse keyword answers with acronyms', () => {
    expect(
      check('B-tree, log n lookups instead of scanning, slower writes and more storage.'),
    ).toBeUndefined();
    expect(
      check('SQL engines use a B-tree so a lookup avoids a full table scan; writes pay for it.'),
    ).toBeUndefined();
    expect(
      check('인덱스는 B-트리로 값을 정렬해 두어서 전체 테이블을 스캔하지 않아도 됩니다.', 'ko'),
    ).toBeUndefined();
  });

  it('gives every reason a low fixed score', () => {
    expect(Object.values(PRECHECK_SCORES).every((score) => score <= 1)).toBe(true);
  });
});
